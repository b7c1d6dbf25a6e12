"""Demo tenders for the procurement calendar (hankintakalenteri / upphandlingskalender)."""

TENDERS = [
    {
        "reference": "PHA-2026-002",
        "status": "awarded",
        "status_history": [
            ("planned", "2025-11-18"),
            ("open", "2026-01-19"),
            ("evaluation", "2026-03-03"),
            ("awarded", "2026-04-21"),
        ],
        "service_areas": ["child-welfare-placements"],
        "municipalities": [
            "231", "280", "287", "288", "399", "440", "475", "499", "545", "598", "599", "893",
            "905", "946",
        ],
        "cpv_codes": ["85311300", "85311000"],
        "contract_type": "framework-agreement",
        "procedure": "national_social_health",
        "value_min": 9_000_000,
        "value_max": 10_500_000,
        "value_is_public": True,
        "planned_publication": "2026-01-19",
        "planned_publication_precision": "day",
        "market_dialogue_date": None,
        "interest_deadline": None,
        "tender_deadline": "2026-03-02T12:00",
        "contract_start": "2026-07-01",
        "contract_duration_months": 36,
        "option_months": 12,
        "notice_url": (
            "https://www.hankintailmoitukset.fi/fi/public/procurement/35811/notice/172644/overview"
        ),
        "languages": ["fi", "sv"],
        "max_lots_per_bidder": None,
        "contact": {
            "name": "Liisa Koskinen",
            "email": "liisa.koskinen@example.fi",
            "phone": "+358 40 000 2107",
        },
        "fi": {
            "slug": "lastensuojelun-laitoshoito-2026",
            "title": "Lastensuojelun laitoshoito",
            "summary": (
                "Puitejärjestely lastensuojelulaitosten paikoista suomen- ja ruotsinkielisille "
                "lapsille ja nuorille sekä erityistason hoitoon. Hankintapäätös tehtiin 21.4.2026, "
                "ja sopimukset alkoivat 1.7.2026."
            ),
            "description": (
                "<p>Hyvinvointialue hankki lastensuojelulaitosten paikat niille lapsille ja "
                "nuorille, joiden tarpeisiin perhehoito tai hyvinvointialueen oma laitoshoito ei "
                "vastaa. Puitejärjestelyyn valittiin kuhunkin osa-alueeseen 3–5 palveluntuottajaa "
                "etusijajärjestyksessä.</p>"
                "<p>Sopimuskausi on 1.7.2026–30.6.2029, ja hyvinvointialueella on mahdollisuus "
                "yhden vuoden optioon. Sopimuksia seurataan kuukausittaisella "
                "seurantaraportilla.</p>"
            ),
            "sme_notes": (
                "<p>Hankinta jaettiin kolmeen osa-alueeseen, ja tarjoaja saattoi tarjota paikkoja "
                "yhdestäkin yksiköstä. Valituista palveluntuottajista yli puolet on "
                "pk-yrityksiä.</p>"
                "<p>Suomenkielisten yksiköiden osa-alue ylitti pk-kynnyksen, koska paikkoja "
                "tarvitaan siinä eniten. Seuraavaa kilpailutusta varten selvitetään osa-alueen "
                "jakamista alueittain.</p>"
            ),
            "status_note": (
                "Hankintapäätös tehtiin 21.4.2026. Sopimukset ovat voimassa 1.7.2026 alkaen."
            ),
        },
        "sv": {
            "slug": "institutionsvard-inom-barnskyddet-2026",
            "title": "Institutionsvård inom barnskyddet",
            "summary": (
                "Ramavtal för platser på barnskyddsanstalter för finsk- och svenskspråkiga barn "
                "och unga samt för vård på specialnivå. Upphandlingsbeslutet fattades 21.4.2026, "
                "och avtalen inleddes 1.7.2026."
            ),
            "description": (
                "<p>Välfärdsområdet upphandlade platser på barnskyddsanstalter för de barn och "
                "unga vars behov inte kan tillgodoses genom familjevård eller välfärdsområdets "
                "egen institutionsvård. Till ramavtalet valdes 3–5 tjänsteproducenter per "
                "delområde i rangordning.</p>"
                "<p>Avtalsperioden är 1.7.2026–30.6.2029, och välfärdsområdet har möjlighet till "
                "en option på ett år. Avtalen följs upp med en månatlig uppföljningsrapport.</p>"
            ),
            "sme_notes": (
                "<p>Upphandlingen var indelad i tre delområden, och en anbudsgivare kunde erbjuda "
                "platser från en enda enhet. Över hälften av de valda tjänsteproducenterna är små "
                "och medelstora företag (smf).</p>"
                "<p>Delområdet för finskspråkiga enheter överskred smf-gränsen eftersom behovet av "
                "platser är störst där. Inför nästa upphandling utreds en områdesvis indelning av "
                "delområdet.</p>"
            ),
            "status_note": (
                "Upphandlingsbeslutet fattades 21.4.2026. Avtalen gäller från och med 1.7.2026."
            ),
        },
        "en": {
            "slug": "residential-child-welfare-institutions-2026",
            "title": "Residential care in child-welfare institutions",
            "summary": (
                "Framework agreements for places in child-welfare institutions for Finnish- and "
                "Swedish-speaking children and young people and for specialised-level care. The "
                "award decision was made on 21 April 2026, and the contracts began on 1 July 2026."
            ),
            "description": (
                "<p>The county procured places in child-welfare institutions for children and "
                "young people whose needs cannot be met by family care or the county's own "
                "institutional care. For each lot, 3–5 providers were selected to the framework in "
                "order of priority.</p>"
                "<p>The contract period is 1 July 2026 to 30 June 2029, with a one-year option for "
                "the county. The contracts are followed up with a monthly follow-up report.</p>"
            ),
            "sme_notes": (
                "<p>The procurement was divided into three lots, and a tenderer could offer places "
                "from a single unit. More than half of the selected providers are SMEs.</p>"
                "<p>The lot for Finnish-speaking units exceeded the SME threshold because the need "
                "for places is greatest there. Dividing the lot by area will be considered for the "
                "next procurement.</p>"
            ),
            "status_note": (
                "Award decision made on 21 April 2026. The contracts are in force from 1 July 2026."
            ),
        },
        "lots": [
            {
                "number": 1,
                "estimated_value": 4_680_000,
                "annual_value": 1_170_000,
                "municipalities": [
                    "231", "280", "287", "288", "399", "440", "475", "499", "545", "598", "599",
                    "893", "905", "946",
                ],
                "volume_quantity": 9,
                "volume_unit": "places",
                "sme_override": False,
                "sme_override_reason": None,
                "fi": {
                    "title": "Suomenkieliset lastensuojelulaitokset",
                    "description": (
                        "Laitoshoito lastensuojelulaitoksessa 7–17-vuotiaille lapsille ja "
                        "nuorille, joiden hoito- ja kasvatuskieli on suomi, noin yhdeksän paikkaa."
                    ),
                    "requirements": (
                        "Lupa tai rekisteröinti lastensuojelulaitoksena, lastensuojelulain "
                        "mukainen henkilöstömitoitus ja yksikön sijainti enintään 150 kilometrin "
                        "päässä Vaasasta."
                    ),
                },
                "sv": {
                    "title": "Finskspråkiga barnskyddsanstalter",
                    "description": (
                        "Institutionsvård på barnskyddsanstalt för barn och unga i åldern 7–17 år "
                        "med finska som vård- och fostringsspråk, cirka nio platser."
                    ),
                    "requirements": (
                        "Tillstånd eller registrering som barnskyddsanstalt, "
                        "personaldimensionering enligt barnskyddslagen och en enhet högst 150 "
                        "kilometer från Vasa."
                    ),
                },
                "en": {
                    "title": "Finnish-speaking child-welfare institutions",
                    "description": (
                        "Residential care in a child-welfare institution for children and young "
                        "people aged 7–17 whose language of care and upbringing is Finnish, about "
                        "nine places."
                    ),
                    "requirements": (
                        "Licence or registration as a child-welfare institution, staffing as "
                        "required by the Child Welfare Act and a unit no more than 150 kilometres "
                        "from Vaasa."
                    ),
                },
            },
            {
                "number": 2,
                "estimated_value": 2_600_000,
                "annual_value": 650_000,
                "municipalities": [
                    "231", "280", "287", "288", "399", "440", "475", "499", "545", "598", "599",
                    "893", "905", "946",
                ],
                "volume_quantity": 5,
                "volume_unit": "places",
                "sme_override": False,
                "sme_override_reason": None,
                "fi": {
                    "title": "Ruotsinkieliset lastensuojelulaitokset",
                    "description": (
                        "Laitoshoito lastensuojelulaitoksessa 7–17-vuotiaille lapsille ja "
                        "nuorille, joiden hoito- ja kasvatuskieli on ruotsi, noin viisi paikkaa."
                    ),
                    "requirements": (
                        "Lupa tai rekisteröinti lastensuojelulaitoksena, lastensuojelulain "
                        "mukainen henkilöstömitoitus ja yksikön sijainti enintään 150 kilometrin "
                        "päässä Vaasasta."
                    ),
                },
                "sv": {
                    "title": "Svenskspråkiga barnskyddsanstalter",
                    "description": (
                        "Institutionsvård på barnskyddsanstalt för barn och unga i åldern 7–17 år "
                        "med svenska som vård- och fostringsspråk, cirka fem platser."
                    ),
                    "requirements": (
                        "Tillstånd eller registrering som barnskyddsanstalt, "
                        "personaldimensionering enligt barnskyddslagen och en enhet högst 150 "
                        "kilometer från Vasa."
                    ),
                },
                "en": {
                    "title": "Swedish-speaking child-welfare institutions",
                    "description": (
                        "Residential care in a child-welfare institution for children and young "
                        "people aged 7–17 whose language of care and upbringing is Swedish, about "
                        "five places."
                    ),
                    "requirements": (
                        "Licence or registration as a child-welfare institution, staffing as "
                        "required by the Child Welfare Act and a unit no more than 150 kilometres "
                        "from Vaasa."
                    ),
                },
            },
            {
                "number": 3,
                "estimated_value": 2_160_000,
                "annual_value": 540_000,
                "municipalities": [
                    "231", "280", "287", "288", "399", "440", "475", "499", "545", "598", "599",
                    "893", "905", "946",
                ],
                "volume_quantity": 3,
                "volume_unit": "places",
                "sme_override": False,
                "sme_override_reason": None,
                "fi": {
                    "title": "Erityistason laitoshoito nuorille",
                    "description": (
                        "Laitoshoito nuorille, joilla on vaikeita mielenterveys- tai "
                        "päihdeongelmia ja jotka tarvitsevat erityistä huolenpitoa, noin kolme "
                        "paikkaa."
                    ),
                    "requirements": (
                        "Lupa tai rekisteröinti lastensuojelulaitoksena, psykiatrisen hoitotyön ja "
                        "päihdetyön osaaminen sekä valmius erityisen huolenpidon jaksoihin."
                    ),
                },
                "sv": {
                    "title": "Institutionsvård på specialnivå för unga",
                    "description": (
                        "Institutionsvård för unga med svåra problem med psykisk hälsa eller "
                        "missbruk som behöver särskild omsorg, cirka tre platser."
                    ),
                    "requirements": (
                        "Tillstånd eller registrering som barnskyddsanstalt, kunnande inom "
                        "psykiatrisk vård och missbrukarvård samt beredskap för perioder av "
                        "särskild omsorg."
                    ),
                },
                "en": {
                    "title": "Specialised-level residential care for young people",
                    "description": (
                        "Residential care for young people with severe mental-health or "
                        "substance-abuse problems who need special care, about three places."
                    ),
                    "requirements": (
                        "Licence or registration as a child-welfare institution, expertise in "
                        "psychiatric and substance-abuse care, and readiness for periods of "
                        "special care."
                    ),
                },
            },
        ],
    },
    {
        "reference": "PHA-2026-004",
        "status": "awarded",
        "status_history": [
            ("planned", "2025-10-06"),
            ("market_dialogue", "2025-11-10"),
            ("open", "2026-01-12"),
            ("evaluation", "2026-02-17"),
            ("awarded", "2026-03-24"),
        ],
        "service_areas": ["doctor-services"],
        "municipalities": [
            "231", "280", "287", "288", "399", "440", "475", "499", "545", "598", "599", "893",
            "946",
        ],
        "cpv_codes": ["85121100", "85121000"],
        "contract_type": "framework-agreement",
        "procedure": "national_social_health",
        "value_min": 6_000_000,
        "value_max": 7_000_000,
        "value_is_public": True,
        "planned_publication": "2026-01-12",
        "planned_publication_precision": "day",
        "market_dialogue_date": "2025-11-27",
        "interest_deadline": None,
        "tender_deadline": "2026-02-16T12:00",
        "contract_start": "2026-05-01",
        "contract_duration_months": 24,
        "option_months": 24,
        "notice_url": (
            "https://www.hankintailmoitukset.fi/fi/public/procurement/35406/notice/170918/overview"
        ),
        "languages": ["fi", "sv"],
        "max_lots_per_bidder": 2,
        "contact": {
            "name": "Anders Holmberg",
            "email": "anders.holmberg@example.fi",
            "phone": "+358 40 000 2108",
        },
        "fi": {
            "slug": "vuokralaakaripalvelut-terveysasemille-2026",
            "title": "Vuokralääkäripalvelut terveysasemille",
            "summary": (
                "Puitejärjestely yleislääkäreiden vuokratyöstä terveysasemille kolmella "
                "alueellisella osa-alueella. Hankintapäätös tehtiin 24.3.2026, ja sopimukset "
                "alkoivat 1.5.2026."
            ),
            "description": (
                "<p>Hyvinvointialue täydentää terveysasemien omaa lääkärityövoimaa "
                "vuokralääkäreillä niillä alueilla, joilla virkoja on vaikea täyttää. Hankinta "
                "perustuu lääkäripalvelujen tuotantotapa-analyysiin, ja vuokralääkärien käyttöä "
                "seurataan kuukausittain.</p>"
                "<p>Sopimuskausi on kaksi vuotta, minkä lisäksi hyvinvointialueella on kahden "
                "vuoden optio. Tavoitteena on vähentää vuokralääkärien käyttöä sopimuskauden "
                "aikana omaa rekrytointia vahvistamalla.</p>"
            ),
            "sme_notes": (
                "<p>Osa-alueet on jaettu terveysasemien mukaan, joten myös yksittäiset "
                "ammatinharjoittajalääkärit ja pienet lääkäriyritykset saattoivat tarjota. "
                "Osatarjoukset olivat sallittuja, ja tarjoaja saattoi saada sopimuksen enintään "
                "kahdesta osa-alueesta.</p>"
            ),
            "status_note": (
                "Hankintapäätös tehtiin 24.3.2026. Sopimukset ovat voimassa 1.5.2026 alkaen."
            ),
        },
        "sv": {
            "slug": "hyrlakartjanster-for-halsostationerna-2026",
            "title": "Hyrläkartjänster för hälsostationerna",
            "summary": (
                "Ramavtal för hyrda allmänläkare till hälsostationerna i tre regionala delområden. "
                "Upphandlingsbeslutet fattades 24.3.2026, och avtalen inleddes 1.5.2026."
            ),
            "description": (
                "<p>Välfärdsområdet kompletterar hälsostationernas egna läkare med hyrläkare i de "
                "områden där det är svårt att besätta tjänster. Upphandlingen bygger på "
                "analysen av produktionssätten för läkartjänster, och användningen av "
                "hyrläkare följs upp månatligen.</p>"
                "<p>Avtalsperioden är två år, och välfärdsområdet har dessutom en option på två "
                "år. Målet är att minska användningen av hyrläkare under avtalsperioden genom att "
                "stärka den egna rekryteringen.</p>"
            ),
            "sme_notes": (
                "<p>Delområdena är indelade enligt hälsostationer, så även enskilda läkare med "
                "egen praktik och små läkarföretag kunde lämna anbud. Delanbud var tillåtna, och "
                "en anbudsgivare kunde få avtal för högst två delområden.</p>"
            ),
            "status_note": (
                "Upphandlingsbeslutet fattades 24.3.2026. Avtalen gäller från och med 1.5.2026."
            ),
        },
        "en": {
            "slug": "agency-doctors-health-stations-2026",
            "title": "Agency doctor services for health stations",
            "summary": (
                "Framework agreements for agency general practitioners at health stations in three "
                "regional lots. The award decision was made on 24 March 2026, and the contracts "
                "began on 1 May 2026."
            ),
            "description": (
                "<p>The county supplements the health stations' own doctors with agency doctors in "
                "areas where posts are hard to fill. The procurement is based on the "
                "production-mode analysis of doctor services, and the use of agency doctors is "
                "followed up monthly.</p>"
                "<p>The contract period is two years, with a further two-year option for the "
                "county. The aim is to reduce the use of agency doctors during the contract period "
                "by strengthening the county's own recruitment.</p>"
            ),
            "sme_notes": (
                "<p>The lots follow the health stations, so self-employed doctors and small "
                "medical companies could also tender. Partial tenders were allowed, and a tenderer "
                "could be awarded at most two lots.</p>"
            ),
            "status_note": (
                "Award decision made on 24 March 2026. The contracts are in force from 1 May 2026."
            ),
        },
        "lots": [
            {
                "number": 1,
                "estimated_value": 2_560_000,
                "annual_value": 640_000,
                "municipalities": ["231", "280", "287", "545"],
                "volume_quantity": 5300,
                "volume_unit": "hours",
                "sme_override": False,
                "sme_override_reason": None,
                "fi": {
                    "title": "Eteläisen alueen terveysasemat",
                    "description": (
                        "Yleislääkärin vastaanottotyö Närpiön, Kristiinankaupungin, Kaskisten ja "
                        "Korsnäsin terveysasemilla arkipäivisin."
                    ),
                    "requirements": (
                        "Laillistettu lääkäri, vähintään kahden vuoden kokemus terveyskeskustyöstä "
                        "ja ruotsin kielen hyvä taito."
                    ),
                },
                "sv": {
                    "title": "Hälsostationerna i södra området",
                    "description": (
                        "Mottagningsarbete som allmänläkare vid hälsostationerna i Närpes, "
                        "Kristinestad, Kaskö och Korsnäs på vardagar."
                    ),
                    "requirements": (
                        "Legitimerad läkare, minst två års erfarenhet av arbete vid "
                        "hälsovårdscentral och goda kunskaper i svenska."
                    ),
                },
                "en": {
                    "title": "Health stations in the southern area",
                    "description": (
                        "General-practitioner appointments at the health stations in Närpes, "
                        "Kristinestad, Kaskinen and Korsnäs on weekdays."
                    ),
                    "requirements": (
                        "Licensed physician, at least two years' experience of health-centre work "
                        "and a good command of Swedish."
                    ),
                },
            },
            {
                "number": 2,
                "estimated_value": 2_240_000,
                "annual_value": 560_000,
                "municipalities": ["288", "440", "598", "599", "893"],
                "volume_quantity": 4700,
                "volume_unit": "hours",
                "sme_override": False,
                "sme_override_reason": None,
                "fi": {
                    "title": "Pietarsaaren seudun terveysasemat",
                    "description": (
                        "Yleislääkärin vastaanottotyö Pietarsaaren, Pedersören, Luodon, "
                        "Uusikaarlepyyn ja Kruunupyyn terveysasemilla arkipäivisin."
                    ),
                    "requirements": (
                        "Laillistettu lääkäri, vähintään kahden vuoden kokemus terveyskeskustyöstä "
                        "ja ruotsin kielen hyvä taito."
                    ),
                },
                "sv": {
                    "title": "Hälsostationerna i Jakobstadsregionen",
                    "description": (
                        "Mottagningsarbete som allmänläkare vid hälsostationerna i Jakobstad, "
                        "Pedersöre, Larsmo, Nykarleby och Kronoby på vardagar."
                    ),
                    "requirements": (
                        "Legitimerad läkare, minst två års erfarenhet av arbete vid "
                        "hälsovårdscentral och goda kunskaper i svenska."
                    ),
                },
                "en": {
                    "title": "Health stations in the Jakobstad region",
                    "description": (
                        "General-practitioner appointments at the health stations in Jakobstad, "
                        "Pedersöre, Larsmo, Nykarleby and Kronoby on weekdays."
                    ),
                    "requirements": (
                        "Licensed physician, at least two years' experience of health-centre work "
                        "and a good command of Swedish."
                    ),
                },
            },
            {
                "number": 3,
                "estimated_value": 1_920_000,
                "annual_value": 480_000,
                "municipalities": ["399", "475", "499", "946"],
                "volume_quantity": 4000,
                "volume_unit": "hours",
                "sme_override": False,
                "sme_override_reason": None,
                "fi": {
                    "title": "Vaasan ympäristökuntien terveysasemat",
                    "description": (
                        "Yleislääkärin vastaanottotyö Laihian, Vöyrin, Maalahden ja Mustasaaren "
                        "terveysasemilla arkipäivisin."
                    ),
                    "requirements": (
                        "Laillistettu lääkäri, vähintään kahden vuoden kokemus terveyskeskustyöstä "
                        "sekä suomen ja ruotsin kielen taito."
                    ),
                },
                "sv": {
                    "title": "Hälsostationerna i Vasas grannkommuner",
                    "description": (
                        "Mottagningsarbete som allmänläkare vid hälsostationerna i Laihela, Vörå, "
                        "Malax och Korsholm på vardagar."
                    ),
                    "requirements": (
                        "Legitimerad läkare, minst två års erfarenhet av arbete vid "
                        "hälsovårdscentral och kunskaper i finska och svenska."
                    ),
                },
                "en": {
                    "title": "Health stations in the municipalities around Vaasa",
                    "description": (
                        "General-practitioner appointments at the health stations in Laihia, Vörå, "
                        "Malax and Korsholm on weekdays."
                    ),
                    "requirements": (
                        "Licensed physician, at least two years' experience of health-centre work "
                        "and a command of Finnish and Swedish."
                    ),
                },
            },
        ],
    },
    {
        "reference": "PHA-2026-008",
        "status": "cancelled",
        "status_history": [
            ("planned", "2026-02-02"),
            ("market_dialogue", "2026-04-13"),
            ("cancelled", "2026-09-15"),
        ],
        "service_areas": ["doctor-services"],
        "municipalities": ["598", "905"],
        "cpv_codes": ["85121000", "85121100"],
        "contract_type": "procurement-contract",
        "procedure": "negotiated",
        "value_min": 3_300_000,
        "value_max": 3_800_000,
        "value_is_public": False,
        "planned_publication": "2026-10-01",
        "planned_publication_precision": "month",
        "market_dialogue_date": "2026-05-07",
        "interest_deadline": None,
        "tender_deadline": None,
        "contract_start": "2027-01-01",
        "contract_duration_months": 24,
        "option_months": 12,
        "notice_url": "",
        "languages": ["fi", "sv"],
        "max_lots_per_bidder": None,
        "contact": {
            "name": "Anders Holmberg",
            "email": "anders.holmberg@example.fi",
            "phone": "+358 40 000 2108",
        },
        "fi": {
            "slug": "paivystyksen-laakaripalvelut-2026",
            "title": "Päivystyksen lääkäripalvelut iltaisin ja viikonloppuisin",
            "summary": (
                "Suunniteltu hankinta lääkärityövoimasta Vaasan yhteispäivystykseen ja "
                "Pietarsaaren päivystykseen iltaisin ja viikonloppuisin. Hankinta peruttiin "
                "15.9.2026 markkinavuoropuhelun jälkeen."
            ),
            "description": (
                "<p>Hankinnalla oli tarkoitus turvata päivystyksen lääkärivahvuus iltaisin ja "
                "viikonloppuisin Vaasan keskussairaalan yhteispäivystyksessä ja Pietarsaaren "
                "päivystyksessä. Hankinta oli suunniteltu toteutettavaksi neuvottelumenettelynä "
                "kahdessa osa-alueessa.</p>"
                "<p>Markkinavuoropuhelu pidettiin 7.5.2026. Siihen osallistui viisi "
                "palveluntuottajaa, joista kaksi arvioi pystyvänsä tarjoamaan kaksikielisiä "
                "päivystäjiä kaikkiin vuoroihin.</p>"
            ),
            "sme_notes": (
                "<p>Osa-alueet oli suunniteltu päivystyspisteittäin, jotta myös pienet "
                "lääkäriyritykset voisivat tarjota. Jos hankinta käynnistetään uudelleen, vuorot "
                "jaetaan pienempiin kokonaisuuksiin, ja tarkoitus on, että myös yksittäisiä "
                "vuoroja voi tarjota.</p>"
            ),
            "status_note": (
                "Hankinta peruttiin 15.9.2026. Markkinavuoropuhelun mukaan kaksikielisiä "
                "päivystäjiä on tarjolla liian vähän kilpailun syntymiseksi, ja "
                "tuotantotapa-analyysin perusteella vuorot on edullisempaa hoitaa "
                "hyvinvointialueen omalla päivystäjäpoolilla. Tilannetta arvioidaan uudelleen "
                "vuonna 2027."
            ),
        },
        "sv": {
            "slug": "lakartjanster-for-jouren-2026",
            "title": "Läkartjänster för jouren kvällar och veckoslut",
            "summary": (
                "Planerad upphandling av läkararbetskraft till samjouren i Vasa och jouren i "
                "Jakobstad kvällar och veckoslut. Upphandlingen avbröts 15.9.2026 efter "
                "marknadsdialogen."
            ),
            "description": (
                "<p>Syftet med upphandlingen var att trygga läkarbemanningen kvällar och veckoslut "
                "på samjouren vid Vasa centralsjukhus och på jouren i Jakobstad. Upphandlingen "
                "skulle genomföras som ett förhandlat förfarande i två delområden.</p>"
                "<p>Marknadsdialogen hölls 7.5.2026. I den deltog fem tjänsteproducenter, av vilka "
                "två bedömde att de kan erbjuda tvåspråkiga jourläkare till alla pass.</p>"
            ),
            "sme_notes": (
                "<p>Delområdena var planerade per jourenhet för att även små läkarföretag skulle "
                "kunna lämna anbud. Om upphandlingen inleds på nytt delas passen in i mindre "
                "helheter, och avsikten är att också enskilda pass ska kunna erbjudas.</p>"
            ),
            "status_note": (
                "Upphandlingen avbröts 15.9.2026. Enligt marknadsdialogen finns det för få "
                "tvåspråkiga jourläkare för att konkurrens ska uppstå, och enligt "
                "analysen av produktionssätten är det förmånligare att sköta passen med "
                "välfärdsområdets egen jourläkarpool. Situationen bedöms på nytt 2027."
            ),
        },
        "en": {
            "slug": "emergency-duty-doctors-2026",
            "title": "Doctor services for evening and weekend emergency duty",
            "summary": (
                "Planned procurement of doctors for the joint emergency department in Vaasa and "
                "the emergency department in Jakobstad in the evenings and at weekends. It was "
                "cancelled on 15 September 2026 after the market dialogue."
            ),
            "description": (
                "<p>The procurement was intended to secure doctor staffing in the evenings and at "
                "weekends at the joint emergency department of Vaasa Central Hospital and at the "
                "emergency department in Jakobstad. It was to be run as a negotiated procedure in "
                "two lots.</p>"
                "<p>The market dialogue was held on 7 May 2026. Five providers took part, two of "
                "which considered that they could supply bilingual on-duty doctors for all "
                "shifts.</p>"
            ),
            "sme_notes": (
                "<p>The lots were planned by emergency unit so that small medical companies could "
                "also tender. If the procurement is restarted, shifts will be grouped into smaller "
                "packages, and the aim is that individual shifts can also be offered.</p>"
            ),
            "status_note": (
                "The procurement was cancelled on 15 September 2026. The market dialogue showed "
                "too few bilingual on-duty doctors for real competition, and the production-mode "
                "analysis found it cheaper to cover the shifts with the county's own pool of "
                "on-duty doctors. The situation will be reassessed in 2027."
            ),
        },
        "lots": [
            {
                "number": 1,
                "estimated_value": 2_160_000,
                "annual_value": 720_000,
                "municipalities": ["905"],
                "volume_quantity": 5100,
                "volume_unit": "hours",
                "sme_override": False,
                "sme_override_reason": None,
                "fi": {
                    "title": "Vaasan yhteispäivystys",
                    "description": (
                        "Päivystävän lääkärin vuorot Vaasan keskussairaalan yhteispäivystyksessä "
                        "arki-iltaisin ja viikonloppuisin."
                    ),
                    "requirements": (
                        "Laillistettu lääkäri, päivystyskokemus sekä suomen ja ruotsin kielen "
                        "taito."
                    ),
                },
                "sv": {
                    "title": "Samjouren i Vasa",
                    "description": (
                        "Pass som jourhavande läkare på samjouren vid Vasa centralsjukhus "
                        "vardagskvällar och veckoslut."
                    ),
                    "requirements": (
                        "Legitimerad läkare, erfarenhet av jour och kunskaper i finska och svenska."
                    ),
                },
                "en": {
                    "title": "Joint emergency department in Vaasa",
                    "description": (
                        "Shifts as the doctor on duty at the joint emergency department of Vaasa "
                        "Central Hospital on weekday evenings and at weekends."
                    ),
                    "requirements": (
                        "Licensed physician, experience of emergency duty and a command of Finnish "
                        "and Swedish."
                    ),
                },
            },
            {
                "number": 2,
                "estimated_value": 1_350_000,
                "annual_value": 450_000,
                "municipalities": ["598"],
                "volume_quantity": 3200,
                "volume_unit": "hours",
                "sme_override": False,
                "sme_override_reason": None,
                "fi": {
                    "title": "Pietarsaaren päivystys",
                    "description": (
                        "Päivystävän lääkärin vuorot Pietarsaaren päivystyksessä viikonloppuisin "
                        "ja arkipyhinä."
                    ),
                    "requirements": (
                        "Laillistettu lääkäri, päivystyskokemus sekä ruotsin ja suomen kielen "
                        "taito."
                    ),
                },
                "sv": {
                    "title": "Jouren i Jakobstad",
                    "description": (
                        "Pass som jourhavande läkare på jouren i Jakobstad under veckoslut och "
                        "helgdagar."
                    ),
                    "requirements": (
                        "Legitimerad läkare, erfarenhet av jour och kunskaper i svenska och finska."
                    ),
                },
                "en": {
                    "title": "Emergency department in Jakobstad",
                    "description": (
                        "Shifts as the doctor on duty at the emergency department in Jakobstad at "
                        "weekends and on public holidays."
                    ),
                    "requirements": (
                        "Licensed physician, experience of emergency duty and a command of Swedish "
                        "and Finnish."
                    ),
                },
            },
        ],
    },
    {
        "reference": "PHA-2026-010",
        "status": "evaluation",
        "status_history": [
            ("planned", "2026-02-09"),
            ("open", "2026-09-01"),
            ("evaluation", "2026-10-13"),
        ],
        "service_areas": ["home-care-support"],
        "municipalities": [
            "231", "280", "287", "288", "399", "440", "475", "499", "545", "598", "599", "893",
            "905", "946",
        ],
        "cpv_codes": ["85312200", "85312400"],
        "contract_type": "framework-agreement",
        "procedure": "national_social_health",
        "value_min": 6_500_000,
        "value_max": 7_500_000,
        "value_is_public": True,
        "planned_publication": "2026-09-01",
        "planned_publication_precision": "day",
        "market_dialogue_date": None,
        "interest_deadline": None,
        "tender_deadline": "2026-10-12T12:00",
        "contract_start": "2027-02-01",
        "contract_duration_months": 24,
        "option_months": 24,
        "notice_url": (
            "https://www.hankintailmoitukset.fi/fi/public/procurement/39984/notice/191306/overview"
        ),
        "languages": ["fi", "sv"],
        "max_lots_per_bidder": 3,
        "contact": {
            "name": "Johan Björkqvist",
            "email": "johan.bjorkqvist@example.fi",
            "phone": "+358 40 000 2104",
        },
        "fi": {
            "slug": "kotihoidon-tukipalvelut-ateria-siivous-ja-kauppapalvelut-2026",
            "title": "Kotihoidon tukipalvelut: ateria-, siivous- ja kauppapalvelut",
            "summary": (
                "Puitejärjestely kotona asuvien asiakkaiden ateria-, siivous- ja kauppapalveluihin "
                "viidellä osa-alueella. Tarjousaika päättyi 12.10.2026, ja tarjouksia arvioidaan."
            ),
            "description": (
                "<p>Kotihoidon tukipalvelut auttavat ikääntyneitä ja vammaisia henkilöitä asumaan "
                "kotona. Hankinta kattaa kotiin kuljetettavat ateriat kolmella alueella sekä "
                "siivous- ja kauppapalvelut koko hyvinvointialueella.</p>"
                "<p>Tarjouksia saatiin 23. Sopimuskausi on kaksi vuotta, ja hyvinvointialueella on "
                "mahdollisuus kahden vuoden optioon.</p>"
            ),
            "sme_notes": (
                "<p>Ateriapalvelut on jaettu alueittain, ja siivous- ja kauppapalvelut ovat omia "
                "osa-alueitaan, jotta pienet yritykset ja yhdistykset voivat tarjota vain sitä "
                "palvelua, jota ne tuottavat. Tarjoaja voi saada sopimuksen enintään kolmesta "
                "osa-alueesta.</p>"
                "<p>Vaasan seudun ateriapalvelu on pidetty yhtenä osa-alueena yhteisen "
                "kuljetuslogistiikan vuoksi. Sen odotetaan kiinnostavan paikallisten keittiöiden "
                "ja yhdistysten yhteenliittymää.</p>"
            ),
            "status_note": (
                "Tarjousten arviointi on käynnissä. Hankintapäätös on tarkoitus tehdä joulukuussa "
                "2026."
            ),
        },
        "sv": {
            "slug": "stodtjanster-inom-hemvarden-mat-stad-och-butikstjanster-2026",
            "title": "Stödtjänster inom hemvården: mat-, städ- och butikstjänster",
            "summary": (
                "Ramavtal för mat-, städ- och butikstjänster för klienter som bor hemma, i fem "
                "delområden. Anbudstiden gick ut 12.10.2026 och anbuden bedöms."
            ),
            "description": (
                "<p>Stödtjänsterna inom hemvården hjälper äldre och personer med "
                "funktionsnedsättning att bo kvar hemma. Upphandlingen omfattar mat som levereras "
                "hem i tre områden samt städ- och butikstjänster i hela välfärdsområdet.</p>"
                "<p>Det kom in 23 anbud. Avtalsperioden är två år, och välfärdsområdet har "
                "möjlighet till en option på två år.</p>"
            ),
            "sme_notes": (
                "<p>Mattjänsterna är indelade områdesvis, och städ- och butikstjänsterna utgör "
                "egna delområden, så att små företag och föreningar kan lämna anbud endast på den "
                "tjänst de producerar. En anbudsgivare kan få avtal för högst tre delområden.</p>"
                "<p>Mattjänsten i Vasaregionen har hållits samman som ett delområde på grund av "
                "den gemensamma transportlogistiken. Den väntas intressera en sammanslutning av "
                "lokala kök och föreningar.</p>"
            ),
            "status_note": (
                "Bedömningen av anbuden pågår. Upphandlingsbeslutet fattas enligt planerna i "
                "december 2026."
            ),
        },
        "en": {
            "slug": "home-care-support-meals-cleaning-shopping-2026",
            "title": "Home-care support services: meal, cleaning and shopping services",
            "summary": (
                "Framework agreements for meal, cleaning and shopping services for clients living "
                "at home, in five lots. The tender period closed on 12 October 2026, and the "
                "tenders are being evaluated."
            ),
            "description": (
                "<p>Home-care support services help older people and people with disabilities to "
                "keep living at home. The procurement covers meals delivered to the home in three "
                "areas and cleaning and shopping services throughout the county.</p>"
                "<p>23 tenders were received. The contract period is two years, with a two-year "
                "option for the county.</p>"
            ),
            "sme_notes": (
                "<p>Meal services are divided by area, and cleaning and shopping services form "
                "lots of their own, so that small companies and associations can tender only for "
                "the service they provide. A tenderer can be awarded at most three lots.</p>"
                "<p>Meal delivery in the Vaasa region has been kept as one lot because of shared "
                "transport logistics. It is expected to attract a consortium of local kitchens and "
                "associations.</p>"
            ),
            "status_note": (
                "The tenders are being evaluated. The award decision is planned for December 2026."
            ),
        },
        "lots": [
            {
                "number": 1,
                "estimated_value": 3_280_000,
                "annual_value": 820_000,
                "municipalities": ["399", "475", "499", "905", "946"],
                "volume_quantity": 520,
                "volume_unit": "clients",
                "sme_override": True,
                "sme_override_reason": {
                    "fi": (
                        "Osa-alue ylittää pk-kynnyksen, mutta yhteisen kuljetuslogistiikan vuoksi "
                        "sen odotetaan saavan yhteistarjouksen paikallisten pienten keittiöiden ja "
                        "yhdistysten verkostolta."
                    ),
                    "sv": (
                        "Delområdet överskrider smf-gränsen, men på grund av den gemensamma "
                        "transportlogistiken väntas ett gemensamt anbud från ett nätverk av små "
                        "lokala kök och föreningar."
                    ),
                    "en": (
                        "The lot exceeds the SME threshold, but because of shared transport "
                        "logistics a joint tender is expected from a network of small local "
                        "kitchens and associations."
                    ),
                },
                "fi": {
                    "title": "Ateriapalvelu, Vaasan seutu",
                    "description": (
                        "Lämpimien tai jäähdytettyjen aterioiden kuljetus asiakkaan kotiin "
                        "arkipäivisin ja viikonloppuisin Vaasan seudulla."
                    ),
                    "requirements": (
                        "Elintarvikelain mukainen omavalvonta, erityisruokavaliot ja toimitus joka "
                        "päivä vuoden ympäri."
                    ),
                },
                "sv": {
                    "title": "Mattjänst, Vasaregionen",
                    "description": (
                        "Leverans av varm mat eller kylda måltider till klientens hem på vardagar "
                        "och veckoslut i Vasaregionen."
                    ),
                    "requirements": (
                        "Egenkontroll enligt livsmedelslagen, specialdieter och leverans varje dag "
                        "året runt."
                    ),
                },
                "en": {
                    "title": "Meal service, Vaasa region",
                    "description": (
                        "Delivery of hot or chilled meals to the client's home on weekdays and at "
                        "weekends in the Vaasa region."
                    ),
                    "requirements": (
                        "In-house control under the Food Act, special diets and delivery every day "
                        "of the year."
                    ),
                },
            },
            {
                "number": 2,
                "estimated_value": 1_520_000,
                "annual_value": 380_000,
                "municipalities": ["288", "440", "598", "599", "893"],
                "volume_quantity": 240,
                "volume_unit": "clients",
                "sme_override": False,
                "sme_override_reason": None,
                "fi": {
                    "title": "Ateriapalvelu, Pietarsaaren seutu",
                    "description": (
                        "Lämpimien tai jäähdytettyjen aterioiden kuljetus asiakkaan kotiin "
                        "arkipäivisin ja viikonloppuisin Pietarsaaren seudulla."
                    ),
                    "requirements": (
                        "Elintarvikelain mukainen omavalvonta, erityisruokavaliot ja toimitus joka "
                        "päivä vuoden ympäri."
                    ),
                },
                "sv": {
                    "title": "Mattjänst, Jakobstadsregionen",
                    "description": (
                        "Leverans av varm mat eller kylda måltider till klientens hem på vardagar "
                        "och veckoslut i Jakobstadsregionen."
                    ),
                    "requirements": (
                        "Egenkontroll enligt livsmedelslagen, specialdieter och leverans varje dag "
                        "året runt."
                    ),
                },
                "en": {
                    "title": "Meal service, Jakobstad region",
                    "description": (
                        "Delivery of hot or chilled meals to the client's home on weekdays and at "
                        "weekends in the Jakobstad region."
                    ),
                    "requirements": (
                        "In-house control under the Food Act, special diets and delivery every day "
                        "of the year."
                    ),
                },
            },
            {
                "number": 3,
                "estimated_value": 840_000,
                "annual_value": 210_000,
                "municipalities": ["231", "280", "287", "545"],
                "volume_quantity": 130,
                "volume_unit": "clients",
                "sme_override": False,
                "sme_override_reason": None,
                "fi": {
                    "title": "Ateriapalvelu, eteläinen alue",
                    "description": (
                        "Lämpimien tai jäähdytettyjen aterioiden kuljetus asiakkaan kotiin "
                        "Närpiössä, Kristiinankaupungissa, Kaskisissa ja Korsnäsissä."
                    ),
                    "requirements": (
                        "Elintarvikelain mukainen omavalvonta, erityisruokavaliot ja toimitus joka "
                        "päivä vuoden ympäri."
                    ),
                },
                "sv": {
                    "title": "Mattjänst, södra området",
                    "description": (
                        "Leverans av varm mat eller kylda måltider till klientens hem i Närpes, "
                        "Kristinestad, Kaskö och Korsnäs."
                    ),
                    "requirements": (
                        "Egenkontroll enligt livsmedelslagen, specialdieter och leverans varje dag "
                        "året runt."
                    ),
                },
                "en": {
                    "title": "Meal service, southern area",
                    "description": (
                        "Delivery of hot or chilled meals to the client's home in Närpes, "
                        "Kristinestad, Kaskinen and Korsnäs."
                    ),
                    "requirements": (
                        "In-house control under the Food Act, special diets and delivery every day "
                        "of the year."
                    ),
                },
            },
            {
                "number": 4,
                "estimated_value": 1_040_000,
                "annual_value": 260_000,
                "municipalities": [
                    "231", "280", "287", "288", "399", "440", "475", "499", "545", "598", "599",
                    "893", "905", "946",
                ],
                "volume_quantity": 7500,
                "volume_unit": "hours",
                "sme_override": False,
                "sme_override_reason": None,
                "fi": {
                    "title": "Siivouspalvelu",
                    "description": (
                        "Kodin ylläpitosiivous kotihoidon asiakkaille koko hyvinvointialueella. "
                        "Palvelu tilataan tunteina asiakaskohtaisen suunnitelman mukaan."
                    ),
                    "requirements": (
                        "Siivousalan ammattitaito, henkilöstön perehdytys ikääntyneiden "
                        "kohtaamiseen ja palvelu suomeksi ja ruotsiksi."
                    ),
                },
                "sv": {
                    "title": "Städtjänst",
                    "description": (
                        "Underhållsstädning i hemmet för hemvårdens klienter i hela "
                        "välfärdsområdet. Tjänsten beställs som timmar enligt en klientspecifik "
                        "plan."
                    ),
                    "requirements": (
                        "Yrkeskunnande inom städbranschen, introduktion av personalen i bemötande "
                        "av äldre och service på finska och svenska."
                    ),
                },
                "en": {
                    "title": "Cleaning service",
                    "description": (
                        "Regular home cleaning for home-care clients throughout the county. The "
                        "service is ordered as hours under a client-specific plan."
                    ),
                    "requirements": (
                        "Professional cleaning skills, staff induction in working with older "
                        "people and service in Finnish and Swedish."
                    ),
                },
            },
            {
                "number": 5,
                "estimated_value": 380_000,
                "annual_value": 95_000,
                "municipalities": [
                    "231", "280", "287", "288", "399", "440", "475", "499", "545", "598", "599",
                    "893", "905", "946",
                ],
                "volume_quantity": 16_000,
                "volume_unit": "visits",
                "sme_override": False,
                "sme_override_reason": None,
                "fi": {
                    "title": "Kauppapalvelu",
                    "description": (
                        "Päivittäistavaroiden tilaus ja kotiinkuljetus kotihoidon asiakkaille koko "
                        "hyvinvointialueella vähintään kerran viikossa."
                    ),
                    "requirements": (
                        "Tilausten vastaanotto puhelimitse suomeksi ja ruotsiksi, katkeamaton "
                        "kylmäketju ja kuittien toimitus asiakkaalle."
                    ),
                },
                "sv": {
                    "title": "Butikstjänst",
                    "description": (
                        "Beställning och hemleverans av dagligvaror till hemvårdens klienter i "
                        "hela välfärdsområdet minst en gång i veckan."
                    ),
                    "requirements": (
                        "Mottagning av beställningar per telefon på finska och svenska, obruten "
                        "kylkedja och kvitton till klienten."
                    ),
                },
                "en": {
                    "title": "Shopping service",
                    "description": (
                        "Ordering and home delivery of groceries for home-care clients throughout "
                        "the county at least once a week."
                    ),
                    "requirements": (
                        "Taking orders by phone in Finnish and Swedish, an unbroken cold chain and "
                        "receipts for the client."
                    ),
                },
            },
        ],
    },
    {
        "reference": "PHA-2026-014",
        "status": "open",
        "status_history": [
            ("planned", "2026-03-16"),
            ("market_dialogue", "2026-06-04"),
            ("open", "2026-11-02"),
        ],
        "service_areas": ["housing-mental-health-substance-abuse"],
        "municipalities": [
            "231", "280", "287", "288", "399", "440", "475", "499", "545", "598", "599", "893",
            "905", "946",
        ],
        "cpv_codes": ["85311000", "85312400"],
        "contract_type": "framework-agreement",
        "procedure": "national_social_health",
        "value_min": 9_500_000,
        "value_max": 11_000_000,
        "value_is_public": True,
        "planned_publication": "2026-11-02",
        "planned_publication_precision": "day",
        "market_dialogue_date": "2026-06-11",
        "interest_deadline": None,
        "tender_deadline": "2026-12-15T12:00",
        "contract_start": "2027-04-01",
        "contract_duration_months": 36,
        "option_months": 24,
        "notice_url": (
            "https://www.hankintailmoitukset.fi/fi/public/procurement/41237/notice/198452/overview"
        ),
        "languages": ["fi", "sv"],
        "max_lots_per_bidder": 2,
        "contact": {
            "name": "Sanna Hietala",
            "email": "sanna.hietala@example.fi",
            "phone": "+358 40 000 2103",
        },
        "fi": {
            "slug": "mielenterveys-ja-paihdekuntoutujien-asumispalvelut-2026",
            "title": "Mielenterveys- ja päihdekuntoutujien asumispalvelut",
            "summary": (
                "Puitejärjestely mielenterveys- ja päihdekuntoutujien ympärivuorokautiseen ja "
                "yhteisölliseen asumiseen sekä kotiin annettavaan asumisen tukeen neljällä "
                "osa-alueella. Tarjoukset on jätettävä viimeistään 15.12.2026."
            ),
            "description": (
                "<p>Hankinnalla korvataan vuonna 2027 päättyvät asiakaskohtaiset maksusitoumukset "
                "puitesopimuksilla. Tavoitteena on kuntouttava asuminen, joka tukee asiakkaan "
                "siirtymistä kevyempiin palveluihin ja omaan kotiin.</p>"
                "<p>Hankinta on jaettu neljään osa-alueeseen:</p>"
                "<ul>"
                "<li>ympärivuorokautinen asuminen Vaasan seudulla</li>"
                "<li>ympärivuorokautinen asuminen Pietarsaaren seudulla</li>"
                "<li>yhteisöllinen asuminen eteläisellä alueella</li>"
                "<li>asumisen tuki koko hyvinvointialueella.</li>"
                "</ul>"
                "<p>Sopimuskausi on kolme vuotta ja optio kaksi vuotta. Kysymykset esitetään "
                "kirjallisesti hankintailmoituksessa kuvatulla tavalla.</p>"
            ),
            "sme_notes": (
                "<p>Osa-alueet on mitoitettu 8–12 paikan yksiköille, ja tarjoaja voi saada "
                "sopimuksen enintään kahdesta osa-alueesta. Osatarjoukset ovat sallittuja.</p>"
                "<p>Pienet palveluntuottajat ja yhdistykset voivat jättää yhteistarjouksen tai "
                "käyttää alihankkijoita. Liikevaihtovaatimus on enintään kaksinkertainen "
                "osa-alueen vuosiarvoon nähden.</p>"
            ),
            "status_note": (
                "Tarjousaika on käynnissä. Kysymykset on esitettävä viimeistään 1.12.2026."
            ),
        },
        "sv": {
            "slug": "boendeservice-mentalvard-och-missbrukarvard-2026",
            "title": "Boendeservice för klienter inom mentalvård och missbrukarvård",
            "summary": (
                "Ramavtal för boende med heldygnsomsorg, gemenskapsboende och stöd för boende i "
                "hemmet för klienter inom mentalvård och missbrukarvård i fyra delområden. Anbuden "
                "ska lämnas senast 15.12.2026."
            ),
            "description": (
                "<p>Upphandlingen ersätter klientspecifika betalningsförbindelser som upphör 2027 "
                "med ramavtal. Målet är ett rehabiliterande boende som stöder klientens övergång "
                "till lättare tjänster och ett eget hem.</p>"
                "<p>Upphandlingen är indelad i fyra delområden:</p>"
                "<ul>"
                "<li>boende med heldygnsomsorg i Vasaregionen</li>"
                "<li>boende med heldygnsomsorg i Jakobstadsregionen</li>"
                "<li>gemenskapsboende i södra området</li>"
                "<li>stöd för boende i hela välfärdsområdet.</li>"
                "</ul>"
                "<p>Avtalsperioden är tre år med en option på två år. Frågor ställs skriftligen på "
                "det sätt som beskrivs i upphandlingsannonsen.</p>"
            ),
            "sme_notes": (
                "<p>Delområdena är dimensionerade för enheter med 8–12 platser, och en "
                "anbudsgivare kan få avtal för högst två delområden. Delanbud är tillåtna.</p>"
                "<p>Små tjänsteproducenter och föreningar kan lämna gemensamma anbud eller anlita "
                "underleverantörer. Kravet på omsättning är högst två gånger delområdets "
                "årsvärde.</p>"
            ),
            "status_note": "Anbudstiden pågår. Frågor ska ställas senast 1.12.2026.",
        },
        "en": {
            "slug": "mental-health-substance-abuse-housing-2026",
            "title": "Housing services for mental-health and substance-abuse clients",
            "summary": (
                "Framework agreements for 24-hour housing, communal housing and home-based housing "
                "support for mental-health and substance-abuse clients in four lots. Tenders are "
                "due by 15 December 2026."
            ),
            "description": (
                "<p>The procurement replaces client-specific payment commitments that end in 2027 "
                "with framework agreements. The aim is rehabilitative housing that helps clients "
                "move on to lighter services and a home of their own.</p>"
                "<p>The procurement is divided into four lots:</p>"
                "<ul>"
                "<li>24-hour housing in the Vaasa region</li>"
                "<li>24-hour housing in the Jakobstad region</li>"
                "<li>communal housing in the southern area</li>"
                "<li>housing support throughout the county.</li>"
                "</ul>"
                "<p>The contract period is three years with a two-year option. Questions are to be "
                "submitted in writing as described in the contract notice.</p>"
            ),
            "sme_notes": (
                "<p>The lots are sized for units of 8–12 places, and a tenderer can be awarded at "
                "most two lots. Partial tenders are allowed.</p>"
                "<p>Small providers and associations may submit joint tenders or use "
                "subcontractors. The turnover requirement is at most twice the annual value of the "
                "lot.</p>"
            ),
            "status_note": (
                "The tender period is open. Questions must be submitted by 1 December 2026."
            ),
        },
        "lots": [
            {
                "number": 1,
                "estimated_value": 3_450_000,
                "annual_value": 690_000,
                "municipalities": ["399", "475", "499", "905", "946"],
                "volume_quantity": 12,
                "volume_unit": "places",
                "sme_override": False,
                "sme_override_reason": None,
                "fi": {
                    "title": "Ympärivuorokautinen kuntouttava asuminen, Vaasan seutu",
                    "description": (
                        "Ympärivuorokautinen palveluasuminen noin 12 mielenterveys- ja "
                        "päihdekuntoutujalle. Yksikön on sijaittava Vaasan seudulla."
                    ),
                    "requirements": (
                        "Merkintä palveluntuottajarekisteriin (Soteri), mielenterveys- ja "
                        "päihdetyön osaaminen ja palvelu suomeksi ja ruotsiksi."
                    ),
                },
                "sv": {
                    "title": "Rehabiliterande boende med heldygnsomsorg, Vasaregionen",
                    "description": (
                        "Serviceboende med heldygnsomsorg för cirka 12 klienter inom mentalvård "
                        "och missbrukarvård. Enheten ska ligga i Vasaregionen."
                    ),
                    "requirements": (
                        "Registrering i registret över tjänsteproducenter (Soteri), kunnande inom "
                        "mentalvårds- och missbrukararbete och service på finska och svenska."
                    ),
                },
                "en": {
                    "title": "Rehabilitative 24-hour housing, Vaasa region",
                    "description": (
                        "24-hour service housing for about 12 mental-health and substance-abuse "
                        "clients. The unit must be located in the Vaasa region."
                    ),
                    "requirements": (
                        "Registration in the register of service providers (Soteri), expertise in "
                        "mental-health and substance-abuse work and service in Finnish and Swedish."
                    ),
                },
            },
            {
                "number": 2,
                "estimated_value": 2_875_000,
                "annual_value": 575_000,
                "municipalities": ["288", "440", "598", "599", "893"],
                "volume_quantity": 10,
                "volume_unit": "places",
                "sme_override": False,
                "sme_override_reason": None,
                "fi": {
                    "title": "Ympärivuorokautinen kuntouttava asuminen, Pietarsaaren seutu",
                    "description": (
                        "Ympärivuorokautinen palveluasuminen noin 10 mielenterveys- ja "
                        "päihdekuntoutujalle. Yksikön on sijaittava Pietarsaaren seudulla."
                    ),
                    "requirements": (
                        "Merkintä palveluntuottajarekisteriin (Soteri), mielenterveys- ja "
                        "päihdetyön osaaminen ja palvelu ruotsiksi ja suomeksi."
                    ),
                },
                "sv": {
                    "title": "Rehabiliterande boende med heldygnsomsorg, Jakobstadsregionen",
                    "description": (
                        "Serviceboende med heldygnsomsorg för cirka 10 klienter inom mentalvård "
                        "och missbrukarvård. Enheten ska ligga i Jakobstadsregionen."
                    ),
                    "requirements": (
                        "Registrering i registret över tjänsteproducenter (Soteri), kunnande inom "
                        "mentalvårds- och missbrukararbete och service på svenska och finska."
                    ),
                },
                "en": {
                    "title": "Rehabilitative 24-hour housing, Jakobstad region",
                    "description": (
                        "24-hour service housing for about 10 mental-health and substance-abuse "
                        "clients. The unit must be located in the Jakobstad region."
                    ),
                    "requirements": (
                        "Registration in the register of service providers (Soteri), expertise in "
                        "mental-health and substance-abuse work and service in Swedish and Finnish."
                    ),
                },
            },
            {
                "number": 3,
                "estimated_value": 1_500_000,
                "annual_value": 300_000,
                "municipalities": ["231", "280", "287", "545"],
                "volume_quantity": 8,
                "volume_unit": "places",
                "sme_override": False,
                "sme_override_reason": None,
                "fi": {
                    "title": "Yhteisöllinen asuminen, eteläinen alue",
                    "description": (
                        "Yhteisöllinen asuminen noin kahdeksalle kuntoutujalle, joilla on "
                        "päihdekuntoutuksen tarve. Henkilökunta on paikalla päivisin."
                    ),
                    "requirements": (
                        "Merkintä palveluntuottajarekisteriin (Soteri), päihdekuntoutuksen "
                        "osaaminen ja palvelu ruotsiksi ja suomeksi."
                    ),
                },
                "sv": {
                    "title": "Gemenskapsboende, södra området",
                    "description": (
                        "Gemenskapsboende för cirka åtta klienter i behov av "
                        "missbrukarrehabilitering. Personal finns på plats dagtid."
                    ),
                    "requirements": (
                        "Registrering i registret över tjänsteproducenter (Soteri), kunnande inom "
                        "missbrukarrehabilitering och service på svenska och finska."
                    ),
                },
                "en": {
                    "title": "Communal housing, southern area",
                    "description": (
                        "Communal housing for about eight clients in need of substance-abuse "
                        "rehabilitation. Staff are present during the day."
                    ),
                    "requirements": (
                        "Registration in the register of service providers (Soteri), expertise in "
                        "substance-abuse rehabilitation and service in Swedish and Finnish."
                    ),
                },
            },
            {
                "number": 4,
                "estimated_value": 2_250_000,
                "annual_value": 450_000,
                "municipalities": [
                    "231", "280", "287", "288", "399", "440", "475", "499", "545", "598", "599",
                    "893", "905", "946",
                ],
                "volume_quantity": 9000,
                "volume_unit": "hours",
                "sme_override": False,
                "sme_override_reason": None,
                "fi": {
                    "title": "Asumisen tuki kotiin",
                    "description": (
                        "Kuntouttava ohjaus ja tuki asiakkaan omassa kodissa koko "
                        "hyvinvointialueella, myös itsenäiseen asumiseen siirtymisen jälkeen. "
                        "Palvelu tilataan tunteina."
                    ),
                    "requirements": (
                        "Sosiaali- tai terveysalan ammattihenkilöstö, mielenterveys- ja päihdetyön "
                        "osaaminen ja valmius palvella suomeksi ja ruotsiksi."
                    ),
                },
                "sv": {
                    "title": "Stöd för boende i hemmet",
                    "description": (
                        "Rehabiliterande handledning och stöd i klientens eget hem i hela "
                        "välfärdsområdet, även efter övergången till självständigt boende. "
                        "Tjänsten beställs som timmar."
                    ),
                    "requirements": (
                        "Yrkesutbildad personal inom social- eller hälsovården, kunnande inom "
                        "mentalvårds- och missbrukararbete och beredskap att betjäna på finska och "
                        "svenska."
                    ),
                },
                "en": {
                    "title": "Housing support at home",
                    "description": (
                        "Rehabilitative guidance and support in the client's own home throughout "
                        "the county, including after the move to independent living. The service "
                        "is ordered as hours."
                    ),
                    "requirements": (
                        "Qualified social or health care staff, expertise in mental-health and "
                        "substance-abuse work and readiness to serve in Finnish and Swedish."
                    ),
                },
            },
        ],
    },
    {
        "reference": "PHA-2026-015",
        "status": "open",
        "status_history": [("planned", "2026-04-14"), ("open", "2026-11-09")],
        "service_areas": ["child-welfare-placements"],
        "municipalities": [
            "231", "280", "287", "288", "399", "440", "475", "499", "545", "598", "599", "893",
            "905", "946",
        ],
        "cpv_codes": ["85311300"],
        "contract_type": "framework-agreement",
        "procedure": "national_social_health",
        "value_min": 6_500_000,
        "value_max": 7_500_000,
        "value_is_public": True,
        "planned_publication": "2026-11-09",
        "planned_publication_precision": "day",
        "market_dialogue_date": None,
        "interest_deadline": None,
        "tender_deadline": "2027-01-12T12:00",
        "contract_start": "2027-04-01",
        "contract_duration_months": 24,
        "option_months": 24,
        "notice_url": (
            "https://www.hankintailmoitukset.fi/fi/public/procurement/41502/notice/199870/overview"
        ),
        "languages": ["fi", "sv"],
        "max_lots_per_bidder": None,
        "contact": {
            "name": "Erik Söderlund",
            "email": "erik.soderlund@example.fi",
            "phone": "+358 40 000 2106",
        },
        "fi": {
            "slug": "lastensuojelun-ammatillinen-perhehoito-2026",
            "title": "Lastensuojelun ammatillinen perhehoito",
            "summary": (
                "Puitejärjestely lastensuojelun ammatilliseen perhehoitoon suomen- ja "
                "ruotsinkielisissä perhekodeissa sekä tehostetusti tuettuun perhehoitoon nuorille. "
                "Tarjousten jättöaika päättyy 12.1.2027."
            ),
            "description": (
                "<p>Hyvinvointialue haluaa, että yhä useampi sijoitettu lapsi voi kasvaa perheessä "
                "laitoksen sijaan. Ammatillisen perhehoidon puitejärjestely täydentää "
                "hyvinvointialueen omaa perhehoitoa.</p>"
                "<p>Hankinta on jaettu kolmeen osa-alueeseen: suomenkieliset perhekodit, "
                "ruotsinkieliset perhekodit sekä tehostetusti tuettu perhehoito nuorille. "
                "Sopimuskausi on kaksi vuotta ja optio kaksi vuotta. Lapset sijoitetaan "
                "puitejärjestelyn etusijajärjestyksessä lapsen edun mukaisesti.</p>"
            ),
            "sme_notes": (
                "<p>Ammatilliset perhekodit ovat yleensä pieniä yrityksiä, ja hankinta on "
                "suunniteltu niille: tarjoaja voi tarjota yhdenkin paikan, eikä "
                "liikevaihtovaatimusta aseteta. Tarjoaja voi tarjota kaikkiin osa-alueisiin.</p>"
                "<p>Useampi perhekoti voi jättää yhteistarjouksen. Hankintayksikkö neuvoo "
                "tarjouksen tekemisessä kysymysmenettelyn kautta.</p>"
            ),
            "status_note": (
                "Tarjousaika on käynnissä. Kysymykset on esitettävä viimeistään 15.12.2026."
            ),
        },
        "sv": {
            "slug": "professionell-familjevard-inom-barnskyddet-2026",
            "title": "Professionell familjevård inom barnskyddet",
            "summary": (
                "Ramavtal för professionell familjevård inom barnskyddet i finsk- och "
                "svenskspråkiga familjehem samt för familjevård med förstärkt stöd för unga. Sista "
                "dag för anbud är 12.1.2027."
            ),
            "description": (
                "<p>Välfärdsområdet vill att allt fler placerade barn ska kunna växa upp i en "
                "familj i stället för på en institution. Ramavtalet om professionell familjevård "
                "kompletterar välfärdsområdets egen familjevård.</p>"
                "<p>Upphandlingen är indelad i tre delområden: finskspråkiga familjehem, "
                "svenskspråkiga familjehem samt familjevård med förstärkt stöd för unga. "
                "Avtalsperioden är två år med en option på två år. Barnen placeras enligt "
                "ramavtalets rangordning i enlighet med barnets bästa.</p>"
            ),
            "sme_notes": (
                "<p>Professionella familjehem är i regel små företag, och upphandlingen är "
                "utformad för dem: en anbudsgivare kan erbjuda en enda plats, och inget krav på "
                "omsättning ställs. En anbudsgivare kan lämna anbud på alla delområden.</p>"
                "<p>Flera familjehem kan lämna ett gemensamt anbud. Upphandlingsenheten ger råd om "
                "anbudet via frågeförfarandet.</p>"
            ),
            "status_note": "Anbudstiden pågår. Frågor ska ställas senast 15.12.2026.",
        },
        "en": {
            "slug": "professional-family-care-child-welfare-2026",
            "title": "Professional family care in child welfare",
            "summary": (
                "Framework agreements for professional family care in child welfare in Finnish- "
                "and Swedish-speaking family homes and for family care with intensive support for "
                "young people. Tenders are due by 12 January 2027."
            ),
            "description": (
                "<p>The county wants more children in care to grow up in a family rather than in "
                "an institution. The framework for professional family care complements the "
                "county's own family care.</p>"
                "<p>The procurement is divided into three lots: Finnish-speaking family homes, "
                "Swedish-speaking family homes and family care with intensive support for young "
                "people. The contract period is two years with a two-year option. Children are "
                "placed in the framework's order of priority, in line with the best interests of "
                "the child.</p>"
            ),
            "sme_notes": (
                "<p>Professional family homes are usually small businesses, and the procurement is "
                "designed for them: a tenderer can offer a single place, and no turnover "
                "requirement is set. A tenderer can tender for all lots.</p>"
                "<p>Several family homes may submit a joint tender. The procurement unit gives "
                "advice on tendering through the question procedure.</p>"
            ),
            "status_note": (
                "The tender period is open. Questions must be submitted by 15 December 2026."
            ),
        },
        "lots": [
            {
                "number": 1,
                "estimated_value": 2_800_000,
                "annual_value": 700_000,
                "municipalities": [
                    "231", "280", "287", "288", "399", "440", "475", "499", "545", "598", "599",
                    "893", "905", "946",
                ],
                "volume_quantity": 14,
                "volume_unit": "places",
                "sme_override": False,
                "sme_override_reason": None,
                "fi": {
                    "title": "Suomenkieliset ammatilliset perhekodit",
                    "description": (
                        "Ammatillinen perhehoito 0–17-vuotiaille lapsille suomenkielisissä "
                        "perhekodeissa, noin 14 paikkaa."
                    ),
                    "requirements": (
                        "Vastuuhenkilöllä sosiaali- tai terveysalan koulutus ja kokemus, "
                        "PRIDE-valmennus tai vastaava sekä merkintä palveluntuottajarekisteriin."
                    ),
                },
                "sv": {
                    "title": "Finskspråkiga professionella familjehem",
                    "description": (
                        "Professionell familjevård för barn i åldern 0–17 år i finskspråkiga "
                        "familjehem, cirka 14 platser."
                    ),
                    "requirements": (
                        "Ansvarspersonen har utbildning och erfarenhet inom social- eller "
                        "hälsovården, PRIDE-utbildning eller motsvarande och registrering i "
                        "registret över tjänsteproducenter."
                    ),
                },
                "en": {
                    "title": "Finnish-speaking professional family homes",
                    "description": (
                        "Professional family care for children aged 0–17 in Finnish-speaking "
                        "family homes, about 14 places."
                    ),
                    "requirements": (
                        "The responsible person has social or health care training and experience, "
                        "PRIDE training or equivalent, and registration in the register of service "
                        "providers."
                    ),
                },
            },
            {
                "number": 2,
                "estimated_value": 2_400_000,
                "annual_value": 600_000,
                "municipalities": [
                    "231", "280", "287", "288", "399", "440", "475", "499", "545", "598", "599",
                    "893", "905", "946",
                ],
                "volume_quantity": 12,
                "volume_unit": "places",
                "sme_override": False,
                "sme_override_reason": None,
                "fi": {
                    "title": "Ruotsinkieliset ammatilliset perhekodit",
                    "description": (
                        "Ammatillinen perhehoito 0–17-vuotiaille lapsille ruotsinkielisissä "
                        "perhekodeissa, noin 12 paikkaa."
                    ),
                    "requirements": (
                        "Vastuuhenkilöllä sosiaali- tai terveysalan koulutus ja kokemus, "
                        "PRIDE-valmennus tai vastaava sekä merkintä palveluntuottajarekisteriin."
                    ),
                },
                "sv": {
                    "title": "Svenskspråkiga professionella familjehem",
                    "description": (
                        "Professionell familjevård för barn i åldern 0–17 år i svenskspråkiga "
                        "familjehem, cirka 12 platser."
                    ),
                    "requirements": (
                        "Ansvarspersonen har utbildning och erfarenhet inom social- eller "
                        "hälsovården, PRIDE-utbildning eller motsvarande och registrering i "
                        "registret över tjänsteproducenter."
                    ),
                },
                "en": {
                    "title": "Swedish-speaking professional family homes",
                    "description": (
                        "Professional family care for children aged 0–17 in Swedish-speaking "
                        "family homes, about 12 places."
                    ),
                    "requirements": (
                        "The responsible person has social or health care training and experience, "
                        "PRIDE training or equivalent, and registration in the register of service "
                        "providers."
                    ),
                },
            },
            {
                "number": 3,
                "estimated_value": 1_680_000,
                "annual_value": 420_000,
                "municipalities": [
                    "231", "280", "287", "288", "399", "440", "475", "499", "545", "598", "599",
                    "893", "905", "946",
                ],
                "volume_quantity": 6,
                "volume_unit": "places",
                "sme_override": False,
                "sme_override_reason": None,
                "fi": {
                    "title": "Tehostetusti tuettu perhehoito nuorille",
                    "description": (
                        "Perhehoito 13–17-vuotiaille nuorille, jotka tarvitsevat tavallista "
                        "enemmän tukea, noin kuusi paikkaa. Perhekoti saa palveluntuottajalta "
                        "terapeuttista tukea."
                    ),
                    "requirements": (
                        "Toinen perhehoitajista on sosiaali- tai terveysalan ammattihenkilö, "
                        "kokemus nuorten kanssa työskentelystä ja valmius palvella suomeksi tai "
                        "ruotsiksi."
                    ),
                },
                "sv": {
                    "title": "Familjevård med förstärkt stöd för unga",
                    "description": (
                        "Familjevård för unga i åldern 13–17 år som behöver mer stöd än vanligt, "
                        "cirka sex platser. Familjehemmet får terapeutiskt stöd av "
                        "tjänsteproducenten."
                    ),
                    "requirements": (
                        "En av familjevårdarna är yrkesutbildad person inom social- eller "
                        "hälsovården, erfarenhet av arbete med unga och beredskap att betjäna på "
                        "finska eller svenska."
                    ),
                },
                "en": {
                    "title": "Family care with intensive support for young people",
                    "description": (
                        "Family care for young people aged 13–17 who need more support than usual, "
                        "about six places. The family home receives therapeutic support from the "
                        "provider."
                    ),
                    "requirements": (
                        "One of the carers is a qualified social or health care professional, "
                        "experience of working with young people and readiness to serve in Finnish "
                        "or Swedish."
                    ),
                },
            },
        ],
    },
    {
        "reference": "PHA-2026-016",
        "promises": [
            {"event": "briefing-family-carers", "date": "2026-12-14", "format": "online"},
        ],
        "status": "open",
        "status_history": [("planned", "2026-06-22"), ("open", "2026-11-16")],
        "service_areas": ["other-services"],
        "municipalities": [
            "231", "280", "287", "288", "399", "440", "475", "499", "545", "598", "599", "893",
            "905", "946",
        ],
        "cpv_codes": ["85312300", "85312320"],
        "contract_type": "procurement-contract",
        "procedure": "open",
        "value_min": 480_000,
        "value_max": None,
        "value_is_public": True,
        "planned_publication": "2026-11-16",
        "planned_publication_precision": "day",
        "market_dialogue_date": None,
        "interest_deadline": None,
        "tender_deadline": "2027-02-08T12:00",
        "contract_start": "2027-05-01",
        "contract_duration_months": 24,
        "option_months": 12,
        "notice_url": (
            "https://www.hankintailmoitukset.fi/fi/public/procurement/41689/notice/200734/overview"
        ),
        "languages": ["sv", "fi"],
        "max_lots_per_bidder": None,
        "contact": {
            "name": "Maija Rantala",
            "email": "maija.rantala@example.fi",
            "phone": "+358 40 000 2111",
        },
        "fi": {
            "slug": "omaishoitajien-valmennus-ja-vertaistuki-2026",
            "title": "Omaishoitajien valmennus ja vertaistuki",
            "summary": (
                "Hankinta omaishoitajien valmennuksesta ja vertaistukiryhmistä kolmella "
                "osa-alueella. Erityisesti yhdistyksiä ja järjestöjä kannustetaan tarjoamaan. "
                "Tarjousten jättöaika päättyy 8.2.2027."
            ),
            "description": (
                "<p>Omaishoitajat tekevät arvokasta työtä, ja hyvinvointialue haluaa tukea heidän "
                "jaksamistaan. Hankinta kattaa uusien omaishoitajien valmennuksen sekä "
                "säännöllisesti kokoontuvat vertaistukiryhmät.</p>"
                "<p>Kyseessä on kansallinen hankinta, joka toteutetaan avoimella menettelyllä. "
                "Sopimuskausi on kaksi vuotta ja optio yksi vuosi. Tarjoukset arvioidaan laadun "
                "(70 %) ja hinnan (30 %) perusteella.</p>"
            ),
            "sme_notes": (
                "<p>Osa-alueet ovat pieniä, ja niihin voivat tarjota myös yhdistykset ja "
                "järjestöt, joilla on kokemusta omaishoitajien parissa tehtävästä työstä. Tarjoaja "
                "voi tarjota kaikkiin osa-alueisiin, ja yhteistarjoukset ovat sallittuja.</p>"
                "<p>Hyvinvointialue järjestää 14.12.2026 etäinfon tarjouksen tekemisestä "
                "erityisesti yhdistyksille.</p>"
            ),
            "status_note": (
                "Tarjousaika on käynnissä. Infotilaisuus tarjoajille pidetään 14.12.2026."
            ),
        },
        "sv": {
            "slug": "coachning-och-kamratstod-for-narstaendevardare-2026",
            "title": "Coachning och kamratstöd för närståendevårdare",
            "summary": (
                "Upphandling av coachning och kamratstödsgrupper för närståendevårdare i tre "
                "delområden. Särskilt föreningar och organisationer uppmuntras att lämna anbud. "
                "Sista dag för anbud är 8.2.2027."
            ),
            "description": (
                "<p>Närståendevårdarna gör ett värdefullt arbete, och välfärdsområdet vill stödja "
                "deras ork. Upphandlingen omfattar coachning för nya närståendevårdare och "
                "kamratstödsgrupper som träffas regelbundet.</p>"
                "<p>Det är en nationell upphandling som genomförs med öppet förfarande. "
                "Avtalsperioden är två år med en option på ett år. Anbuden bedöms utifrån kvalitet "
                "(70 %) och pris (30 %).</p>"
            ),
            "sme_notes": (
                "<p>Delområdena är små, och även föreningar och organisationer med erfarenhet av "
                "arbete med närståendevårdare kan lämna anbud. En anbudsgivare kan lämna anbud på "
                "alla delområden, och gemensamma anbud är tillåtna.</p>"
                "<p>Välfärdsområdet ordnar 14.12.2026 ett informationsmöte på distans om hur man "
                "lämnar anbud, särskilt för föreningar.</p>"
            ),
            "status_note": (
                "Anbudstiden pågår. Informationsmötet för anbudsgivare hålls 14.12.2026."
            ),
        },
        "en": {
            "slug": "coaching-and-peer-support-for-family-carers-2026",
            "title": "Coaching and peer support for family carers",
            "summary": (
                "Procurement of coaching and peer-support groups for family carers in three lots. "
                "Associations and organisations are particularly encouraged to tender. Tenders are "
                "due by 8 February 2027."
            ),
            "description": (
                "<p>Family carers do valuable work, and the county wants to support their "
                "wellbeing. The procurement covers coaching for new family carers and peer-support "
                "groups that meet regularly.</p>"
                "<p>This is a national procurement run as an open procedure. The contract period "
                "is two years with a one-year option. Tenders are evaluated on quality (70 %) and "
                "price (30 %).</p>"
            ),
            "sme_notes": (
                "<p>The lots are small, and associations and organisations with experience of "
                "working with family carers can also tender. A tenderer can tender for all lots, "
                "and joint tenders are allowed.</p>"
                "<p>On 14 December 2026 the county will hold an online briefing on tendering, "
                "aimed especially at associations.</p>"
            ),
            "status_note": (
                "The tender period is open. A briefing for tenderers will be held on 14 December "
                "2026."
            ),
        },
        "lots": [
            {
                "number": 1,
                "estimated_value": 180_000,
                "annual_value": 60_000,
                "municipalities": [
                    "231", "280", "287", "288", "399", "440", "475", "499", "545", "598", "599",
                    "893", "905", "946",
                ],
                "volume_quantity": 300,
                "volume_unit": "clients",
                "sme_override": False,
                "sme_override_reason": None,
                "fi": {
                    "title": "Suomenkielinen valmennus ja vertaistuki",
                    "description": (
                        "Valmennuskurssit uusille omaishoitajille ja vertaistukiryhmät suomeksi "
                        "koko hyvinvointialueella. Ryhmät voivat kokoontua myös etänä."
                    ),
                    "requirements": (
                        "Kokemus omaishoitajien tai vastaavan kohderyhmän ryhmätoiminnasta, ja "
                        "ohjaajilla on sosiaali- tai terveysalan koulutus tai vastaava osaaminen."
                    ),
                },
                "sv": {
                    "title": "Finskspråkig coachning och kamratstöd",
                    "description": (
                        "Coachningskurser för nya närståendevårdare och kamratstödsgrupper på "
                        "finska i hela välfärdsområdet. Grupperna kan också träffas på distans."
                    ),
                    "requirements": (
                        "Erfarenhet av gruppverksamhet för närståendevårdare eller en motsvarande "
                        "målgrupp, och handledarna har utbildning inom social- eller hälsovården "
                        "eller motsvarande kunnande."
                    ),
                },
                "en": {
                    "title": "Finnish-language coaching and peer support",
                    "description": (
                        "Coaching courses for new family carers and peer-support groups in Finnish "
                        "throughout the county. Groups may also meet online."
                    ),
                    "requirements": (
                        "Experience of group work with family carers or a similar target group, "
                        "and group leaders with social or health care training or equivalent "
                        "skills."
                    ),
                },
            },
            {
                "number": 2,
                "estimated_value": 165_000,
                "annual_value": 55_000,
                "municipalities": [
                    "231", "280", "287", "288", "399", "440", "475", "499", "545", "598", "599",
                    "893", "905", "946",
                ],
                "volume_quantity": 280,
                "volume_unit": "clients",
                "sme_override": False,
                "sme_override_reason": None,
                "fi": {
                    "title": "Ruotsinkielinen valmennus ja vertaistuki",
                    "description": (
                        "Valmennuskurssit uusille omaishoitajille ja vertaistukiryhmät ruotsiksi "
                        "koko hyvinvointialueella. Ryhmät voivat kokoontua myös etänä."
                    ),
                    "requirements": (
                        "Kokemus omaishoitajien tai vastaavan kohderyhmän ryhmätoiminnasta, ja "
                        "ohjaajilla on sosiaali- tai terveysalan koulutus tai vastaava osaaminen."
                    ),
                },
                "sv": {
                    "title": "Svenskspråkig coachning och kamratstöd",
                    "description": (
                        "Coachningskurser för nya närståendevårdare och kamratstödsgrupper på "
                        "svenska i hela välfärdsområdet. Grupperna kan också träffas på distans."
                    ),
                    "requirements": (
                        "Erfarenhet av gruppverksamhet för närståendevårdare eller en motsvarande "
                        "målgrupp, och handledarna har utbildning inom social- eller hälsovården "
                        "eller motsvarande kunnande."
                    ),
                },
                "en": {
                    "title": "Swedish-language coaching and peer support",
                    "description": (
                        "Coaching courses for new family carers and peer-support groups in Swedish "
                        "throughout the county. Groups may also meet online."
                    ),
                    "requirements": (
                        "Experience of group work with family carers or a similar target group, "
                        "and group leaders with social or health care training or equivalent "
                        "skills."
                    ),
                },
            },
            {
                "number": 3,
                "estimated_value": 135_000,
                "annual_value": 45_000,
                "municipalities": ["231", "280", "287", "288", "440", "545", "598", "599", "893"],
                "volume_quantity": 200,
                "volume_unit": "clients",
                "sme_override": False,
                "sme_override_reason": None,
                "fi": {
                    "title": "Paikalliset vertaistukiryhmät, Pietarsaaren seutu ja eteläinen alue",
                    "description": (
                        "Kasvokkain kokoontuvat kaksikieliset vertaistukiryhmät Pietarsaaren "
                        "seudun ja eteläisen alueen kunnissa, vähintään yksi ryhmä kussakin "
                        "kunnassa."
                    ),
                    "requirements": (
                        "Paikallistuntemus, kokemus vertaistukitoiminnasta ja ryhmien ohjaus "
                        "ruotsiksi ja suomeksi."
                    ),
                },
                "sv": {
                    "title": "Lokala kamratstödsgrupper, Jakobstadsregionen och södra området",
                    "description": (
                        "Tvåspråkiga kamratstödsgrupper som träffas ansikte mot ansikte i "
                        "kommunerna i Jakobstadsregionen och södra området, minst en grupp i varje "
                        "kommun."
                    ),
                    "requirements": (
                        "Lokalkännedom, erfarenhet av kamratstödsverksamhet och gruppledning på "
                        "svenska och finska."
                    ),
                },
                "en": {
                    "title": "Local peer-support groups, Jakobstad region and southern area",
                    "description": (
                        "Bilingual face-to-face peer-support groups in the municipalities of the "
                        "Jakobstad region and the southern area, at least one group in each "
                        "municipality."
                    ),
                    "requirements": (
                        "Local knowledge, experience of peer-support work and group leadership in "
                        "Swedish and Finnish."
                    ),
                },
            },
        ],
    },
    {
        "reference": "PHA-2027-001",
        "status": "market_dialogue",
        "status_history": [("planned", "2026-05-20"), ("market_dialogue", "2026-10-05")],
        "service_areas": ["housing-older-people"],
        "municipalities": ["288", "399", "440", "475", "499", "598", "599", "893", "905", "946"],
        "cpv_codes": ["85311100", "85144100"],
        "contract_type": "framework-agreement",
        "procedure": "national_social_health",
        "value_min": 22_000_000,
        "value_max": 26_000_000,
        "value_is_public": True,
        "planned_publication": "2027-03-01",
        "planned_publication_precision": "month",
        "market_dialogue_date": "2026-11-12",
        "interest_deadline": None,
        "tender_deadline": None,
        "contract_start": "2027-10-01",
        "contract_duration_months": 48,
        "option_months": 24,
        "notice_url": "",
        "languages": ["fi", "sv"],
        "max_lots_per_bidder": 2,
        "contact": {
            "name": "Aino Laitinen",
            "email": "aino.laitinen@example.fi",
            "phone": "+358 40 000 2101",
        },
        "fi": {
            "slug": "ikaantyneiden-ymparivuorokautinen-palveluasuminen-2027",
            "title": (
                "Ikääntyneiden ympärivuorokautinen palveluasuminen, Pietarsaaren ja Vaasan seudut"
            ),
            "summary": (
                "Hyvinvointialue hankkii ikääntyneiden ympärivuorokautista palveluasumista "
                "puitesopimuksin viidellä kuntakohtaisella osa-alueella Pietarsaaren ja Vaasan "
                "seuduilla."
            ),
            "description": (
                "<p>Ikääntyneiden asumispalvelut ovat hyvinvointialueen suurin "
                "asiakasostopalvelujen ryhmä. Hankinnalla turvataan ympärivuorokautisen "
                "palveluasumisen paikat niille asiakkaille, joille hyvinvointialueen oma tuotanto "
                "ei riitä. Hankinta perustuu ikääntyneiden asumispalvelujen "
                "tuotantotapa-analyysiin.</p>"
                "<p>Paikat hankitaan puitesopimuksin, ja asiakkaat sijoitetaan asiakaskohtaisilla "
                "palvelupäätöksillä. Sopimuskausi on neljä vuotta, minkä lisäksi "
                "hyvinvointialueella on mahdollisuus kahden vuoden optioon.</p>"
                "<p>Markkinavuoropuhelu pidettiin 12.11.2026. Ennakkoilmoitus julkaistaan ennen "
                "hankintailmoitusta, joka on tarkoitus julkaista maaliskuussa 2027.</p>"
            ),
            "sme_notes": (
                "<p>Hankinta on jaettu viiteen kuntakohtaiseen osa-alueeseen, joista neljä on "
                "mitoitettu 10–14 asukaspaikan yksiköille. Tarjoaja voi saada sopimuksen enintään "
                "kahdesta osa-alueesta, mikä jättää tilaa paikallisille pk-yrityksille ja "
                "yhdistyksille.</p>"
                "<p>Osatarjoukset ja yhteistarjoukset ovat sallittuja. Vaasan osa-alue on muita "
                "suurempi, koska kaupungissa on eniten asiakkaita; paikat voi tarjota useammasta "
                "yksiköstä.</p>"
            ),
            "status_note": (
                "Markkinavuoropuhelun yhteenveto julkaistaan joulukuussa 2026. Palautetta voi "
                "lähettää yhteyshenkilölle 11.12.2026 asti."
            ),
        },
        "sv": {
            "slug": "boende-med-heldygnsomsorg-for-aldre-2027",
            "title": "Boende med heldygnsomsorg för äldre, Jakobstadsregionen och Vasaregionen",
            "summary": (
                "Välfärdsområdet upphandlar boende med heldygnsomsorg för äldre genom ramavtal i "
                "fem kommunvisa delområden i Jakobstadsregionen och Vasaregionen."
            ),
            "description": (
                "<p>Boendeservice för äldre är välfärdsområdets största grupp av kundköptjänster. "
                "Genom upphandlingen tryggas platser i boende med heldygnsomsorg för de klienter "
                "som välfärdsområdets egen produktion inte räcker till för. Upphandlingen bygger "
                "på analysen av produktionssätten inom boendeservicen för äldre.</p>"
                "<p>Platserna upphandlas genom ramavtal, och klienterna placeras genom "
                "klientspecifika servicebeslut. Avtalsperioden är fyra år, och välfärdsområdet har "
                "dessutom möjlighet till en option på två år.</p>"
                "<p>Marknadsdialogen hölls 12.11.2026. En förhandsannons publiceras före "
                "upphandlingsannonsen, som enligt planerna publiceras i mars 2027.</p>"
            ),
            "sme_notes": (
                "<p>Upphandlingen är indelad i fem kommunvisa delområden, av vilka fyra är "
                "dimensionerade för enheter med 10–14 boendeplatser. En anbudsgivare kan få avtal "
                "för högst två delområden, vilket ger utrymme för lokala små och medelstora "
                "företag (smf) och föreningar.</p>"
                "<p>Delanbud och gemensamma anbud är tillåtna. Delområdet Vasa är större än de "
                "övriga eftersom staden har flest klienter; platserna kan erbjudas från flera "
                "enheter.</p>"
            ),
            "status_note": (
                "En sammanfattning av marknadsdialogen publiceras i december 2026. Respons kan "
                "skickas till kontaktpersonen till och med 11.12.2026."
            ),
        },
        "en": {
            "slug": "older-people-24-hour-service-housing-2027",
            "title": "24-hour service housing for older people, Jakobstad and Vaasa regions",
            "summary": (
                "The county is procuring 24-hour service housing for older people through "
                "framework agreements in five municipality-based lots in the Jakobstad and Vaasa "
                "regions."
            ),
            "description": (
                "<p>Housing services for older people are the county's largest group of client "
                "services bought whole. This procurement secures places in 24-hour service housing "
                "for clients whom the county's own production cannot accommodate. It is based on "
                "the production-mode analysis of housing services for older people.</p>"
                "<p>The places are procured through framework agreements, and clients are placed "
                "by individual service decisions. The contract period is four years, with an "
                "option of two further years for the county.</p>"
                "<p>The market dialogue was held on 12 November 2026. A prior information notice "
                "will be published before the contract notice, which is planned for March 2027.</p>"
            ),
            "sme_notes": (
                "<p>The procurement is divided into five municipality-based lots, four of which "
                "are sized for units of 10–14 places. A tenderer can be awarded at most two lots, "
                "which leaves room for local SMEs and associations.</p>"
                "<p>Partial tenders and joint tenders are allowed. The Vaasa lot is larger than "
                "the others because the city has the most clients; its places may be offered from "
                "several units.</p>"
            ),
            "status_note": (
                "A summary of the market dialogue will be published in December 2026. Feedback can "
                "be sent to the contact person until 11 December 2026."
            ),
        },
        "lots": [
            {
                "number": 1,
                "estimated_value": 4_290_000,
                "annual_value": 715_000,
                "municipalities": ["440", "598"],
                "volume_quantity": 14,
                "volume_unit": "places",
                "sme_override": False,
                "sme_override_reason": None,
                "fi": {
                    "title": "Pietarsaari ja Luoto",
                    "description": (
                        "Ympärivuorokautinen palveluasuminen noin 14 ikääntyneelle asukkaalle. "
                        "Yksikön on sijaittava Pietarsaaressa tai Luodossa."
                    ),
                    "requirements": (
                        "Merkintä palveluntuottajarekisteriin (Soteri), henkilöstömitoitus "
                        "vähintään 0,6 ja palvelu ruotsiksi ja suomeksi."
                    ),
                },
                "sv": {
                    "title": "Jakobstad och Larsmo",
                    "description": (
                        "Boende med heldygnsomsorg för cirka 14 äldre invånare. Enheten ska ligga "
                        "i Jakobstad eller Larsmo."
                    ),
                    "requirements": (
                        "Registrering i registret över tjänsteproducenter (Soteri), "
                        "personaldimensionering på minst 0,6 och service på svenska och finska."
                    ),
                },
                "en": {
                    "title": "Jakobstad and Larsmo",
                    "description": (
                        "24-hour service housing for about 14 older residents. The unit must be "
                        "located in Jakobstad or Larsmo."
                    ),
                    "requirements": (
                        "Registration in the register of service providers (Soteri), a staffing "
                        "ratio of at least 0.6 and service in Swedish and Finnish."
                    ),
                },
            },
            {
                "number": 2,
                "estimated_value": 3_678_000,
                "annual_value": 613_000,
                "municipalities": ["288", "599", "893"],
                "volume_quantity": 12,
                "volume_unit": "places",
                "sme_override": False,
                "sme_override_reason": None,
                "fi": {
                    "title": "Pedersöre, Uusikaarlepyy ja Kruunupyy",
                    "description": (
                        "Ympärivuorokautinen palveluasuminen noin 12 ikääntyneelle asukkaalle. "
                        "Yksikön on sijaittava jossakin osa-alueen kunnista."
                    ),
                    "requirements": (
                        "Merkintä palveluntuottajarekisteriin (Soteri), henkilöstömitoitus "
                        "vähintään 0,6 ja palvelu ruotsiksi ja suomeksi."
                    ),
                },
                "sv": {
                    "title": "Pedersöre, Nykarleby och Kronoby",
                    "description": (
                        "Boende med heldygnsomsorg för cirka 12 äldre invånare. Enheten ska ligga "
                        "i någon av delområdets kommuner."
                    ),
                    "requirements": (
                        "Registrering i registret över tjänsteproducenter (Soteri), "
                        "personaldimensionering på minst 0,6 och service på svenska och finska."
                    ),
                },
                "en": {
                    "title": "Pedersöre, Nykarleby and Kronoby",
                    "description": (
                        "24-hour service housing for about 12 older residents. The unit must be "
                        "located in one of the lot's municipalities."
                    ),
                    "requirements": (
                        "Registration in the register of service providers (Soteri), a staffing "
                        "ratio of at least 0.6 and service in Swedish and Finnish."
                    ),
                },
            },
            {
                "number": 3,
                "estimated_value": 9_198_000,
                "annual_value": 1_533_000,
                "municipalities": ["905"],
                "volume_quantity": 30,
                "volume_unit": "places",
                "sme_override": False,
                "sme_override_reason": None,
                "fi": {
                    "title": "Vaasa",
                    "description": (
                        "Ympärivuorokautinen palveluasuminen noin 30 ikääntyneelle asukkaalle "
                        "Vaasassa. Paikat voi tarjota yhdestä tai useammasta yksiköstä."
                    ),
                    "requirements": (
                        "Merkintä palveluntuottajarekisteriin (Soteri), henkilöstömitoitus "
                        "vähintään 0,6 ja palvelu suomeksi ja ruotsiksi sekä muistisairaiden "
                        "hoidon osaaminen."
                    ),
                },
                "sv": {
                    "title": "Vasa",
                    "description": (
                        "Boende med heldygnsomsorg för cirka 30 äldre invånare i Vasa. Platserna "
                        "kan erbjudas från en eller flera enheter."
                    ),
                    "requirements": (
                        "Registrering i registret över tjänsteproducenter (Soteri), "
                        "personaldimensionering på minst 0,6 och service på finska och svenska "
                        "samt kunnande inom vård av personer med minnessjukdom."
                    ),
                },
                "en": {
                    "title": "Vaasa",
                    "description": (
                        "24-hour service housing for about 30 older residents in Vaasa. The places "
                        "may be offered from one or more units."
                    ),
                    "requirements": (
                        "Registration in the register of service providers (Soteri), a staffing "
                        "ratio of at least 0.6 and service in Finnish and Swedish, with expertise "
                        "in caring for people with memory disorders."
                    ),
                },
            },
            {
                "number": 4,
                "estimated_value": 3_678_000,
                "annual_value": 613_000,
                "municipalities": ["499", "946"],
                "volume_quantity": 12,
                "volume_unit": "places",
                "sme_override": False,
                "sme_override_reason": None,
                "fi": {
                    "title": "Mustasaari ja Vöyri",
                    "description": (
                        "Ympärivuorokautinen palveluasuminen noin 12 ikääntyneelle asukkaalle. "
                        "Yksikön on sijaittava Mustasaaressa tai Vöyrillä."
                    ),
                    "requirements": (
                        "Merkintä palveluntuottajarekisteriin (Soteri), henkilöstömitoitus "
                        "vähintään 0,6 ja palvelu ruotsiksi ja suomeksi."
                    ),
                },
                "sv": {
                    "title": "Korsholm och Vörå",
                    "description": (
                        "Boende med heldygnsomsorg för cirka 12 äldre invånare. Enheten ska ligga "
                        "i Korsholm eller Vörå."
                    ),
                    "requirements": (
                        "Registrering i registret över tjänsteproducenter (Soteri), "
                        "personaldimensionering på minst 0,6 och service på svenska och finska."
                    ),
                },
                "en": {
                    "title": "Korsholm and Vörå",
                    "description": (
                        "24-hour service housing for about 12 older residents. The unit must be "
                        "located in Korsholm or Vörå."
                    ),
                    "requirements": (
                        "Registration in the register of service providers (Soteri), a staffing "
                        "ratio of at least 0.6 and service in Swedish and Finnish."
                    ),
                },
            },
            {
                "number": 5,
                "estimated_value": 3_066_000,
                "annual_value": 511_000,
                "municipalities": ["399", "475"],
                "volume_quantity": 10,
                "volume_unit": "places",
                "sme_override": False,
                "sme_override_reason": None,
                "fi": {
                    "title": "Laihia ja Maalahti",
                    "description": (
                        "Ympärivuorokautinen palveluasuminen noin 10 ikääntyneelle asukkaalle. "
                        "Yksikön on sijaittava Laihialla tai Maalahdessa."
                    ),
                    "requirements": (
                        "Merkintä palveluntuottajarekisteriin (Soteri), henkilöstömitoitus "
                        "vähintään 0,6 ja palvelu suomeksi ja ruotsiksi."
                    ),
                },
                "sv": {
                    "title": "Laihela och Malax",
                    "description": (
                        "Boende med heldygnsomsorg för cirka 10 äldre invånare. Enheten ska ligga "
                        "i Laihela eller Malax."
                    ),
                    "requirements": (
                        "Registrering i registret över tjänsteproducenter (Soteri), "
                        "personaldimensionering på minst 0,6 och service på finska och svenska."
                    ),
                },
                "en": {
                    "title": "Laihia and Malax",
                    "description": (
                        "24-hour service housing for about 10 older residents. The unit must be "
                        "located in Laihia or Malax."
                    ),
                    "requirements": (
                        "Registration in the register of service providers (Soteri), a staffing "
                        "ratio of at least 0.6 and service in Finnish and Swedish."
                    ),
                },
            },
        ],
    },
    {
        "reference": "PHA-2027-002",
        "status": "planned",
        "status_history": [("planned", "2026-09-10")],
        "service_areas": ["housing-disabilities"],
        "municipalities": [
            "231", "280", "287", "288", "399", "440", "475", "499", "545", "598", "599", "893",
            "905", "946",
        ],
        "cpv_codes": ["85311200", "85312400"],
        "contract_type": "dynamic-purchasing-system",
        "procedure": "restricted",
        "value_min": 9_000_000,
        "value_max": 11_000_000,
        "value_is_public": True,
        "planned_publication": "2027-04-01",
        "planned_publication_precision": "quarter",
        "market_dialogue_date": None,
        "interest_deadline": None,
        "tender_deadline": None,
        "contract_start": "2027-09-01",
        "contract_duration_months": 48,
        "option_months": None,
        "notice_url": "",
        "languages": ["fi", "sv"],
        "max_lots_per_bidder": None,
        "contact": {
            "name": "Mikael Lindholm",
            "email": "mikael.lindholm@example.fi",
            "phone": "+358 40 000 2102",
        },
        "fi": {
            "slug": "vammaisten-asumispalvelut-dynaaminen-hankintajarjestelma-2027",
            "title": "Vammaisten henkilöiden asumispalvelut ja asumisen tuki",
            "summary": (
                "Hyvinvointialue perustaa dynaamisen hankintajärjestelmän vammaisten henkilöiden "
                "ympärivuorokautiseen asumiseen ja kotiin annettavaan asumisen tukeen. "
                "Järjestelmään voi hakeutua koko sen voimassaoloajan."
            ),
            "description": (
                "<p>Vammaisten henkilöiden asumispalveluja tarvitaan eri puolilla "
                "hyvinvointialuetta, ja asiakkaiden tarpeet vaihtelevat paljon. Siksi "
                "hyvinvointialue perustaa dynaamisen hankintajärjestelmän, johon hyväksytyt "
                "palveluntuottajat voivat tarjota palveluja asiakaskohtaisissa "
                "kilpailutuksissa.</p>"
                "<p>Järjestelmä on voimassa neljä vuotta syksystä 2027 alkaen. Hankintailmoitus on "
                "tarkoitus julkaista vuoden 2027 toisella neljänneksellä.</p>"
            ),
            "sme_notes": (
                "<p>Dynaaminen hankintajärjestelmä sopii pienille palveluntuottajille ja "
                "yhdistyksille: soveltuvuusvaatimukset pidetään kohtuullisina, eikä järjestelmään "
                "hyväksyminen velvoita mihinkään tiettyyn volyymiin. Myös yhden asumisyksikön "
                "tuottajat voivat hakeutua.</p>"
                "<p>Asumisen tuki hankitaan tunteina asiakkaan kotiin, joten osa-alueeseen voivat "
                "osallistua myös pienet yritykset, joilla ei ole omaa asumisyksikköä.</p>"
            ),
            "status_note": (
                "Hankinnan valmistelu on alkanut. Markkinavuoropuhelun ajankohta julkaistaan tässä "
                "kalenterissa."
            ),
        },
        "sv": {
            "slug": "boendeservice-funktionsnedsattning-dynamiskt-inkopssystem-2027",
            "title": "Boendeservice och stöd för boende för personer med funktionsnedsättning",
            "summary": (
                "Välfärdsområdet inrättar ett dynamiskt inköpssystem för boende med heldygnsomsorg "
                "och stöd för boende i hemmet för personer med funktionsnedsättning. "
                "Tjänsteproducenter kan ansöka om att delta under hela systemets giltighetstid."
            ),
            "description": (
                "<p>Boendeservice för personer med funktionsnedsättning behövs i hela "
                "välfärdsområdet, och klienternas behov varierar mycket. Därför inrättar "
                "välfärdsområdet ett dynamiskt inköpssystem där godkända tjänsteproducenter kan "
                "lämna anbud i klientspecifika upphandlingar.</p>"
                "<p>Systemet gäller i fyra år från och med hösten 2027. Upphandlingsannonsen "
                "publiceras enligt planerna under andra kvartalet 2027.</p>"
            ),
            "sme_notes": (
                "<p>Ett dynamiskt inköpssystem passar små tjänsteproducenter och föreningar: "
                "lämplighetskraven hålls skäliga, och ett godkännande förpliktar inte till någon "
                "viss volym. Även producenter med en enda boendeenhet kan ansöka.</p>"
                "<p>Stödet för boende upphandlas som timmar i klientens hem, så även små företag "
                "utan egen boendeenhet kan delta i det delområdet.</p>"
            ),
            "status_note": (
                "Beredningen av upphandlingen har inletts. Tidpunkten för marknadsdialogen "
                "publiceras i den här kalendern."
            ),
        },
        "en": {
            "slug": "housing-disabilities-dynamic-purchasing-system-2027",
            "title": "Housing services and housing support for people with disabilities",
            "summary": (
                "The county is setting up a dynamic purchasing system for 24-hour housing and "
                "home-based housing support for people with disabilities. Providers can apply to "
                "join throughout the system's term."
            ),
            "description": (
                "<p>Housing services for people with disabilities are needed throughout the "
                "county, and clients' needs vary widely. The county is therefore setting up a "
                "dynamic purchasing system in which approved providers can tender in "
                "client-specific competitions.</p>"
                "<p>The system will run for four years from autumn 2027. The contract notice is "
                "planned for the second quarter of 2027.</p>"
            ),
            "sme_notes": (
                "<p>A dynamic purchasing system suits small providers and associations: the "
                "selection criteria are kept reasonable, and admission does not commit a provider "
                "to any particular volume. Providers with a single housing unit can also apply.</p>"
                "<p>Housing support is bought as hours in the client's home, so small companies "
                "without a housing unit of their own can also take part in that lot.</p>"
            ),
            "status_note": (
                "Preparation of the procurement has started. The date of the market dialogue will "
                "be published in this calendar."
            ),
        },
        "lots": [
            {
                "number": 1,
                "estimated_value": 2_800_000,
                "annual_value": 700_000,
                "municipalities": ["288", "440", "598", "599", "893"],
                "volume_quantity": 8,
                "volume_unit": "places",
                "sme_override": False,
                "sme_override_reason": None,
                "fi": {
                    "title": "Ympärivuorokautinen asuminen, Pietarsaaren seutu",
                    "description": (
                        "Ympärivuorokautinen asumispalvelu vammaisille henkilöille, noin kahdeksan "
                        "asiakasta. Yksikön on sijaittava Pietarsaaren seudulla."
                    ),
                    "requirements": (
                        "Merkintä palveluntuottajarekisteriin (Soteri), vammaistyön osaaminen ja "
                        "palvelu ruotsiksi ja suomeksi."
                    ),
                },
                "sv": {
                    "title": "Boende med heldygnsomsorg, Jakobstadsregionen",
                    "description": (
                        "Boendeservice med heldygnsomsorg för personer med funktionsnedsättning, "
                        "cirka åtta klienter. Enheten ska ligga i Jakobstadsregionen."
                    ),
                    "requirements": (
                        "Registrering i registret över tjänsteproducenter (Soteri), kunnande inom "
                        "arbete med personer med funktionsnedsättning och service på svenska och "
                        "finska."
                    ),
                },
                "en": {
                    "title": "24-hour housing, Jakobstad region",
                    "description": (
                        "24-hour housing services for people with disabilities, about eight "
                        "clients. The unit must be located in the Jakobstad region."
                    ),
                    "requirements": (
                        "Registration in the register of service providers (Soteri), expertise in "
                        "disability work and service in Swedish and Finnish."
                    ),
                },
            },
            {
                "number": 2,
                "estimated_value": 2_960_000,
                "annual_value": 740_000,
                "municipalities": ["399", "475", "499", "905", "946"],
                "volume_quantity": 9,
                "volume_unit": "places",
                "sme_override": False,
                "sme_override_reason": None,
                "fi": {
                    "title": "Ympärivuorokautinen asuminen, Vaasan seutu",
                    "description": (
                        "Ympärivuorokautinen asumispalvelu vammaisille henkilöille, noin yhdeksän "
                        "asiakasta. Yksikön on sijaittava Vaasan seudulla."
                    ),
                    "requirements": (
                        "Merkintä palveluntuottajarekisteriin (Soteri), vammaistyön osaaminen ja "
                        "palvelu suomeksi ja ruotsiksi."
                    ),
                },
                "sv": {
                    "title": "Boende med heldygnsomsorg, Vasaregionen",
                    "description": (
                        "Boendeservice med heldygnsomsorg för personer med funktionsnedsättning, "
                        "cirka nio klienter. Enheten ska ligga i Vasaregionen."
                    ),
                    "requirements": (
                        "Registrering i registret över tjänsteproducenter (Soteri), kunnande inom "
                        "arbete med personer med funktionsnedsättning och service på finska och "
                        "svenska."
                    ),
                },
                "en": {
                    "title": "24-hour housing, Vaasa region",
                    "description": (
                        "24-hour housing services for people with disabilities, about nine "
                        "clients. The unit must be located in the Vaasa region."
                    ),
                    "requirements": (
                        "Registration in the register of service providers (Soteri), expertise in "
                        "disability work and service in Finnish and Swedish."
                    ),
                },
            },
            {
                "number": 3,
                "estimated_value": 1_680_000,
                "annual_value": 420_000,
                "municipalities": ["231", "280", "287", "545"],
                "volume_quantity": 5,
                "volume_unit": "places",
                "sme_override": False,
                "sme_override_reason": None,
                "fi": {
                    "title": "Ympärivuorokautinen asuminen, eteläinen alue",
                    "description": (
                        "Ympärivuorokautinen asumispalvelu vammaisille henkilöille, noin viisi "
                        "asiakasta. Yksikön on sijaittava Närpiössä, Kristiinankaupungissa, "
                        "Kaskisissa tai Korsnäsissä."
                    ),
                    "requirements": (
                        "Merkintä palveluntuottajarekisteriin (Soteri), vammaistyön osaaminen ja "
                        "palvelu ruotsiksi ja suomeksi."
                    ),
                },
                "sv": {
                    "title": "Boende med heldygnsomsorg, södra området",
                    "description": (
                        "Boendeservice med heldygnsomsorg för personer med funktionsnedsättning, "
                        "cirka fem klienter. Enheten ska ligga i Närpes, Kristinestad, Kaskö eller "
                        "Korsnäs."
                    ),
                    "requirements": (
                        "Registrering i registret över tjänsteproducenter (Soteri), kunnande inom "
                        "arbete med personer med funktionsnedsättning och service på svenska och "
                        "finska."
                    ),
                },
                "en": {
                    "title": "24-hour housing, southern area",
                    "description": (
                        "24-hour housing services for people with disabilities, about five "
                        "clients. The unit must be located in Närpes, Kristinestad, Kaskinen or "
                        "Korsnäs."
                    ),
                    "requirements": (
                        "Registration in the register of service providers (Soteri), expertise in "
                        "disability work and service in Swedish and Finnish."
                    ),
                },
            },
            {
                "number": 4,
                "estimated_value": 2_400_000,
                "annual_value": 600_000,
                "municipalities": [
                    "231", "280", "287", "288", "399", "440", "475", "499", "545", "598", "599",
                    "893", "905", "946",
                ],
                "volume_quantity": 12_000,
                "volume_unit": "hours",
                "sme_override": False,
                "sme_override_reason": None,
                "fi": {
                    "title": "Asumisen tuki kotiin",
                    "description": (
                        "Ohjaus ja tuki arjen toimissa asiakkaan omassa kodissa koko "
                        "hyvinvointialueella. Palvelu tilataan tunteina asiakaskohtaisen päätöksen "
                        "mukaan."
                    ),
                    "requirements": (
                        "Merkintä palveluntuottajarekisteriin (Soteri), sosiaali- tai terveysalan "
                        "ammattihenkilöstö ja valmius palvella asiakasta tämän äidinkielellä "
                        "suomeksi tai ruotsiksi."
                    ),
                },
                "sv": {
                    "title": "Stöd för boende i hemmet",
                    "description": (
                        "Handledning och stöd i vardagen i klientens eget hem i hela "
                        "välfärdsområdet. Tjänsten beställs som timmar enligt klientspecifika "
                        "beslut."
                    ),
                    "requirements": (
                        "Registrering i registret över tjänsteproducenter (Soteri), yrkesutbildad "
                        "personal inom social- eller hälsovården och beredskap att betjäna "
                        "klienten på finska eller svenska enligt klientens modersmål."
                    ),
                },
                "en": {
                    "title": "Housing support at home",
                    "description": (
                        "Guidance and support with daily life in the client's own home throughout "
                        "the county. The service is ordered as hours under client-specific "
                        "decisions."
                    ),
                    "requirements": (
                        "Registration in the register of service providers (Soteri), qualified "
                        "social or health care staff and readiness to serve the client in Finnish "
                        "or Swedish according to the client's mother tongue."
                    ),
                },
            },
        ],
    },
    {
        "reference": "PHA-2027-003",
        "status": "planned",
        "status_history": [("planned", "2026-10-20")],
        "service_areas": ["home-care-support"],
        "municipalities": [
            "231", "280", "287", "288", "399", "440", "475", "499", "545", "598", "599", "893",
            "905", "946",
        ],
        "cpv_codes": ["85312100", "85312400"],
        "contract_type": "service-voucher",
        "procedure": "service_voucher_approval",
        "value_min": 2_100_000,
        "value_max": None,
        "value_is_public": True,
        "planned_publication": "2027-01-01",
        "planned_publication_precision": "quarter",
        "market_dialogue_date": None,
        "interest_deadline": None,
        "tender_deadline": None,
        "contract_start": "2027-06-01",
        "contract_duration_months": 36,
        "option_months": None,
        "notice_url": "",
        "languages": ["fi", "sv"],
        "max_lots_per_bidder": None,
        "contact": {
            "name": "Minna Kallio",
            "email": "minna.kallio@example.fi",
            "phone": "+358 40 000 2105",
        },
        "fi": {
            "slug": "paivatoiminta-palvelusetelilla-2027",
            "title": "Ikääntyneiden ja muistisairaiden päivätoiminta palvelusetelillä",
            "summary": (
                "Hyvinvointialue ottaa käyttöön palvelusetelin ikääntyneiden ja muistisairaiden "
                "päivätoimintaan. Palveluntuottajat voivat hakea hyväksymistä "
                "palvelusetelituottajaksi vuoden 2027 alussa."
            ),
            "description": (
                "<p>Päivätoiminta tukee kotona asumista, ylläpitää toimintakykyä ja antaa "
                "omaishoitajille vapaata. Palvelusetelillä asiakas voi valita päivätoiminnan "
                "hyvinvointialueen hyväksymistä palveluntuottajista.</p>"
                "<p>Palveluseteli ei ole hankintalain mukainen hankinta: tuottajat hyväksytään "
                "sääntökirjan ehdoin, eikä tarjouskilpailua järjestetä. Ennakoitu arvo perustuu "
                "arvioituun asiakasmäärään kolmen vuoden aikana.</p>"
            ),
            "sme_notes": (
                "<p>Palveluseteli sopii pienille tuottajille ja yhdistyksille, koska hyväksymistä "
                "voi hakea yhdellekin päivätoimintaryhmälle yhdessä kunnassa. Osa-alueet ovat "
                "toiminta-alueita, ja sama tuottaja voi toimia usealla alueella.</p>"
                "<p>Sääntökirjan luonnos julkaistaan kommentoitavaksi ennen hakua.</p>"
            ),
            "status_note": "",
        },
        "sv": {
            "slug": "dagverksamhet-med-servicesedel-2027",
            "title": "Dagverksamhet för äldre och personer med minnessjukdom med servicesedel",
            "summary": (
                "Välfärdsområdet inför servicesedel för dagverksamhet för äldre och personer med "
                "minnessjukdom. Tjänsteproducenter kan ansöka om godkännande som "
                "servicesedelproducent i början av 2027."
            ),
            "description": (
                "<p>Dagverksamheten stöder boendet hemma, upprätthåller funktionsförmågan och ger "
                "närståendevårdare ledigt. Med servicesedel kan klienten välja dagverksamhet bland "
                "de tjänsteproducenter som välfärdsområdet har godkänt.</p>"
                "<p>Servicesedeln är inte en upphandling enligt upphandlingslagen: producenterna "
                "godkänns på villkoren i regelboken, och ingen anbudstävling ordnas. Det "
                "uppskattade värdet bygger på det beräknade antalet klienter under tre år.</p>"
            ),
            "sme_notes": (
                "<p>Servicesedeln passar små producenter och föreningar, eftersom godkännande kan "
                "sökas för en enda dagverksamhetsgrupp i en enda kommun. Delområdena är "
                "verksamhetsområden, och samma producent kan verka i flera områden.</p>"
                "<p>Ett utkast till regelbok publiceras för kommentarer före ansökan.</p>"
            ),
            "status_note": "",
        },
        "en": {
            "slug": "day-activities-service-voucher-2027",
            "title": (
                "Day activities for older people and people with memory disorders with a service "
                "voucher"
            ),
            "summary": (
                "The county is introducing a service voucher for day activities for older people "
                "and people with memory disorders. Providers can apply for approval as voucher "
                "providers in early 2027."
            ),
            "description": (
                "<p>Day activities support living at home, maintain functional capacity and give "
                "family carers time off. With a service voucher, the client can choose day "
                "activities from the providers approved by the county.</p>"
                "<p>A service voucher is not a procurement under the Procurement Act: providers "
                "are approved on the terms of the rulebook, and no tender competition is held. The "
                "estimated value is based on the expected number of clients over three years.</p>"
            ),
            "sme_notes": (
                "<p>The service voucher suits small providers and associations, since approval can "
                "be sought for a single day-activity group in a single municipality. The lots are "
                "areas of operation, and the same provider can operate in several areas.</p>"
                "<p>A draft rulebook will be published for comments before applications open.</p>"
            ),
            "status_note": "",
        },
        "lots": [
            {
                "number": 1,
                "estimated_value": 930_000,
                "annual_value": 310_000,
                "municipalities": ["399", "475", "499", "905", "946"],
                "volume_quantity": 4500,
                "volume_unit": "visits",
                "sme_override": False,
                "sme_override_reason": None,
                "fi": {
                    "title": "Päivätoiminta, Vaasan seutu",
                    "description": (
                        "Ryhmämuotoinen päivätoiminta ikääntyneille ja muistisairaille "
                        "kuljetuksineen Vaasan seudulla. Ryhmä kokoontuu 1–5 päivänä viikossa."
                    ),
                    "requirements": (
                        "Merkintä palveluntuottajarekisteriin (Soteri), muistisairaiden hoidon "
                        "osaaminen ja esteettömät tilat."
                    ),
                },
                "sv": {
                    "title": "Dagverksamhet, Vasaregionen",
                    "description": (
                        "Dagverksamhet i grupp för äldre och personer med minnessjukdom, inklusive "
                        "transporter, i Vasaregionen. Gruppen samlas 1–5 dagar i veckan."
                    ),
                    "requirements": (
                        "Registrering i registret över tjänsteproducenter (Soteri), kunnande inom "
                        "vård av personer med minnessjukdom och tillgängliga lokaler."
                    ),
                },
                "en": {
                    "title": "Day activities, Vaasa region",
                    "description": (
                        "Group day activities for older people and people with memory disorders, "
                        "including transport, in the Vaasa region. The group meets 1–5 days a week."
                    ),
                    "requirements": (
                        "Registration in the register of service providers (Soteri), expertise in "
                        "caring for people with memory disorders and accessible premises."
                    ),
                },
            },
            {
                "number": 2,
                "estimated_value": 720_000,
                "annual_value": 240_000,
                "municipalities": ["288", "440", "598", "599", "893"],
                "volume_quantity": 3500,
                "volume_unit": "visits",
                "sme_override": False,
                "sme_override_reason": None,
                "fi": {
                    "title": "Päivätoiminta, Pietarsaaren seutu",
                    "description": (
                        "Ryhmämuotoinen päivätoiminta ikääntyneille ja muistisairaille "
                        "kuljetuksineen Pietarsaaren seudulla. Ryhmä kokoontuu 1–5 päivänä "
                        "viikossa."
                    ),
                    "requirements": (
                        "Merkintä palveluntuottajarekisteriin (Soteri), muistisairaiden hoidon "
                        "osaaminen ja esteettömät tilat."
                    ),
                },
                "sv": {
                    "title": "Dagverksamhet, Jakobstadsregionen",
                    "description": (
                        "Dagverksamhet i grupp för äldre och personer med minnessjukdom, inklusive "
                        "transporter, i Jakobstadsregionen. Gruppen samlas 1–5 dagar i veckan."
                    ),
                    "requirements": (
                        "Registrering i registret över tjänsteproducenter (Soteri), kunnande inom "
                        "vård av personer med minnessjukdom och tillgängliga lokaler."
                    ),
                },
                "en": {
                    "title": "Day activities, Jakobstad region",
                    "description": (
                        "Group day activities for older people and people with memory disorders, "
                        "including transport, in the Jakobstad region. The group meets 1–5 days a "
                        "week."
                    ),
                    "requirements": (
                        "Registration in the register of service providers (Soteri), expertise in "
                        "caring for people with memory disorders and accessible premises."
                    ),
                },
            },
            {
                "number": 3,
                "estimated_value": 450_000,
                "annual_value": 150_000,
                "municipalities": ["231", "280", "287", "545"],
                "volume_quantity": 2200,
                "volume_unit": "visits",
                "sme_override": False,
                "sme_override_reason": None,
                "fi": {
                    "title": "Päivätoiminta, eteläinen alue",
                    "description": (
                        "Ryhmämuotoinen päivätoiminta ikääntyneille ja muistisairaille "
                        "kuljetuksineen Närpiössä, Kristiinankaupungissa, Kaskisissa ja "
                        "Korsnäsissä."
                    ),
                    "requirements": (
                        "Merkintä palveluntuottajarekisteriin (Soteri), muistisairaiden hoidon "
                        "osaaminen ja esteettömät tilat."
                    ),
                },
                "sv": {
                    "title": "Dagverksamhet, södra området",
                    "description": (
                        "Dagverksamhet i grupp för äldre och personer med minnessjukdom, inklusive "
                        "transporter, i Närpes, Kristinestad, Kaskö och Korsnäs."
                    ),
                    "requirements": (
                        "Registrering i registret över tjänsteproducenter (Soteri), kunnande inom "
                        "vård av personer med minnessjukdom och tillgängliga lokaler."
                    ),
                },
                "en": {
                    "title": "Day activities, southern area",
                    "description": (
                        "Group day activities for older people and people with memory disorders, "
                        "including transport, in Närpes, Kristinestad, Kaskinen and Korsnäs."
                    ),
                    "requirements": (
                        "Registration in the register of service providers (Soteri), expertise in "
                        "caring for people with memory disorders and accessible premises."
                    ),
                },
            },
        ],
    },
    {
        "reference": "PHA-2027-004",
        # The events the texts announce, as they state them (tests/core/test_demo_promises).
        "promises": [
            {"event": "dialogue-specialised-care", "date": "2026-12-10",
             "registration_closes": "2026-12-09", "format": "hybrid",
             "languages": ["fi", "sv"]},
        ],
        "status": "market_dialogue",
        "status_history": [("planned", "2026-08-17"), ("market_dialogue", "2026-11-16")],
        "service_areas": ["specialised-care"],
        "municipalities": [
            "231", "280", "287", "288", "399", "440", "475", "499", "545", "598", "599", "893",
            "905", "946",
        ],
        "cpv_codes": ["85121200", "85110000"],
        "contract_type": "framework-agreement",
        "procedure": "national_social_health",
        "value_min": 7_000_000,
        "value_max": 8_000_000,
        "value_is_public": False,
        "planned_publication": "2027-02-01",
        "planned_publication_precision": "month",
        "market_dialogue_date": "2026-12-10",
        "interest_deadline": "2026-12-04T16:00",
        "tender_deadline": None,
        "contract_start": "2027-06-01",
        "contract_duration_months": 24,
        "option_months": 24,
        "notice_url": "",
        "languages": ["fi"],
        "max_lots_per_bidder": None,
        "contact": {
            "name": "Tuula Mäenpää",
            "email": "tuula.maenpaa@example.fi",
            "phone": "+358 40 000 2109",
        },
        "fi": {
            "slug": "erikoissairaanhoidon-ostopalvelut-leikkaukset-ja-tahystykset-2027",
            "title": (
                "Erikoissairaanhoidon ostopalvelut: kaihileikkaukset, tähystykset ja päiväkirurgia"
            ),
            "summary": (
                "Hyvinvointialue hankkii hoitotakuun turvaamiseksi kaihileikkauksia, "
                "ruoansulatuskanavan tähystyksiä ja ortopedisiä päiväkirurgisia toimenpiteitä. "
                "Markkinavuoropuhelu pidetään 10.12.2026."
            ),
            "description": (
                "<p>Erikoissairaanhoito on hyvinvointialueen toiseksi suurin asiakasostopalvelujen "
                "ryhmä. Hankinnalla lyhennetään jonoja niissä toimenpiteissä, joissa oma "
                "kapasiteetti ei riitä hoitotakuun määräaikoihin.</p>"
                "<ul>"
                "<li>Kaihileikkaukset</li>"
                "<li>Gastroskopiat ja kolonoskopiat</li>"
                "<li>Ortopediset päiväkirurgiset toimenpiteet</li>"
                "</ul>"
                "<p>Markkinavuoropuhelussa kuullaan palveluntuottajien näkemyksiä osa-alueiden "
                "rajauksesta, laatumittareista ja potilastietojen siirrosta. Hankintailmoitus on "
                "tarkoitus julkaista helmikuussa 2027.</p>"
            ),
            "sme_notes": (
                "<p>Toimenpiteet on jaettu osa-alueisiin erikoisaloittain, jotta myös yhteen "
                "erikoisalaan keskittyneet pienet klinikat voivat tarjota. Markkinavuoropuhelussa "
                "selvitetään, voisiko osa-alueita jakaa edelleen alueittain.</p>"
            ),
            "status_note": (
                "Ilmoittaudu markkinavuoropuheluun portaalin tapahtumissa viimeistään 9.12.2026. "
                "Tilaisuus pidetään hyvinvointialueen virastotalolla Vaasassa ja verkossa, "
                "suomeksi ja ruotsiksi."
            ),
        },
        "sv": {
            "slug": "kopta-tjanster-inom-specialiserad-sjukvard-2027",
            "title": (
                "Köpta tjänster inom specialiserad sjukvård: kataraktoperationer, endoskopier och "
                "dagkirurgi"
            ),
            "summary": (
                "Välfärdsområdet upphandlar kataraktoperationer, endoskopier av "
                "matsmältningskanalen och ortopediska dagkirurgiska ingrepp för att trygga "
                "vårdgarantin. Marknadsdialogen hålls 10.12.2026."
            ),
            "description": (
                "<p>Den specialiserade sjukvården är välfärdsområdets näst största grupp av "
                "kundköptjänster. Upphandlingen ska förkorta köerna till de ingrepp där den egna "
                "kapaciteten inte räcker för att hålla vårdgarantins tidsgränser.</p>"
                "<ul>"
                "<li>Kataraktoperationer</li>"
                "<li>Gastroskopier och koloskopier</li>"
                "<li>Ortopediska dagkirurgiska ingrepp</li>"
                "</ul>"
                "<p>I marknadsdialogen hörs tjänsteproducenternas synpunkter på avgränsningen av "
                "delområdena, kvalitetsindikatorer och överföring av patientuppgifter. "
                "Upphandlingsannonsen publiceras enligt planerna i februari 2027.</p>"
            ),
            "sme_notes": (
                "<p>Ingreppen är indelade i delområden per specialitet så att även små kliniker "
                "som koncentrerar sig på en specialitet kan lämna anbud. I marknadsdialogen utreds "
                "om delområdena kunde delas upp ytterligare per område.</p>"
            ),
            "status_note": (
                "Anmäl dig till marknadsdialogen bland portalens evenemang senast 9.12.2026. "
                "Mötet hålls i välfärdsområdets ämbetshus i Vasa och på nätet, på finska och "
                "svenska."
            ),
        },
        "en": {
            "slug": "purchased-specialised-care-surgery-endoscopy-2027",
            "title": "Purchased specialised care: cataract surgery, endoscopies and day surgery",
            "summary": (
                "To secure the treatment guarantee, the county is procuring cataract operations, "
                "gastrointestinal endoscopies and orthopaedic day-surgery procedures. The market "
                "dialogue is on 10 December 2026."
            ),
            "description": (
                "<p>Specialised medical care is the county's second-largest group of client "
                "services bought whole. The procurement will shorten queues for procedures where "
                "the county's own capacity is not enough to meet the time limits of the treatment "
                "guarantee.</p>"
                "<ul>"
                "<li>Cataract operations</li>"
                "<li>Gastroscopies and colonoscopies</li>"
                "<li>Orthopaedic day-surgery procedures</li>"
                "</ul>"
                "<p>The market dialogue will gather providers' views on how the lots are drawn, "
                "quality indicators and the transfer of patient data. The contract notice is "
                "planned for February 2027.</p>"
            ),
            "sme_notes": (
                "<p>The procedures are divided into lots by specialty so that small clinics "
                "focusing on a single specialty can also tender. The market dialogue will explore "
                "whether the lots could be further divided by area.</p>"
            ),
            "status_note": (
                "Register for the market dialogue under the portal's events by 9 December 2026. "
                "The meeting is held at the county office in Vaasa and online, in Finnish and "
                "Swedish."
            ),
        },
        "lots": [
            {
                "number": 1,
                "estimated_value": 2_400_000,
                "annual_value": 600_000,
                "municipalities": [
                    "231", "280", "287", "288", "399", "440", "475", "499", "545", "598", "599",
                    "893", "905", "946",
                ],
                "volume_quantity": 500,
                "volume_unit": "clients",
                "sme_override": False,
                "sme_override_reason": None,
                "fi": {
                    "title": "Kaihileikkaukset",
                    "description": (
                        "Kaihileikkaukset ja niihin liittyvät jälkitarkastukset noin 500 "
                        "potilaalle vuodessa. Potilaat ohjataan hyvinvointialueen lähetteellä."
                    ),
                    "requirements": (
                        "Silmätautien erikoislääkäri, leikkaussali ja sähköinen potilastietojen "
                        "siirto Kanta-palveluihin."
                    ),
                },
                "sv": {
                    "title": "Kataraktoperationer",
                    "description": (
                        "Kataraktoperationer och tillhörande efterkontroller för cirka 500 "
                        "patienter per år. Patienterna remitteras av välfärdsområdet."
                    ),
                    "requirements": (
                        "Specialistläkare i ögonsjukdomar, operationssal och elektronisk "
                        "överföring av patientuppgifter till Kanta-tjänsterna."
                    ),
                },
                "en": {
                    "title": "Cataract operations",
                    "description": (
                        "Cataract operations and the related follow-up checks for about 500 "
                        "patients a year. Patients are referred by the county."
                    ),
                    "requirements": (
                        "Specialist in ophthalmology, an operating theatre and electronic transfer "
                        "of patient data to the Kanta services."
                    ),
                },
            },
            {
                "number": 2,
                "estimated_value": 2_240_000,
                "annual_value": 560_000,
                "municipalities": [
                    "231", "280", "287", "288", "399", "440", "475", "499", "545", "598", "599",
                    "893", "905", "946",
                ],
                "volume_quantity": 1400,
                "volume_unit": "visits",
                "sme_override": False,
                "sme_override_reason": None,
                "fi": {
                    "title": "Gastroskopiat ja kolonoskopiat",
                    "description": (
                        "Maha- ja paksusuolen tähystykset noin 1 400 potilaalle vuodessa "
                        "koepalojen ottoineen ja lausuntoineen."
                    ),
                    "requirements": (
                        "Gastroenterologian tai kirurgian erikoislääkäri, tähystysyksikkö ja "
                        "sähköinen potilastietojen siirto Kanta-palveluihin."
                    ),
                },
                "sv": {
                    "title": "Gastroskopier och koloskopier",
                    "description": (
                        "Endoskopier av magsäck och tjocktarm för cirka 1 400 patienter per år, "
                        "inklusive provtagning och utlåtanden."
                    ),
                    "requirements": (
                        "Specialistläkare i gastroenterologi eller kirurgi, endoskopienhet och "
                        "elektronisk överföring av patientuppgifter till Kanta-tjänsterna."
                    ),
                },
                "en": {
                    "title": "Gastroscopies and colonoscopies",
                    "description": (
                        "Endoscopies of the stomach and colon for about 1,400 patients a year, "
                        "including biopsies and reports."
                    ),
                    "requirements": (
                        "Specialist in gastroenterology or surgery, an endoscopy unit and "
                        "electronic transfer of patient data to the Kanta services."
                    ),
                },
            },
            {
                "number": 3,
                "estimated_value": 2_800_000,
                "annual_value": 700_000,
                "municipalities": [
                    "231", "280", "287", "288", "399", "440", "475", "499", "545", "598", "599",
                    "893", "905", "946",
                ],
                "volume_quantity": 250,
                "volume_unit": "clients",
                "sme_override": False,
                "sme_override_reason": None,
                "fi": {
                    "title": "Ortopediset päiväkirurgiset toimenpiteet",
                    "description": (
                        "Polven ja olkapään tähystysleikkaukset sekä muut ortopediset "
                        "päiväkirurgiset toimenpiteet noin 250 potilaalle vuodessa."
                    ),
                    "requirements": (
                        "Ortopedian ja traumatologian erikoislääkäri, anestesiapalvelut ja "
                        "jälkihoidon ohjaus suomeksi ja ruotsiksi."
                    ),
                },
                "sv": {
                    "title": "Ortopediska dagkirurgiska ingrepp",
                    "description": (
                        "Artroskopier av knä och axel samt andra ortopediska dagkirurgiska ingrepp "
                        "för cirka 250 patienter per år."
                    ),
                    "requirements": (
                        "Specialistläkare i ortopedi och traumatologi, anestesitjänster och "
                        "eftervårdsinstruktioner på finska och svenska."
                    ),
                },
                "en": {
                    "title": "Orthopaedic day-surgery procedures",
                    "description": (
                        "Knee and shoulder arthroscopies and other orthopaedic day-surgery "
                        "procedures for about 250 patients a year."
                    ),
                    "requirements": (
                        "Specialist in orthopaedics and traumatology, anaesthesia services and "
                        "aftercare instructions in Finnish and Swedish."
                    ),
                },
            },
        ],
    },
    {
        "reference": "PHA-2027-005",
        "status": "planned",
        "status_history": [("planned", "2026-11-03")],
        "service_areas": ["rehabilitation"],
        "municipalities": [
            "231", "280", "287", "288", "399", "440", "475", "499", "545", "598", "599", "893",
            "905", "946",
        ],
        "cpv_codes": ["85312500", "85142000"],
        "contract_type": "framework-agreement",
        "procedure": "national_social_health",
        "value_min": 3_500_000,
        "value_max": 4_000_000,
        "value_is_public": True,
        "planned_publication": "2027-03-15",
        "planned_publication_precision": "day",
        "market_dialogue_date": None,
        "interest_deadline": None,
        "tender_deadline": None,
        "contract_start": "2027-09-01",
        "contract_duration_months": 36,
        "option_months": 12,
        "notice_url": "",
        "languages": ["fi", "sv"],
        "max_lots_per_bidder": 3,
        "contact": {
            "name": "Karin Sjöblom",
            "email": "karin.sjoblom@example.fi",
            "phone": "+358 40 000 2110",
        },
        "fi": {
            "slug": "lasten-ja-nuorten-terapiapalvelut-2027",
            "title": "Lasten ja nuorten terapiapalvelut: puhe-, toiminta- ja fysioterapia",
            "summary": (
                "Puitejärjestely lasten ja nuorten puheterapiaan, toimintaterapiaan ja "
                "fysioterapiaan neljällä osa-alueella. Hankintailmoitus on tarkoitus julkaista "
                "15.3.2027."
            ),
            "description": (
                "<p>Hyvinvointialue hankkii lasten ja nuorten avoterapioita, joita oma henkilöstö "
                "ei ehdi tuottaa. Terapiat annetaan lapsen kotona, varhaiskasvatuksessa, koulussa "
                "tai palveluntuottajan tiloissa.</p>"
                "<p>Sopimuskausi on kolme vuotta ja optio yksi vuosi. Ennen hankintailmoitusta "
                "julkaistaan tietopyyntö, jolla selvitetään terapeuttien saatavuutta eri "
                "kunnissa.</p>"
            ),
            "sme_notes": (
                "<p>Osa-alueet on jaettu terapiamuodon ja alueen mukaan, jotta ammatinharjoittajat "
                "ja pienet terapiayritykset voivat tarjota. Tarjoaja voi saada sopimuksen enintään "
                "kolmesta osa-alueesta, ja yhteistarjoukset ovat sallittuja.</p>"
            ),
            "status_note": "Tietopyyntö julkaistaan tammikuussa 2027.",
        },
        "sv": {
            "slug": "terapitjanster-for-barn-och-unga-2027",
            "title": "Terapitjänster för barn och unga: tal-, ergo- och fysioterapi",
            "summary": (
                "Ramavtal för talterapi, ergoterapi och fysioterapi för barn och unga i fyra "
                "delområden. Upphandlingsannonsen publiceras enligt planerna 15.3.2027."
            ),
            "description": (
                "<p>Välfärdsområdet upphandlar öppenvårdsterapier för barn och unga som den egna "
                "personalen inte hinner ge. Terapierna ges i barnets hem, inom "
                "småbarnspedagogiken, i skolan eller i tjänsteproducentens lokaler.</p>"
                "<p>Avtalsperioden är tre år med en option på ett år. Före upphandlingsannonsen "
                "publiceras en begäran om information för att utreda tillgången till terapeuter i "
                "olika kommuner.</p>"
            ),
            "sme_notes": (
                "<p>Delområdena är indelade efter terapiform och område så att självständiga "
                "yrkesutövare och små terapiföretag kan lämna anbud. En anbudsgivare kan få avtal "
                "för högst tre delområden, och gemensamma anbud är tillåtna.</p>"
            ),
            "status_note": "Begäran om information publiceras i januari 2027.",
        },
        "en": {
            "slug": "therapy-services-children-young-people-2027",
            "title": (
                "Therapy services for children and young people: speech, occupational and "
                "physiotherapy"
            ),
            "summary": (
                "Framework agreements for speech therapy, occupational therapy and physiotherapy "
                "for children and young people in four lots. The contract notice is planned for 15 "
                "March 2027."
            ),
            "description": (
                "<p>The county is procuring outpatient therapy for children and young people that "
                "its own staff cannot cover. Therapy is given in the child's home, in early "
                "childhood education, at school or on the provider's premises.</p>"
                "<p>The contract period is three years with a one-year option. Before the contract "
                "notice, a request for information will be published to find out how many "
                "therapists are available in each municipality.</p>"
            ),
            "sme_notes": (
                "<p>The lots are divided by type of therapy and area so that self-employed "
                "therapists and small therapy companies can tender. A tenderer can be awarded at "
                "most three lots, and joint tenders are allowed.</p>"
            ),
            "status_note": "The request for information will be published in January 2027.",
        },
        "lots": [
            {
                "number": 1,
                "estimated_value": 1_200_000,
                "annual_value": 300_000,
                "municipalities": ["399", "475", "499", "905", "946"],
                "volume_quantity": 3800,
                "volume_unit": "visits",
                "sme_override": False,
                "sme_override_reason": None,
                "fi": {
                    "title": "Puheterapia, Vaasan seutu",
                    "description": (
                        "Puheterapia lapsille ja nuorille Vaasan seudulla, myös puhetta tukevat ja "
                        "korvaavat kommunikointikeinot."
                    ),
                    "requirements": (
                        "Laillistettu puheterapeutti, kokemus lasten terapiasta ja terapia lapsen "
                        "äidinkielellä suomeksi tai ruotsiksi."
                    ),
                },
                "sv": {
                    "title": "Talterapi, Vasaregionen",
                    "description": (
                        "Talterapi för barn och unga i Vasaregionen, även metoder för "
                        "kommunikation som stöder och ersätter tal."
                    ),
                    "requirements": (
                        "Legitimerad talterapeut, erfarenhet av terapi för barn och terapi på "
                        "barnets modersmål, finska eller svenska."
                    ),
                },
                "en": {
                    "title": "Speech therapy, Vaasa region",
                    "description": (
                        "Speech therapy for children and young people in the Vaasa region, "
                        "including augmentative and alternative communication."
                    ),
                    "requirements": (
                        "Licensed speech therapist, experience of therapy for children and therapy "
                        "in the child's mother tongue, Finnish or Swedish."
                    ),
                },
            },
            {
                "number": 2,
                "estimated_value": 800_000,
                "annual_value": 200_000,
                "municipalities": ["231", "280", "287", "288", "440", "545", "598", "599", "893"],
                "volume_quantity": 2500,
                "volume_unit": "visits",
                "sme_override": False,
                "sme_override_reason": None,
                "fi": {
                    "title": "Puheterapia, Pietarsaaren seutu ja eteläinen alue",
                    "description": (
                        "Puheterapia lapsille ja nuorille Pietarsaaren seudulla sekä Närpiössä, "
                        "Kristiinankaupungissa, Kaskisissa ja Korsnäsissä."
                    ),
                    "requirements": (
                        "Laillistettu puheterapeutti, kokemus lasten terapiasta ja terapia lapsen "
                        "äidinkielellä ruotsiksi tai suomeksi."
                    ),
                },
                "sv": {
                    "title": "Talterapi, Jakobstadsregionen och södra området",
                    "description": (
                        "Talterapi för barn och unga i Jakobstadsregionen samt i Närpes, "
                        "Kristinestad, Kaskö och Korsnäs."
                    ),
                    "requirements": (
                        "Legitimerad talterapeut, erfarenhet av terapi för barn och terapi på "
                        "barnets modersmål, svenska eller finska."
                    ),
                },
                "en": {
                    "title": "Speech therapy, Jakobstad region and southern area",
                    "description": (
                        "Speech therapy for children and young people in the Jakobstad region and "
                        "in Närpes, Kristinestad, Kaskinen and Korsnäs."
                    ),
                    "requirements": (
                        "Licensed speech therapist, experience of therapy for children and therapy "
                        "in the child's mother tongue, Swedish or Finnish."
                    ),
                },
            },
            {
                "number": 3,
                "estimated_value": 960_000,
                "annual_value": 240_000,
                "municipalities": [
                    "231", "280", "287", "288", "399", "440", "475", "499", "545", "598", "599",
                    "893", "905", "946",
                ],
                "volume_quantity": 3000,
                "volume_unit": "visits",
                "sme_override": False,
                "sme_override_reason": None,
                "fi": {
                    "title": "Toimintaterapia",
                    "description": (
                        "Toimintaterapia lapsille ja nuorille koko hyvinvointialueella, mukaan "
                        "lukien sensorisen integraation terapia ja lähiympäristön ohjaus."
                    ),
                    "requirements": (
                        "Laillistettu toimintaterapeutti, kokemus lasten terapiasta ja terapia "
                        "suomeksi tai ruotsiksi."
                    ),
                },
                "sv": {
                    "title": "Ergoterapi",
                    "description": (
                        "Ergoterapi för barn och unga i hela välfärdsområdet, inklusive terapi för "
                        "sensorisk integration och handledning för närmiljön."
                    ),
                    "requirements": (
                        "Legitimerad ergoterapeut, erfarenhet av terapi för barn och terapi på "
                        "finska eller svenska."
                    ),
                },
                "en": {
                    "title": "Occupational therapy",
                    "description": (
                        "Occupational therapy for children and young people throughout the county, "
                        "including sensory integration therapy and guidance for the people around "
                        "the child."
                    ),
                    "requirements": (
                        "Licensed occupational therapist, experience of therapy for children and "
                        "therapy in Finnish or Swedish."
                    ),
                },
            },
            {
                "number": 4,
                "estimated_value": 800_000,
                "annual_value": 200_000,
                "municipalities": [
                    "231", "280", "287", "288", "399", "440", "475", "499", "545", "598", "599",
                    "893", "905", "946",
                ],
                "volume_quantity": 2800,
                "volume_unit": "visits",
                "sme_override": False,
                "sme_override_reason": None,
                "fi": {
                    "title": "Fysioterapia",
                    "description": (
                        "Lasten ja nuorten fysioterapia koko hyvinvointialueella, mukaan lukien "
                        "neurologinen fysioterapia ja apuvälineiden käytön ohjaus."
                    ),
                    "requirements": (
                        "Laillistettu fysioterapeutti, lasten neurologisen fysioterapian osaaminen "
                        "ja terapia suomeksi tai ruotsiksi."
                    ),
                },
                "sv": {
                    "title": "Fysioterapi",
                    "description": (
                        "Fysioterapi för barn och unga i hela välfärdsområdet, inklusive "
                        "neurologisk fysioterapi och handledning i användningen av hjälpmedel."
                    ),
                    "requirements": (
                        "Legitimerad fysioterapeut, kunnande inom neurologisk fysioterapi för barn "
                        "och terapi på finska eller svenska."
                    ),
                },
                "en": {
                    "title": "Physiotherapy",
                    "description": (
                        "Physiotherapy for children and young people throughout the county, "
                        "including neurological physiotherapy and guidance in the use of assistive "
                        "devices."
                    ),
                    "requirements": (
                        "Licensed physiotherapist, expertise in neurological physiotherapy for "
                        "children and therapy in Finnish or Swedish."
                    ),
                },
            },
        ],
    },
]
