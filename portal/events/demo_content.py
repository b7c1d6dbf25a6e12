"""Demo events: procurement training, market-dialogue meetings and information sessions.

An information session's title begins with its type's name as the type reads in each
language (EventType in enums.py), in the glossary's words: palveluntuottaja /
tjänsteproducent, pilottihaku / pilotutlysning. A title and the type shown above it agree.

Dates are days from the day the demo is seeded (so the demo always has coming and past
events), except market-dialogue meetings, which fall on their tender's market-dialogue date,
and events that a dated text (news, a tender) announces: those carry the text's "date" (and
its registration days), and the text lists them under "promises" so that
tests/core/test_demo_promises.py can hold the two together.
"""

INDEX = {
    "fi": {"slug": "tapahtumat", "title": "Tapahtumat",
           "intro": "Hankintakoulutukset, markkinavuoropuhelut ja palveluntuottajien "
                    "infotilaisuudet. Ilmoittaudu mukaan paikan päälle tai verkkoon."},
    "sv": {"slug": "evenemang", "title": "Evenemang",
           "intro": "Upphandlingsutbildningar, marknadsdialoger och informationsmöten för "
                    "tjänsteproducenter. Anmäl dig och delta på plats eller på nätet."},
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

NARPES = {
    "postal_code": "64200",
    "fi": {"venue_name": "Närpiön kaupungintalo, valtuustosali", "street_address":
           "Kirkkotie 12", "city": "Närpiö",
           "venue_accessibility": "Esteetön sisäänkäynti pääovelta, hissi ja "
                                  "induktiosilmukka. Pysäköinti talon edessä."},
    "sv": {"venue_name": "Närpes stadshus, fullmäktigesalen", "street_address":
           "Kyrkvägen 12", "city": "Närpes",
           "venue_accessibility": "Tillgänglig ingång vid huvuddörren, hiss och hörslinga. "
                                  "Parkering framför huset."},
    "en": {"venue_name": "Närpes town hall, council chamber", "street_address":
           "Kyrkvägen 12", "city": "Närpes",
           "venue_accessibility": "Step-free entrance at the main door, lift and an "
                                  "induction loop. Parking in front of the building."},
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
            "deltagarna. Du kan också få dem från upphandlingstjänsterna.",
            "The slides (PDF) and a checklist for tenderers were sent to the participants. "
            "They are also available from the procurement services."),
        "fi": {"slug": "julkiset-hankinnat-tutuiksi", "title":
               "Hankintakoulutus: julkiset hankinnat tutuiksi",
               "intro": "Mitä hankintalaki vaatii, miten tarjouspyyntö luetaan ja miten "
                        "pieni yritys tai yhdistys voi tarjota osa-alueeseen."},
        "sv": {"slug": "offentlig-upphandling-for-nyborjare", "title":
               "Upphandlingsutbildning: offentlig upphandling för nybörjare",
               "intro": "Vad upphandlingslagen kräver, hur man läser en anbudsförfrågan och hur "
                        "ett litet företag eller en förening kan lämna anbud på ett delområde."},
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
                        "utkastskede: kommentera innan anbudsförfrågan publiceras."},
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
        "languages": ["fi", "sv"], "capacity": 30, "reserved_places": 2,
        "fi": {"slug": "markkinavuoropuhelu-erikoissairaanhoidon-ostopalvelut",
               "title": "Markkinavuoropuhelu: erikoissairaanhoidon ostopalvelut",
               "intro": "Kaihileikkausten, tähystysten ja päiväkirurgian hankinnan "
                        "osa-alueet ja volyymit."},
        "sv": {"slug": "marknadsdialog-kopta-tjanster-specialiserad-sjukvard",
               "title": "Marknadsdialog: köpta tjänster inom specialiserad sjukvård",
               "intro": "Delområden och volymer i upphandlingen av kataraktoperationer, "
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
        "date": "2026-11-20", "start_time": "09:00", "hours": 1,
        "event_format": "online", "venue": None,
        "languages": ["fi", "sv"], "capacity": None, "reserved_places": 0,
        "cancelled": True, "pilot_call": "etapalvelut-kotona-asumisen-tueksi",
        "fi": {"slug": "pilottihaun-infotilaisuus-etakuntoutus", "title":
               "Pilottihaun infotilaisuus: etäpalvelut kotona asumisen tueksi",
               "intro": "Tilaisuus on peruttu. Uusi ajankohta julkaistaan tapahtumissa."},
        "sv": {"slug": "informationsmote-pilotutlysning-distansrehabilitering", "title":
               "Informationsmöte om pilotutlysning: distanstjänster som stöder hemmaboende",
               "intro": "Mötet har ställts in. En ny tidpunkt publiceras bland evenemangen."},
        "en": {"slug": "pilot-call-information-session-remote-rehabilitation", "title":
               "Pilot-call information session: remote services that support living at home",
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


# The briefing that tender PHA-2026-016 (family carers) promises for 14.12.2026; its
# registration opened with the contract notice.
TENDERING_BRIEFING = {
    "key": "briefing-family-carers",
    "event_type": "supplier_info", "tender": "PHA-2026-016",
    "date": "2026-12-14", "start_time": "13:00", "hours": 1.5,
    "registration_opens": "2026-11-16T09:00",
    "event_format": "online", "venue": None,
    "languages": ["sv", "fi"], "capacity": None, "reserved_places": 0,
    "fi": {"slug": "palveluntuottajien-infotilaisuus-omaishoitajien-valmennus", "title":
           "Palveluntuottajien infotilaisuus: tarjous omaishoitajien valmennukseen ja "
           "vertaistukeen",
           "intro": "Etäinfo tarjouksen tekemisestä omaishoitajien valmennuksen ja "
                    "vertaistuen hankintaan, erityisesti yhdistyksille ja järjestöille. Käymme "
                    "läpi osa-alueet, laatukriteerit ja yhteistarjoukset ja vastaamme "
                    "kysymyksiin."},
    "sv": {"slug": "informationsmote-for-tjansteproducenter-narstaendevardare", "title":
           "Informationsmöte för tjänsteproducenter: anbud på coachning och kamratstöd för "
           "närståendevårdare",
           "intro": "Informationsmöte på distans om hur man lämnar anbud i upphandlingen av "
                    "coachning och kamratstöd för närståendevårdare, särskilt för föreningar "
                    "och organisationer. Vi går igenom delområdena, kvalitetskriterierna och "
                    "gemensamma anbud och svarar på frågor."},
    "en": {"slug": "supplier-information-session-family-carers", "title":
           "Supplier information session: tendering for coaching and peer support for "
           "family carers",
           "intro": "An online briefing on tendering in the procurement of coaching and peer "
                    "support for family carers, aimed especially at associations and "
                    "organisations. We go through the lots, the quality criteria and joint "
                    "tenders, and answer questions."},
}

EVENTS.append(TENDERING_BRIEFING)

# The market dialogue that the news of 27.8.2026 announced: registration by 10.9.2026.
JAKOBSTAD_DIALOGUE = {
    "key": "dialogue-housing-jakobstad",
    "event_type": "market_dialogue",
    "date": "2026-09-17", "start_time": "13:00", "hours": 3,
    "registration_opens": "2026-08-27T09:00", "registration_closes": "2026-09-10T16:00",
    "event_format": "hybrid", "venue": JAKOBSTAD,
    "languages": ["fi", "sv"], "capacity": 40, "reserved_places": 0,
    "fi": {"slug": "markkinavuoropuhelu-ikaihmisten-asumispalvelut-pietarsaaren-seutu",
           "title": "Markkinavuoropuhelu: ikäihmisten asumispalvelut Pietarsaaren seudulla",
           "intro": "Ympärivuorokautisen palveluasumisen ja yhteisöllisen asumisen hankinta "
                    "Pietarsaaren, Pedersören, Luodon, Uusikaarlepyyn ja Kruunupyyn alueelle: "
                    "osa-alueet, pienten toimijoiden osallistuminen, asiakkaan kieli ja "
                    "laadun seuranta."},
    "sv": {"slug": "marknadsdialog-boendeservice-for-aldre-jakobstadsregionen",
           "title": "Marknadsdialog: boendeservice för äldre i Jakobstadsregionen",
           "intro": "Upphandlingen av serviceboende med heldygnsomsorg och gemenskapsboende "
                    "i Jakobstad, Pedersöre, Larsmo, Nykarleby och Kronoby: delområden, små "
                    "aktörers deltagande, klientens språk och uppföljningen av kvaliteten."},
    "en": {"slug": "market-dialogue-housing-older-people-jakobstad-region",
           "title": "Market dialogue: housing services for older people in the Jakobstad "
                    "region",
           "intro": "The procurement of 24-hour service housing and communal housing for "
                    "Jakobstad, Pedersöre, Larsmo, Nykarleby and Kronoby: lots, taking part as "
                    "a small provider, the client's language and following up quality."},
}

EVENTS.append(JAKOBSTAD_DIALOGUE)

# The spring 2027 training series that the news "Procurement training for small enterprises
# and associations in spring 2027" announces: the dates and the day registration opens are
# the news text's (tests/core/test_demo_promises.py holds them to it).
SPRING_TRAINING_REGISTRATION_OPENS = "2026-12-07T09:00"

SPRING_TRAININGS = [
    {
        "key": "spring-2027-basics",
        "event_type": "training",
        "date": "2027-02-09", "start_time": "13:00", "hours": 3,
        "registration_opens": SPRING_TRAINING_REGISTRATION_OPENS,
        "event_format": "online", "venue": None,
        "languages": ["fi", "sv"], "capacity": None, "reserved_places": 0,
        "fi": {"slug": "julkisten-hankintojen-perusteet-sote-palveluissa-2027", "title":
               "Hankintakoulutus: julkisten hankintojen perusteet sosiaali- ja "
               "terveyspalveluissa",
               "intro": "Verkkokoulutus palveluntuottajille: mitä hankintalaki vaatii, miten "
                        "sosiaali- ja terveyspalvelujen kansallinen menettely (hankintalain "
                        "12 luku) etenee, mistä hankintailmoitukset löytyvät Hilmasta ja "
                        "tästä portaalista ja miten markkinavuoropuheluun osallistutaan."},
        "sv": {"slug": "grunderna-i-offentlig-upphandling-social-och-halsovard-2027", "title":
               "Upphandlingsutbildning: grunderna i offentlig upphandling av social- och "
               "hälsovårdstjänster",
               "intro": "Webbutbildning för tjänsteproducenter: vad upphandlingslagen kräver, "
                        "hur det nationella förfarandet för social- och hälsovårdstjänster "
                        "(upphandlingslagen 12 kap.) går till, var upphandlingsannonserna finns "
                        "i Hilma och i den här portalen och hur man deltar i en "
                        "marknadsdialog."},
        "en": {"slug": "public-procurement-basics-social-and-health-2027", "title":
               "Procurement training: public procurement basics for social and health "
               "services",
               "intro": "Online training for service providers: what the Procurement Act "
                        "requires, how the national procedure for social and health services "
                        "(chapter 12 of the Act) works, where to find contract notices in "
                        "Hilma and on this portal, and how to take part in market dialogue."},
    },
    {
        "key": "spring-2027-espd",
        "event_type": "training",
        "date": "2027-02-24", "start_time": "13:00", "hours": 2,
        "registration_opens": SPRING_TRAINING_REGISTRATION_OPENS,
        "event_format": "online", "venue": None,
        "languages": ["fi", "sv"], "capacity": None, "reserved_places": 0,
        "fi": {"slug": "soveltuvuus-ja-espd-lomake-hilmassa-2027", "title":
               "Hankintakoulutus: soveltuvuuden osoittaminen ja ESPD-lomake Hilmassa",
               "intro": "Verkkokoulutus siitä, miten tarjoaja osoittaa soveltuvuutensa: "
                        "ESPD-lomakkeen (yhteinen eurooppalainen hankinta-asiakirja) "
                        "täyttäminen Hilmassa, selvitykset verojen ja lakisääteisten maksujen "
                        "maksamisesta, rekisteröityminen Soteriin ja mitkä todistukset vain "
                        "valittu tarjoaja toimittaa."},
        "sv": {"slug": "lamplighet-och-espd-formularet-i-hilma-2027", "title":
               "Upphandlingsutbildning: att visa sin lämplighet och ESPD-formuläret i Hilma",
               "intro": "Webbutbildning om hur en anbudsgivare visar sin lämplighet: att fylla "
                        "i ESPD-formuläret (det europeiska enhetliga upphandlingsdokumentet) i "
                        "Hilma, utredningar om betalda skatter och lagstadgade avgifter, "
                        "registreringen i Soteri och vilka intyg endast den valda "
                        "anbudsgivaren behöver lämna in."},
        "en": {"slug": "suitability-and-the-espd-in-hilma-2027", "title":
               "Procurement training: showing your suitability and the ESPD form in Hilma",
               "intro": "Online training on how a tenderer shows its suitability: filling in "
                        "the ESPD (European Single Procurement Document) in Hilma, the reports "
                        "on paid taxes and statutory contributions, registration in Soteri, "
                        "and which certificates only the selected tenderer provides."},
    },
    {
        "key": "spring-2027-pricing-quality",
        "event_type": "training",
        "date": "2027-03-09", "start_time": "09:00", "hours": 3,
        "registration_opens": SPRING_TRAINING_REGISTRATION_OPENS,
        "event_format": "in_person", "venue": JAKOBSTAD,
        "languages": ["sv", "fi"], "capacity": 30, "reserved_places": 0,
        "fi": {"slug": "tarjouksen-hinnoittelu-ja-laatukriteerit-2027", "title":
               "Hankintakoulutus: tarjouksen hinnoittelu ja laatukriteerit",
               "intro": "Käytännön harjoituksia osatarjouksen laatimisesta yhteen "
                        "osa-alueeseen: miten hinta lasketaan kustannuksista, miten "
                        "laatukriteerit pisteytetään ja miten vältetään virheet, joiden takia "
                        "tarjous hylätään."},
        "sv": {"slug": "prissattning-av-anbud-och-kvalitetskriterier-2027", "title":
               "Upphandlingsutbildning: prissättning av anbud och kvalitetskriterier",
               "intro": "Praktiska övningar i att lämna delanbud på ett delområde: hur priset "
                        "räknas fram utifrån kostnaderna, hur kvalitetskriterierna poängsätts "
                        "och hur man undviker de fel som gör att ett anbud förkastas."},
        "en": {"slug": "pricing-a-tender-and-quality-criteria-2027", "title":
               "Procurement training: pricing a tender and quality criteria",
               "intro": "Hands-on exercises in preparing a partial tender for one lot: how to "
                        "build the price from your costs, how quality criteria are scored and "
                        "how to avoid the mistakes that get a tender rejected."},
    },
    {
        "key": "spring-2027-self-monitoring",
        "event_type": "training",
        "date": "2027-03-17", "start_time": "09:00", "hours": 3,
        "registration_opens": SPRING_TRAINING_REGISTRATION_OPENS,
        "event_format": "in_person", "venue": VAASA,
        "languages": ["fi", "sv"], "capacity": 30, "reserved_places": 0,
        "fi": {"slug": "omavalvonta-ja-laatu-sopimuskaudella-2027", "title":
               "Hankintakoulutus: omavalvonta ja laatu sopimuskaudella",
               "intro": "Mitä hyvinvointialue edellyttää sopimuskaudella: "
                        "omavalvontasuunnitelma, valvonta ja sopimusseuranta, laatumittareiden "
                        "raportointi ja miten poikkeamat käsitellään yhdessä sopimusvastaavan "
                        "kanssa."},
        "sv": {"slug": "egenkontroll-och-kvalitet-under-avtalsperioden-2027", "title":
               "Upphandlingsutbildning: egenkontroll och kvalitet under avtalsperioden",
               "intro": "Vad välfärdsområdet förutsätter under avtalsperioden: planen för "
                        "egenkontroll, tillsyn och avtalsuppföljning, rapportering av "
                        "kvalitetsindikatorer och hur avvikelser behandlas tillsammans med den "
                        "avtalsansvariga."},
        "en": {"slug": "self-monitoring-and-quality-during-the-contract-2027", "title":
               "Procurement training: self-monitoring and quality during the contract",
               "intro": "What the county expects during the contract period: the "
                        "self-monitoring plan, supervision and contract follow-up, reporting on "
                        "quality indicators, and how deviations are dealt with together with "
                        "the contract manager."},
    },
    {
        "key": "spring-2027-joint-tenders",
        "event_type": "training",
        "date": "2027-03-24", "start_time": "09:00", "hours": 3,
        "registration_opens": SPRING_TRAINING_REGISTRATION_OPENS,
        "event_format": "in_person", "venue": NARPES,
        "languages": ["sv", "fi"], "capacity": 30, "reserved_places": 0,
        "fi": {"slug": "yhteistarjous-ja-alihankinta-2027", "title":
               "Hankintakoulutus: yhteistarjous ja alihankinta pienille toimijoille",
               "intro": "Miten pienet yritykset ja yhdistykset voivat tarjota yhdessä: "
                        "yhteistarjous ja ryhmittymän vastuut, alihankkijoiden käyttäminen ja "
                        "ilmoittaminen tarjouksessa sekä tukeutuminen toisen yrityksen "
                        "voimavaroihin."},
        "sv": {"slug": "gemensamma-anbud-och-underleverantorer-2027", "title":
               "Upphandlingsutbildning: gemensamma anbud och underleverantörer för små "
               "aktörer",
               "intro": "Hur små företag och föreningar kan lämna anbud tillsammans: "
                        "gemensamma anbud och sammanslutningens ansvar, att anlita "
                        "underleverantörer och ange dem i anbudet samt att åberopa ett annat "
                        "företags kapacitet."},
        "en": {"slug": "joint-tenders-and-subcontracting-2027", "title":
               "Procurement training: joint tenders and subcontracting for small providers",
               "intro": "How small enterprises and associations can tender together: joint "
                        "tenders and a group's responsibilities, using subcontractors and "
                        "naming them in the tender, and relying on another company's "
                        "capacity."},
    },
    {
        "key": "spring-2027-service-vouchers",
        "event_type": "training",
        "date": "2027-04-13", "start_time": "13:00", "hours": 2,
        "registration_opens": SPRING_TRAINING_REGISTRATION_OPENS,
        "event_format": "online", "venue": None,
        "languages": ["fi", "sv"], "capacity": None, "reserved_places": 0,
        "fi": {"slug": "palvelusetelituottajaksi-pohjanmaalle-2027", "title":
               "Hankintakoulutus: palvelusetelituottajaksi Pohjanmaalle",
               "intro": "Verkkokoulutus siitä, miten hyvinvointialue hyväksyy "
                        "palvelusetelituottajat: hakemus, sääntökirjan vaatimukset, "
                        "rekisteröityminen Soteriin ja omavalvontasuunnitelma sekä miten "
                        "asiakas valitsee palveluntuottajan."},
        "sv": {"slug": "servicesedelproducent-i-osterbotten-2027", "title":
               "Upphandlingsutbildning: bli servicesedelproducent i Österbotten",
               "intro": "Webbutbildning om hur välfärdsområdet godkänner "
                        "servicesedelproducenter: ansökan, regelbokens krav, registreringen i "
                        "Soteri och planen för egenkontroll samt hur klienten väljer "
                        "tjänsteproducent."},
        "en": {"slug": "service-voucher-provider-in-ostrobothnia-2027", "title":
               "Procurement training: becoming a service-voucher provider in Ostrobothnia",
               "intro": "Online training on how the county approves service-voucher "
                        "providers: the application, the rulebook's requirements, registration "
                        "in Soteri and the self-monitoring plan, and how clients choose a "
                        "provider."},
    },
]

EVENTS += SPRING_TRAININGS
