"""The words of the demo's year of history: past events in three languages, earlier rounds of
two demo pilot calls, and the parts supplier organisations' names are made of.

Days are counted from the day the demo is seeded (negative: in the past), as in the other
demo contents, so the history always ends today.
"""

from portal.events.demo_content import JAKOBSTAD, KRISTINESTAD, VAASA

# --- Past events ---------------------------------------------------------------------------
# Events of every type held during the year, each with its registrations and attendance
# (see demo.seed_event_history). Same shape as portal/events/demo_content.EVENTS.

EVENTS = [
    {
        "key": "history-procurement-act",
        "event_type": "training",
        "days_from_now": -340, "start_time": "09:00", "hours": 3,
        "event_format": "in_person", "venue": VAASA,
        "languages": ["fi", "sv"], "capacity": 60, "reserved_places": 5,
        "fi": {"slug": "hankintalaki-palveluntuottajalle", "title":
               "Hankintakoulutus: hankintalaki palveluntuottajan näkökulmasta",
               "intro": "Hankintalain pääkohdat, kynnysarvot ja menettelyt sekä se, mitä ne "
                        "merkitsevät sosiaali- ja terveyspalvelujen tuottajalle."},
        "sv": {"slug": "upphandlingslagen-for-tjansteproducenter", "title":
               "Upphandlingsutbildning: upphandlingslagen ur tjänsteproducentens synvinkel",
               "intro": "Upphandlingslagens huvuddrag, tröskelvärden och förfaranden och vad "
                        "de betyder för den som producerar social- och hälsovårdstjänster."},
        "en": {"slug": "the-procurement-act-for-providers", "title":
               "Procurement training: the Procurement Act for providers",
               "intro": "The main points of the Procurement Act, its thresholds and "
                        "procedures, and what they mean for a social and health care "
                        "provider."},
    },
    {
        "key": "history-dialogue-home-care",
        "event_type": "market_dialogue",
        "days_from_now": -322, "start_time": "13:00", "hours": 3,
        "event_format": "hybrid", "venue": VAASA,
        "languages": ["fi", "sv"], "capacity": 50, "reserved_places": 4,
        "fi": {"slug": "markkinavuoropuhelu-kotihoidon-tukipalvelut", "title":
               "Markkinavuoropuhelu: kotihoidon tukipalvelut",
               "intro": "Miten kotihoidon tukipalvelut kannattaa jakaa osa-alueiksi, jotta "
                        "myös pienet yritykset ja yhdistykset voivat tarjota?"},
        "sv": {"slug": "marknadsdialog-stodtjanster-inom-hemvarden", "title":
               "Marknadsdialog: stödtjänster inom hemvården",
               "intro": "Hur bör stödtjänsterna inom hemvården delas in i delområden så att "
                        "också små företag och föreningar kan lämna anbud?"},
        "en": {"slug": "market-dialogue-home-care-support-services", "title":
               "Market dialogue: home-care support services",
               "intro": "How should home-care support services be split into lots so that "
                        "small companies and associations can also bid?"},
    },
    {
        "key": "history-pilot-info-day-activities",
        "event_type": "pilot_info",
        "pilot_call": "kuntouttava-paivatoiminta-muistisairaille-1-hakukierros",
        "days_from_now": -345, "start_time": "14:00", "hours": 1,
        "event_format": "online", "venue": None,
        "languages": ["fi", "sv"], "capacity": None, "reserved_places": 0,
        "fi": {"slug": "pilottihaun-infotilaisuus-muistisairaiden-paivatoiminta", "title":
               "Pilottihaun infotilaisuus: muistisairaiden päivätoiminta",
               "intro": "Haun tavoitteet, arviointikriteerit ja pilottisopimus sekä "
                        "vastauksia kysymyksiin. Tilaisuus on verkossa."},
        "sv": {"slug": "informationsmote-pilotutlysning-dagverksamhet", "title":
               "Informationsmöte om pilotutlysning: dagverksamhet för personer med "
               "minnessjukdom",
               "intro": "Utlysningens mål, bedömningsgrunder och pilotavtalet samt svar på "
                        "frågor. Mötet hålls på nätet."},
        "en": {"slug": "pilot-call-information-session-day-activities", "title":
               "Pilot-call information session: day activities for people with memory "
               "disorders",
               "intro": "The call's goals, its evaluation criteria and the pilot agreement, "
                        "and answers to questions. The session is online."},
    },
    {
        "key": "history-supplier-info-north",
        "event_type": "supplier_info",
        "days_from_now": -255, "start_time": "10:00", "hours": 2,
        "event_format": "in_person", "venue": JAKOBSTAD,
        "languages": ["sv", "fi"], "capacity": 40, "reserved_places": 0,
        "fi": {"slug": "palveluntuottajien-infotilaisuus-pohjoinen-rannikko", "title":
               "Palveluntuottajien infotilaisuus: pohjoisen rannikon hankinnat",
               "intro": "Pietarsaaren seudun tulevat hankinnat ja hankintakalenterin "
                        "käyttö."},
        "sv": {"slug": "informationsmote-for-tjansteproducenter-norra-kusten", "title":
               "Informationsmöte för tjänsteproducenter: upphandlingarna längs norra kusten",
               "intro": "Kommande upphandlingar i Jakobstadsregionen och hur "
                        "upphandlingskalendern används."},
        "en": {"slug": "supplier-information-session-northern-coast", "title":
               "Supplier information session: procurements on the northern coast",
               "intro": "Coming procurements in the Jakobstad region and how to use the "
                        "procurement calendar."},
    },
    {
        "key": "history-pilot-info-digital",
        "event_type": "pilot_info",
        "pilot_call": "digitaalinen-tuki-kotihoitoon-1-hakukierros",
        "days_from_now": -280, "start_time": "15:00", "hours": 1,
        "event_format": "online", "venue": None,
        "languages": ["fi", "sv"], "capacity": None, "reserved_places": 0,
        "fi": {"slug": "pilottihaun-infotilaisuus-digitaalinen-kotihoito", "title":
               "Pilottihaun infotilaisuus: digitaalinen tuki kotihoitoon",
               "intro": "Mitä haussa etsitään, miten ehdotukset arvioidaan ja miten "
                        "pilotti rahoitetaan. Tilaisuus on verkossa."},
        "sv": {"slug": "informationsmote-pilotutlysning-digital-hemvard", "title":
               "Informationsmöte om pilotutlysning: digitalt stöd för hemvården",
               "intro": "Vad utlysningen söker, hur förslagen bedöms och hur piloten "
                        "finansieras. Mötet hålls på nätet."},
        "en": {"slug": "pilot-call-information-session-digital-home-care", "title":
               "Pilot-call information session: digital support for home care",
               "intro": "What the call looks for, how proposals are evaluated and how the "
                        "pilot is funded. The session is online."},
    },
    {
        "key": "history-quality-criteria",
        "event_type": "training",
        "days_from_now": -220, "start_time": "13:00", "hours": 2,
        "event_format": "online", "venue": None,
        "languages": ["fi"], "capacity": 100, "reserved_places": 0,
        "fi": {"slug": "laatukriteerit-tarjouksessa", "title":
               "Hankintakoulutus: laatukriteerit ja niiden pisteytys",
               "intro": "Miten laatua arvioidaan sosiaali- ja terveyspalvelujen "
                        "hankinnoissa ja miten tarjouksessa osoitetaan laatu."},
        "sv": {"slug": "kvalitetskriterier-i-anbudet", "title":
               "Upphandlingsutbildning: kvalitetskriterier och poängsättning (på finska)",
               "intro": "Hur kvalitet bedöms i upphandlingar av social- och hälsovårdstjänster "
                        "och hur anbudet visar kvaliteten. Utbildningen hålls på finska."},
        "en": {"slug": "quality-criteria-in-a-tender", "title":
               "Procurement training: quality criteria and their scoring (in Finnish)",
               "intro": "How quality is evaluated in social and health care procurements and "
                        "how a tender shows it. Held in Finnish."},
    },
    {
        "key": "history-dialogue-child-welfare",
        "event_type": "market_dialogue",
        "days_from_now": -190, "start_time": "09:30", "hours": 3,
        "event_format": "in_person", "venue": KRISTINESTAD,
        "languages": ["fi", "sv"], "capacity": 30, "reserved_places": 2,
        "fi": {"slug": "markkinavuoropuhelu-lastensuojelun-perhehoito", "title":
               "Markkinavuoropuhelu: lastensuojelun ammatillinen perhehoito",
               "intro": "Sijoitusten tarve, hinnoittelu ja laatu: keskustelu "
                        "perhekotien ja järjestöjen kanssa ennen hankintaa."},
        "sv": {"slug": "marknadsdialog-professionell-familjevard", "title":
               "Marknadsdialog: professionell familjevård inom barnskyddet",
               "intro": "Behovet av placeringar, prissättning och kvalitet: ett samtal med "
                        "familjehem och organisationer före upphandlingen."},
        "en": {"slug": "market-dialogue-professional-family-care", "title":
               "Market dialogue: professional family care in child welfare",
               "intro": "The need for placements, pricing and quality: a discussion with "
                        "family homes and organisations before the procurement."},
    },
    {
        "key": "history-framework-agreements",
        "event_type": "training",
        "days_from_now": -160, "start_time": "09:30", "hours": 3,
        "event_format": "hybrid", "venue": JAKOBSTAD,
        "languages": ["sv", "fi"], "capacity": 40, "reserved_places": 5,
        "fi": {"slug": "puitejarjestelyt-ja-dynaaminen-hankinta", "title":
               "Hankintakoulutus: puitejärjestelyt ja dynaaminen hankintajärjestelmä",
               "intro": "Miten puitejärjestelyyn pääsee mukaan, miten kevennetty kilpailutus "
                        "toimii ja milloin dynaamiseen järjestelmään voi liittyä."},
        "sv": {"slug": "ramavtal-och-dynamiskt-inkopssystem", "title":
               "Upphandlingsutbildning: ramavtal och dynamiskt inköpssystem",
               "intro": "Hur man kommer med i ett ramavtal, hur en förnyad "
                        "konkurrensutsättning går till och när man kan ansluta sig till ett "
                        "dynamiskt inköpssystem."},
        "en": {"slug": "framework-agreements-and-dynamic-purchasing", "title":
               "Procurement training: framework agreements and dynamic purchasing systems",
               "intro": "How to join a framework agreement, how a mini-competition works and "
                        "when a dynamic purchasing system can be joined."},
    },
    {
        "key": "history-supplier-info-south",
        "event_type": "supplier_info",
        "days_from_now": -130, "start_time": "10:00", "hours": 2,
        "event_format": "online", "venue": None,
        "languages": ["fi", "sv"], "capacity": None, "reserved_places": 0,
        "fi": {"slug": "palveluntuottajien-infotilaisuus-asumispalvelut", "title":
               "Palveluntuottajien infotilaisuus: asumispalvelujen hankinnat",
               "intro": "Ikääntyneiden ja vammaisten asumispalvelujen tulevat hankinnat ja "
                        "niiden aikataulu."},
        "sv": {"slug": "informationsmote-for-tjansteproducenter-boendeservice", "title":
               "Informationsmöte för tjänsteproducenter: upphandlingarna av boendeservice",
               "intro": "Kommande upphandlingar av boendeservice för äldre och personer med "
                        "funktionsnedsättning och deras tidtabell."},
        "en": {"slug": "supplier-information-session-housing-services", "title":
               "Supplier information session: procurements of housing services",
               "intro": "Coming procurements of housing services for older people and "
                        "people with disabilities, and their timetable."},
    },
    {
        "key": "history-electronic-tendering",
        "event_type": "training",
        "days_from_now": -95, "start_time": "13:00", "hours": 2,
        "event_format": "online", "venue": None,
        "languages": ["fi", "sv"], "capacity": 80, "reserved_places": 0,
        "fi": {"slug": "sahkoinen-tarjous", "title":
               "Hankintakoulutus: tarjouksen jättäminen sähköisessä järjestelmässä",
               "intro": "Tarjouspalvelun käyttö vaihe vaiheelta: rekisteröityminen, "
                        "liitteet, kysymykset ja tarjouksen lähettäminen ajoissa."},
        "sv": {"slug": "elektroniskt-anbud", "title":
               "Upphandlingsutbildning: att lämna anbud i det elektroniska systemet",
               "intro": "Anbudstjänsten steg för steg: registrering, bilagor, frågor och att "
                        "skicka anbudet i tid."},
        "en": {"slug": "electronic-tendering", "title":
               "Procurement training: submitting a tender electronically",
               "intro": "The tendering service step by step: registering, attachments, "
                        "questions and sending the tender in time."},
    },
    {
        "key": "history-dialogue-meals",
        "event_type": "market_dialogue",
        "days_from_now": -60, "start_time": "13:00", "hours": 2,
        "event_format": "online", "venue": None,
        "languages": ["fi", "sv"], "capacity": 60, "reserved_places": 0,
        "fi": {"slug": "markkinavuoropuhelu-ateriapalvelut", "title":
               "Markkinavuoropuhelu: kotiin kuljetettavat ateriat",
               "intro": "Ateriapalvelun laatu, kuljetusalueet ja erityisruokavaliot: "
                        "palveluntuottajien näkemykset ennen hankintaa."},
        "sv": {"slug": "marknadsdialog-maltidsservice", "title":
               "Marknadsdialog: måltider som körs hem",
               "intro": "Måltidsservicens kvalitet, leveransområden och specialdieter: "
                        "tjänsteproducenternas syn före upphandlingen."},
        "en": {"slug": "market-dialogue-meals-delivered-home", "title":
               "Market dialogue: meals delivered home",
               "intro": "The quality of the meal service, delivery areas and special diets: "
                        "providers' views before the procurement."},
    },
]

# --- Earlier rounds of demo pilot calls ----------------------------------------------------
# (key of the demo call in pilots/demo_content.CALLS, days its whole story is moved back,
#  the round's title suffix and slug suffix per language). The round's proposals are the
# demo call's, told again that many days earlier, partly by organisations of the history.

CALL_ROUNDS = [
    ("day-activities-memory", 160,
     {"fi": (" (1. hakukierros)", "-1-hakukierros"), "sv": (" (omgång 1)", "-omgang-1"),
      "en": (" (round 1)", "-round-1")}),
    ("digital-home-care", 240,
     {"fi": (" (1. hakukierros)", "-1-hakukierros"), "sv": (" (omgång 1)", "-omgang-1"),
      "en": (" (round 1)", "-round-1")}),
]

# --- Organisations of the history ----------------------------------------------------------

# (municipality code, Finnish genitive, Swedish name)
PLACES = [
    ("905", "Vaasan", "Vasa"), ("499", "Mustasaaren", "Korsholms"),
    ("545", "Närpiön", "Närpes"), ("598", "Pietarsaaren", "Jakobstads"),
    ("893", "Uudenkaarlepyyn", "Nykarleby"), ("287", "Kristiinankaupungin", "Kristinestads"),
    ("599", "Pedersören", "Pedersöre"), ("475", "Maalahden", "Malax"),
    ("946", "Vöyrin", "Vörå"), ("280", "Korsnäsin", "Korsnäs"), ("399", "Laihian", "Laihela"),
    ("440", "Luodon", "Larsmo"), ("231", "Kaskisten", "Kaskö"), ("288", "Kruunupyyn", "Kronoby"),
]

# (service area code, Finnish word, Swedish word) for companies' and cooperatives' names
TRADES = [
    ("housing-older-people", "Hoivakoti", "Vårdhem"),
    ("home-care-support", "Kotiapu", "Hemhjälp"),
    ("rehabilitation", "Kuntoutus", "Rehab"),
    ("housing-disabilities", "Tukiasunnot", "Stödboende"),
    ("child-welfare-placements", "Perhekoti", "Familjehem"),
    ("doctor-services", "Lääkäriasema", "Läkarstation"),
    ("housing-mental-health-substance-abuse", "Kuntoutuskoti", "Rehabiliteringshem"),
    ("specialised-care", "Erikoislääkärit", "Specialistläkarna"),
    ("other-services", "Ateriapalvelu", "Måltidsservice"),
]

# Associations: (service area code, Finnish name after the place, Swedish name after it)
ASSOCIATIONS = [
    ("home-care-support", "Omaishoitajat ry", "Närståendevårdare rf"),
    ("housing-older-people", "Vanhustuki ry", "Äldrestöd rf"),
    ("housing-mental-health-substance-abuse", "Mielenterveysseura ry", "Sinnesro rf"),
    ("housing-disabilities", "Kehitysvammaisten Tuki ry", "Stöd för utvecklingsstörda rf"),
    ("child-welfare-placements", "Perhekotiyhdistys ry", "Familjehemsförening rf"),
]

FIRST_NAMES = {
    "fi": ["Aino", "Eero", "Heidi", "Janne", "Katja", "Lauri", "Minna", "Niko", "Outi",
           "Pekka", "Riikka", "Sami", "Tuula", "Ville", "Elina", "Markku"],
    "sv": ["Anders", "Birgitta", "Camilla", "Daniel", "Emilia", "Fredrik", "Hanna", "Jonas",
           "Linnea", "Mats", "Nina", "Oskar", "Sofia", "Tobias", "Ulrika", "Viktor"],
}
LAST_NAMES = {
    "fi": ["Hakala", "Kangas", "Lahti", "Mattila", "Nurmi", "Peltonen", "Rantanen",
           "Salminen", "Toivonen", "Virtanen", "Heikkinen", "Koivisto"],
    "sv": ["Backman", "Forsman", "Granholm", "Holmström", "Lindqvist", "Nyman", "Sandberg",
           "Sjöholm", "Strand", "Westerlund", "Åkerlund", "Björklund"],
}

# The outbox's history: subjects of the e-mails the portal sends, per template and language.
EMAIL_SUBJECTS = {
    "alerts_immediate": {"fi": "Hakuvahti: uusi hankinta", "sv": "Bevakning: ny upphandling"},
    "alerts_digest": {"fi": "Hakuvahdin viikkokooste", "sv": "Bevakningens veckosammandrag"},
    "events_confirmed": {"fi": "Ilmoittautumisesi on vahvistettu",
                         "sv": "Din anmälan har bekräftats"},
    "events_reminder": {"fi": "Muistutus: tilaisuus huomenna",
                        "sv": "Påminnelse: evenemanget i morgon"},
    "suppliers_invitation": {"fi": "Kutsu organisaation jäseneksi",
                             "sv": "Inbjudan att bli medlem i organisationen"},
}
