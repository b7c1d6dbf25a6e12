"""Demo pilot calls and the proposals made to them, in Finnish, Swedish and English.

The calls take their themes from the county's plan ("pilot new service forms with providers on
the basis of the How is Ostrobothnia doing report") and its figures (home-care support
services are 12 % of the client services bought whole). Dates are days from the day the demo
is seeded, so the demo always has open, coming and closed calls: two open, one coming, two
closed (one in review, one decided, with pilots running and one finished).

Proposals name their organisation by business ID (see suppliers/demo.py) and are written in
the organisation's first service language. Each proposal's story ("steps") is played through
the workflow functions, with dates in the past.
"""

INDEX = {
    "fi": {"slug": "pilottihaut", "title": "Pilottihaut",
           "intro": "Hyvinvointialue kokeilee uusia palvelumuotoja yhdessä yritysten, "
                    "yhdistysten ja järjestöjen kanssa. Tee ehdotus avoimeen hakuun tai "
                    "tutustu päättyneiden pilottien tuloksiin."},
    "sv": {"slug": "pilotutlysningar", "title": "Pilotutlysningar",
           "intro": "Välfärdsområdet prövar nya serviceformer tillsammans med företag, "
                    "föreningar och organisationer. Lämna ett förslag i en öppen utlysning "
                    "eller läs om resultaten av avslutade pilotförsök."},
    "en": {"slug": "pilot-calls", "title": "Pilot calls",
           "intro": "The county tries new service forms together with companies, "
                    "associations and organisations. Make a proposal to an open call or read "
                    "the results of finished pilots."},
}

CONTACT = {"name": "Helena Virtanen", "email": "pilotit@example.fi"}

# The county's people who run and review the calls: (e-mail, first name, last name, group).
MANAGER = ("pilot.manager@example.fi", "Helena", "Virtanen", "Pilot managers")
REVIEWERS = [
    ("reviewer.one@example.fi", "Juha", "Mäki", "Pilot reviewers"),
    ("reviewer.two@example.fi", "Ulla", "Sundqvist", "Pilot reviewers"),
    ("reviewer.three@example.fi", "Kaisa", "Heikkilä", "Pilot reviewers"),
]

ALL_MUNICIPALITIES = ["231", "280", "287", "288", "399", "440", "475", "499", "545", "599",
                      "598", "893", "905", "946"]


def _texts(fi, sv, en):
    return {"fi": fi, "sv": sv, "en": en}


# --- The calls ---------------------------------------------------------------------------

LONELINESS = {
    "key": "loneliness",
    "opens_days": -14, "deadline_days": 30,
    "pilots_sought": 3, "score_aggregate": "mean", "anonymised_review": False,
    "service_areas": ["home-care-support", "housing-older-people"],
    "municipalities": ["905", "499", "475", "946", "545", "287", "598", "893"],
    "fi": {
        "slug": "ikaihmisten-yksinaisyys-kotona",
        "title": "Ikäihmisten yksinäisyys kotona",
        "intro": "Haemme yrityksiä, yhdistyksiä ja järjestöjä kokeilemaan uusia tapoja "
                 "vähentää kotona asuvien ikäihmisten yksinäisyyttä.",
        "theme": "Kotona asuvien ikäihmisten yksinäisyys",
        "background": [
            "Miten Pohjanmaa voi -hyvinvointikertomuksen mukaan yhä useampi yli "
            "75-vuotias kokee itsensä yksinäiseksi, ja yksinäisyys lisää palvelujen "
            "tarvetta. Suuri osa kotihoidon asiakkaista asuu yksin, ja kotihoidon käynti on "
            "monelle päivän ainoa kohtaaminen.",
            "Monituottajamallin tavoitteena on kehittää palveluja innovatiivisesti ja "
            "asiakaslähtöisesti palveluntuottajien kanssa. Tämä pilottihaku on osa "
            "strategiakauden 2026–2029 toimenpiteitä: kokeilemme uusia palvelumuotoja "
            "ennen kuin päätämme niiden hankinnasta.",
        ],
        "goals": "Kotona asuvien ikäihmisten kokema yksinäisyys vähenee.\n\n"
                 "Asiakkaat löytävät mielekästä tekemistä ja seuraa omasta kunnastaan.\n\n"
                 "Kokeilusta saadaan mitattua tietoa, jonka perusteella hyvinvointialue voi "
                 "päättää palvelun jatkosta ja hankinnasta.",
        "eligibility": "Hakea voivat yritykset, yhdistykset, järjestöt ja osuuskunnat, "
                       "joilla on Y-tunnus ja jotka ovat rekisteröineet organisaationsa "
                       "tähän portaaliin. Usean toimijan yhteiset ehdotukset ovat "
                       "tervetulleita; nimetkää silloin vastuullinen toimija. Pilotin on "
                       "toimittava suomeksi ja ruotsiksi tai ainakin kunnan enemmistön "
                       "kielellä.",
        "funding": "Hyvinvointialue korvaa pilotin kustannukset enintään 30 000 euroon "
                   "(alv 0 %) asti pilottia kohden. Puolet maksetaan pilotin alkaessa ja "
                   "loput loppuraportin jälkeen.",
        "pilot_duration": "6 kuukautta",
    },
    "sv": {
        "slug": "ensamhet-bland-aldre-som-bor-hemma",
        "title": "Ensamhet bland äldre som bor hemma",
        "intro": "Vi söker företag, föreningar och organisationer som vill pröva nya sätt "
                 "att minska ensamheten bland äldre som bor hemma.",
        "theme": "Ensamhet bland äldre som bor hemma",
        "background": [
            "Enligt välfärdsberättelsen Hur mår Österbotten upplever allt fler personer "
            "över 75 år ensamhet, och ensamheten ökar behovet av tjänster. En stor del av "
            "hemvårdens klienter bor ensamma, och för många är hemvårdsbesöket dagens "
            "enda möte.",
            "Målet med flerproducentmodellen är att utveckla tjänster på ett innovativt "
            "och kundorienterat sätt tillsammans med tjänsteproducenterna. Den här "
            "pilotutlysningen hör till åtgärderna under strategiperioden 2026–2029: vi "
            "prövar nya serviceformer innan vi beslutar om att upphandla dem.",
        ],
        "goals": "Ensamheten bland äldre som bor hemma minskar.\n\n"
                 "Klienterna hittar meningsfull sysselsättning och sällskap i sin egen "
                 "kommun.\n\n"
                 "Försöket ger mätbar information som välfärdsområdet kan grunda sitt beslut "
                 "om tjänstens fortsättning och upphandling på.",
        "eligibility": "Företag, föreningar, organisationer och andelslag med FO-nummer som "
                       "har registrerat sin organisation i portalen kan ansöka. Gemensamma "
                       "förslag från flera aktörer är välkomna; ange då vilken aktör som "
                       "bär ansvaret. Piloten ska fungera på finska och svenska eller "
                       "åtminstone på kommunens majoritetsspråk.",
        "funding": "Välfärdsområdet ersätter pilotens kostnader med högst 30 000 euro "
                   "(moms 0 %) per pilot. Hälften betalas när piloten inleds och resten "
                   "efter slutrapporten.",
        "pilot_duration": "6 månader",
    },
    "en": {
        "slug": "loneliness-of-older-people-at-home",
        "title": "Loneliness of older people living at home",
        "intro": "We are looking for companies, associations and organisations to try new "
                 "ways of easing the loneliness of older people who live at home.",
        "theme": "Loneliness of older people living at home",
        "background": [
            "According to the wellbeing report How is Ostrobothnia doing, more and more "
            "people over 75 feel lonely, and loneliness increases the need for services. "
            "Many home-care clients live alone, and for many the home-care visit is the "
            "only meeting of the day.",
            "The multi-producer model aims to develop services innovatively and "
            "client-first with providers. This pilot call is one of the measures of the "
            "2026–2029 strategy period: we try new service forms before deciding whether "
            "to procure them.",
        ],
        "goals": "Older people living at home feel less lonely.\n\n"
                 "Clients find meaningful things to do and company in their own "
                 "municipality.\n\n"
                 "The pilot gives measured results on which the county can decide whether "
                 "to continue and procure the service.",
        "eligibility": "Companies, associations, organisations and cooperatives with a "
                       "business ID that have registered their organisation on this portal "
                       "may apply. Joint proposals of several providers are welcome; name "
                       "the one responsible. The pilot must work in Finnish and Swedish, or "
                       "at least in the majority language of the municipality.",
        "funding": "The county pays the pilot's costs up to 30,000 euros (VAT 0 %) per "
                   "pilot: half when the pilot starts and the rest after the final report.",
        "pilot_duration": "6 months",
    },
    "criteria": [
        {"weight": 40, "scale_max": 5, **_texts(
            {"name": "Asiakashyöty", "description": "Miten hyvin ratkaisu vähentää "
             "yksinäisyyttä ja vastaa asiakkaiden tarpeisiin."},
            {"name": "Klientnytta", "description": "Hur väl lösningen minskar ensamheten "
             "och svarar mot klienternas behov."},
            {"name": "Client benefit", "description": "How well the solution eases "
             "loneliness and meets the clients' needs."})},
        {"weight": 30, "scale_max": 5, **_texts(
            {"name": "Toteutettavuus", "description": "Aikataulu, henkilöstö, kustannukset "
             "ja riskien hallinta."},
            {"name": "Genomförbarhet", "description": "Tidsplan, personal, kostnader och "
             "riskhantering."},
            {"name": "Feasibility", "description": "Schedule, staff, costs and risk "
             "management."})},
        {"weight": 20, "scale_max": 5, **_texts(
            {"name": "Vaikutusten mitattavuus", "description": "Miten vaikutusta mitataan "
             "ja siitä raportoidaan kuukausittain."},
            {"name": "Mätbara effekter", "description": "Hur effekterna mäts och "
             "rapporteras varje månad."},
            {"name": "Measurable impact", "description": "How the impact is measured and "
             "reported every month."})},
        {"weight": 10, "scale_max": 3, **_texts(
            {"name": "Kaksikielisyys", "description": "Palvelu suomeksi ja ruotsiksi."},
            {"name": "Tvåspråkighet", "description": "Service på finska och svenska."},
            {"name": "Bilingual service", "description": "Service in Finnish and "
             "Swedish."})},
    ],
    "questions": [
        {"kind": "short_text", "required": True, **_texts(
            {"label": "Montako asiakasta pilotti tavoittaa?",
             "help_text": "Arvio koko pilottijakson ajalta."},
            {"label": "Hur många klienter når piloten?",
             "help_text": "En uppskattning för hela pilotperioden."},
            {"label": "How many clients will the pilot reach?",
             "help_text": "An estimate for the whole pilot period."})},
        {"kind": "choice", "required": True, **_texts(
            {"label": "Millä kielellä palvelu toimii?", "help_text": "",
             "choices": "Suomeksi\nRuotsiksi\nSuomeksi ja ruotsiksi"},
            {"label": "På vilket språk fungerar tjänsten?", "help_text": "",
             "choices": "På finska\nPå svenska\nPå finska och svenska"},
            {"label": "In which language does the service work?", "help_text": "",
             "choices": "In Finnish\nIn Swedish\nIn Finnish and Swedish"})},
        {"kind": "long_text", "required": False, **_texts(
            {"label": "Keiden kanssa teette yhteistyötä?",
             "help_text": "Esimerkiksi kunnan vapaa-aikatoimi, seurakunta tai "
                          "kyläyhdistys."},
            {"label": "Vilka samarbetar ni med?",
             "help_text": "Till exempel kommunens fritidsverksamhet, församlingen eller "
                          "byaföreningen."},
            {"label": "Who will you work with?",
             "help_text": "For example the municipality's leisure services, the parish or "
                          "the village association."})},
    ],
    "faq": [
        _texts(
            {"question": "Voiko sama organisaatio tehdä useamman ehdotuksen?",
             "answer": "Voi. Jokainen ehdotus arvioidaan erikseen."},
            {"question": "Kan samma organisation lämna flera förslag?",
             "answer": "Ja. Varje förslag bedöms för sig."},
            {"question": "Can one organisation make several proposals?",
             "answer": "Yes. Each proposal is assessed on its own."}),
        _texts(
            {"question": "Tarvitaanko pilottiin hankintamenettely?",
             "answer": "Pilotit ovat kokeiluja, joista hyvinvointialue maksaa korvauksen "
                       "pilottisopimuksella. Jos palvelu myöhemmin hankitaan, hankinta "
                       "kilpailutetaan hankintalain mukaisesti, ja pilotin tulokset "
                       "julkaistaan kaikille tarjoajille."},
            {"question": "Krävs ett upphandlingsförfarande för piloten?",
             "answer": "Piloterna är försök som välfärdsområdet betalar ersättning för "
                       "enligt ett pilotavtal. Om tjänsten senare upphandlas "
                       "konkurrensutsätts den enligt upphandlingslagen, och pilotens "
                       "resultat publiceras för alla anbudsgivare."},
            {"question": "Does a pilot need a procurement procedure?",
             "answer": "Pilots are experiments that the county pays for under a pilot "
                       "agreement. If the service is bought later, it is put out to tender "
                       "under the Procurement Act, and the pilot's results are published "
                       "to all tenderers."}),
        _texts(
            {"question": "Mitä tietoja asiakkaista saa kerätä?",
             "answer": "Vain pilotin mittaamiseen tarvittavat tiedot, asiakkaan "
                       "suostumuksella. Hyvinvointialue antaa piloteille valmiin "
                       "yksinäisyysmittarin ja suostumuslomakkeen."},
            {"question": "Vilka uppgifter om klienterna får samlas in?",
             "answer": "Endast de uppgifter som behövs för att mäta piloten, med klientens "
                       "samtycke. Välfärdsområdet ger piloterna en färdig "
                       "ensamhetsskala och en samtyckesblankett."},
            {"question": "What client data may be collected?",
             "answer": "Only what is needed to measure the pilot, with the client's "
                       "consent. The county gives the pilots a ready loneliness scale and a "
                       "consent form."}),
    ],
}

YOUTH = {
    "key": "youth-mental-health",
    "opens_days": -7, "deadline_days": 12,
    "pilots_sought": 2, "score_aggregate": "mean", "anonymised_review": False,
    "service_areas": ["other-services"],
    "municipalities": ["905", "598", "599", "440", "893", "288"],
    "fi": {
        "slug": "nuorten-matalan-kynnyksen-mielenterveystuki",
        "title": "Nuorten matalan kynnyksen mielenterveystuki",
        "intro": "Kokeilemme yhdessä järjestöjen ja yritysten kanssa, miten 13–29-vuotiaat "
                 "saavat apua mielen hyvinvointiin nopeasti ja ilman lähetettä.",
        "theme": "Nuorten mielenterveys ja avun saatavuus",
        "background": [
            "Miten Pohjanmaa voi -raportin mukaan nuorten ahdistuneisuus ja masennusoireet "
            "ovat lisääntyneet, ja hoitoon pääsyä joutuu odottamaan viikkoja.",
            "Matalan kynnyksen tuki, kuten chat, ajanvarauksettomat vastaanotot tai "
            "ryhmät, voi auttaa ajoissa ja keventää erikoissairaanhoidon kuormaa.",
        ],
        "goals": "Nuori saa keskusteluapua saman tai seuraavan päivän aikana.\n\n"
                 "Tukea on saatavilla myös iltaisin ja verkossa, suomeksi ja ruotsiksi.\n\n"
                 "Pilotti ohjaa tarvittaessa hyvinvointialueen palveluihin ilman katkoja.",
        "eligibility": "Yhdistykset, järjestöt ja yritykset, joilla on kokemusta nuorten "
                       "kanssa työskentelystä ja joiden työntekijöillä on sosiaali- tai "
                       "terveysalan koulutus. Työntekijöiltä edellytetään rikostaustaote.",
        "funding": "Enintään 40 000 euroa (alv 0 %) pilottia kohden. Hyvinvointialue "
                   "tarjoaa lisäksi tilat Vaasan ja Pietarsaaren nuorisoasemilta kahtena "
                   "iltana viikossa.",
        "pilot_duration": "8 kuukautta",
    },
    "sv": {
        "slug": "lagtroskelstod-for-ungas-psykiska-halsa",
        "title": "Lågtröskelstöd för ungas psykiska hälsa",
        "intro": "Tillsammans med organisationer och företag prövar vi hur unga i åldern "
                 "13–29 år snabbt och utan remiss kan få hjälp med sitt psykiska "
                 "välbefinnande.",
        "theme": "Ungas psykiska hälsa och tillgången till hjälp",
        "background": [
            "Enligt rapporten Hur mår Österbotten har ångest och depressionssymtom bland "
            "unga ökat, och det tar veckor att få vård.",
            "Lågtröskelstöd, till exempel chatt, mottagningar utan tidsbeställning eller "
            "grupper, kan hjälpa i tid och minska belastningen på den specialiserade "
            "sjukvården.",
        ],
        "goals": "Den unga får samtalshjälp samma eller följande dag.\n\n"
                 "Stöd finns också på kvällar och på nätet, på finska och svenska.\n\n"
                 "Vid behov slussar piloten vidare till välfärdsområdets tjänster utan "
                 "avbrott.",
        "eligibility": "Föreningar, organisationer och företag med erfarenhet av arbete med "
                       "unga och vars anställda har utbildning inom social- eller "
                       "hälsovården. De anställda ska visa upp ett straffregisterutdrag.",
        "funding": "Högst 40 000 euro (moms 0 %) per pilot. Välfärdsområdet erbjuder "
                   "dessutom lokaler på ungdomsstationerna i Vasa och Jakobstad två kvällar "
                   "i veckan.",
        "pilot_duration": "8 månader",
    },
    "en": {
        "slug": "low-threshold-mental-health-support-for-young-people",
        "title": "Low-threshold mental-health support for young people",
        "intro": "Together with organisations and companies we try how people aged 13–29 "
                 "can get help for their mental wellbeing quickly and without a referral.",
        "theme": "Young people's mental health and access to help",
        "background": [
            "According to the How is Ostrobothnia doing report, anxiety and symptoms of "
            "depression have grown among young people, and getting treatment takes weeks.",
            "Low-threshold support, such as chat, walk-in services or groups, can help in "
            "time and ease the load on specialised care.",
        ],
        "goals": "A young person gets someone to talk to the same or the next day.\n\n"
                 "Support is also available in the evening and online, in Finnish and "
                 "Swedish.\n\n"
                 "Where needed, the pilot guides young people on to the county's services "
                 "without a gap.",
        "eligibility": "Associations, organisations and companies with experience of "
                       "working with young people, whose staff have a social or health "
                       "care qualification. Staff must show a criminal record extract.",
        "funding": "Up to 40,000 euros (VAT 0 %) per pilot. The county also offers rooms "
                   "at the Vaasa and Jakobstad youth centres two evenings a week.",
        "pilot_duration": "8 months",
    },
    "criteria": [
        {"weight": 35, "scale_max": 5, **_texts(
            {"name": "Saavutettavuus", "description": "Miten nopeasti ja helposti nuori "
             "saa apua, myös iltaisin ja verkossa."},
            {"name": "Tillgänglighet", "description": "Hur snabbt och lätt den unga får "
             "hjälp, också på kvällar och på nätet."},
            {"name": "Accessibility", "description": "How quickly and easily a young person "
             "gets help, also in the evening and online."})},
        {"weight": 35, "scale_max": 5, **_texts(
            {"name": "Laatu ja asiakashyöty", "description": "Työntekijöiden osaaminen ja "
             "menetelmien vaikuttavuus."},
            {"name": "Kvalitet och klientnytta", "description": "Personalens kompetens och "
             "metodernas effekt."},
            {"name": "Quality and client benefit", "description": "The staff's skills and "
             "the effect of the methods."})},
        {"weight": 20, "scale_max": 5, **_texts(
            {"name": "Yhteistyö hyvinvointialueen kanssa",
             "description": "Miten nuori ohjataan tarvittaessa jatkohoitoon."},
            {"name": "Samarbete med välfärdsområdet",
             "description": "Hur den unga vid behov slussas vidare till fortsatt vård."},
            {"name": "Working with the county",
             "description": "How a young person is guided on to further care when needed."})},
        {"weight": 10, "scale_max": 5, **_texts(
            {"name": "Kustannukset", "description": "Kustannukset suhteessa tavoitettuihin "
             "nuoriin."},
            {"name": "Kostnader", "description": "Kostnaderna i förhållande till antalet "
             "unga som nås."},
            {"name": "Costs", "description": "Costs in relation to the young people "
             "reached."})},
    ],
    "questions": [
        {"kind": "long_text", "required": True, **_texts(
            {"label": "Miten nuori saa yhteyden palveluun?", "help_text": ""},
            {"label": "Hur kommer den unga i kontakt med tjänsten?", "help_text": ""},
            {"label": "How does a young person reach the service?", "help_text": ""})},
        {"kind": "short_text", "required": True, **_texts(
            {"label": "Palvelun aukioloajat", "help_text": "Esimerkiksi ma–to klo 15–21."},
            {"label": "Tjänstens öppettider", "help_text": "Till exempel mån–tors kl. "
             "15–21."},
            {"label": "Opening hours of the service", "help_text": "For example Mon–Thu "
             "3 pm – 9 pm."})},
        {"kind": "checkbox", "required": False, **_texts(
            {"label": "Palvelu on nuorelle maksuton", "help_text": ""},
            {"label": "Tjänsten är avgiftsfri för den unga", "help_text": ""},
            {"label": "The service is free for the young person", "help_text": ""})},
    ],
    "faq": [
        _texts(
            {"question": "Voiko pilotti toimia pelkästään verkossa?",
             "answer": "Voi, kunhan nuori saa tarvittaessa myös kasvokkaisen tapaamisen."},
            {"question": "Kan piloten fungera enbart på nätet?",
             "answer": "Ja, så länge den unga vid behov också kan träffa någon personligen."},
            {"question": "Can the pilot work online only?",
             "answer": "Yes, as long as a young person can also meet someone in person "
                       "when needed."}),
        _texts(
            {"question": "Kuka vastaa asiakastietojen kirjaamisesta?",
             "answer": "Hyvinvointialue on asiakastietojen rekisterinpitäjä. Pilotti kirjaa "
                       "tiedot hyvinvointialueen ohjeen mukaan; ohje käydään läpi "
                       "pilottisopimusta tehtäessä."},
            {"question": "Vem ansvarar för att klientuppgifterna dokumenteras?",
             "answer": "Välfärdsområdet är personuppgiftsansvarigt för klientuppgifterna. "
                       "Piloten dokumenterar enligt välfärdsområdets anvisning, som gås "
                       "igenom när pilotavtalet ingås."},
            {"question": "Who is responsible for recording client data?",
             "answer": "The county is the controller of the client data. The pilot records "
                       "data as the county's instructions say; they are gone through when "
                       "the pilot agreement is made."}),
    ],
}

REMOTE_SERVICES = {
    # The call the demo news "Pilot call on remote home-care support opens in December"
    # announces.
    "key": "remote-services",
    "opens_days": 8, "deadline_days": 67,
    "pilots_sought": 4, "score_aggregate": "mean", "anonymised_review": False,
    "service_areas": ["home-care-support", "rehabilitation"],
    "municipalities": ALL_MUNICIPALITIES,
    "fi": {
        "slug": "etapalvelut-kotona-asumisen-tueksi",
        "title": "Etäpalvelut kotona asumisen tueksi",
        "intro": "Tuleva pilottihaku: etäpalvelut, jotka tukevat ikäihmisten ja muiden kotona "
                 "asuvien arkea, kuten etäkäynnit, etäryhmät, etäkuntoutus ja omaishoitajien "
                 "tuki.",
        "theme": "Kotona asumisen tukeminen etäpalveluin",
        "background": [
            "Sosiaalihuollon kotona asumisen tukipalvelut – kotihoito, tukipalvelut, "
            "päivätoiminta ja henkilökohtainen avustaja – olivat 12 % hyvinvointialueen "
            "asiakasostopalveluista vuonna 2024, ja niiden tarve kasvaa väestön "
            "ikääntyessä.",
            "Pitkät etäisyydet vaikeuttavat palvelujen saatavuutta: matka "
            "Kristiinankaupungista, Närpiöstä tai Kruunupyystä vastaanotolle voi viedä "
            "asiakkaalta koko päivän. Kokeilemme Miten Pohjanmaa voi -raportin pohjalta, "
            "mitkä etäpalvelut tuovat avun kotiin.",
        ],
        "goals": "Kotona asuvat saavat apua ja seuraa ilman pitkiä matkoja.\n\n"
                 "Kuntoutusjaksot ja ryhmätoiminta keskeytyvät harvemmin.\n\n"
                 "Omaishoitajat jaksavat paremmin.",
        "eligibility": "Yritykset, yhdistykset, järjestöt ja osuuskunnat, joilla on Y-tunnus "
                       "ja jotka ovat rekisteröineet organisaationsa portaaliin. Terveys- ja "
                       "kuntoutuspalveluissa ammattilaisten on oltava terveydenhuollon "
                       "ammattihenkilöiden keskusrekisterissä. Palvelun on oltava "
                       "asiakkaiden saatavilla suomeksi ja ruotsiksi.",
        "funding": "Korvaus toteutuneiden etäkäyntien ja ryhmäkertojen mukaan, enintään "
                   "25 000 euroa (alv 0 %) pilottia kohden.",
        "pilot_duration": "3–6 kuukautta",
    },
    "sv": {
        "slug": "distanstjanster-som-stoder-hemmaboende",
        "title": "Distanstjänster som stöder hemmaboende",
        "intro": "Kommande pilotutlysning: distanstjänster som stöder vardagen för äldre och "
                 "andra som bor hemma, till exempel distansbesök, grupper på distans, "
                 "distansrehabilitering och stöd för närståendevårdare.",
        "theme": "Stöd för hemmaboende med distanstjänster",
        "background": [
            "Socialvårdens tjänster som stöder hemmaboende – hemvård, stödtjänster, "
            "dagverksamhet och personlig assistent – utgjorde 12 % av välfärdsområdets "
            "kundköptjänster år 2024, och behovet ökar i takt med att befolkningen "
            "åldras.",
            "De långa avstånden försvårar tillgången till tjänster: resan från "
            "Kristinestad, Närpes eller Kronoby till en mottagning kan ta en hel dag. "
            "Utifrån rapporten Hur mår Österbotten prövar vi vilka distanstjänster som "
            "för hjälpen hem.",
        ],
        "goals": "De som bor hemma får hjälp och sällskap utan långa resor.\n\n"
                 "Rehabiliteringsperioder och gruppverksamhet avbryts mer sällan.\n\n"
                 "Närståendevårdarna orkar bättre.",
        "eligibility": "Företag, föreningar, organisationer och andelslag med FO-nummer som "
                       "har registrerat sin organisation i portalen. Inom hälsovård och "
                       "rehabilitering ska de yrkesutbildade finnas i centralregistret över "
                       "yrkesutbildade personer inom hälso- och sjukvården. Tjänsten ska "
                       "finnas tillgänglig för klienterna på svenska och finska.",
        "funding": "Ersättning enligt genomförda distansbesök och gruppträffar, högst "
                   "25 000 euro (moms 0 %) per pilot.",
        "pilot_duration": "3–6 månader",
    },
    "en": {
        "slug": "remote-services-that-support-living-at-home",
        "title": "Remote services that support living at home",
        "intro": "A coming pilot call: remote services that support the everyday lives of "
                 "older people and others living at home, such as remote visits, online "
                 "groups, remote rehabilitation and support for family carers.",
        "theme": "Supporting living at home with remote services",
        "background": [
            "Social-welfare services that support living at home – home care, support "
            "services, day activities and personal assistants – were 12 % of the county's "
            "client services bought whole in 2024, and the need grows as the population "
            "ages.",
            "Long distances make services hard to reach: the trip from Kristinestad, Närpes "
            "or Kronoby to a clinic can take a client a whole day. Based on the How is "
            "Ostrobothnia doing report, we try which remote services bring help home.",
        ],
        "goals": "People living at home get help and company without long trips.\n\n"
                 "Fewer rehabilitation periods and group activities are broken off.\n\n"
                 "Family carers cope better.",
        "eligibility": "Companies, associations, organisations and cooperatives with a "
                       "business ID that have registered their organisation on the portal. "
                       "In health care and rehabilitation, the professionals must be in the "
                       "central register of health care professionals. The service must be "
                       "available to clients in Finnish and Swedish.",
        "funding": "Paid by the remote visits and group sessions held, up to 25,000 euros "
                   "(VAT 0 %) per pilot.",
        "pilot_duration": "3–6 months",
    },
    "criteria": [
        {"weight": 40, "scale_max": 5, **_texts(
            {"name": "Asiakashyöty", "description": "Miten palvelu tukee kotona asumista ja "
             "vähentää matkoja."},
            {"name": "Klientnytta", "description": "Hur tjänsten stöder hemmaboendet och "
             "minskar resorna."},
            {"name": "Client benefit", "description": "How the service supports living at "
             "home and cuts travel."})},
        {"weight": 30, "scale_max": 5, **_texts(
            {"name": "Käytettävyys ja saavutettavuus",
             "description": "Sopiiko ratkaisu ikääntyneille ja aistivammaisille, suomeksi "
                            "ja ruotsiksi?"},
            {"name": "Användbarhet och tillgänglighet",
             "description": "Passar lösningen äldre och personer med sinnesnedsättning, på "
                            "svenska och finska?"},
            {"name": "Usability and accessibility",
             "description": "Does the solution suit older people and people with sensory "
                            "impairments, in Finnish and Swedish?"})},
        {"weight": 30, "scale_max": 5, **_texts(
            {"name": "Tietoturva", "description": "Tietosuoja ja yhteyden turvallisuus."},
            {"name": "Informationssäkerhet", "description": "Dataskydd och en säker "
             "förbindelse."},
            {"name": "Data security", "description": "Data protection and a secure "
             "connection."})},
    ],
    "questions": [
        {"kind": "choice", "required": True, **_texts(
            {"label": "Mikä teema kuvaa ehdotusta parhaiten?", "help_text": "",
             "choices": "Etäkäynnit ja kuvapuhelut\nEtänä toteutettava ryhmä- ja "
                        "päivätoiminta\nEtäkuntoutus ja liikuntaryhmät\nOmaishoitajien "
                        "jaksamisen tuki"},
            {"label": "Vilket tema beskriver förslaget bäst?", "help_text": "",
             "choices": "Distansbesök och videosamtal\nGrupp- och dagverksamhet på "
                        "distans\nDistansrehabilitering och motionsgrupper\nStöd för "
                        "närståendevårdare"},
            {"label": "Which theme describes the proposal best?", "help_text": "",
             "choices": "Remote visits and video calls\nGroup and day activities "
                        "online\nRemote rehabilitation and exercise groups\nSupport for "
                        "family carers"})},
        {"kind": "short_text", "required": True, **_texts(
            {"label": "Mitä etäyhteysratkaisua käytätte?", "help_text": ""},
            {"label": "Vilken lösning för distansförbindelse använder ni?", "help_text": ""},
            {"label": "Which remote connection do you use?", "help_text": ""})},
        {"kind": "long_text", "required": False, **_texts(
            {"label": "Miten asiakas saa tukea laitteen käyttöön?", "help_text": ""},
            {"label": "Hur får klienten stöd med att använda apparaten?", "help_text": ""},
            {"label": "How do clients get help with using the device?", "help_text": ""})},
    ],
    "faq": [
        _texts(
            {"question": "Tarvitseeko asiakkaalla olla oma laite?",
             "answer": "Ei. Pilotti voi lainata asiakkaalle tabletin; kerro ehdotuksessa, "
                       "miten laitteet toimitetaan ja palautetaan."},
            {"question": "Behöver klienten ha en egen apparat?",
             "answer": "Nej. Piloten kan låna ut en surfplatta till klienten; berätta i "
                       "förslaget hur apparaterna levereras och returneras."},
            {"question": "Does the client need a device of their own?",
             "answer": "No. The pilot may lend the client a tablet; say in the proposal how "
                       "the devices are delivered and returned."}),
        _texts(
            {"question": "Onko pilotti hankinta?",
             "answer": "Ei. Pilotin tarkoitus on kokeilla ja oppia. Jos palvelu halutaan "
                       "myöhemmin pysyvään käyttöön, se hankitaan hankintalain mukaisesti, ja "
                       "kaikki palveluntuottajat voivat osallistua kilpailutukseen "
                       "tasavertaisesti."},
            {"question": "Är en pilot en upphandling?",
             "answer": "Nej. Syftet med en pilot är att testa och lära. Om tjänsten senare "
                       "ska tas i permanent bruk upphandlas den enligt upphandlingslagen, och "
                       "alla tjänsteproducenter kan delta på lika villkor."},
            {"question": "Is a pilot a procurement?",
             "answer": "No. A pilot is for trying things out and learning. If the service is "
                       "later to be used permanently, it is procured under the Procurement "
                       "Act, and all providers can take part on equal terms."}),
    ],
}

DIGITAL_HOME_CARE = {
    "key": "digital-home-care",
    "opens_days": -75, "deadline_days": -21,
    "pilots_sought": 2, "score_aggregate": "median", "anonymised_review": True,
    "service_areas": ["home-care-support"],
    "municipalities": ["905", "499", "475", "946", "287", "545"],
    "fi": {
        "slug": "digitaalinen-tuki-kotihoitoon",
        "title": "Digitaalinen tuki kotihoitoon",
        "intro": "Etäkäynnit, lääkeautomaatit ja muut digitaaliset ratkaisut, jotka "
                 "vapauttavat kotihoidon aikaa asiakkaiden kohtaamiseen.",
        "theme": "Kotihoidon resurssit ja asiakkaiden turvallisuus",
        "background": [
            "Kotona asumisen tukipalvelut ovat 12 % hyvinvointialueen "
            "asiakasostopalveluista. Kotihoidon käyntimäärät kasvavat, ja osa käynneistä "
            "on lyhyitä lääkkeenantoja tai voinnin tarkistuksia, jotka voisi tehdä etänä.",
        ],
        "goals": "Osa kotihoidon käynneistä korvataan etäkäynneillä tai automaatiolla "
                 "asiakkaan turvallisuudesta tinkimättä.\n\n"
                 "Kotihoidon työntekijöiden aikaa vapautuu kohtaamiseen.\n\n"
                 "Asiakkaat ja omaiset kokevat palvelun turvalliseksi.",
        "eligibility": "Yritykset ja yhteisöt, joiden ratkaisu on CE-merkitty, jos se on "
                       "lääkinnällinen laite. Ratkaisun on toimittava ilman liittymää "
                       "hyvinvointialueen asiakastietojärjestelmään.",
        "funding": "Laitteet ja palvelu pilottijakson ajaksi, enintään 50 000 euroa "
                   "(alv 0 %) pilottia kohden.",
        "pilot_duration": "6 kuukautta",
    },
    "sv": {
        "slug": "digitalt-stod-for-hemvarden",
        "title": "Digitalt stöd för hemvården",
        "intro": "Distansbesök, läkemedelsautomater och andra digitala lösningar som frigör "
                 "tid inom hemvården för att möta klienterna.",
        "theme": "Hemvårdens resurser och klienternas säkerhet",
        "background": [
            "Socialvårdens köptjänster som stöder hemmaboende utgör 12 % av "
            "välfärdsområdets kundköptjänster. Antalet hemvårdsbesök ökar, och en del "
            "besök är korta läkemedelsdoseringar eller kontroller av måendet som kunde "
            "göras på distans.",
        ],
        "goals": "En del av hemvårdsbesöken ersätts med distansbesök eller automatik utan "
                 "att göra avkall på klientens säkerhet.\n\n"
                 "Hemvårdspersonalen får mer tid för att möta klienterna.\n\n"
                 "Klienterna och de anhöriga upplever tjänsten som trygg.",
        "eligibility": "Företag och sammanslutningar vars lösning är CE-märkt om den är en "
                       "medicinteknisk produkt. Lösningen ska fungera utan koppling till "
                       "välfärdsområdets klientdatasystem.",
        "funding": "Apparater och tjänst för pilotperioden, högst 50 000 euro (moms 0 %) "
                   "per pilot.",
        "pilot_duration": "6 månader",
    },
    "en": {
        "slug": "digital-support-for-home-care",
        "title": "Digital support for home care",
        "intro": "Remote visits, medicine dispensers and other digital solutions that free "
                 "home-care staff's time for meeting clients.",
        "theme": "Home-care resources and client safety",
        "background": [
            "Home-care support services are 12 % of the client services the county buys "
            "whole. Home-care visits keep growing, and some are short visits to give "
            "medicine or check how a client is, which could be done remotely.",
        ],
        "goals": "Some home-care visits are replaced by remote visits or automation "
                 "without compromising client safety.\n\n"
                 "Home-care staff have more time for meeting clients.\n\n"
                 "Clients and their families find the service safe.",
        "eligibility": "Companies and organisations whose solution is CE-marked if it is a "
                       "medical device. The solution must work without a connection to the "
                       "county's client information system.",
        "funding": "Devices and service for the pilot period, up to 50,000 euros (VAT 0 %) "
                   "per pilot.",
        "pilot_duration": "6 months",
    },
    "criteria": [
        {"weight": 35, "scale_max": 5, **_texts(
            {"name": "Asiakasturvallisuus", "description": "Poikkeamien ja hälytysten "
             "käsittely, varajärjestelyt."},
            {"name": "Klientsäkerhet", "description": "Hur avvikelser och larm hanteras, "
             "reservrutiner."},
            {"name": "Client safety", "description": "Handling of deviations and alarms, "
             "fallback arrangements."})},
        {"weight": 30, "scale_max": 5, **_texts(
            {"name": "Vapautuva työaika", "description": "Arvio korvattavista käynneistä ja "
             "säästyvästä ajasta."},
            {"name": "Frigjord arbetstid", "description": "Uppskattning av besök som ersätts "
             "och tid som sparas."},
            {"name": "Staff time freed", "description": "Estimate of visits replaced and "
             "time saved."})},
        {"weight": 20, "scale_max": 5, **_texts(
            {"name": "Käytettävyys", "description": "Asiakkaan, omaisen ja työntekijän "
             "näkökulmasta."},
            {"name": "Användbarhet", "description": "Ur klientens, de anhörigas och "
             "personalens synvinkel."},
            {"name": "Usability", "description": "For the client, the family and the "
             "staff."})},
        {"weight": 15, "scale_max": 5, **_texts(
            {"name": "Hinta", "description": ""},
            {"name": "Pris", "description": ""},
            {"name": "Price", "description": ""})},
    ],
    "questions": [
        {"kind": "choice", "required": True, **_texts(
            {"label": "Onko ratkaisu lääkinnällinen laite?", "help_text": "",
             "choices": "Kyllä, CE-merkitty\nEi ole lääkinnällinen laite"},
            {"label": "Är lösningen en medicinteknisk produkt?", "help_text": "",
             "choices": "Ja, CE-märkt\nInte en medicinteknisk produkt"},
            {"label": "Is the solution a medical device?", "help_text": "",
             "choices": "Yes, CE-marked\nNot a medical device"})},
        {"kind": "short_text", "required": True, **_texts(
            {"label": "Montako kotihoidon asiakasta pilottiin voi osallistua?",
             "help_text": ""},
            {"label": "Hur många hemvårdsklienter kan delta i piloten?", "help_text": ""},
            {"label": "How many home-care clients can take part?", "help_text": ""})},
    ],
    "faq": [
        _texts(
            {"question": "Voivatko laitteet jäädä asiakkaalle pilotin jälkeen?",
             "answer": "Siitä sovitaan pilottisopimuksessa. Jos palvelu hankitaan pilotin "
                       "jälkeen, laitteista sovitaan hankinnan yhteydessä."},
            {"question": "Kan apparaterna bli kvar hos klienten efter piloten?",
             "answer": "Det avtalas i pilotavtalet. Om tjänsten upphandlas efter piloten "
                       "avtalas om apparaterna i samband med upphandlingen."},
            {"question": "Can the devices stay with the client after the pilot?",
             "answer": "That is agreed in the pilot agreement. If the service is procured "
                       "after the pilot, the devices are agreed on in the procurement."}),
    ],
}

DAY_ACTIVITIES = {
    "key": "day-activities-memory",
    "opens_days": -200, "deadline_days": -150,
    "pilots_sought": 4, "score_aggregate": "mean", "anonymised_review": False,
    "service_areas": ["home-care-support", "housing-older-people"],
    "municipalities": ALL_MUNICIPALITIES,
    "fi": {
        "slug": "kuntouttava-paivatoiminta-muistisairaille",
        "title": "Kuntouttava päivätoiminta muistisairaille",
        "intro": "Pienryhmissä toteutettava kuntouttava päivätoiminta kotona asuville "
                 "muistisairaille ja tauko heidän omaishoitajilleen.",
        "theme": "Muistisairaiden kotona asumisen tukeminen",
        "background": [
            "Muistisairaiden määrä kasvaa Pohjanmaalla, ja suurin osa heistä asuu kotona "
            "omaishoitajan tuella. Päivätoiminta ylläpitää toimintakykyä ja antaa "
            "omaishoitajalle säännöllisen tauon.",
            "Päivätoiminta on yksi kotona asumisen tukipalveluista, jotka ovat 12 % "
            "hyvinvointialueen asiakasostopalveluista.",
        ],
        "goals": "Muistisairaan toimintakyky säilyy ja kotona asuminen jatkuu pidempään.\n\n"
                 "Omaishoitajat jaksavat paremmin.\n\n"
                 "Päivätoimintaa on tarjolla myös pienissä kunnissa lähellä asiakasta.",
        "eligibility": "Yritykset, yhdistykset ja osuuskunnat, jotka ovat sosiaali- ja "
                       "terveydenhuollon palveluntuottajien rekisterissä päivätoiminnan "
                       "tuottajina.",
        "funding": "85 euroa asiakaspäivältä (alv 0 %), enintään 35 000 euroa pilottia "
                   "kohden.",
        "pilot_duration": "3–6 kuukautta",
    },
    "sv": {
        "slug": "rehabiliterande-dagverksamhet-for-personer-med-minnessjukdom",
        "title": "Rehabiliterande dagverksamhet för personer med minnessjukdom",
        "intro": "Rehabiliterande dagverksamhet i små grupper för personer med "
                 "minnessjukdom som bor hemma, och en paus för deras närståendevårdare.",
        "theme": "Stöd för personer med minnessjukdom att bo hemma",
        "background": [
            "Antalet personer med minnessjukdom ökar i Österbotten, och de flesta bor hemma "
            "med stöd av en närståendevårdare. Dagverksamheten upprätthåller "
            "funktionsförmågan och ger närståendevårdaren en regelbunden paus.",
            "Dagverksamhet hör till de köptjänster som stöder hemmaboende, som utgör 12 % "
            "av välfärdsområdets kundköptjänster.",
        ],
        "goals": "Funktionsförmågan hos personer med minnessjukdom bevaras och de kan bo "
                 "hemma längre.\n\n"
                 "Närståendevårdarna orkar bättre.\n\n"
                 "Dagverksamhet finns också i små kommuner nära klienten.",
        "eligibility": "Företag, föreningar och andelslag som finns i registret över "
                       "tjänsteproducenter inom social- och hälsovården som producenter "
                       "av dagverksamhet.",
        "funding": "85 euro per klientdag (moms 0 %), högst 35 000 euro per pilot.",
        "pilot_duration": "3–6 månader",
    },
    "en": {
        "slug": "rehabilitative-day-activities-for-people-with-memory-disorders",
        "title": "Rehabilitative day activities for people with memory disorders",
        "intro": "Rehabilitative day activities in small groups for people with memory "
                 "disorders who live at home, and a break for their family carers.",
        "theme": "Helping people with memory disorders live at home",
        "background": [
            "The number of people with memory disorders is growing in Ostrobothnia, and "
            "most of them live at home with the support of a family carer. Day activities "
            "keep up their abilities and give the family carer a regular break.",
            "Day activities are among the home-care support services, which are 12 % of "
            "the client services the county buys whole.",
        ],
        "goals": "People with memory disorders keep their abilities and live at home "
                 "longer.\n\n"
                 "Family carers cope better.\n\n"
                 "Day activities are also available in small municipalities, near the "
                 "client.",
        "eligibility": "Companies, associations and cooperatives registered in the register "
                       "of social and health care providers as providers of day "
                       "activities.",
        "funding": "85 euros per client day (VAT 0 %), up to 35,000 euros per pilot.",
        "pilot_duration": "3–6 months",
    },
    "criteria": [
        {"weight": 40, "scale_max": 5, **_texts(
            {"name": "Asiakashyöty", "description": "Toimintakyvyn ylläpito ja "
             "omaishoitajan jaksaminen."},
            {"name": "Klientnytta", "description": "Funktionsförmågan och "
             "närståendevårdarens ork."},
            {"name": "Client benefit", "description": "Keeping up abilities and the family "
             "carer's wellbeing."})},
        {"weight": 30, "scale_max": 5, **_texts(
            {"name": "Toiminnan ja henkilöstön laatu", "description": ""},
            {"name": "Verksamhetens och personalens kvalitet", "description": ""},
            {"name": "Quality of activities and staff", "description": ""})},
        {"weight": 20, "scale_max": 5, **_texts(
            {"name": "Sijainti ja saavutettavuus", "description": "Esteettömyys ja "
             "etäisyys asiakkaiden kotoa."},
            {"name": "Läge och tillgänglighet", "description": "Tillgänglighet och "
             "avståndet från klienternas hem."},
            {"name": "Location and accessibility", "description": "Step-free access and "
             "distance from the clients' homes."})},
        {"weight": 10, "scale_max": 10, **_texts(
            {"name": "Hinta", "description": ""},
            {"name": "Pris", "description": ""},
            {"name": "Price", "description": ""})},
    ],
    "questions": [
        {"kind": "short_text", "required": True, **_texts(
            {"label": "Missä toimipisteessä päivätoiminta järjestetään?", "help_text": ""},
            {"label": "På vilket verksamhetsställe ordnas dagverksamheten?",
             "help_text": ""},
            {"label": "Where are the day activities held?", "help_text": ""})},
        {"kind": "long_text", "required": False, **_texts(
            {"label": "Miten omaishoitajat osallistuvat?", "help_text": ""},
            {"label": "Hur deltar närståendevårdarna?", "help_text": ""},
            {"label": "How do family carers take part?", "help_text": ""})},
    ],
    "faq": [
        _texts(
            {"question": "Sisältyvätkö kuljetukset korvaukseen?",
             "answer": "Eivät. Hyvinvointialue järjestää kuljetukset liikkumista tukevina "
                       "palveluina."},
            {"question": "Ingår transporterna i ersättningen?",
             "answer": "Nej. Välfärdsområdet ordnar transporterna som tjänster som stöder "
                       "rörligheten."},
            {"question": "Are transport costs included?",
             "answer": "No. The county arranges transport as a mobility support service."}),
    ],
}

CALLS = [LONELINESS, YOUTH, REMOTE_SERVICES, DIGITAL_HOME_CARE, DAY_ACTIVITIES]


# --- Proposals -----------------------------------------------------------------------------
#
# "steps" are played in order, each at its day (from the day of seeding):
#   ("submit", day)                      supplier sends it
#   ("return", day, reason, due_days)    staff return it for completion, due in due_days
#   ("withdraw", day)                    supplier withdraws it
#   ("screen", day)                      staff start screening
#   ("ineligible", day, reason)          staff find it not eligible
#   ("review", day)                      staff send it to review (reviewers assigned)
#   ("decide", day, decision)            staff hold a decision (letter from LETTERS)
#   ("release", day)                     staff release the call's held decisions together
#   ("agreement", day), ("piloting", day), ("complete", day)
# "reviews": (reviewer number, scores in the call's criteria order or None for a recusal,
#   comment, shared with the submitter, submitted). A reviewer with scores declares no
#   conflict of interest first.

LETTERS = {
    "accepted": {
        "fi": "Hyvä vastaanottaja,\n\nehdotuksenne on valittu pilotiksi. Otamme teihin "
              "yhteyttä kahden viikon kuluessa pilottisopimuksen valmistelusta.\n\n"
              "Ystävällisin terveisin\nPohjanmaan hyvinvointialue, pilottitiimi",
        "sv": "Bästa mottagare,\n\nert förslag har valts som pilot. Vi kontaktar er inom två "
              "veckor för att förbereda pilotavtalet.\n\nMed vänlig hälsning\n"
              "Österbottens välfärdsområde, pilotteamet",
    },
    "reserve": {
        "fi": "Hyvä vastaanottaja,\n\nehdotuksenne on varasijalla. Jos joku valituista "
              "piloteista ei käynnisty, otamme teihin yhteyttä.\n\nYstävällisin terveisin\n"
              "Pohjanmaan hyvinvointialue, pilottitiimi",
        "sv": "Bästa mottagare,\n\nert förslag står på reservlistan. Om någon av de valda "
              "piloterna inte kommer i gång kontaktar vi er.\n\nMed vänlig hälsning\n"
              "Österbottens välfärdsområde, pilotteamet",
    },
    "rejected": {
        "fi": "Hyvä vastaanottaja,\n\nkiitos ehdotuksestanne. Tällä kertaa sitä ei valittu "
              "pilotiksi: muut ehdotukset saivat arvioinnissa enemmän pisteitä "
              "asiakashyödystä ja toiminnan laadusta.\n\nYstävällisin terveisin\n"
              "Pohjanmaan hyvinvointialue, pilottitiimi",
        "sv": "Bästa mottagare,\n\ntack för ert förslag. Den här gången valdes det inte som "
              "pilot: andra förslag fick fler poäng för klientnytta och kvalitet.\n\n"
              "Med vänlig hälsning\nÖsterbottens välfärdsområde, pilotteamet",
    },
}

# Business IDs of the demo organisations (suppliers/demo.py).
AURINKORINNE = "2345671-3"
HEMSERVICE = "2456782-9"
FYSIO_LAINE = "3012345-8"
MIELENTERVEYS = "1987654-7"
VARDANDELSLAG = "1122334-9"
MEDI = "3344556-7"
HOIVAPALVELUT = "2233445-8"
RANNIKON = "1555666-9"
KRISTINESTAD = "2888777-4"
MAJAKKA = "2765433-8"

PROPOSALS = {
    "loneliness": [
        {
            "organisation": AURINKORINNE, "created_days": -6, "steps": [],
            "municipalities": ["499"], "answers": ["25", None, None],
            "title": "Kylätupa kotiin",
            "summary": "Vapaaehtoiset ja hoivakodin työntekijät vierailevat viikoittain "
                       "yksin asuvien ikäihmisten luona ja kutsuvat heidät kylätuvalle.",
            "problem": "Mustasaaren kylissä moni yksin asuva ikäihminen ei pääse "
                       "harrastuksiin ilman kyytiä.",
            "solution": "", "target_group": "", "expected_impact": "",
            "budget": "18000",
        },
        {
            "organisation": HEMSERVICE, "created_days": -12, "steps": [("submit", -5)],
            "municipalities": ["905", "946", "475"], "answers": ["60", 2, "Vörå "
                                                                 "församling och Malax "
                                                                 "pensionärsförening."],
            "title": "Telefonvän för äldre",
            "summary": "Utbildade telefonvänner ringer äldre som bor ensamma två gånger i "
                       "veckan och bjuder in dem till gruppträffar i byn.",
            "problem": "Många av hemvårdens klienter i Vasa, Vörå och Malax har ingen att "
                       "prata med mellan hemvårdsbesöken.",
            "solution": "Ett team på tre telefonvänner, handledda av vår "
                        "socionom, ringer på överenskomna tider. En gång i månaden ordnar "
                        "vi en träff med kaffe och program i byns samlingslokal.",
            "target_group": "Hemvårdens klienter över 75 år som bor ensamma.",
            "expected_impact": "Klienternas upplevda ensamhet minskar och fler deltar i "
                               "verksamhet i byn.",
            "impact_measurement": "Ensamhetsmätaren i början, efter tre månader och i "
                                  "slutet; antalet deltagare på träffarna varje månad.",
            "budget": "27500",
            "budget_details": "Personal 21 000 €, utbildning 2 500 €, lokaler och "
                              "kaffe 4 000 €.",
            "timeline": "Månad 1: rekrytering och utbildning. Månaderna 2–6: samtal och "
                        "träffar.",
            "team": "Lena Holm (ansvarig), socionom; tre telefonvänner.",
        },
        {
            "organisation": VARDANDELSLAG, "created_days": -13,
            "steps": [("submit", -10),
                      ("return", -4, "Bifoga en specificerad budget: förslaget anger bara "
                                     "totalbeloppet.", 20)],
            "municipalities": ["288", "599", "893"], "answers": ["40", 1, ""],
            "title": "Bycaféer i Kronoby och Pedersöre",
            "summary": "Ett bycafé en förmiddag i veckan i tre byar, med skjuts för den "
                       "som behöver.",
            "problem": "Byarnas butiker och caféer har stängt, och de äldre saknar en plats "
                       "att träffas.",
            "solution": "Andelslagets vårdare håller café i byagården och hämtar de "
                        "äldre som inte kan ta sig dit själva.",
            "target_group": "Äldre som bor hemma i byarna, särskilt de som har hemvård.",
            "expected_impact": "Regelbundet umgänge och mindre ensamhet.",
            "impact_measurement": "Antalet besökare och resultaten på ensamhetsskalan.",
            "budget": "30000",
            "timeline": "Sex månader från pilotavtalet.",
            "team": "Maria Bäck och två närvårdare.",
        },
        {
            "organisation": HOIVAPALVELUT, "created_days": -11,
            "steps": [("submit", -8), ("withdraw", -2)],
            "municipalities": ["905"], "answers": ["100", 0, ""],
            "title": "Videoseuraa kotiin",
            "summary": "Päivittäiset videotapaamiset ryhmässä kotihoidon asiakkaille.",
            "problem": "Yksinäisyys lisää kotihoidon asiakkaiden palvelutarvetta.",
            "solution": "Tabletti asiakkaalle ja ohjattu ryhmätapaaminen joka arkipäivä.",
            "target_group": "Vaasan kotihoidon asiakkaat.",
            "expected_impact": "Vähemmän yksinäisyyttä, enemmän sosiaalisia kontakteja.",
            "impact_measurement": "Yksinäisyysmittari ja osallistumiskerrat.",
            "budget": "29000", "timeline": "6 kuukautta.", "team": "Petri Laakso ja "
                                                                  "kaksi ohjaajaa.",
        },
    ],
    "youth-mental-health": [
        {
            "organisation": MIELENTERVEYS, "created_days": -6, "steps": [("submit", -3)],
            "municipalities": ["905", "893"],
            "answers": ["Chatissa arki-iltaisin, puhelimitse ja ilman ajanvarausta "
                        "Vaasan nuorisoasemalla tiistaisin ja torstaisin.",
                        "ma–to klo 15–21", True],
            "title": "Illan chat ja walk-in nuorille",
            "summary": "Koulutetut työntekijät ja kokemusasiantuntijat vastaavat nuorten "
                       "chattiin iltaisin ja pitävät ajanvarauksetonta vastaanottoa.",
            "problem": "Nuoret eivät saa keskusteluapua silloin, kun sitä tarvitsevat: "
                       "iltaisin ja viikonloppuisin.",
            "solution": "Kaksikielinen chat arki-iltaisin ja walk-in-vastaanotto kahtena "
                        "iltana viikossa. Tarvittaessa nuori ohjataan hyvinvointialueen "
                        "nuorisoasemalle saman viikon aikana.",
            "target_group": "13–29-vuotiaat Vaasassa ja Uudessakaarlepyyssä.",
            "expected_impact": "Nuori saa apua saman päivän aikana; jonot "
                               "nuorisoasemalle lyhenevät.",
            "impact_measurement": "Yhteydenottojen määrä, vastausaika ja nuorten antama "
                                  "palaute kuukausittain.",
            "budget": "39500",
            "budget_details": "Henkilöstö 33 000 €, chat-palvelu 3 500 €, koulutus 3 000 €.",
            "timeline": "Kuukausi 1: rekrytointi ja koulutus. Kuukaudet 2–8: palvelu.",
            "team": "Sari Mäkelä (vastuuhenkilö), kaksi sosionomia, kolme "
                    "kokemusasiantuntijaa.",
        },
        {
            "organisation": MAJAKKA, "created_days": -2, "steps": [],
            "municipalities": ["905"], "answers": ["", "", None],
            "title": "Nuorten vertaisryhmät",
            "summary": "Ohjatut vertaisryhmät sijaishuollosta itsenäistyville nuorille.",
            "problem": "Itsenäistyvät nuoret jäävät usein ilman tukea.",
            "solution": "", "target_group": "18–25-vuotiaat jälkihuollon asiakkaat.",
            "expected_impact": "", "budget": "",
        },
    ],
    "digital-home-care": [
        {
            "organisation": RANNIKON, "created_days": -30,
            "steps": [("submit", -25), ("screen", -18)],
            "municipalities": ["905", "499"], "answers": [1, "80"],
            "title": "Lääkemuistutus ja etäkäynti tabletilla",
            "summary": "Tabletti muistuttaa lääkkeistä ja yhdistää asiakkaan kotihoidon "
                       "etäkäyntiin.",
            "problem": "Kotihoito tekee päivittäin lyhyitä käyntejä vain lääkkeiden "
                       "muistuttamiseksi.",
            "solution": "Asiakkaan tabletti hälyttää lääkeajasta ja avaa videoyhteyden "
                        "kotihoitoon; kuittaamaton muistutus hälyttää hoitajan.",
            "target_group": "Kotihoidon asiakkaat, joilla on säännöllinen lääkitys.",
            "expected_impact": "Kaksi käyntiä päivässä korvautuu etäkäynnillä.",
            "impact_measurement": "Korvattujen käyntien määrä ja poikkeamat kuukausittain.",
            "budget": "42000", "timeline": "6 kuukautta.",
            "team": "Henrik Sjöberg, kaksi sairaanhoitajaa, tekninen tuki.",
        },
        {
            "organisation": KRISTINESTAD, "created_days": -35,
            "steps": [("submit", -30), ("screen", -18),
                      ("ineligible", -16, "Förslaget gäller trygghetstelefoner som staden "
                                          "redan producerar för välfärdsområdet enligt "
                                          "avtal. Utlysningen gäller nya serviceformer.")],
            "municipalities": ["287"], "answers": [1, "150"],
            "title": "Trygghetstelefoner i Kristinestad",
            "summary": "Trygghetstelefoner med larmcentral för alla hemvårdsklienter i "
                       "Kristinestad.",
            "problem": "Alla hemvårdsklienter har inte trygghetstelefon.",
            "solution": "Staden utvidgar sin trygghetstelefontjänst.",
            "target_group": "Hemvårdens klienter i Kristinestad.",
            "expected_impact": "Tryggare boende hemma.",
            "impact_measurement": "Antalet larm och besök.",
            "budget": "48000", "timeline": "6 månader.", "team": "Stadens hemvård.",
        },
        {
            "organisation": HEMSERVICE, "created_days": -40,
            "steps": [("submit", -28), ("screen", -18), ("review", -14)],
            "municipalities": ["905", "946", "475"], "answers": [1, "45"],
            "title": "Distansbesök på kvällen",
            "summary": "Kvällens hemvårdsbesök görs som videobesök för klienter som klarar "
                       "sig själva men behöver en kontroll före natten.",
            "problem": "Kvällsbesöken binder mycket personal fast besöken är korta.",
            "solution": "Videobesök via en enkel skärm utan knappar; vid behov åker "
                        "en vårdare på plats inom en halv timme.",
            "target_group": "Hemvårdsklienter med ett kvällsbesök per dag.",
            "expected_impact": "Hälften av kvällsbesöken görs på distans.",
            "impact_measurement": "Antalet distansbesök, utryckningar och klientenkät.",
            "budget": "38000", "timeline": "6 månader.",
            "team": "Lena Holm och fyra närvårdare.",
            "reviews": [
                (0, [4, 4, 3, 4], "Selkeä ja turvallinen malli; varajärjestely kuvattu "
                                  "hyvin.", True, True),
                (1, None, "Tunnen ehdotuksen tekijän henkilökohtaisesti.", False, False),
                (2, [3, 4, None, None], "Kesken: käytettävyyttä pitää vielä arvioida.",
                 False, False),
            ],
        },
        {
            "organisation": MEDI, "created_days": -45,
            "steps": [("submit", -30), ("screen", -18), ("review", -14),
                      ("decide", -3, "accepted")],
            "municipalities": ["905", "545", "287"], "answers": [0, "60"],
            "title": "Lääkeautomaatti ja etähoitajan tuki",
            "summary": "Lukittava lääkeautomaatti annostelee lääkkeet ja hälyttää "
                       "etähoitajan, jos annos jää ottamatta.",
            "problem": "Lääkkeenantokäynnit vievät kolmanneksen kotihoidon käynneistä.",
            "solution": "CE-merkitty lääkeautomaatti ja etähoitaja, joka soittaa asiakkaalle "
                        "hälytyksestä ja tarvittaessa lähettää hoitajan.",
            "target_group": "Kotihoidon asiakkaat, joilla on vähintään kolme lääkeaikaa "
                            "päivässä.",
            "expected_impact": "Lääkkeenantokäynnit vähenevät 60 %, lääkitys toteutuu "
                               "oikein.",
            "impact_measurement": "Käyntimäärät, ottamatta jääneet annokset ja "
                                  "asiakaspalaute kuukausittain.",
            "budget": "49000", "budget_details": "Laitteet 30 000 €, etähoitaja 19 000 €.",
            "timeline": "6 kuukautta, laitteet asennetaan ensimmäisen kuukauden aikana.",
            "team": "Mikko Rinne, Laura Salo ja etähoitajatiimi.",
            "reviews": [
                (0, [5, 4, 4, 3], "Vahva näyttö muilta alueilta.", True, True),
                (2, [4, 5, 4, 3], "Hyvä, hinta korkeahko.", True, True),
            ],
        },
    ],
    "day-activities-memory": [
        {
            "organisation": AURINKORINNE, "created_days": -170,
            "steps": [("submit", -160), ("screen", -148), ("review", -140),
                      ("decide", -125, "accepted"), ("release", -120), ("agreement", -110),
                      ("piloting", -100), ("complete", -10)],
            "municipalities": ["499", "905"],
            "answers": ["Aurinkorinteen päivätoimintatila, Mustasaari",
                        "Omaishoitajat osallistuvat kerran kuukaudessa yhteiseen iltapäivään."],
            "title": "Muistikammari-päivätoiminta Mustasaaressa",
            "summary": "Kuntouttava päivätoiminta kolmena päivänä viikossa kuuden hengen "
                       "ryhmissä.",
            "problem": "Mustasaaressa ei ole muistisairaille suunnattua päivätoimintaa.",
            "solution": "Liikuntaa, muistelua, musiikkia ja yhteinen lounas; "
                        "fysioterapeutti suunnittelee harjoitteet.",
            "target_group": "Kotona asuvat muistisairaat ja heidän omaishoitajansa.",
            "expected_impact": "Toimintakyky säilyy; omaishoitaja saa kolme vapaata "
                               "päivää viikossa.",
            "impact_measurement": "Toimintakykymittari alussa ja lopussa, omaishoitajien "
                                  "kuormittuneisuuskysely.",
            "budget": "34000", "timeline": "3 kuukautta.",
            "team": "Anna Niemi, Jari Koski ja fysioterapeutti.",
            "reviews": [
                (0, [5, 4, 4, 8], "Erinomainen, selkeä mittaus.", True, True),
                (1, [5, 5, 4, 7], "", False, True),
                (2, [4, 4, 5, 8], "Hyvä sijainti.", True, True),
            ],
            "follow_up": {
                "progress": "completed", "percent_done": 100,
                "starts": -100, "ends": -10,
                "milestones": [("Ryhmät koottu", -95, -96),
                               ("Väliraportti", -55, -53),
                               ("Loppuraportti", -10, -8)],
                "result_summary": _texts(
                    "Kolmen kuukauden pilottiin osallistui 18 muistisairasta. Heistä 15:n "
                    "toimintakyky säilyi tai parani, ja omaishoitajien kokema "
                    "kuormittuneisuus väheni keskimäärin viidenneksellä. Hyvinvointialue "
                    "valmistelee päivätoiminnan hankintaa osa-alueina, joihin myös pienet "
                    "tuottajat voivat tarjota.",
                    "I den tre månader långa piloten deltog 18 personer med minnessjukdom. "
                    "Hos 15 av dem bevarades eller förbättrades funktionsförmågan, och "
                    "närståendevårdarnas upplevda belastning minskade i genomsnitt med en "
                    "femtedel. Välfärdsområdet bereder en upphandling av dagverksamhet i "
                    "delområden som också små producenter kan lämna anbud på.",
                    "18 people with memory disorders took part in the three-month pilot. "
                    "15 of them kept or improved their abilities, and the strain felt by "
                    "family carers fell by a fifth on average. The county is preparing to "
                    "procure day activities in lots that small providers can also bid "
                    "for."),
                "result_published": True,
            },
        },
        {
            "organisation": VARDANDELSLAG, "created_days": -165,
            "steps": [("submit", -155), ("screen", -148), ("review", -140),
                      ("decide", -125, "accepted"), ("release", -120), ("agreement", -105),
                      ("piloting", -95)],
            "municipalities": ["599", "288"],
            "answers": ["Andelslagets gård i Pedersöre",
                        "Närståendevårdarna bjuds in till en samtalsgrupp varannan vecka."],
            "title": "Dagverksamhet på gården i Pedersöre",
            "summary": "Dagverksamhet med trädgård och djur två dagar i veckan.",
            "problem": "På landsbygden är avstånden till dagverksamhet långa.",
            "solution": "Små grupper på gården, med lunch, utevistelse och lätta sysslor.",
            "target_group": "Personer med lindrig eller medelsvår minnessjukdom.",
            "expected_impact": "Bättre humör och sömn, närståendevårdarna får vila.",
            "impact_measurement": "Funktionsförmåga och närståendevårdarnas enkät.",
            "budget": "33000", "timeline": "6 månader.",
            "team": "Maria Bäck och två närvårdare.",
            "reviews": [
                (0, [4, 4, 4, 7], "Uudenlainen ja asiakaslähtöinen.", True, True),
                (1, [5, 4, 3, 7], "", False, True),
            ],
            "follow_up": {
                "progress": "on_track", "percent_done": 60,
                "starts": -95, "ends": 85,
                "milestones": [("Grupperna bildade", -90, -90),
                               ("Mellanrapport", -5, -4),
                               ("Slutrapport", 85, None)],
                "result_summary": {}, "result_published": False,
            },
        },
        {
            "organisation": HOIVAPALVELUT, "created_days": -160,
            "steps": [("submit", -152), ("screen", -148), ("review", -140),
                      ("decide", -125, "accepted"), ("release", -120), ("agreement", -20)],
            "municipalities": ["545"],
            "answers": ["Palvelukoti Närpiön päivätoimintatila", ""],
            "title": "Muistiryhmä Närpiössä",
            "summary": "Kahden päivän viikkorytmi muistisairaille, kuljetukset "
                       "hyvinvointialueen kautta.",
            "problem": "Närpiön päivätoiminnassa on pitkä jono.",
            "solution": "Uusi ryhmä palvelukodin tiloissa, ohjelma ruotsiksi ja suomeksi.",
            "target_group": "Kotona asuvat muistisairaat Närpiössä.",
            "expected_impact": "Jono lyhenee; kotona asuminen jatkuu.",
            "impact_measurement": "Jonon pituus ja toimintakykymittari.",
            "budget": "35000", "timeline": "Alkaa kuukauden kuluttua sopimuksesta.",
            "team": "Petri Laakso ja kaksi lähihoitajaa.",
            "reviews": [
                (0, [4, 3, 4, 6], "", False, True),
                (2, [4, 4, 4, 6], "Toimiva, kaksikielinen.", True, True),
            ],
            "follow_up": {
                "progress": "on_track", "percent_done": 0,
                "starts": 10, "ends": 190,
                "milestones": [("Ryhmät koottu", 10, None)],
                "result_summary": {}, "result_published": False,
            },
        },
        {
            "organisation": FYSIO_LAINE, "created_days": -158,
            "steps": [("submit", -151), ("screen", -148), ("review", -140),
                      ("decide", -125, "accepted"), ("release", -120)],
            "municipalities": ["287", "545"],
            "answers": ["Fysioterapia Kristiina Lainen tilat, Kristiinankaupunki", ""],
            "title": "Liikunnallinen muistiryhmä Kristiinankaupungissa",
            "summary": "Fysioterapeutin ohjaama liikuntaryhmä ja päivätoiminta kahdesti "
                       "viikossa.",
            "problem": "Kaatumiset ja liikkumisen vaikeudet vievät muistisairaan kotoa "
                       "ympärivuorokautiseen hoitoon.",
            "solution": "Tasapaino- ja lihasvoimaharjoittelu ryhmässä sekä kotiharjoitteet.",
            "target_group": "Muistisairaat, joilla on kaatumisriski.",
            "expected_impact": "Vähemmän kaatumisia, parempi liikkumiskyky.",
            "impact_measurement": "SPPB-testi alussa ja lopussa, kaatumiset.",
            "budget": "21000", "timeline": "4 kuukautta.",
            "team": "Kristiina Laine, fysioterapeutti.",
            "reviews": [
                (1, [4, 4, 3, 9], "Edullinen ja hyvin rajattu.", True, True),
                (2, [3, 4, 3, 9], "", False, True),
            ],
        },
        {
            "organisation": MIELENTERVEYS, "created_days": -157,
            "steps": [("submit", -150), ("screen", -148), ("review", -140),
                      ("decide", -125, "reserve"), ("release", -120)],
            "municipalities": ["905"],
            "answers": ["Yhdistyksen kohtaamispaikka, Vaasa",
                        "Omaishoitajille vertaisryhmä samaan aikaan."],
            "title": "Vertaistuellinen päivätoiminta",
            "summary": "Päivätoiminta ja omaishoitajien vertaisryhmä samassa paikassa.",
            "problem": "Omaishoitajat uupuvat, eikä heillä ole vertaistukea.",
            "solution": "Muistisairaat päivätoiminnassa ja omaishoitajat vertaisryhmässä "
                        "samaan aikaan.",
            "target_group": "Muistisairaat ja heidän omaishoitajansa Vaasassa.",
            "expected_impact": "Omaishoitajat jaksavat paremmin.",
            "impact_measurement": "Omaishoitajien kuormittuneisuuskysely.",
            "budget": "30000", "timeline": "6 kuukautta.",
            "team": "Sari Mäkelä ja vapaaehtoiset.",
            "reviews": [
                (0, [3, 3, 4, 7], "", False, True),
                (1, [4, 3, 3, 7], "Hyvä idea, henkilöstön osaaminen ohuehko.", True, True),
            ],
        },
        {
            "organisation": RANNIKON, "created_days": -156,
            "steps": [("submit", -151), ("screen", -148), ("review", -140),
                      ("decide", -125, "rejected"), ("release", -120)],
            "municipalities": ["905"],
            "answers": ["Vaasan palvelukeskus", ""],
            "title": "Päivätoiminta Vaasan palvelukeskuksessa",
            "summary": "Lisäpaikkoja nykyiseen päivätoimintaan.",
            "problem": "Päivätoiminnan paikat eivät riitä.",
            "solution": "Kaksi lisäpaikkaa nykyiseen ryhmään.",
            "target_group": "Vaasan muistisairaat.",
            "expected_impact": "Jonot lyhenevät.",
            "impact_measurement": "Asiakasmäärät.",
            "budget": "35000", "timeline": "6 kuukautta.", "team": "Nykyinen henkilöstö.",
            "reviews": [
                (0, [2, 3, 3, 5], "Ei uusi palvelumuoto.", True, True),
                (2, [2, 2, 3, 5], "", False, True),
            ],
        },
    ],
}
