"""The county's taxonomy in Finnish, Swedish and English, as seeded into a new portal.

Service areas follow the county's own grouping of client services bought whole (seeds:
housing services, specialised care, home-care support services, child-welfare placements,
doctor services). Municipality numbers are Statistics Finland's. CPV codes are the health
and social services branch (85000000) with their check digits.
"""

SERVICE_AREAS = [
    ("housing-older-people", {
        "fi": ("Ikääntyneiden asumispalvelut",
               "Ympärivuorokautinen ja yhteisöllinen asuminen ikääntyneille."),
        "sv": ("Boendeservice för äldre",
               "Boende med heldygnsomsorg och gemenskapsboende för äldre."),
        "en": ("Housing services for older people",
               "24-hour and communal housing services for older people."),
    }),
    ("housing-disabilities", {
        "fi": ("Vammaisten asumispalvelut",
               "Asumisen tuki ja asumispalvelut vammaisille henkilöille."),
        "sv": ("Boendeservice för personer med funktionsnedsättning",
               "Stöd för boende och boendeservice för personer med funktionsnedsättning."),
        "en": ("Housing services for people with disabilities",
               "Housing support and housing services for people with disabilities."),
    }),
    ("housing-mental-health-substance-abuse", {
        "fi": ("Mielenterveys- ja päihdekuntoutujien asumispalvelut",
               "Kuntouttava ja tuettu asuminen mielenterveys- ja päihdeasiakkaille."),
        "sv": ("Boendeservice för personer inom mentalvård och missbrukarvård",
               "Rehabiliterande och stött boende för klienter inom mentalvård och "
               "missbrukarvård."),
        "en": ("Housing services for mental-health and substance-abuse clients",
               "Rehabilitative and supported housing for mental-health and substance-abuse "
               "clients."),
    }),
    ("home-care-support", {
        "fi": ("Kotihoidon tukipalvelut",
               "Kotihoito, ateria-, siivous-, kauppa- ja turvapalvelut sekä päivätoiminta."),
        "sv": ("Stödtjänster inom hemvården",
               "Hemvård, mat-, städ-, butiks- och trygghetstjänster samt dagverksamhet."),
        "en": ("Home-care support services",
               "Home care, meal, cleaning, shopping and safety services and day activities."),
    }),
    ("child-welfare-placements", {
        "fi": ("Lastensuojelun sijoitukset",
               "Perhe- ja laitoshoito sekä ammatillinen perhehoito lastensuojelussa."),
        "sv": ("Placeringar inom barnskyddet",
               "Familjevård, institutionsvård och professionell familjevård inom barnskyddet."),
        "en": ("Child-welfare placements",
               "Foster care, residential care and professional family care in child welfare."),
    }),
    ("doctor-services", {
        "fi": ("Lääkäripalvelut",
               "Vuokralääkärit ja ostettavat lääkäripalvelut terveysasemille ja päivystykseen."),
        "sv": ("Läkartjänster",
               "Hyrläkare och köpta läkartjänster för hälsostationer och jour."),
        "en": ("Doctor services",
               "Agency doctors and purchased doctor services for health stations and "
               "emergency care."),
    }),
    ("specialised-care", {
        "fi": ("Erikoissairaanhoito",
               "Erikoissairaanhoidon palvelut muilta hyvinvointialueilta ja yksityisiltä "
               "tuottajilta."),
        "sv": ("Specialiserad sjukvård",
               "Tjänster inom specialiserad sjukvård från andra välfärdsområden och privata "
               "producenter."),
        "en": ("Specialised medical care",
               "Specialised medical care bought from other counties and private providers."),
    }),
    ("rehabilitation", {
        "fi": ("Kuntoutus", "Fysio-, toiminta- ja puheterapia sekä muu kuntoutus."),
        "sv": ("Rehabilitering", "Fysio-, ergo- och talterapi samt annan rehabilitering."),
        "en": ("Rehabilitation",
               "Physiotherapy, occupational therapy, speech therapy and other rehabilitation."),
    }),
    ("other-services", {
        "fi": ("Muut palvelut", "Muut sosiaali- ja terveyspalvelut sekä tukipalvelut."),
        "sv": ("Övriga tjänster", "Övriga social- och hälsovårdstjänster samt stödtjänster."),
        "en": ("Other services", "Other social, health and support services."),
    }),
]

# (number, majority language, Finnish name, Swedish name). English uses the name in the
# municipality's majority language, as the municipalities themselves do.
MUNICIPALITIES = [
    ("231", "fi", "Kaskinen", "Kaskö"),
    ("280", "sv", "Korsnäs", "Korsnäs"),
    ("287", "sv", "Kristiinankaupunki", "Kristinestad"),
    ("288", "sv", "Kruunupyy", "Kronoby"),
    ("399", "fi", "Laihia", "Laihela"),
    ("440", "sv", "Luoto", "Larsmo"),
    ("475", "sv", "Maalahti", "Malax"),
    ("499", "sv", "Mustasaari", "Korsholm"),
    ("545", "sv", "Närpiö", "Närpes"),
    ("599", "sv", "Pedersöre", "Pedersöre"),
    ("598", "sv", "Pietarsaari", "Jakobstad"),
    ("893", "sv", "Uusikaarlepyy", "Nykarleby"),
    ("905", "fi", "Vaasa", "Vasa"),
    ("946", "sv", "Vöyri", "Vörå"),
]

CONTRACT_TYPES = [
    ("payment-commitment", {
        "fi": ("Maksusitoumus", "Asiakaskohtainen sitoumus maksaa palvelu tuottajalle."),
        "sv": ("Betalningsförbindelse",
               "En klientspecifik förbindelse att betala producenten för tjänsten."),
        "en": ("Payment commitment",
               "A commitment, client by client, to pay the provider for the service."),
    }),
    ("framework-agreement", {
        "fi": ("Puitesopimus",
               "Yhden tai useamman tuottajan kanssa tehty sopimus, jonka ehdoin palveluja "
               "tilataan sopimuskauden aikana."),
        "sv": ("Ramavtal",
               "Ett avtal med en eller flera producenter enligt vars villkor tjänster beställs "
               "under avtalsperioden."),
        "en": ("Framework agreement",
               "An agreement with one or more providers under which services are ordered "
               "during the contract period."),
    }),
    ("dynamic-purchasing-system", {
        "fi": ("Dynaaminen hankintajärjestelmä",
               "Sähköinen järjestelmä, johon uudet tuottajat voivat hakeutua koko sen "
               "voimassaoloajan."),
        "sv": ("Dynamiskt inköpssystem",
               "Ett elektroniskt system som nya producenter kan ansluta sig till under hela "
               "dess giltighetstid."),
        "en": ("Dynamic purchasing system",
               "An electronic system that new providers can join throughout its term."),
    }),
    ("service-voucher", {
        "fi": ("Palveluseteli",
               "Asiakas valitsee palveluntuottajan hyvinvointialueen hyväksymistä tuottajista."),
        "sv": ("Servicesedel",
               "Klienten väljer tjänsteproducent bland de producenter välfärdsområdet har "
               "godkänt."),
        "en": ("Service voucher",
               "The client chooses a provider from those the county has approved."),
    }),
    ("alliance-model", {
        "fi": ("Allianssimalli",
               "Tilaaja ja tuottajat toimivat yhteisessä organisaatiossa jaetuin tavoittein ja "
               "riskein."),
        "sv": ("Alliansmodell",
               "Beställaren och producenterna arbetar i en gemensam organisation med delade "
               "mål och risker."),
        "en": ("Alliance model",
               "The buyer and providers work as one organisation with shared goals and risks."),
    }),
    ("procurement-contract", {
        "fi": ("Hankintasopimus", "Määräaikainen sopimus valitun tarjoajan kanssa."),
        "sv": ("Upphandlingskontrakt", "Ett tidsbundet avtal med den valda anbudsgivaren."),
        "en": ("Procurement contract", "A fixed-term contract with the chosen tenderer."),
    }),
    ("concession", {
        "fi": ("Käyttöoikeussopimus",
               "Tuottaja saa korvauksen oikeudesta tuottaa palvelu ja kantaa sen riskin."),
        "sv": ("Koncession",
               "Producenten ersätts med rätten att producera tjänsten och bär dess risk."),
        "en": ("Concession",
               "The provider is paid by the right to provide the service and bears its risk."),
    }),
    ("personal-budget", {
        "fi": ("Henkilökohtainen budjetti",
               "Asiakas suunnittelee palvelunsa itse hänelle osoitetun budjetin puitteissa."),
        "sv": ("Personlig budget",
               "Klienten planerar sina tjänster själv inom den budget som anvisats."),
        "en": ("Personal budget",
               "The client plans their services within a budget allocated to them."),
    }),
]

# (code, check digit, Finnish, Swedish, English)
CPV_CODES = [
    ("85000000", "9", "Terveydenhoito- ja sosiaalipalvelut", "Hälsovård och socialt arbete",
     "Health and social work services"),
    ("85100000", "0", "Terveydenhoitopalvelut", "Hälsovårdstjänster", "Health services"),
    ("85110000", "3", "Sairaala- ja niihin liittyvät palvelut",
     "Sjukhustjänster och därmed sammanhängande tjänster", "Hospital and related services"),
    ("85120000", "6", "Lääkärin vastaanottopalvelut ja niihin liittyvät palvelut",
     "Läkarmottagning och därmed sammanhängande tjänster",
     "Medical practice and related services"),
    ("85121000", "3", "Lääkärin vastaanottopalvelut", "Läkarmottagningstjänster",
     "Medical practice services"),
    ("85121100", "4", "Yleislääkäripalvelut", "Allmänläkartjänster",
     "General-practitioner services"),
    ("85121200", "5", "Erikoislääkäripalvelut", "Specialistläkartjänster",
     "Medical specialist services"),
    ("85130000", "9", "Hammaslääkäripalvelut ja niihin liittyvät palvelut",
     "Tandläkartjänster och därmed sammanhängande tjänster",
     "Dental practice and related services"),
    ("85140000", "2", "Muut terveydenhoitopalvelut", "Diverse hälsovårdstjänster",
     "Miscellaneous health services"),
    ("85141000", "9", "Hoitohenkilökunnan palvelut", "Tjänster utförda av medicinsk personal",
     "Services provided by medical personnel"),
    ("85141200", "1", "Sairaanhoitajien palvelut", "Tjänster utförda av sjuksköterskor",
     "Services provided by nurses"),
    ("85142000", "6", "Hoitoalan avustavat palvelut", "Paramedicinska tjänster",
     "Paramedical services"),
    ("85143000", "3", "Ambulanssipalvelut", "Ambulanstjänster", "Ambulance services"),
    ("85144000", "0", "Hoitolaitospalvelut", "Vårdinrättningstjänster",
     "Residential health facilities services"),
    ("85144100", "1", "Ympärivuorokautiset hoitopalvelut", "Vård på vårdhem",
     "Residential nursing care services"),
    ("85145000", "7", "Lääketieteellisten laboratorioiden palvelut",
     "Tjänster utförda av medicinska laboratorier",
     "Services provided by medical laboratories"),
    ("85147000", "1", "Työterveyshuoltopalvelut", "Företagshälsovård",
     "Company health services"),
    ("85300000", "2", "Sosiaalityön palvelut ja niihin liittyvät palvelut",
     "Socialt arbete och därmed sammanhängande tjänster",
     "Social work and related services"),
    ("85310000", "5", "Sosiaalityön palvelut", "Socialt arbete", "Social work services"),
    ("85311000", "2", "Laitoshoitoon liittyvät sosiaalityön palvelut",
     "Socialt arbete med boende", "Social work services with accommodation"),
    ("85311100", "3", "Vanhusten sosiaalipalvelut", "Socialtjänster för äldre",
     "Welfare services for the elderly"),
    ("85311200", "4", "Vammaisten sosiaalipalvelut",
     "Socialtjänster för personer med funktionsnedsättning",
     "Welfare services for the handicapped"),
    ("85311300", "5", "Lasten ja nuorten sosiaalipalvelut",
     "Socialtjänster för barn och ungdomar",
     "Welfare services for children and young people"),
    ("85312000", "9", "Avohuollon sosiaalityön palvelut", "Socialt arbete utan boende",
     "Social work services without accommodation"),
    ("85312100", "0", "Päivähoitopalvelut", "Dagvårdstjänster", "Daycare services"),
    ("85312110", "3", "Lasten päivähoitopalvelut", "Barnomsorg", "Child daycare services"),
    ("85312120", "6", "Vammaisten lasten ja nuorten päivähoitopalvelut",
     "Dagvård för barn och ungdomar med funktionsnedsättning",
     "Daycare services for handicapped children and young people"),
    ("85312200", "1", "Ateriapalvelut kotiin", "Hemleverans av livsmedel",
     "Homedelivery of provisions"),
    ("85312300", "2", "Ohjaus- ja neuvontapalvelut", "Vägledning och rådgivning",
     "Guidance and counselling services"),
    ("85312310", "5", "Ohjauspalvelut", "Vägledning", "Guidance services"),
    ("85312320", "8", "Neuvontapalvelut", "Rådgivning", "Counselling services"),
    ("85312400", "3", "Muut kuin laitoksissa annettavat sosiaalipalvelut",
     "Socialtjänster som inte utförs på institution",
     "Welfare services not delivered through residential institutions"),
    ("85312500", "4", "Kuntoutuspalvelut", "Rehabiliteringstjänster",
     "Rehabilitation services"),
    ("85312510", "7", "Ammatillisen kuntoutuksen palvelut", "Yrkesinriktad rehabilitering",
     "Vocational rehabilitation services"),
    ("85320000", "8", "Sosiaalipalvelut", "Sociala tjänster", "Social services"),
    ("85321000", "5", "Sosiaalihuollon hallintopalvelut", "Administrativa sociala tjänster",
     "Administrative social services"),
    ("85322000", "2", "Yhteisötoimintaohjelma", "Program för samhällsinsatser",
     "Community action programme"),
    ("85323000", "9", "Yhteisön terveydenhoitopalvelut", "Samhällshälsovård",
     "Community health services"),
]
