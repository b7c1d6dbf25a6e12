"""Demo events: procurement training, market-dialogue meetings and information sessions.

An information session's title begins with its type's name as the type reads in each
language (EventType in enums.py), in the glossary's words: palveluntuottaja /
tjänsteproducent, pilottihaku / pilotutlysning. A title and the type shown above it agree.

Dates are days from the day the demo is seeded (so the demo always has coming and past
events), except market-dialogue meetings, which fall on their tender's market-dialogue date.
"""

INDEX = {
    "fi": {"slug": "tapahtumat", "title": "Tapahtumat",
           "intro": "Hankintakoulutukset, markkinavuoropuhelut ja palveluntuottajien "
                    "infotilaisuudet. Ilmoittaudu mukaan paikan päälle tai verkkoon."},
    "sv": {"slug": "evenemang", "title": "Evenemang",
           "intro": "Upphandlingsutbildningar, marknadsdialoger och informationsmöten för "
                    "tjänsteproducenter. Anmäl dig till att delta på plats eller på nätet."},
    "en": {"slug": "events", "title": "Events",
           "intro": "Procurement training, market-dialogue meetings and information sessions "
                    "for service providers. Register to take part on site or online."},
}

VAASA = {
    "postal_code": "65130",
    "fi": {"venue_name": "Hyvinvointialueen virastotalo, auditorio", "street_address":
           "Hietalahdenkatu 2–4", "city": "Vaasa",
           "venue_accessibility": "Esteetön sisäänkäynti pääovelta, hissi auditorion "
                                  "kerrokseen ja induktiosilmukka. Lähin bussipysäkki "
                                  "Hietalahdenkatu (linjat 1 ja 3), liikkumisesteisten "
                                  "pysäköintipaikat pääoven edessä."},
    "sv": {"venue_name": "Välfärdsområdets ämbetshus, auditoriet", "street_address":
           "Sandviksgatan 2–4", "city": "Vasa",
           "venue_accessibility": "Tillgänglig ingång vid huvuddörren, hiss till "
                                  "auditoriets våning och hörslinga. Närmaste busshållplats "
                                  "Sandviksgatan (linjerna 1 och 3), parkeringsplatser för "
                                  "rörelsehindrade framför huvuddörren."},
    "en": {"venue_name": "Wellbeing services county office, auditorium", "street_address":
           "Hietalahdenkatu 2–4", "city": "Vaasa",
           "venue_accessibility": "Step-free entrance at the main door, lift to the "
                                  "auditorium floor and an induction loop. Nearest bus stop "
                                  "Hietalahdenkatu (lines 1 and 3), accessible parking in "
                                  "front of the main door."},
}

JAKOBSTAD = {
    "postal_code": "68600",
    "fi": {"venue_name": "Pietarsaaren kaupungintalo, valtuustosali", "street_address":
           "Raatihuoneenkatu 3", "city": "Pietarsaari",
           "venue_accessibility": "Esteetön sisäänkäynti pihan puolelta, hissi. "
                                  "Induktiosilmukka valtuustosalissa."},
    "sv": {"venue_name": "Jakobstads stadshus, fullmäktigesalen", "street_address":
           "Rådhusgatan 3", "city": "Jakobstad",
           "venue_accessibility": "Tillgänglig ingång från gården, hiss. Hörslinga i "
                                  "fullmäktigesalen."},
    "en": {"venue_name": "Jakobstad town hall, council chamber", "street_address":
           "Rådhusgatan 3", "city": "Jakobstad",
           "venue_accessibility": "Step-free entrance from the courtyard, lift. Induction "
                                  "loop in the council chamber."},
}

KRISTINESTAD = {
    "postal_code": "64100",
    "fi": {"venue_name": "Kristiinankaupungin kulttuuritalo", "street_address":
           "Kauppatori 1", "city": "Kristiinankaupunki",
           "venue_accessibility": "Esteetön sisäänkäynti ja wc. Pysäköinti torin laidalla."},
    "sv": {"venue_name": "Kristinestads kulturhus", "street_address": "Salutorget 1",
           "city": "Kristinestad",
           "venue_accessibility": "Tillgänglig ingång och toalett. Parkering vid torget."},
    "en": {"venue_name": "Kristinestad culture house", "street_address": "Salutorget 1",
           "city": "Kristinestad",
           "venue_accessibility": "Step-free entrance and toilet. Parking by the square."},
}

CONTACT = {"name": "Maija Rantala", "email": "hankinnat@example.fi"}

DIETARY_QUESTION = {
    "fi": {"label": "Erityisruokavalio tai saavutettavuustarpeet",
           "help_text": "Kerro, jos tarvitset esimerkiksi tulkkausta tai erityisruokavaliota."},
    "sv": {"label": "Specialdiet eller tillgänglighetsbehov",
           "help_text": "Berätta om du behöver till exempel tolkning eller specialdiet."},
    "en": {"label": "Dietary or accessibility needs",
           "help_text": "Tell us if you need, for example, interpretation or a special diet."},
}


def _materials(fi, sv, en):
    return {"fi": f"<p>{fi}</p>", "sv": f"<p>{sv}</p>", "en": f"<p>{en}</p>"}


EVENTS = [
    {
        "key": "procurement-basics",
        "event_type": "training",
        "days_from_now": -40, "start_time": "09:00", "hours": 3,
        "event_format": "in_person", "venue": VAASA,
        "languages": ["fi", "sv"], "capacity": 60, "reserved_places": 5,
        "recording_url": "https://video.example.fi/hankintakoulutus-perusteet",
        "materials": _materials(
            "Koulutuksen diat (PDF) ja muistilista tarjouksen tekijälle on lähetetty "
            "osallistujille. Ne saa myös hankintapalveluista.",
            "Utbildningens bilder (PDF) och en checklista för anbudsgivare har skickats till "
            "deltagarna. De fås också från upphandlingstjänsterna.",
            "The slides (PDF) and a checklist for tenderers were sent to the participants. "
            "They are also available from the procurement services."),
        "fi": {"slug": "julkiset-hankinnat-tutuiksi", "title":
               "Hankintakoulutus: julkiset hankinnat tutuiksi",
               "intro": "Mitä hankintalaki vaatii, miten tarjouspyyntö luetaan ja miten "
                        "pieni yritys tai yhdistys voi tarjota osa-alueeseen."},
        "sv": {"slug": "offentlig-upphandling-for-nyborjare", "title":
               "Upphandlingsutbildning: offentlig upphandling för nybörjare",
               "intro": "Vad upphandlingslagen kräver, hur en anbudsbegäran läses och hur ett "
                        "litet företag eller en förening kan lämna anbud på ett delområde."},
        "en": {"slug": "public-procurement-basics", "title":
               "Procurement training: public procurement basics",
               "intro": "What the Procurement Act requires, how to read an invitation to "
                        "tender and how a small company or association can bid for a lot."},
    },
    {
        "key": "writing-a-tender",
        "event_type": "training",
        "days_from_now": 21, "start_time": "13:00", "hours": 2,
        "event_format": "online", "venue": None,
        "languages": ["fi"], "capacity": 100, "reserved_places": 0,
        "fi": {"slug": "tarjouksen-laatiminen", "title":
               "Hankintakoulutus: tarjouksen laatiminen ja yleisimmät virheet",
               "intro": "Verkkokoulutus tarjouksen laatimisesta: kelpoisuusehdot, "
                        "laatupisteet ja virheet, joiden takia tarjous hylätään."},
        "sv": {"slug": "att-skriva-ett-anbud", "title":
               "Upphandlingsutbildning: att skriva ett anbud (på finska)",
               "intro": "Webbutbildning om hur man skriver ett anbud: lämplighetskrav, "
                        "kvalitetspoäng och fel som gör att ett anbud förkastas. Utbildningen "
                        "hålls på finska."},
        "en": {"slug": "writing-a-tender", "title":
               "Procurement training: writing a tender (in Finnish)",
               "intro": "Online training on writing a tender: selection criteria, quality "
                        "points and the mistakes that get a tender rejected. Held in Finnish."},
    },
    {
        "key": "service-voucher-producers",
        "event_type": "training",
        "days_from_now": 35, "start_time": "09:30", "hours": 3,
        "event_format": "hybrid", "venue": JAKOBSTAD,
        "languages": ["sv", "fi"], "capacity": 40, "reserved_places": 5,
        "fi": {"slug": "palvelusetelituottajaksi", "title":
               "Hankintakoulutus: palvelusetelituottajaksi hyvinvointialueelle",
               "intro": "Miten palveluntuottaja hyväksytään palvelusetelituottajaksi, mitä "
                        "sääntökirja vaatii ja miten asiakkaat löytävät palvelun."},
        "sv": {"slug": "servicesedelproducent", "title":
               "Upphandlingsutbildning: bli servicesedelproducent i välfärdsområdet",
               "intro": "Hur en tjänsteproducent godkänns som servicesedelproducent, vad "
                        "regelboken kräver och hur klienterna hittar tjänsten."},
        "en": {"slug": "service-voucher-producer", "title":
               "Procurement training: becoming a service voucher provider",
               "intro": "How a provider is approved for service vouchers, what the rule book "
                        "requires and how clients find the service."},
    },
    {
        "key": "dialogue-24h-housing",
        "event_type": "market_dialogue", "tender": "PHA-2027-001",
        "start_time": "13:00", "hours": 3,
        "event_format": "in_person", "venue": VAASA,
        "languages": ["fi", "sv"], "capacity": 50, "reserved_places": 4,
        "materials": _materials(
            "Markkinavuoropuhelun esitys ja yhteenveto palveluntuottajien kommenteista.",
            "Presentationen från marknadsdialogen och en sammanfattning av "
            "tjänsteproducenternas kommentarer.",
            "The market-dialogue presentation and a summary of the providers' comments."),
        "fi": {"slug": "markkinavuoropuhelu-ymparivuorokautinen-palveluasuminen",
               "title": "Markkinavuoropuhelu: ikääntyneiden ympärivuorokautinen "
                        "palveluasuminen",
               "intro": "Hankinnan osa-alueet, laatuvaatimukset ja hinnoittelumalli "
                        "luonnosvaiheessa: kommentoi ennen tarjouspyynnön julkaisua."},
        "sv": {"slug": "marknadsdialog-boende-med-heldygnsomsorg",
               "title": "Marknadsdialog: boende med heldygnsomsorg för äldre",
               "intro": "Upphandlingens delområden, kvalitetskrav och prismodell i "
                        "utkastskede: kommentera innan anbudsbegäran publiceras."},
        "en": {"slug": "market-dialogue-24-hour-service-housing",
               "title": "Market dialogue: 24-hour service housing for older people",
               "intro": "The lots, quality requirements and pricing model in draft: comment "
                        "before the invitation to tender is published."},
    },
    {
        "key": "dialogue-specialised-care",
        "event_type": "market_dialogue", "tender": "PHA-2027-004",
        "start_time": "09:00", "hours": 2,
        "event_format": "hybrid", "venue": VAASA,
        "languages": ["fi", "sv", "en"], "capacity": 30, "reserved_places": 2,
        "fi": {"slug": "markkinavuoropuhelu-erikoissairaanhoidon-ostopalvelut",
               "title": "Markkinavuoropuhelu: erikoissairaanhoidon ostopalvelut",
               "intro": "Kaihileikkausten, tähystysten ja päiväkirurgian hankinnan "
                        "osa-alueet ja volyymit."},
        "sv": {"slug": "marknadsdialog-kopta-tjanster-specialiserad-sjukvard",
               "title": "Marknadsdialog: köpta tjänster inom specialiserad sjukvård",
               "intro": "Delområden och volymer i upphandlingen av starroperationer, "
                        "endoskopier och dagkirurgi."},
        "en": {"slug": "market-dialogue-specialised-care",
               "title": "Market dialogue: purchased specialised care services",
               "intro": "The lots and volumes of the procurement of cataract surgery, "
                        "endoscopies and day surgery."},
    },
    {
        "key": "dialogue-mental-health-housing",
        "event_type": "market_dialogue", "tender": "PHA-2026-014",
        "start_time": "14:00", "hours": 2,
        "event_format": "online", "venue": None,
        "languages": ["fi", "sv"], "capacity": None, "reserved_places": 0,
        "recording_url": "https://video.example.fi/markkinavuoropuhelu-asumispalvelut",
        "materials": _materials(
            "Tilaisuuden esitys ja kysymykset vastauksineen.",
            "Presentationen och frågorna med svar.",
            "The presentation and the questions with their answers."),
        "fi": {"slug": "markkinavuoropuhelu-mielenterveys-ja-paihdekuntoutujien-asuminen",
               "title": "Markkinavuoropuhelu: mielenterveys- ja päihdekuntoutujien "
                        "asumispalvelut",
               "intro": "Verkkotilaisuus asumispalvelujen hankinnan valmistelusta."},
        "sv": {"slug": "marknadsdialog-boendeservice-mentalvard-missbrukarvard",
               "title": "Marknadsdialog: boendeservice inom mentalvård och missbrukarvård",
               "intro": "Webbmöte om beredningen av upphandlingen av boendeservice."},
        "en": {"slug": "market-dialogue-mental-health-housing",
               "title": "Market dialogue: housing services in mental health and substance "
                        "abuse rehabilitation",
               "intro": "An online meeting on preparing the procurement of housing "
                        "services."},
    },
    {
        "key": "supplier-info-2027",
        "event_type": "supplier_info",
        "days_from_now": 50, "start_time": "10:00", "hours": 2,
        "event_format": "in_person", "venue": KRISTINESTAD,
        "languages": ["sv", "fi"], "capacity": 35, "reserved_places": 0,
        "fi": {"slug": "palveluntuottajien-infotilaisuus-2027", "title":
               "Palveluntuottajien infotilaisuus: vuoden 2027 hankinnat",
               "intro": "Tulevat hankinnat Pohjanmaan eteläisellä rannikolla ja miten niihin "
                        "valmistaudutaan."},
        "sv": {"slug": "informationsmote-for-tjansteproducenter-2027", "title":
               "Informationsmöte för tjänsteproducenter: upphandlingarna 2027",
               "intro": "Kommande upphandlingar i Sydösterbotten och hur man förbereder sig "
                        "för dem."},
        "en": {"slug": "supplier-information-session-2027", "title":
               "Supplier information session: the procurements of 2027",
               "intro": "Coming procurements in the southern coastal area and how to prepare "
                        "for them."},
    },
    {
        "key": "pilot-call-remote-rehab",
        "event_type": "pilot_info",
        "days_from_now": 28, "start_time": "15:00", "hours": 1,
        "event_format": "online", "venue": None,
        "languages": ["fi", "sv"], "capacity": None, "reserved_places": 0,
        "cancelled": True, "pilot_call": "etapalvelut-kotona-asumisen-tueksi",
        "fi": {"slug": "pilottihaun-infotilaisuus-etakuntoutus", "title":
               "Pilottihaun infotilaisuus: etäkuntoutus",
               "intro": "Tilaisuus on peruttu. Uusi ajankohta julkaistaan tapahtumissa."},
        "sv": {"slug": "informationsmote-pilotutlysning-distansrehabilitering", "title":
               "Informationsmöte om pilotutlysning: distansrehabilitering",
               "intro": "Mötet har ställts in. En ny tidpunkt publiceras bland evenemangen."},
        "en": {"slug": "pilot-call-information-session-remote-rehabilitation", "title":
               "Pilot-call information session: remote rehabilitation",
               "intro": "The session has been cancelled. A new date will be published among "
                        "the events."},
    },
    {
        "key": "pilot-call-loneliness",
        "event_type": "pilot_info", "pilot_call": "ikaihmisten-yksinaisyys-kotona",
        "days_from_now": 9, "start_time": "14:00", "hours": 1,
        "event_format": "online", "venue": None,
        "languages": ["fi", "sv"], "capacity": None, "reserved_places": 0,
        "fi": {"slug": "pilottihaun-infotilaisuus-ikaihmisten-yksinaisyys", "title":
               "Pilottihaun infotilaisuus: ikäihmisten yksinäisyys kotona",
               "intro": "Kerromme haun tavoitteista, arviointikriteereistä ja "
                        "pilottisopimuksesta ja vastaamme kysymyksiin. Tilaisuus on "
                        "verkossa."},
        "sv": {"slug": "informationsmote-pilotutlysning-ensamhet-bland-aldre", "title":
               "Informationsmöte om pilotutlysning: ensamhet bland äldre som bor hemma",
               "intro": "Vi berättar om utlysningens mål, bedömningsgrunder och pilotavtalet "
                        "och svarar på frågor. Mötet hålls på nätet."},
        "en": {"slug": "pilot-call-information-session-loneliness", "title":
               "Pilot-call information session: loneliness of older people living at "
               "home",
               "intro": "We present the call's goals, its evaluation criteria and the pilot "
                        "agreement, and answer questions. The session is online."},
    },
]
