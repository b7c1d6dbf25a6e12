"""Demo content in Finnish, Swedish and English that the seeder loads into the portal."""

# The county's shared mailboxes have a Swedish name too: Swedish pages show that one.
SWEDISH_MAILBOXES = {
    "markkinavuoropuhelu@example.fi": "marknadsdialog@example.fi",
    "hankinnat@example.fi": "upphandling@example.fi",
    "pilotit@example.fi": "piloter@example.fi",
    "saavutettavuus@example.fi": "tillganglighet@example.fi",
    "tietosuoja@example.fi": "dataskydd@example.fi",
}


def mailbox(address, language):
    """The shared mailbox `address` under its name in `language`."""
    return SWEDISH_MAILBOXES.get(address, address) if language == "sv" else address

ORGANISATION = {
    "fi": {
        "name": "Pohjanmaan hyvinvointialue",
        "portal_name": "Markkinavuoropuhelu ja hankinnat",
        "street_address": "Hietalahdenkatu 2-4",
        "postal_code": "65130",
        "post_office": "Vaasa",
        "phone": "+358 6 218 1111",
        "email": "markkinavuoropuhelu@example.fi",
        "business_id": "3221331-8",
        "footer_text": (
            "<p>Markkinavuoropuhelu ja hankinnat on Pohjanmaan hyvinvointialueen portaali "
            "yrityksille, yhdistyksille, järjestöille ja muille palveluntuottajille. Portaalissa "
            "julkaistaan tulevat hankinnat ja niiden osa-alueet, markkinavuoropuhelun tilaisuudet, "
            "hankintakoulutukset ja pilottihaut. Portaalin lähdekoodi on avointa.</p>"
        ),
    },
    "sv": {
        "name": "Österbottens välfärdsområde",
        "portal_name": "Marknadsdialog och upphandlingar",
        "street_address": "Sandviksgatan 2-4",
        "postal_code": "65130",
        "post_office": "Vasa",
        "phone": "+358 6 218 1111",
        "email": "marknadsdialog@example.fi",
        "business_id": "3221331-8",
        "footer_text": (
            "<p>Marknadsdialog och upphandlingar är Österbottens välfärdsområdes portal för "
            "företag, föreningar, organisationer och andra tjänsteproducenter. I portalen "
            "publiceras kommande upphandlingar och deras delområden, tillfällen för "
            "marknadsdialog, upphandlingsutbildningar och pilotutlysningar. Portalens källkod är "
            "öppen.</p>"
        ),
    },
    "en": {
        "name": "Wellbeing Services County of Ostrobothnia",
        "portal_name": "Market dialogue and procurement",
        "street_address": "Hietalahdenkatu 2-4",
        "postal_code": "65130",
        "post_office": "Vaasa",
        "phone": "+358 6 218 1111",
        "email": "markkinavuoropuhelu@example.fi",
        "business_id": "3221331-8",
        "footer_text": (
            "<p>Market dialogue and procurement is the portal of the Wellbeing Services County of "
            "Ostrobothnia for companies, associations, organisations and other service providers. "
            "It publishes upcoming procurements and their lots, market-dialogue events, "
            "procurement training and pilot calls. The source code of the portal is open.</p>"
        ),
    },
}

HOME = {
    "fi": {
        "title": "Etusivu",
        "hero_title": "Yhteistyötä palveluntuottajien kanssa – avoimesti ja ajoissa",
        "hero_text": (
            "Pohjanmaan hyvinvointialue ostaa vuosittain palveluja yli 300 miljoonalla eurolla. "
            "Tässä portaalissa kerromme tulevista hankinnoista ja niiden osa-alueista jo ennen "
            "kilpailutusta, kutsumme palveluntuottajia markkinavuoropuheluun ja koulutuksiin sekä "
            "avaamme pilottihakuja uusien palvelumuotojen kokeilemiseksi."
        ),
        "intro": (
            "Portaali on tarkoitettu yrityksille, yhdistyksille, järjestöille ja muille "
            "palveluntuottajille, jotka tuottavat tai haluavat tuottaa sosiaali- ja "
            "terveyspalveluja tai tukipalveluja Pohjanmaalla. Rekisteröitynyt käyttäjä voi "
            "ilmaista kiinnostuksensa hankintoihin ja osa-alueisiin, tilata hakuvahteja, "
            "ilmoittautua tilaisuuksiin ja jättää pilottiehdotuksia."
        ),
        "body": [
            ("heading", {"text": "Miksi markkinavuoropuhelua?", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Hyvinvointialueen toimintakulut olivat vuonna 2024 yhteensä 903,2 "
                    "miljoonaa euroa. Niistä 36 % eli 328 miljoonaa euroa käytettiin palvelujen "
                    "ostoihin. Asiakasostopalveluja eli palveluja, jotka ulkopuolinen "
                    "palveluntuottaja tuottaa kokonaisuudessaan, ostettiin 176,2 miljoonalla "
                    "eurolla.</p>"
                    "<p>Haluamme, että hankintoihimme osallistuu mahdollisimman monta "
                    "palveluntuottajaa ja että palveluntuottajat kilpailevat sekä laadulla että "
                    "hinnalla. Siksi kerromme hankinnoista ajoissa, jaamme niitä osa-alueisiin ja "
                    "kuulemme palveluntuottajia jo ennen kilpailutusta.</p>"
                ),
            ),
            ("heading", {"text": "Näin pääset alkuun", "level": "h2"}),
            (
                "paragraph",
                (
                    "<ol>"
                    "<li>Luo käyttäjätili ja vahvista sähköpostiosoitteesi.</li>"
                    "<li>Perusta organisaatiollesi profiili Y-tunnuksella tai liity "
                    "organisaatioon, jolla on jo profiili portaalissa.</li>"
                    "<li>Seuraa tulevia hankintoja ja ilmaise kiinnostuksesi niihin osa-alueisiin, "
                    "joihin voisit tarjota palvelujasi.</li>"
                    "<li>Tilaa hakuvahti, niin saat sähköpostiisi tiedon uusista hankinnoista, "
                    "tilaisuuksista ja pilottihauista.</li></ol>"
                ),
            ),
            (
                "callout",
                {
                    "style": "info",
                    "title": "Uusi palveluntuottaja?",
                    "text": (
                        "<p>Järjestämme maksuttomia hankintakoulutuksia pienille ja keskisuurille "
                        "yrityksille, yhdistyksille ja järjestöille. Koulutuksissa opitaan muun "
                        "muassa lukemaan hankintailmoitusta ja laatimaan osatarjous yhteen "
                        "osa-alueeseen. Tulevat koulutukset löydät tapahtumista.</p>"
                    ),
                },
            ),
        ],
    },
    "sv": {
        "title": "Startsida",
        "hero_title": "Samarbete med tjänsteproducenterna – öppet och i god tid",
        "hero_text": (
            "Österbottens välfärdsområde köper varje år tjänster för över 300 miljoner euro. I den "
            "här portalen berättar vi om kommande upphandlingar och deras delområden redan innan "
            "de konkurrensutsätts, bjuder in tjänsteproducenter till marknadsdialog och "
            "utbildningar och öppnar pilotutlysningar för att testa nya serviceformer."
        ),
        "intro": (
            "Portalen är avsedd för företag, föreningar, organisationer och andra "
            "tjänsteproducenter som producerar eller vill producera social- och hälsovårdstjänster "
            "eller stödtjänster i Österbotten. Registrerade användare kan anmäla intresse för "
            "upphandlingar och delområden, beställa bevakningar, anmäla sig till evenemang och "
            "lämna in pilotförslag."
        ),
        "body": [
            ("heading", {"text": "Varför marknadsdialog?", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Välfärdsområdets verksamhetskostnader uppgick år 2024 till sammanlagt "
                    "903,2 miljoner euro. Av dem gick 36 %, det vill säga 328 miljoner euro, till "
                    "köp av tjänster. Kundköptjänster, alltså tjänster som helt och hållet "
                    "produceras av en utomstående tjänsteproducent, köptes för 176,2 miljoner "
                    "euro.</p>"
                    "<p>Vi vill att så många tjänsteproducenter som möjligt deltar i våra "
                    "upphandlingar och att de konkurrerar både med kvalitet och pris. Därför "
                    "informerar vi om upphandlingarna i god tid, delar in dem i delområden och "
                    "lyssnar på tjänsteproducenterna redan innan upphandlingen "
                    "konkurrensutsätts.</p>"
                ),
            ),
            ("heading", {"text": "Så kommer du i gång", "level": "h2"}),
            (
                "paragraph",
                (
                    "<ol>"
                    "<li>Skapa ett användarkonto och bekräfta din e-postadress.</li>"
                    "<li>Skapa en profil för din organisation med FO-nummer eller anslut dig till "
                    "en organisation som redan har en profil i portalen.</li>"
                    "<li>Följ kommande upphandlingar och anmäl intresse för de delområden där du "
                    "kunde lämna anbud.</li>"
                    "<li>Beställ en bevakning, så får du information om nya upphandlingar, "
                    "evenemang och pilotutlysningar per e-post.</li></ol>"
                ),
            ),
            (
                "callout",
                {
                    "style": "info",
                    "title": "Ny tjänsteproducent?",
                    "text": (
                        "<p>Vi ordnar avgiftsfria upphandlingsutbildningar för små och medelstora "
                        "företag, föreningar och organisationer. Under utbildningarna lär du dig "
                        "bland annat att läsa en upphandlingsannons och att lämna ett delanbud för "
                        "ett delområde. Kommande utbildningar hittar du bland evenemangen.</p>"
                    ),
                },
            ),
        ],
    },
    "en": {
        "title": "Home",
        "hero_title": "Working with service providers – openly and in good time",
        "hero_text": (
            "Every year the Wellbeing Services County of Ostrobothnia buys services worth more "
            "than 300 million euros. On this portal we tell you about upcoming procurements and "
            "their lots before they are put out to tender, invite service providers to market "
            "dialogue and training, and open pilot calls to test new forms of service."
        ),
        "intro": (
            "The portal is for companies, associations, organisations and other service providers "
            "who provide, or would like to provide, social and health services or support services "
            "in Ostrobothnia. Registered users can express interest in procurements and lots, "
            "subscribe to alerts, register for events and submit pilot proposals."
        ),
        "body": [
            ("heading", {"text": "Why market dialogue?", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>In 2024 the operating costs of the county totalled 903.2 million euros. Of "
                    "this, 36 %, or 328 million euros, was spent on purchased services. Client "
                    "services bought whole, that is, services produced entirely by an outside "
                    "service provider, accounted for 176.2 million euros.</p>"
                    "<p>We want as many service providers as possible to take part in our "
                    "procurements and to compete on both quality and price. That is why we "
                    "announce procurements in good time, split them into lots and listen to "
                    "service providers before we put a service out to tender.</p>"
                ),
            ),
            ("heading", {"text": "How to get started", "level": "h2"}),
            (
                "paragraph",
                (
                    "<ol>"
                    "<li>Create a user account and confirm your e-mail address.</li>"
                    "<li>Create a profile for your organisation with its business ID, or join an "
                    "organisation that already has a profile on the portal.</li>"
                    "<li>Follow upcoming procurements and express interest in the lots you could "
                    "bid for.</li>"
                    "<li>Subscribe to an alert to receive news of new procurements, events and "
                    "pilot calls by e-mail.</li></ol>"
                ),
            ),
            (
                "callout",
                {
                    "style": "info",
                    "title": "New service provider?",
                    "text": (
                        "<p>We hold free procurement training for small and medium-sized "
                        "enterprises, associations and organisations. You will learn, for example, "
                        "how to read a contract notice and how to submit a partial tender for one "
                        "lot. Upcoming training sessions are listed under events.</p>"
                    ),
                },
            ),
        ],
    },
}

CONTENT_PAGES = [
    {
        "key": "market-dialogue",
        "fi": {
            "slug": "markkinavuoropuhelu",
            "title": "Tietoa markkinavuoropuhelusta",
            "intro": (
                "Markkinavuoropuhelu on hyvinvointialueen ja palveluntuottajien avointa "
                "tiedonvaihtoa ennen hankintaa. Sen avulla hankinnat suunnitellaan niin, että ne "
                "vastaavat asukkaiden tarpeisiin ja että mahdollisimman moni palveluntuottaja voi "
                "osallistua niihin."
            ),
            "body": [
                ("heading", {"text": "Mitä markkinavuoropuhelu on?", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Hyvinvointialue vastaa siitä, että alueen asukkaat saavat "
                        "lakisääteiset sosiaali- ja terveyspalvelut yhdenvertaisesti. Palvelut "
                        "voidaan tuottaa itse tai hankkia palveluntuottajilta. Kun palvelu "
                        "päätetään hankkia, markkinavuoropuhelussa selvitetään ennen "
                        "kilpailutusta, mitä markkinoilla on tarjolla, millaisia ratkaisuja "
                        "palveluntuottajat ehdottavat ja millaiset vaatimukset ovat "
                        "realistisia.</p>"
                        "<p>Markkinavuoropuhelu voi olla esimerkiksi</p>"
                        "<ul>"
                        "<li>kaikille avoin info- tai keskustelutilaisuus paikan päällä tai "
                        "etäyhteydellä</li>"
                        "<li>kirjallinen tietopyyntö, johon palveluntuottajat vastaavat "
                        "määräaikaan mennessä</li>"
                        "<li>kahdenkeskiset tapaamiset, joihin kaikilla kiinnostuneilla on "
                        "yhtäläinen mahdollisuus</li>"
                        "<li>tarjouspyyntöluonnoksen kommentointi ennen hankintailmoituksen "
                        "julkaisemista.</li></ul>"
                    ),
                ),
                (
                    "heading",
                    {"text": "Miksi hyvinvointialue käy markkinavuoropuhelua?", "level": "h2"},
                ),
                (
                    "paragraph",
                    (
                        "<p>Pohjanmaan hyvinvointialueen toimintakulut olivat vuoden 2024 "
                        "tilinpäätöksessä 903,2 miljoonaa euroa. Toimintakuluista 36 % eli 328 "
                        "miljoonaa euroa oli palvelujen ostoja. Niistä 176,2 miljoonaa euroa oli "
                        "asiakasostopalveluja eli palveluja, joita hyvinvointialue ei tuota itse "
                        "ja jotka ulkopuolinen palveluntuottaja tuottaa kokonaisuudessaan. "
                        "Suurimmat asiakasostopalvelut olivat</p>"
                        "<ul>"
                        "<li>asumispalvelut (ikäihmiset, vammaiset sekä mielenterveys- ja "
                        "päihdeasiakkaat) 37 %</li>"
                        "<li>erikoissairaanhoito muilla hyvinvointialueilla ja valtion "
                        "sairaaloissa 32 %</li>"
                        "<li>sosiaalihuollon kotona asumisen tukipalvelut (kotihoito, "
                        "tukipalvelut, päivätoiminta, henkilökohtainen avustaja) 12 %</li>"
                        "<li>lastensuojelun sijoitukset 11 %.</li></ul>"
                        "<p>Monituottajamallissa hyvinvointialue on sitoutunut hyödyntämään "
                        "hyvinvointialueen, yritysten, yhdistysten ja järjestöjen vahvuuksia ja "
                        "varmistamaan, että palveluntuottajat osallistuvat hankintoihin "
                        "mahdollisimman laajasti. Kun palveluntuottajat kilpailevat sekä laadulla "
                        "että hinnalla, asukkaat saavat parempia palveluja ja yhteiset varat "
                        "käytetään tehokkaasti. Markkinavuoropuhelu lisää myös molemminpuolista "
                        "ymmärrystä osapuolten tarpeista, mahdollisuuksista ja odotuksista.</p>"
                    ),
                ),
                ("heading", {"text": "Mitä teemme vuosina 2026–2029", "level": "h3"}),
                (
                    "paragraph",
                    (
                        "<ul>"
                        "<li>Markkinoimme hankintojamme ja tiedotamme niistä aiempaa enemmän, "
                        "jotta saamme laatu- ja hintakilpailua.</li>"
                        "<li>Julkaisemme hankintakalenterin ja ennakkoilmoitukset hyvissä "
                        "ajoin.</li>"
                        "<li>Jaamme hankinnat osa-alueisiin, joihin myös pk-yritykset, yhdistykset "
                        "ja järjestöt voivat tarjota.</li>"
                        "<li>Kerromme palveluntuottajille julkisten hankintojen koulutuksista ja "
                        "järjestämme niitä myös itse.</li>"
                        "<li>Kokeilemme uusia palvelumuotoja yhdessä palveluntuottajien kanssa "
                        "”Miten Pohjanmaa voi” -raportin pohjalta.</li>"
                        "<li>Laadimme tuotantotapa-analyysit strategisille palveluille: "
                        "ikääntyneiden asumispalveluille, lastensuojelun palveluille ja "
                        "lääkäripalveluille.</li>"
                        "<li>Seuraamme ostopalvelujen käyttöä kuukausittain oman tuotannon "
                        "rinnalla.</li></ul>"
                    ),
                ),
                ("heading", {"text": "Näin osallistut", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<ol>"
                        "<li>Rekisteröidy portaaliin ja luo organisaatiollesi profiili.</li>"
                        "<li>Seuraa hankintakalenteria ja tulevia hankintoja. Voit tilata "
                        "hakuvahdin palvelualueen, kunnan tai CPV-koodin mukaan.</li>"
                        "<li>Ilmaise kiinnostuksesi hankintaan ja valitse osa-alueet, jotka sinua "
                        "kiinnostavat. Näin tiedämme, millaisia palveluntuottajia alueella on, ja "
                        "saat tiedon hankinnan seuraavista vaiheista.</li>"
                        "<li>Ilmoittaudu markkinavuoropuhelun tilaisuuksiin ja vastaa "
                        "tietopyyntöihin.</li>"
                        "<li>Kun hankintailmoitus on julkaistu, jätä tarjous hankintailmoituksessa "
                        "kerrotulla tavalla.</li></ol>"
                    ),
                ),
                (
                    "callout",
                    {
                        "style": "important",
                        "title": "Markkinavuoropuhelu ei ole tarjouskilpailu",
                        "text": (
                            "<p>Markkinavuoropuheluun osallistuminen tai osallistumatta jättäminen "
                            "ei vaikuta tarjousten arviointiin. Kaikki tieto, jonka annamme "
                            "hankinnasta yhdelle palveluntuottajalle, julkaistaan kaikille. Jos "
                            "annat kirjallisessa vastauksessa liike- tai ammattisalaisuuksia, "
                            "merkitse ne selvästi.</p>"
                        ),
                    },
                ),
                ("heading", {"text": "Osa-alueet pk-yrityksille ja yhdistyksille", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Jaamme hankinnat osa-alueisiin aina, kun se on palvelun kannalta "
                        "järkevää. Osa-alue voi olla esimerkiksi kunta tai kuntaryhmä, "
                        "asiakasryhmä, palvelun kieli tai palvelun osa, kuten päivätoiminta tai "
                        "tukipalvelut. Hyvinvointialueeseen kuuluu 14 kuntaa Kristiinankaupungista "
                        "Kruunupyyhyn, eikä tarjoajan tarvitse pystyä tuottamaan palvelua koko "
                        "alueella: osatarjouksen voi jättää vain yhteen osa-alueeseen.</p>"
                        "<p>Mitoitamme kilpailutukset niin, että myös pienten ja keskisuurten "
                        "yritysten sekä yhdistysten ja järjestöjen kapasiteetti voidaan hyödyntää. "
                        "Pienet toimijat voivat myös tehdä yhteistarjouksen tai toimia toisen "
                        "tarjoajan alihankkijana. Hankintailmoituksessa kerrotaan aina, mihin "
                        "osa-alueisiin hankinta jakautuu ja voiko tarjouksen jättää useampaan "
                        "osa-alueeseen.</p>"
                    ),
                ),
                ("heading", {"text": "Yhteystiedot", "level": "h2"}),
                (
                    "contact",
                    {
                        "name": "Anna Ketola",
                        "role": "Hankinta-asiantuntija",
                        "unit": "Hankintayksikkö",
                        "phone": "+358 40 000 1001",
                        "email": "anna.ketola@example.fi",
                    },
                ),
            ],
        },
        "sv": {
            "slug": "marknadsdialog",
            "title": "Om marknadsdialog",
            "intro": (
                "Marknadsdialog är ett öppet informationsutbyte mellan välfärdsområdet och "
                "tjänsteproducenterna före en upphandling. Med hjälp av den planeras "
                "upphandlingarna så att de motsvarar invånarnas behov och så att så många "
                "tjänsteproducenter som möjligt kan delta i dem."
            ),
            "body": [
                ("heading", {"text": "Vad är marknadsdialog?", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Välfärdsområdet ansvarar för att invånarna i området har lika tillgång "
                        "till lagstadgade social- och hälsovårdstjänster. Tjänsterna kan "
                        "produceras i egen regi eller skaffas från tjänsteproducenter. När man "
                        "beslutat att köpa en tjänst utreder man i marknadsdialogen, innan "
                        "tjänsten konkurrensutsätts, vad som finns på marknaden, vilka lösningar "
                        "tjänsteproducenterna föreslår och vilka krav som är realistiska.</p>"
                        "<p>Marknadsdialog kan till exempel vara</p>"
                        "<ul>"
                        "<li>ett informations- eller diskussionsmöte som är öppet för alla, på "
                        "plats eller på distans</li>"
                        "<li>en skriftlig begäran om information som tjänsteproducenterna besvarar "
                        "inom en viss tid</li>"
                        "<li>individuella möten som alla intresserade har samma möjlighet att "
                        "delta i</li>"
                        "<li>kommentarer på ett utkast till anbudsförfrågan innan "
                        "upphandlingsannonsen publiceras.</li></ul>"
                    ),
                ),
                (
                    "heading",
                    {"text": "Varför ordnar välfärdsområdet marknadsdialog?", "level": "h2"},
                ),
                (
                    "paragraph",
                    (
                        "<p>Österbottens välfärdsområdes verksamhetskostnader uppgick till 903,2 "
                        "miljoner euro i bokslutet för år 2024. Köpen av tjänster utgjorde 36 % av "
                        "verksamhetskostnaderna, det vill säga 328 miljoner euro. Av dem var 176,2 "
                        "miljoner euro kundköptjänster, alltså tjänster som välfärdsområdet inte "
                        "producerar själv och som helt och hållet produceras av en utomstående "
                        "tjänsteproducent. De största kundköptjänsterna var</p>"
                        "<ul>"
                        "<li>boendeservice (äldre personer, personer med funktionsnedsättning, "
                        "klienter inom mental- och missbrukarvården) 37 %</li>"
                        "<li>specialiserad sjukvård i andra välfärdsområden och på statliga "
                        "sjukhus 32 %</li>"
                        "<li>socialvårdens tjänster som stöder hemmaboende (hemvård, stödtjänster, "
                        "dagverksamhet, personlig assistent) 12 %</li>"
                        "<li>placeringar inom barnskyddet 11 %.</li></ul>"
                        "<p>I flerproducentmodellen har välfärdsområdet förbundit sig att dra "
                        "nytta av styrkorna hos välfärdsområdet, företag, föreningar och "
                        "organisationer och att säkerställa att tjänsteproducenterna i så stor "
                        "utsträckning som möjligt deltar i upphandlingarna. När "
                        "tjänsteproducenterna konkurrerar både med kvalitet och pris får invånarna "
                        "bättre tjänster och de gemensamma medlen används effektivt. "
                        "Marknadsdialogen ökar också den ömsesidiga förståelsen för parternas "
                        "behov, möjligheter och förväntningar.</p>"
                    ),
                ),
                ("heading", {"text": "Vad vi gör 2026–2029", "level": "h3"}),
                (
                    "paragraph",
                    (
                        "<ul>"
                        "<li>Vi ökar marknadsföringen av och informationen om våra upphandlingar "
                        "för att få konkurrens om pris och kvalitet.</li>"
                        "<li>Vi publicerar upphandlingskalendern och förhandsannonserna i god "
                        "tid.</li>"
                        "<li>Vi delar in upphandlingarna i delområden där också smf, föreningar "
                        "och organisationer kan lämna anbud.</li>"
                        "<li>Vi informerar tjänsteproducenterna om utbildningar i offentlig "
                        "upphandling och ordnar också egna utbildningar.</li>"
                        "<li>Vi testar nya serviceformer tillsammans med tjänsteproducenterna "
                        "utifrån rapporten ”Hur mår Österbotten”.</li>"
                        "<li>Vi analyserar produktionssätten för de strategiska tjänsterna: "
                        "boendeservice för äldre, barnskyddets tjänster och läkartjänster.</li>"
                        "<li>Vi följer upp användningen av köptjänster varje månad vid sidan av "
                        "den egna produktionen.</li></ul>"
                    ),
                ),
                ("heading", {"text": "Så deltar du", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<ol>"
                        "<li>Registrera dig i portalen och skapa en profil för din "
                        "organisation.</li>"
                        "<li>Följ upphandlingskalendern och kommande upphandlingar. Du kan "
                        "beställa en bevakning per serviceområde, kommun eller CPV-kod.</li>"
                        "<li>Anmäl intresse för en upphandling och välj de delområden som "
                        "intresserar dig. Då vet vi vilka tjänsteproducenter som finns i området, "
                        "och du får information om upphandlingens följande skeden.</li>"
                        "<li>Anmäl dig till tillfällen för marknadsdialog och besvara begäranden "
                        "om information.</li>"
                        "<li>När upphandlingsannonsen har publicerats lämnar du ditt anbud på det "
                        "sätt som anges i annonsen.</li></ol>"
                    ),
                ),
                (
                    "callout",
                    {
                        "style": "important",
                        "title": "Marknadsdialog är inte en anbudstävling",
                        "text": (
                            "<p>Det påverkar inte bedömningen av anbuden om du deltar i "
                            "marknadsdialogen eller inte. All information som vi ger en "
                            "tjänsteproducent om en upphandling publiceras för alla. Om ditt "
                            "skriftliga svar innehåller affärs- eller yrkeshemligheter ska du "
                            "märka ut dem tydligt.</p>"
                        ),
                    },
                ),
                ("heading", {"text": "Delområden för smf och föreningar", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Vi delar in upphandlingarna i delområden alltid när det är "
                        "ändamålsenligt med tanke på tjänsten. Ett delområde kan till exempel vara "
                        "en kommun eller en grupp av kommuner, en klientgrupp, tjänstens språk "
                        "eller en del av tjänsten, som dagverksamhet eller stödtjänster. "
                        "Välfärdsområdet består av 14 kommuner från Kristinestad till Kronoby, och "
                        "anbudsgivaren behöver inte kunna producera tjänsten i hela området: ett "
                        "delanbud kan gälla bara ett delområde.</p>"
                        "<p>Vi dimensionerar upphandlingarna så att också små och medelstora "
                        "företag, föreningar och organisationer kan bidra med sin kapacitet. "
                        "Mindre aktörer kan också lämna ett gemensamt anbud eller vara "
                        "underleverantör till en annan anbudsgivare. I upphandlingsannonsen anges "
                        "alltid vilka delområden upphandlingen är indelad i och om man kan lämna "
                        "anbud på flera delområden.</p>"
                    ),
                ),
                ("heading", {"text": "Kontaktuppgifter", "level": "h2"}),
                (
                    "contact",
                    {
                        "name": "Anna Ketola",
                        "role": "Upphandlingsexpert",
                        "unit": "Upphandlingsenheten",
                        "phone": "+358 40 000 1001",
                        "email": "anna.ketola@example.fi",
                    },
                ),
            ],
        },
        "en": {
            "slug": "market-dialogue",
            "title": "About market dialogue",
            "intro": (
                "Market dialogue is an open exchange of information between the county and service "
                "providers before a procurement. It helps us plan procurements that meet "
                "residents' needs and that as many service providers as possible can take part in."
            ),
            "body": [
                ("heading", {"text": "What is market dialogue?", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>The wellbeing services county is responsible for ensuring that "
                        "residents have equal access to statutory social and health services. The "
                        "county can provide the services itself or buy them from service "
                        "providers. Once it has been decided to buy a service, market dialogue is "
                        "used before the tendering to find out what the market offers, what "
                        "solutions service providers propose and which requirements are "
                        "realistic.</p>"
                        "<p>Market dialogue can take the form of, for example,</p>"
                        "<ul>"
                        "<li>an information or discussion event open to everyone, on site or "
                        "online</li>"
                        "<li>a written request for information that service providers answer by a "
                        "set deadline</li>"
                        "<li>one-to-one meetings that every interested party has the same "
                        "opportunity to attend</li>"
                        "<li>comments on a draft of the tender documents before the contract "
                        "notice is published.</li></ul>"
                    ),
                ),
                ("heading", {"text": "Why does the county hold market dialogue?", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>According to the financial statements for 2024, the operating costs of "
                        "the Wellbeing Services County of Ostrobothnia were 903.2 million euros. "
                        "Purchased services made up 36 % of operating costs, or 328 million euros. "
                        "Of this, 176.2 million euros went on client services bought whole, that "
                        "is, services that the county does not produce itself and that are "
                        "produced entirely by an outside service provider. The largest of these "
                        "were</p>"
                        "<ul>"
                        "<li>housing services (older people, people with disabilities, "
                        "mental-health and substance-abuse clients) 37 %</li>"
                        "<li>specialised medical care in other counties and in state hospitals 32 "
                        "%</li>"
                        "<li>social-welfare services that support living at home (home care, "
                        "support services, day activities, personal assistants) 12 %</li>"
                        "<li>child-welfare placements 11 %.</li></ul>"
                        "<p>In its multi-producer model the county has committed itself to drawing "
                        "on the strengths of the county, companies, associations and "
                        "organisations, and to ensuring that as many service providers as possible "
                        "take part in its procurements. When providers compete on both quality and "
                        "price, residents get better services and public money is used "
                        "efficiently. Market dialogue also improves mutual understanding of each "
                        "party's needs, possibilities and expectations.</p>"
                    ),
                ),
                ("heading", {"text": "What we are doing in 2026–2029", "level": "h3"}),
                (
                    "paragraph",
                    (
                        "<ul>"
                        "<li>We market and announce our procurements more widely to attract "
                        "competition on quality and price.</li>"
                        "<li>We publish the procurement calendar and prior information notices in "
                        "good time.</li>"
                        "<li>We split procurements into lots that SMEs, associations and "
                        "organisations can also bid for.</li>"
                        "<li>We tell service providers about training in public procurement and "
                        "organise training ourselves.</li>"
                        "<li>We pilot new forms of service with service providers, based on the "
                        "report “How is Ostrobothnia doing”.</li>"
                        "<li>We carry out production-mode analyses for strategic services: housing "
                        "services for older people, child-welfare services and doctor "
                        "services.</li>"
                        "<li>We follow the use of purchased services monthly alongside the "
                        "county's own production.</li></ul>"
                    ),
                ),
                ("heading", {"text": "How to take part", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<ol>"
                        "<li>Register on the portal and create a profile for your "
                        "organisation.</li>"
                        "<li>Follow the procurement calendar and upcoming procurements. You can "
                        "subscribe to alerts by service area, municipality or CPV code.</li>"
                        "<li>Express interest in a procurement and choose the lots that interest "
                        "you. This tells us which service providers are active in the region, and "
                        "you will be informed of the next stages of the procurement.</li>"
                        "<li>Register for market-dialogue events and answer requests for "
                        "information.</li>"
                        "<li>Once the contract notice has been published, submit your tender as "
                        "the notice instructs.</li></ol>"
                    ),
                ),
                (
                    "callout",
                    {
                        "style": "important",
                        "title": "Market dialogue is not a competition",
                        "text": (
                            "<p>Taking part in market dialogue, or not taking part, has no effect "
                            "on how tenders are evaluated. Any information we give one service "
                            "provider about a procurement is published to everyone. If your "
                            "written answer contains trade secrets, mark them clearly.</p>"
                        ),
                    },
                ),
                ("heading", {"text": "Lots for SMEs and associations", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>We split procurements into lots whenever it makes sense for the "
                        "service. A lot can be, for example, a municipality or group of "
                        "municipalities, a client group, the language of the service or part of a "
                        "service, such as day activities or support services. The county covers 14 "
                        "municipalities from Kristiinankaupunki (Kristinestad) to Kruunupyy "
                        "(Kronoby), and a tenderer does not need to be able to provide the service "
                        "across the whole region: a partial tender can cover a single lot.</p>"
                        "<p>We size our tenders so that small and medium-sized enterprises, "
                        "associations and organisations can also contribute their capacity. "
                        "Smaller providers can also submit a joint tender or act as a "
                        "subcontractor to another tenderer. The contract notice always states "
                        "which lots the procurement is divided into and whether you may bid for "
                        "more than one.</p>"
                    ),
                ),
                ("heading", {"text": "Contact", "level": "h2"}),
                (
                    "contact",
                    {
                        "name": "Anna Ketola",
                        "role": "Procurement specialist",
                        "unit": "Procurement unit",
                        "phone": "+358 40 000 1001",
                        "email": "anna.ketola@example.fi",
                    },
                ),
            ],
        },
        "children": [
            {
                "key": "procurement-training",
                "fi": {
                    "slug": "hankintakoulutus",
                    "title": "Hankintakoulutus palveluntuottajille",
                    "intro": (
                        "Järjestämme palveluntuottajille maksuttomia koulutuksia julkisista "
                        "hankinnoista. Koulutukset on tarkoitettu erityisesti pienille ja "
                        "keskisuurille yrityksille, yhdistyksille ja järjestöille, joille julkiset "
                        "hankinnat ovat vielä uusia."
                    ),
                    "body": [
                        ("heading", {"text": "Kenelle koulutukset on tarkoitettu?", "level": "h2"}),
                        (
                            "paragraph",
                            (
                                "<p>Koulutukset ovat avoimia kaikille palveluntuottajille. "
                                "Toivomme mukaan erityisesti</p>"
                                "<ul>"
                                "<li>pieniä ja keskisuuria yrityksiä sekä itsenäisiä "
                                "ammatinharjoittajia</li>"
                                "<li>yhdistyksiä, järjestöjä ja yhteiskunnallisia yrityksiä</li>"
                                "<li>palveluntuottajia, jotka eivät ole aiemmin jättäneet "
                                "tarjousta hyvinvointialueelle</li>"
                                "<li>palvelusetelituottajiksi aikovia.</li></ul>"
                                "<p>Koulutukset ovat maksuttomia. Ne järjestetään suomeksi ja "
                                "ruotsiksi joko paikan päällä eri puolilla Pohjanmaata tai "
                                "etäyhteydellä.</p>"
                            ),
                        ),
                        ("heading", {"text": "Koulutusten sisältö", "level": "h2"}),
                        ("heading", {"text": "Julkisten hankintojen perusteet", "level": "h3"}),
                        (
                            "paragraph",
                            (
                                "<p>Miten hankintalaki ohjaa hyvinvointialueen ostoja, mitä "
                                "kynnysarvot ovat ja miten hankintamenettelyt eroavat toisistaan "
                                "(avoin menettely, rajoitettu menettely, neuvottelumenettely). "
                                "Mistä tulevista hankinnoista saa tietoa: hankintakalenteri, "
                                "ennakkoilmoitukset ja tämä portaali.</p>"
                            ),
                        ),
                        (
                            "heading",
                            {
                                "text": "Hankintailmoituksen ja tarjouspyynnön lukeminen",
                                "level": "h3",
                            },
                        ),
                        (
                            "paragraph",
                            (
                                "<p>Mistä hankintailmoituksesta löytyvät hankinnan kohde, "
                                "osa-alueet, ennakoitu arvo, sopimuskausi ja tarjousten jättöaika. "
                                "Miten tarjouspyynnön soveltuvuusvaatimukset, palvelun "
                                "vähimmäisvaatimukset ja vertailuperusteet luetaan ja miten "
                                "lisäkysymykset esitetään määräaikaan mennessä.</p>"
                            ),
                        ),
                        ("heading", {"text": "Osatarjous yhteen osa-alueeseen", "level": "h3"}),
                        (
                            "paragraph",
                            (
                                "<p>Miten tarjouksen voi rajata yhteen osa-alueeseen, miten oma "
                                "kapasiteetti arvioidaan ja kuvataan, milloin kannattaa tehdä "
                                "yhteistarjous tai käyttää alihankkijaa ja mitkä ovat yleisimmät "
                                "syyt siihen, että tarjous suljetaan kilpailun ulkopuolelle.</p>"
                            ),
                        ),
                        ("heading", {"text": "Palvelusetelituottajaksi", "level": "h3"}),
                        (
                            "paragraph",
                            (
                                "<p>Mitä palvelusetelituottajalta edellytetään, miten hyväksymistä "
                                "haetaan, mitä palvelusetelin sääntökirjassa sanotaan ja miten "
                                "palvelu laskutetaan hyvinvointialueelta ja asiakkaalta.</p>"
                            ),
                        ),
                        ("heading", {"text": "Sopimuskausi ja yhteistyö", "level": "h3"}),
                        (
                            "paragraph",
                            (
                                "<p>Mitä tapahtuu, kun sopimus on allekirjoitettu: raportointi, "
                                "sopimusseuranta, omavalvonta, laadun valvonta ja yhteistyö "
                                "hyvinvointialueen yhteyshenkilöiden kanssa.</p>"
                            ),
                        ),
                        (
                            "callout",
                            {
                                "style": "info",
                                "title": "Ilmoittautuminen koulutuksiin",
                                "text": (
                                    "<p>Tulevat koulutukset julkaistaan portaalin tapahtumissa. "
                                    "Ilmoittaudu koulutukseen kirjautumalla portaaliin. Jos "
                                    "koulutus on täynnä, voit ilmoittautua varalistalle; saat "
                                    "viestin, jos paikka vapautuu.</p>"
                                ),
                            },
                        ),
                        ("heading", {"text": "Muiden järjestämät koulutukset", "level": "h2"}),
                        (
                            "paragraph",
                            (
                                "<p>Kerromme portaalin uutisissa myös muiden järjestämistä "
                                "julkisten hankintojen koulutuksista, esimerkiksi "
                                "yrittäjäjärjestöjen ja alueen kehittämisyhtiöiden tilaisuuksista. "
                                "Seuraamme omien koulutustemme toteutumista ja osallistujamääriä "
                                "osana monituottajamallin tavoitteita, ja osallistujien palaute "
                                "auttaa meitä kehittämään koulutuksia.</p>"
                            ),
                        ),
                        (
                            "contact",
                            {
                                "name": "Johan Ekholm",
                                "role": "Hankinta-asiantuntija, koulutukset",
                                "unit": "Hankintayksikkö",
                                "phone": "+358 40 000 1002",
                                "email": "johan.ekholm@example.fi",
                            },
                        ),
                    ],
                },
                "sv": {
                    "slug": "upphandlingsutbildning",
                    "title": "Upphandlingsutbildning för tjänsteproducenter",
                    "intro": (
                        "Vi ordnar avgiftsfria utbildningar i offentlig upphandling för "
                        "tjänsteproducenter. Utbildningarna är avsedda särskilt för små och "
                        "medelstora företag, föreningar och organisationer som ännu inte är vana "
                        "vid offentliga upphandlingar."
                    ),
                    "body": [
                        ("heading", {"text": "Vem är utbildningarna avsedda för?", "level": "h2"}),
                        (
                            "paragraph",
                            (
                                "<p>Utbildningarna är öppna för alla tjänsteproducenter. Vi hoppas "
                                "särskilt att följande deltar:</p>"
                                "<ul>"
                                "<li>små och medelstora företag samt självständiga "
                                "yrkesutövare</li>"
                                "<li>föreningar, organisationer och sociala företag</li>"
                                "<li>tjänsteproducenter som inte tidigare har lämnat anbud till "
                                "välfärdsområdet</li>"
                                "<li>blivande servicesedelproducenter.</li></ul>"
                                "<p>Utbildningarna är avgiftsfria. De ordnas på svenska och "
                                "finska, antingen på plats på olika orter i Österbotten eller på "
                                "distans.</p>"
                            ),
                        ),
                        ("heading", {"text": "Utbildningarnas innehåll", "level": "h2"}),
                        ("heading", {"text": "Grunderna i offentlig upphandling", "level": "h3"}),
                        (
                            "paragraph",
                            (
                                "<p>Hur upphandlingslagen styr välfärdsområdets köp, vad "
                                "tröskelvärdena är och hur upphandlingsförfarandena skiljer sig "
                                "från varandra (öppet förfarande, selektivt förfarande, förhandlat "
                                "förfarande). Var man får information om kommande upphandlingar: "
                                "upphandlingskalendern, förhandsannonserna och den här "
                                "portalen.</p>"
                            ),
                        ),
                        (
                            "heading",
                            {
                                "text": "Att läsa upphandlingsannonsen och anbudsförfrågan",
                                "level": "h3",
                            },
                        ),
                        (
                            "paragraph",
                            (
                                "<p>Var i upphandlingsannonsen man hittar föremålet för "
                                "upphandlingen, delområdena, det uppskattade värdet, "
                                "avtalsperioden och sista dag för anbud. Hur man läser "
                                "lämplighetskraven, minimikraven på tjänsten och "
                                "jämförelsegrunderna i anbudsförfrågan och hur man ställer "
                                "tilläggsfrågor inom utsatt tid.</p>"
                            ),
                        ),
                        ("heading", {"text": "Delanbud för ett delområde", "level": "h3"}),
                        (
                            "paragraph",
                            (
                                "<p>Hur man begränsar anbudet till ett delområde, hur man bedömer "
                                "och beskriver sin kapacitet, när det lönar sig att lämna ett "
                                "gemensamt anbud eller anlita en underleverantör och vilka de "
                                "vanligaste orsakerna är till att ett anbud "
                                "förkastas.</p>"
                            ),
                        ),
                        ("heading", {"text": "Att bli servicesedelproducent", "level": "h3"}),
                        (
                            "paragraph",
                            (
                                "<p>Vad som krävs av en servicesedelproducent, hur man ansöker om "
                                "godkännande, vad som står i regelboken för servicesedeln och hur "
                                "man fakturerar välfärdsområdet och klienten för tjänsten.</p>"
                            ),
                        ),
                        ("heading", {"text": "Avtalsperioden och samarbetet", "level": "h3"}),
                        (
                            "paragraph",
                            (
                                "<p>Vad som händer när avtalet har undertecknats: rapportering, "
                                "avtalsuppföljning, egenkontroll, kvalitetstillsyn och samarbete "
                                "med välfärdsområdets kontaktpersoner.</p>"
                            ),
                        ),
                        (
                            "callout",
                            {
                                "style": "info",
                                "title": "Anmälan till utbildningarna",
                                "text": (
                                    "<p>Kommande utbildningar publiceras bland portalens "
                                    "evenemang. Anmäl dig till en utbildning genom att logga in i "
                                    "portalen. Om utbildningen är fullbokad kan du anmäla dig till "
                                    "reservlistan; du får ett meddelande om en plats blir "
                                    "ledig.</p>"
                                ),
                            },
                        ),
                        ("heading", {"text": "Utbildningar som andra ordnar", "level": "h2"}),
                        (
                            "paragraph",
                            (
                                "<p>I portalens nyheter berättar vi också om utbildningar i "
                                "offentlig upphandling som andra ordnar, till exempel "
                                "företagarorganisationer och regionala utvecklingsbolag. Vi följer "
                                "upp hur våra egna utbildningar genomförs och hur många som deltar "
                                "som en del av målen i flerproducentmodellen, och deltagarnas "
                                "respons hjälper oss att utveckla utbildningarna.</p>"
                            ),
                        ),
                        (
                            "contact",
                            {
                                "name": "Johan Ekholm",
                                "role": "Upphandlingsexpert, utbildningar",
                                "unit": "Upphandlingsenheten",
                                "phone": "+358 40 000 1002",
                                "email": "johan.ekholm@example.fi",
                            },
                        ),
                    ],
                },
                "en": {
                    "slug": "procurement-training",
                    "title": "Procurement training for service providers",
                    "intro": (
                        "We offer service providers free training in public procurement. The "
                        "training is aimed especially at small and medium-sized enterprises, "
                        "associations and organisations that are new to public procurement."
                    ),
                    "body": [
                        ("heading", {"text": "Who is the training for?", "level": "h2"}),
                        (
                            "paragraph",
                            (
                                "<p>The training is open to all service providers. We particularly "
                                "welcome</p>"
                                "<ul>"
                                "<li>small and medium-sized enterprises and self-employed "
                                "professionals</li>"
                                "<li>associations, organisations and social enterprises</li>"
                                "<li>service providers that have not bid for the county's "
                                "contracts before</li>"
                                "<li>providers planning to become service voucher producers.</li>"
                                "</ul>"
                                "<p>The training is free of charge. Sessions are held in Finnish "
                                "and Swedish, either on site in different parts of Ostrobothnia or "
                                "online.</p>"
                            ),
                        ),
                        ("heading", {"text": "What the training covers", "level": "h2"}),
                        ("heading", {"text": "Basics of public procurement", "level": "h3"}),
                        (
                            "paragraph",
                            (
                                "<p>How the Procurement Act governs the county's purchases, what "
                                "the thresholds are and how the procedures differ (open procedure, "
                                "restricted procedure, negotiated procedure). Where to find "
                                "information about upcoming procurements: the procurement "
                                "calendar, prior information notices and this portal.</p>"
                            ),
                        ),
                        (
                            "heading",
                            {
                                "text": "Reading a contract notice and tender documents",
                                "level": "h3",
                            },
                        ),
                        (
                            "paragraph",
                            (
                                "<p>Where a contract notice states the subject of the procurement, "
                                "the lots, the estimated value, the contract period and the tender "
                                "deadline. How to read the suitability requirements, the minimum "
                                "requirements for the service and the award criteria in the tender "
                                "documents, and how to submit questions before the deadline.</p>"
                            ),
                        ),
                        ("heading", {"text": "Bidding for one lot", "level": "h3"}),
                        (
                            "paragraph",
                            (
                                "<p>How to limit your tender to a single lot, how to assess and "
                                "describe your capacity, when a joint tender or a subcontractor "
                                "makes sense, and the most common reasons why a tender is "
                                "excluded.</p>"
                            ),
                        ),
                        ("heading", {"text": "Becoming a service voucher producer", "level": "h3"}),
                        (
                            "paragraph",
                            (
                                "<p>What is required of a service voucher producer, how to apply "
                                "for approval, what the service voucher rulebook says and how the "
                                "service is invoiced to the county and to the client.</p>"
                            ),
                        ),
                        (
                            "heading",
                            {"text": "The contract period and working together", "level": "h3"},
                        ),
                        (
                            "paragraph",
                            (
                                "<p>What happens once the contract has been signed: reporting, "
                                "contract monitoring, self-monitoring, quality supervision and "
                                "cooperation with the county's contact persons.</p>"
                            ),
                        ),
                        (
                            "callout",
                            {
                                "style": "info",
                                "title": "Registering for training",
                                "text": (
                                    "<p>Upcoming training sessions are published under the "
                                    "portal's events. Log in to the portal to register. If a "
                                    "session is full, you can join the waiting list; we will let "
                                    "you know if a place becomes available.</p>"
                                ),
                            },
                        ),
                        ("heading", {"text": "Training organised by others", "level": "h2"}),
                        (
                            "paragraph",
                            (
                                "<p>In the portal's news we also tell you about public-procurement "
                                "training organised by others, such as entrepreneurs' associations "
                                "and regional development companies. We follow how our own "
                                "training is delivered and how many people take part as part of "
                                "the goals of the multi-producer model, and participants' feedback "
                                "helps us improve it.</p>"
                            ),
                        ),
                        (
                            "contact",
                            {
                                "name": "Johan Ekholm",
                                "role": "Procurement specialist, training",
                                "unit": "Procurement unit",
                                "phone": "+358 40 000 1002",
                                "email": "johan.ekholm@example.fi",
                            },
                        ),
                    ],
                },
            },
            {
                "key": "contract-types",
                "fi": {
                    "slug": "sopimustyypit",
                    "title": "Sopimustyypit",
                    "intro": (
                        "Hyvinvointialue ostaa palveluja eri sopimustyypeillä. Sopimustyyppi "
                        "valitaan palvelun, asiakkaiden tarpeiden ja markkinatilanteen mukaan, kun "
                        "tuotantotapaa analysoidaan ja hankintaa suunnitellaan."
                    ),
                    "body": [
                        (
                            "paragraph",
                            (
                                "<p>Tällä sivulla kuvataan lyhyesti hyvinvointialueen käyttämät "
                                "sopimustyypit. Kunkin hankinnan sopimustyyppi ja ehdot kerrotaan "
                                "aina hankintailmoituksessa ja tarjouspyynnössä.</p>"
                            ),
                        ),
                        ("heading", {"text": "Maksusitoumus", "level": "h2"}),
                        (
                            "paragraph",
                            (
                                "<p>Maksusitoumuksella hyvinvointialue sitoutuu maksamaan "
                                "palveluntuottajalle yksittäisen asiakkaan palvelun sovitun ajan "
                                "ja laajuuden mukaisesti. Maksusitoumus perustuu asiakkaan "
                                "palvelutarpeen arviointiin ja palvelupäätökseen. Sitä käytetään "
                                "esimerkiksi silloin, kun asiakkaan tarpeeseen ei löydy sopivaa "
                                "palvelua omasta tuotannosta tai voimassa olevista sopimuksista. "
                                "Myös maksusitoumuksella tehtävissä ostoissa noudatetaan "
                                "hankintalakia.</p>"
                            ),
                        ),
                        ("heading", {"text": "Puitesopimus", "level": "h2"}),
                        (
                            "paragraph",
                            (
                                "<p>Puitesopimus solmitaan kilpailutuksen perusteella yhden tai "
                                "useamman palveluntuottajan kanssa määräajaksi, tavallisesti "
                                "enintään neljäksi vuodeksi. Puitesopimuksessa sovitaan ehdoista, "
                                "kuten laadusta ja hinnoista, mutta ei sitovista ostomääristä. "
                                "Sopimuskauden aikana palvelu tilataan puitejärjestelyyn "
                                "kuuluvilta palveluntuottajilta tarjouspyynnössä kerrotulla "
                                "tavalla, esimerkiksi etusijajärjestyksessä tai kevennetyllä "
                                "kilpailutuksella.</p>"
                            ),
                        ),
                        ("heading", {"text": "Dynaaminen hankintajärjestelmä", "level": "h2"}),
                        (
                            "paragraph",
                            (
                                "<p>Dynaaminen hankintajärjestelmä on sähköinen hankintamenettely, "
                                "joka on avoinna koko voimassaoloaikansa. Jokainen "
                                "palveluntuottaja, joka täyttää soveltuvuusvaatimukset, voi hakea "
                                "järjestelmään milloin tahansa eikä vain hankinnan alussa. "
                                "Yksittäiset hankinnat kilpailutetaan järjestelmään hyväksyttyjen "
                                "palveluntuottajien kesken. Malli sopii hyvin uusille ja pienille "
                                "palveluntuottajille, koska järjestelmään voi liittyä "
                                "myöhemminkin.</p>"
                            ),
                        ),
                        ("heading", {"text": "Palveluseteli", "level": "h2"}),
                        (
                            "paragraph",
                            (
                                "<p>Palvelusetelillä asiakas valitsee palveluntuottajan "
                                "hyvinvointialueen hyväksymien palvelusetelituottajien joukosta. "
                                "Hyvinvointialue maksaa palvelusta setelin arvon, ja asiakas "
                                "maksaa mahdollisen omavastuuosuuden. Palvelusetelituottajaksi "
                                "haetaan hakemuksella, ja hakija hyväksytään, kun se täyttää "
                                "palvelusetelin sääntökirjan vaatimukset. Palvelusetelituottajia "
                                "ei kilpailuteta, ja uusia tuottajia voidaan hyväksyä "
                                "jatkuvasti.</p>"
                            ),
                        ),
                        ("heading", {"text": "Allianssimalli", "level": "h2"}),
                        (
                            "paragraph",
                            (
                                "<p>Allianssimallissa hyvinvointialue ja yksi tai useampi "
                                "palveluntuottaja muodostavat yhteisen organisaation, jolla on "
                                "yhteiset tavoitteet ja jossa riskit ja hyödyt jaetaan. Päätökset "
                                "tehdään yhdessä, ja kustannukset ovat avoimia. Allianssin "
                                "kumppanit valitaan kilpailutuksella, tavallisesti "
                                "neuvottelumenettelyllä. Malli sopii laajoihin ja pitkäkestoisiin "
                                "kokonaisuuksiin, joissa palvelua halutaan kehittää yhdessä "
                                "sopimuskauden aikana.</p>"
                            ),
                        ),
                        (
                            "callout",
                            {
                                "style": "info",
                                "title": "Mistä näen, mitä sopimustyyppiä käytetään?",
                                "text": (
                                    "<p>Suunniteltu sopimustyyppi kerrotaan hankintakalenterissa "
                                    "ja ennakkoilmoituksessa aina, kun se on tiedossa. Jos "
                                    "sopimustyyppi on vielä auki, voit ottaa siihen kantaa "
                                    "markkinavuoropuhelussa.</p>"
                                ),
                            },
                        ),
                    ],
                },
                "sv": {
                    "slug": "avtalstyper",
                    "title": "Avtalstyper",
                    "intro": (
                        "Välfärdsområdet köper tjänster med olika typer av avtal. Avtalstypen "
                        "väljs utifrån tjänsten, klienternas behov och marknadsläget när "
                        "produktionssättet analyseras och upphandlingen planeras."
                    ),
                    "body": [
                        (
                            "paragraph",
                            (
                                "<p>På den här sidan beskrivs kort de avtalstyper som "
                                "välfärdsområdet använder. Avtalstypen och villkoren för varje "
                                "upphandling anges alltid i upphandlingsannonsen och "
                                "anbudsförfrågan.</p>"
                            ),
                        ),
                        ("heading", {"text": "Betalningsförbindelse", "level": "h2"}),
                        (
                            "paragraph",
                            (
                                "<p>Med en betalningsförbindelse förbinder sig välfärdsområdet att "
                                "betala tjänsteproducenten för en enskild klients tjänst enligt "
                                "överenskommen tid och omfattning. Betalningsförbindelsen grundar "
                                "sig på en bedömning av klientens servicebehov och på ett "
                                "servicebeslut. Den används till exempel när det inte finns någon "
                                "lämplig tjänst för klientens behov i den egna produktionen eller "
                                "i gällande avtal. Också köp som görs med betalningsförbindelse "
                                "ska följa upphandlingslagen.</p>"
                            ),
                        ),
                        ("heading", {"text": "Ramavtal", "level": "h2"}),
                        (
                            "paragraph",
                            (
                                "<p>Ett ramavtal ingås efter en konkurrensutsättning med en eller "
                                "flera tjänsteproducenter för en viss tid, vanligen högst fyra år. "
                                "I ramavtalet avtalar man om villkor som kvalitet och priser, men "
                                "inte om bindande volymer. Under avtalsperioden beställs tjänsten "
                                "av de tjänsteproducenter som ingår i ramavtalet på det sätt som "
                                "anges i anbudsförfrågan, till exempel i rangordning eller genom "
                                "förnyad konkurrensutsättning.</p>"
                            ),
                        ),
                        ("heading", {"text": "Dynamiskt inköpssystem", "level": "h2"}),
                        (
                            "paragraph",
                            (
                                "<p>Ett dynamiskt inköpssystem är ett elektroniskt "
                                "upphandlingsförfarande som är öppet under hela sin giltighetstid. "
                                "Varje tjänsteproducent som uppfyller lämplighetskraven kan när "
                                "som helst ansöka om att få ansluta sig till systemet, inte bara i "
                                "början av upphandlingen. De enskilda upphandlingarna "
                                "konkurrensutsätts mellan de tjänsteproducenter som har godkänts i "
                                "systemet. Modellen passar bra för nya och små tjänsteproducenter, "
                                "eftersom man kan ansluta sig också senare.</p>"
                            ),
                        ),
                        ("heading", {"text": "Servicesedel", "level": "h2"}),
                        (
                            "paragraph",
                            (
                                "<p>Med en servicesedel väljer klienten en tjänsteproducent bland "
                                "de servicesedelproducenter som välfärdsområdet har godkänt. "
                                "Välfärdsområdet betalar sedelns värde för tjänsten och klienten "
                                "betalar en eventuell självriskandel. Man ansöker om att bli "
                                "servicesedelproducent och godkänns om man uppfyller kraven i "
                                "regelboken för servicesedeln. Servicesedelproducenterna "
                                "konkurrensutsätts inte, och nya producenter kan godkännas "
                                "fortlöpande.</p>"
                            ),
                        ),
                        ("heading", {"text": "Alliansmodell", "level": "h2"}),
                        (
                            "paragraph",
                            (
                                "<p>I alliansmodellen bildar välfärdsområdet och en eller flera "
                                "tjänsteproducenter en gemensam organisation som har gemensamma "
                                "mål och där riskerna och nyttan delas. Besluten fattas gemensamt "
                                "och kostnaderna är öppna. Partnerna i alliansen väljs genom "
                                "konkurrensutsättning, vanligen med förhandlat förfarande. "
                                "Modellen passar för omfattande och långvariga helheter där man "
                                "vill utveckla tjänsten tillsammans under avtalsperioden.</p>"
                            ),
                        ),
                        (
                            "callout",
                            {
                                "style": "info",
                                "title": "Var ser jag vilken avtalstyp som används?",
                                "text": (
                                    "<p>Den planerade avtalstypen anges i upphandlingskalendern "
                                    "och i förhandsannonsen alltid när den är känd. Om avtalstypen "
                                    "ännu är öppen kan du ta ställning till den i "
                                    "marknadsdialogen.</p>"
                                ),
                            },
                        ),
                    ],
                },
                "en": {
                    "slug": "contract-types",
                    "title": "Contract types",
                    "intro": (
                        "The county buys services under different types of contract. The contract "
                        "type is chosen to suit the service, clients' needs and the market when "
                        "the production mode is analysed and the procurement is planned."
                    ),
                    "body": [
                        (
                            "paragraph",
                            (
                                "<p>This page briefly describes the contract types the county "
                                "uses. The contract type and terms of each procurement are always "
                                "stated in the contract notice and the tender documents.</p>"
                            ),
                        ),
                        ("heading", {"text": "Payment commitment", "level": "h2"}),
                        (
                            "paragraph",
                            (
                                "<p>With a payment commitment the county undertakes to pay a "
                                "service provider for an individual client's service for an agreed "
                                "period and to an agreed extent. The payment commitment is based "
                                "on an assessment of the client's service needs and on a service "
                                "decision. It is used, for example, when no suitable service for "
                                "the client's needs is available in the county's own production or "
                                "under existing contracts. Purchases made with payment commitments "
                                "must also comply with the Procurement Act.</p>"
                            ),
                        ),
                        ("heading", {"text": "Framework agreement", "level": "h2"}),
                        (
                            "paragraph",
                            (
                                "<p>A framework agreement is concluded after a competitive "
                                "tendering with one or more service providers for a fixed period, "
                                "usually four years at most. It sets terms such as quality and "
                                "prices but no binding volumes. During the contract period, "
                                "services are ordered from the providers in the framework "
                                "agreement as the tender documents specify, for example in order "
                                "of ranking or through a mini-competition.</p>"
                            ),
                        ),
                        ("heading", {"text": "Dynamic purchasing system", "level": "h2"}),
                        (
                            "paragraph",
                            (
                                "<p>A dynamic purchasing system is an electronic procurement "
                                "procedure that remains open throughout its period of validity. "
                                "Any service provider that meets the suitability requirements can "
                                "apply to join at any time, not only at the start of the "
                                "procurement. Individual contracts are then competed among the "
                                "providers admitted to the system. The model suits new and small "
                                "service providers well, because they can join later.</p>"
                            ),
                        ),
                        ("heading", {"text": "Service voucher", "level": "h2"}),
                        (
                            "paragraph",
                            (
                                "<p>With a service voucher, the client chooses a provider from "
                                "among the service voucher producers approved by the county. The "
                                "county pays the value of the voucher and the client pays any "
                                "excess. Providers apply to become service voucher producers and "
                                "are approved when they meet the requirements of the service "
                                "voucher rulebook. Service voucher producers are not selected by "
                                "competitive tendering, and new producers can be approved at any "
                                "time.</p>"
                            ),
                        ),
                        ("heading", {"text": "Alliance model", "level": "h2"}),
                        (
                            "paragraph",
                            (
                                "<p>In the alliance model, the county and one or more service "
                                "providers form a joint organisation with shared goals, in which "
                                "risks and rewards are shared. Decisions are made jointly and "
                                "costs are open. The alliance partners are selected through "
                                "competitive tendering, usually by negotiated procedure. The model "
                                "suits large, long-term service entities that the partners want to "
                                "develop together during the contract period.</p>"
                            ),
                        ),
                        (
                            "callout",
                            {
                                "style": "info",
                                "title": "Where can I see which contract type will be used?",
                                "text": (
                                    "<p>The planned contract type is shown in the procurement "
                                    "calendar and in the prior information notice whenever it is "
                                    "known. If the contract type is still open, you can comment on "
                                    "it in the market dialogue.</p>"
                                ),
                            },
                        ),
                    ],
                },
            },
        ],
    },
    {
        "key": "for-service-providers",
        "fi": {
            "slug": "palveluntuottajille",
            "title": "Palveluntuottajille",
            "intro": (
                "Näin käytät portaalia: rekisteröidyt, luot organisaatiollesi profiilin, seuraat "
                "hankintoja ja niiden osa-alueita, ilmoittaudut tilaisuuksiin ja jätät "
                "pilottiehdotuksia."
            ),
            "body": [
                ("heading", {"text": "Rekisteröityminen ja organisaation profiili", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Luo käyttäjätili omalla sähköpostiosoitteellasi ja vahvista osoite "
                        "sähköpostiisi tulevalla linkillä. Sen jälkeen voit perustaa "
                        "organisaatiollesi profiilin Y-tunnuksella tai pyytää liittymistä "
                        "organisaatioon, jolla on jo profiili portaalissa. Organisaation "
                        "pääkäyttäjä hyväksyy uudet jäsenet ja voi kutsua työtovereita.</p>"
                        "<p>Kerro profiilissa, mitä palveluja organisaatiosi tuottaa, millä "
                        "kunnilla toimit ja millä kielillä palvelet asiakkaita. Profiilin tietojen "
                        "avulla hyvinvointialue saa kuvan alueen palveluntuottajista ja voi "
                        "suunnitella hankintojen osa-alueet niiden mukaan.</p>"
                    ),
                ),
                ("heading", {"text": "Hankintojen ja osa-alueiden seuraaminen", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Tulevat hankinnat ja niiden osa-alueet julkaistaan portaalissa jo "
                        "suunnitteluvaiheessa. Voit hakea hankintoja palvelualueen, kunnan, "
                        "sopimustyypin ja CPV-koodin mukaan.</p>"
                        "<p>Kun ilmaiset kiinnostuksesi hankintaan, valitse osa-alueet, joihin "
                        "voisit tarjota. Saat tiedon, kun hankinnasta julkaistaan uutta tietoa, "
                        "esimerkiksi tietopyyntö, markkinavuoropuhelun tilaisuus tai "
                        "hankintailmoitus. Hakuvahdin avulla saat sähköpostiisi tiedon uusista "
                        "hankinnoista, jotka vastaavat valitsemiasi ehtoja.</p>"
                    ),
                ),
                (
                    "callout",
                    {
                        "style": "important",
                        "title": "Kiinnostuksen ilmaisu ei ole tarjous",
                        "text": (
                            "<p>Tarjoukset jätetään aina hankintailmoituksessa kerrotulla tavalla, "
                            "ei tämän portaalin kautta. Kiinnostuksen ilmaiseminen ei sido sinua "
                            "eikä anna etua tarjousten arvioinnissa.</p>"
                        ),
                    },
                ),
                ("heading", {"text": "Ilmoittautuminen tilaisuuksiin", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Markkinavuoropuhelun tilaisuudet ja hankintakoulutukset löytyvät "
                        "tapahtumista. Ilmoittaudu kirjautuneena. Jos tilaisuus on täynnä, pääset "
                        "varalistalle ja saat viestin, jos paikka vapautuu. Jos et pääse paikalle, "
                        "peru ilmoittautumisesi, jotta paikka voidaan antaa varalistalla "
                        "olevalle.</p>"
                    ),
                ),
                ("heading", {"text": "Pilottiehdotukset", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Hyvinvointialue kokeilee uusia palvelumuotoja yhdessä "
                        "palveluntuottajien kanssa. Avoimet pilottihaut julkaistaan portaalissa. "
                        "Haussa kerrotaan, millaista ratkaisua haetaan, miten ehdotukset "
                        "arvioidaan ja mihin mennessä ehdotus on jätettävä.</p>"
                        "<p>Ehdotus jätetään kirjautuneena organisaation nimissä, ja siihen voi "
                        "liittää liitteitä. Ehdotukset käsitellään vaiheittain: esitarkastus, "
                        "arviointi ja päätös. Saat jokaisesta vaiheesta tiedon sähköpostilla "
                        "valitsemallasi kielellä. Voit perua ehdotuksesi ennen kuin siitä on tehty "
                        "päätös.</p>"
                    ),
                ),
                (
                    "accordion",
                    {
                        "heading": "Usein kysyttyä",
                        "items": [
                            {
                                "question": "Maksaako portaalin käyttö jotain?",
                                "answer": (
                                    "<p>Ei. Portaalin käyttö samoin kuin markkinavuoropuhelun "
                                    "tilaisuudet ja hyvinvointialueen hankintakoulutukset ovat "
                                    "maksuttomia.</p>"
                                ),
                            },
                            {
                                "question": "Voiko yhdistys tai järjestö käyttää portaalia?",
                                "answer": (
                                    "<p>Kyllä. Portaali on tarkoitettu kaikille "
                                    "palveluntuottajille: yrityksille, yhdistyksille, "
                                    "järjestöille, säätiöille ja itsenäisille "
                                    "ammatinharjoittajille. Organisaatiolla on oltava Y-tunnus.</p>"
                                ),
                            },
                            {
                                "question": "Antaako kiinnostuksen ilmaisu etua kilpailutuksessa?",
                                "answer": (
                                    "<p>Ei. Kaikkia tarjoajia kohdellaan tasapuolisesti. "
                                    "Kiinnostuksen ilmaisujen avulla hyvinvointialue arvioi, onko "
                                    "hankinnalle riittävästi kiinnostusta ja miten se kannattaa "
                                    "jakaa osa-alueisiin. Kaikki hankintaa koskeva tieto "
                                    "julkaistaan kaikille samanaikaisesti.</p>"
                                ),
                            },
                            {
                                "question": "Voiko organisaatiolla olla useita käyttäjiä?",
                                "answer": (
                                    "<p>Kyllä. Organisaation pääkäyttäjä voi kutsua työtovereita "
                                    "ja hyväksyä liittymispyyntöjä. Jokainen käyttäjä kirjautuu "
                                    "omilla tunnuksillaan.</p>"
                                ),
                            },
                            {
                                "question": "Millä kielellä portaalia voi käyttää?",
                                "answer": (
                                    "<p>Portaali on suomeksi, ruotsiksi ja englanniksi. Saat "
                                    "sähköposti-ilmoitukset valitsemallasi kielellä. "
                                    "Hankinta-asiakirjojen kieli kerrotaan "
                                    "hankintailmoituksessa.</p>"
                                ),
                            },
                            {
                                "question": "Keneltä voin kysyä hankinnasta?",
                                "answer": (
                                    "<p>Kun hankintailmoitus on julkaistu, kysymykset esitetään "
                                    "kirjallisesti tarjouspyynnössä kerrotulla tavalla ja "
                                    "määräaikaan mennessä, ja vastaukset julkaistaan kaikille "
                                    "tarjoajille. Muissa asioissa voit ottaa yhteyttä osoitteeseen "
                                    "markkinavuoropuhelu@example.fi.</p>"
                                ),
                            },
                            {
                                "question": "Miten saan tietoni ulos tai poistan käyttäjätilini?",
                                "answer": (
                                    "<p>Voit ladata tallennetut henkilötietosi ja poistaa "
                                    "käyttäjätilisi käyttäjätilin asetuksista. Lisätietoja on "
                                    "tietosuojaselosteessa.</p>"
                                ),
                            },
                        ],
                    },
                ),
            ],
        },
        "sv": {
            "slug": "for-tjansteproducenter",
            "title": "För tjänsteproducenter",
            "intro": (
                "Så här använder du portalen: du registrerar dig, skapar en profil för din "
                "organisation, följer upphandlingar och deras delområden, anmäler dig till "
                "evenemang och lämnar in pilotförslag."
            ),
            "body": [
                ("heading", {"text": "Registrering och organisationens profil", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Skapa ett användarkonto med din egen e-postadress och bekräfta "
                        "adressen via länken som skickas till dig. Därefter kan du skapa en profil "
                        "för din organisation med FO-nummer eller be att få ansluta dig till en "
                        "organisation som redan har en profil i portalen. Organisationens "
                        "huvudanvändare godkänner nya medlemmar och kan bjuda in kolleger.</p>"
                        "<p>Berätta i profilen vilka tjänster din organisation producerar, i vilka "
                        "kommuner ni är verksamma och på vilka språk ni betjänar klienterna. Med "
                        "hjälp av profilerna får välfärdsområdet en bild av tjänsteproducenterna i "
                        "området och kan planera upphandlingarnas delområden utifrån dem.</p>"
                    ),
                ),
                ("heading", {"text": "Följa upphandlingar och delområden", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Kommande upphandlingar och deras delområden publiceras i portalen "
                        "redan i planeringsskedet. Du kan söka upphandlingar per serviceområde, "
                        "kommun, avtalstyp och CPV-kod.</p>"
                        "<p>När du anmäler intresse för en upphandling väljer du de delområden där "
                        "du kunde lämna anbud. Du får information när det publiceras något nytt om "
                        "upphandlingen, till exempel en begäran om information, ett tillfälle för "
                        "marknadsdialog eller en upphandlingsannons. Med en bevakning får du per "
                        "e-post information om nya upphandlingar som motsvarar de villkor du har "
                        "valt.</p>"
                    ),
                ),
                (
                    "callout",
                    {
                        "style": "important",
                        "title": "En intresseanmälan är inte ett anbud",
                        "text": (
                            "<p>Anbud lämnas alltid på det sätt som anges i upphandlingsannonsen, "
                            "inte via den här portalen. En intresseanmälan binder dig inte och ger "
                            "ingen fördel vid bedömningen av anbuden.</p>"
                        ),
                    },
                ),
                ("heading", {"text": "Anmälan till evenemang", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Tillfällen för marknadsdialog och upphandlingsutbildningar hittar du "
                        "bland evenemangen. Anmäl dig när du är inloggad. Om evenemanget är "
                        "fullbokat kommer du in på reservlistan och får ett meddelande om en plats "
                        "blir ledig. Om du inte kan delta ska du avboka din anmälan, så att "
                        "platsen kan ges till någon på reservlistan.</p>"
                    ),
                ),
                ("heading", {"text": "Pilotförslag", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Välfärdsområdet testar nya serviceformer tillsammans med "
                        "tjänsteproducenterna. Öppna pilotutlysningar publiceras i portalen. I "
                        "utlysningen anges vilken typ av lösning som söks, hur förslagen bedöms "
                        "och när förslaget senast ska lämnas in.</p>"
                        "<p>Förslaget lämnas in i organisationens namn när du är inloggad, och du "
                        "kan bifoga bilagor. Förslagen behandlas stegvis: förhandsgranskning, "
                        "bedömning och beslut. Du får information om varje steg per e-post på det "
                        "språk du har valt. Du kan dra tillbaka ditt förslag innan beslut har "
                        "fattats.</p>"
                    ),
                ),
                (
                    "accordion",
                    {
                        "heading": "Vanliga frågor",
                        "items": [
                            {
                                "question": "Kostar det något att använda portalen?",
                                "answer": (
                                    "<p>Nej. Det är avgiftsfritt att använda portalen, och också "
                                    "tillfällena för marknadsdialog och välfärdsområdets "
                                    "upphandlingsutbildningar är avgiftsfria.</p>"
                                ),
                            },
                            {
                                "question": "Kan en förening eller organisation använda portalen?",
                                "answer": (
                                    "<p>Ja. Portalen är avsedd för alla tjänsteproducenter: "
                                    "företag, föreningar, organisationer, stiftelser och "
                                    "självständiga yrkesutövare. Organisationen ska ha ett "
                                    "FO-nummer.</p>"
                                ),
                            },
                            {
                                "question": "Ger en intresseanmälan en fördel i upphandlingen?",
                                "answer": (
                                    "<p>Nej. Alla anbudsgivare behandlas lika. Med hjälp av "
                                    "intresseanmälningarna bedömer välfärdsområdet om det finns "
                                    "tillräckligt intresse för upphandlingen och hur den lämpligen "
                                    "delas in i delområden. All information om upphandlingen "
                                    "publiceras samtidigt för alla.</p>"
                                ),
                            },
                            {
                                "question": "Kan en organisation ha flera användare?",
                                "answer": (
                                    "<p>Ja. Organisationens huvudanvändare kan bjuda in kolleger "
                                    "och godkänna anslutningsförfrågningar. Varje användare loggar "
                                    "in med sina egna inloggningsuppgifter.</p>"
                                ),
                            },
                            {
                                "question": "På vilka språk kan portalen användas?",
                                "answer": (
                                    "<p>Portalen finns på finska, svenska och engelska. Du får "
                                    "e-postmeddelandena på det språk du har valt. På vilket "
                                    "språk upphandlingsdokumenten finns anges i "
                                    "upphandlingsannonsen.</p>"
                                ),
                            },
                            {
                                "question": "Vem kan jag fråga om en upphandling?",
                                "answer": (
                                    "<p>När upphandlingsannonsen har publicerats ställs frågorna "
                                    "skriftligen på det sätt och inom den tid som anges i "
                                    "anbudsförfrågan, och svaren publiceras för alla anbudsgivare. "
                                    "I övriga ärenden kan du kontakta "
                                    "marknadsdialog@example.fi.</p>"
                                ),
                            },
                            {
                                "question": (
                                    "Hur får jag ut mina uppgifter eller tar bort mitt "
                                    "användarkonto?"
                                ),
                                "answer": (
                                    "<p>Du kan ladda ner dina sparade personuppgifter och ta bort "
                                    "ditt användarkonto i inställningarna för ditt konto. Mer "
                                    "information finns i dataskyddsbeskrivningen.</p>"
                                ),
                            },
                        ],
                    },
                ),
            ],
        },
        "en": {
            "slug": "for-service-providers",
            "title": "For service providers",
            "intro": (
                "How to use the portal: register, create a profile for your organisation, follow "
                "procurements and their lots, register for events and submit pilot proposals."
            ),
            "body": [
                ("heading", {"text": "Registering and your organisation's profile", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Create a user account with your own e-mail address and confirm the "
                        "address through the link we send you. You can then create a profile for "
                        "your organisation with its business ID, or ask to join an organisation "
                        "that already has a profile on the portal. The organisation's main user "
                        "approves new members and can invite colleagues.</p>"
                        "<p>Use the profile to tell us which services your organisation provides, "
                        "in which municipalities you operate and in which languages you serve "
                        "clients. The profiles give the county a picture of the service providers "
                        "in the region and help it plan the lots of its procurements.</p>"
                    ),
                ),
                ("heading", {"text": "Following procurements and lots", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Upcoming procurements and their lots are published on the portal while "
                        "they are still being planned. You can search for procurements by service "
                        "area, municipality, contract type and CPV code.</p>"
                        "<p>When you express interest in a procurement, choose the lots you could "
                        "bid for. You will be informed when something new is published about the "
                        "procurement, such as a request for information, a market-dialogue event "
                        "or the contract notice. With an alert you receive an e-mail about new "
                        "procurements that match the criteria you have chosen.</p>"
                    ),
                ),
                (
                    "callout",
                    {
                        "style": "important",
                        "title": "An expression of interest is not a tender",
                        "text": (
                            "<p>Tenders are always submitted as the contract notice instructs, "
                            "never through this portal. Expressing interest does not commit you to "
                            "anything and gives you no advantage when tenders are evaluated.</p>"
                        ),
                    },
                ),
                ("heading", {"text": "Registering for events", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Market-dialogue events and procurement training sessions are listed "
                        "under events. Log in to register. If an event is full, you are placed on "
                        "the waiting list and will be notified if a place becomes available. If "
                        "you cannot attend, please cancel your registration so that the place can "
                        "go to someone on the waiting list.</p>"
                    ),
                ),
                ("heading", {"text": "Pilot proposals", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>The county pilots new forms of service together with service "
                        "providers. Open pilot calls are published on the portal. Each call "
                        "explains what kind of solution is sought, how proposals will be evaluated "
                        "and the deadline for submitting a proposal.</p>"
                        "<p>You submit a proposal on behalf of your organisation while logged in, "
                        "and you can attach files to it. Proposals are handled in stages: "
                        "screening, review and decision. You are notified of each stage by e-mail "
                        "in the language you have chosen. You can withdraw your proposal until a "
                        "decision has been made.</p>"
                    ),
                ),
                (
                    "accordion",
                    {
                        "heading": "Frequently asked questions",
                        "items": [
                            {
                                "question": "Does it cost anything to use the portal?",
                                "answer": (
                                    "<p>No. The portal is free to use, and so are the "
                                    "market-dialogue events and the county's procurement "
                                    "training.</p>"
                                ),
                            },
                            {
                                "question": "Can an association or organisation use the portal?",
                                "answer": (
                                    "<p>Yes. The portal is for all service providers: companies, "
                                    "associations, organisations, foundations and self-employed "
                                    "professionals. The organisation needs a Finnish business "
                                    "ID.</p>"
                                ),
                            },
                            {
                                "question": (
                                    "Does expressing interest give me an advantage in the "
                                    "tendering?"
                                ),
                                "answer": (
                                    "<p>No. All tenderers are treated equally. Expressions of "
                                    "interest help the county judge whether there is enough "
                                    "interest in a procurement and how best to split it into lots. "
                                    "All information about the procurement is published to "
                                    "everyone at the same time.</p>"
                                ),
                            },
                            {
                                "question": "Can an organisation have several users?",
                                "answer": (
                                    "<p>Yes. The organisation's main user can invite colleagues "
                                    "and approve requests to join. Each user logs in with their "
                                    "own credentials.</p>"
                                ),
                            },
                            {
                                "question": "In which languages can I use the portal?",
                                "answer": (
                                    "<p>The portal is available in Finnish, Swedish and English. "
                                    "You receive e-mail notifications in the language you have "
                                    "chosen. The language of the tender documents is stated in the "
                                    "contract notice.</p>"
                                ),
                            },
                            {
                                "question": "Whom can I ask about a procurement?",
                                "answer": (
                                    "<p>Once the contract notice has been published, questions "
                                    "must be submitted in writing as and when the tender documents "
                                    "specify, and the answers are published to all tenderers. For "
                                    "other matters, contact markkinavuoropuhelu@example.fi.</p>"
                                ),
                            },
                            {
                                "question": "How do I get a copy of my data or delete my account?",
                                "answer": (
                                    "<p>You can download your stored personal data and delete your "
                                    "user account in your account settings. See the privacy notice "
                                    "for more information.</p>"
                                ),
                            },
                        ],
                    },
                ),
            ],
        },
    },
]

ACCESSIBILITY = {
    "fi": {
        "slug": "saavutettavuusseloste",
        "title": "Saavutettavuusseloste",
        "intro": (
            "Tämä saavutettavuusseloste koskee Pohjanmaan hyvinvointialueen Markkinavuoropuhelu ja "
            "hankinnat -portaalia. Haluamme, että kaikki voivat käyttää portaalia. Seloste "
            "perustuu lakiin digitaalisten palvelujen tarjoamisesta (306/2019), joka edellyttää, "
            "että julkisen sektorin verkkopalvelut ovat saavutettavia."
        ),
        "non_accessible_content": (
            "<p>Portaali täyttää WCAG 2.1 -ohjeiston A- ja AA-tason saavutettavuusvaatimukset "
            "osittain. Tiedossa olevat puutteet:</p>"
            "<ul>"
            "<li><b>PDF-liitteet.</b> Osa henkilöstön lataamista liitteistä, kuten "
            "hankinta-asiakirjoista ja tilaisuuksien esitysmateriaaleista, ei ole saavutettavia. "
            "Niistä voi puuttua otsikkorakenne, kuvien tekstivastineet tai looginen lukujärjestys "
            "(WCAG 1.1.1, 1.3.1 ja 1.3.2). Toimitamme liitteen sisällön pyynnöstä saavutettavassa "
            "muodossa.</li>"
            "<li><b>Tilaisuuksien tallenteet.</b> Kun suorana lähetetyn koulutuksen tai "
            "tilaisuuden tallenne julkaistaan portaalissa, siinä ei välttämättä ole tekstityksiä "
            "heti (WCAG 1.2.2). Lisäämme tekstitykset viimeistään 14 päivän kuluessa "
            "lähetyksestä.</li>"
            "<li><b>Kielimerkinnät.</b> Lyhyitä toisenkielisiä tekstejä, kuten ruotsinkielisiä "
            "nimiä suomenkielisellä sivulla, ei aina ole merkitty oikealla kielellä, jolloin "
            "ruudunlukuohjelma voi lukea ne väärin (WCAG 3.1.2).</li>"
            "<li><b>Linkkitekstit.</b> Joissakin henkilöstön kirjoittamissa teksteissä linkin "
            "teksti ei yksinään kerro, mihin linkki vie (WCAG 2.4.4).</li></ul>"
            "<p>Korjaamme puutteita jatkuvasti. Ohjeistamme henkilöstöä laatimaan saavutettavia "
            "liitteitä ja tekstejä ja tarkistamme uudet sisällöt ennen julkaisua.</p>"
        ),
        "feedback_text": (
            "<p>Huomasitko saavutettavuuspuutteen? Kerro siitä meille. Lähetä palaute "
            "sähköpostilla osoitteeseen markkinavuoropuhelu@example.fi. Kerro, millä sivulla tai "
            "missä liitteessä ongelma on ja millaista apua tarvitset. Vastaamme 14 päivän "
            "kuluessa.</p>"
            "<p>Jos jokin sisältö ei ole saavutettava, voit pyytää sen meiltä saavutettavassa "
            "muodossa.</p>"
        ),
        "enforcement_text": (
            "<p>Jos huomaat sivustolla saavutettavuusongelmia, anna ensin palautetta meille eli "
            "sivuston ylläpitäjälle. Vastauksessa voi mennä 14 päivää. Jos et ole tyytyväinen "
            "saamaasi vastaukseen tai et saa vastausta lainkaan 14 päivän aikana, voit tehdä "
            "ilmoituksen Saavutettavuusvalvontaan. Saavutettavuusvalvonnan sivuilla kerrotaan, "
            "miten ilmoituksen voi tehdä ja miten asia käsitellään.</p>"
            "<p><b>Valvontaviranomaisen yhteystiedot</b></p>"
            "<p>Saavutettavuusvalvonta</p>"
            '<p><a href="https://www.saavutettavuusvaatimukset.fi">'
            "www.saavutettavuusvaatimukset.fi</a></p>"
            "<p>Sähköposti: saavutettavuus@traficom.fi</p>"
        ),
    },
    "sv": {
        "slug": "tillganglighetsutlatande",
        "title": "Tillgänglighetsutlåtande",
        "intro": (
            "Detta tillgänglighetsutlåtande gäller Österbottens välfärdsområdes portal "
            "Marknadsdialog och upphandlingar. Vi vill att alla ska kunna använda portalen. "
            "Utlåtandet grundar sig på lagen om tillhandahållande av digitala tjänster (306/2019), "
            "som förutsätter att den offentliga sektorns webbtjänster är tillgängliga."
        ),
        "non_accessible_content": (
            "<p>Portalen uppfyller tillgänglighetskraven på nivå A och AA i WCAG 2.1 delvis. Kända "
            "brister:</p>"
            "<ul>"
            "<li><b>PDF-bilagor.</b> En del av de bilagor som personalen laddar upp, som "
            "upphandlingsdokument och presentationsmaterial från evenemang, är inte tillgängliga. "
            "Rubrikstruktur, textalternativ till bilder eller en logisk läsordning kan saknas "
            "(WCAG 1.1.1, 1.3.1 och 1.3.2). På begäran skickar vi innehållet i bilagan i "
            "tillgänglig form.</li>"
            "<li><b>Inspelningar av evenemang.</b> När en inspelning av en utbildning eller ett "
            "evenemang som sänts direkt publiceras i portalen har den inte nödvändigtvis textning "
            "genast (WCAG 1.2.2). Vi lägger till textningen senast 14 dagar efter sändningen.</li>"
            "<li><b>Språkmärkning.</b> Korta texter på ett annat språk, som finska namn på en "
            "svenskspråkig sida, är inte alltid märkta med rätt språk, och en skärmläsare kan då "
            "läsa dem fel (WCAG 3.1.2).</li>"
            "<li><b>Länktexter.</b> I en del texter som personalen skrivit framgår det inte av "
            "länktexten ensam vart länken leder (WCAG 2.4.4).</li></ul>"
            "<p>Vi åtgärdar bristerna fortlöpande. Vi instruerar personalen att göra tillgängliga "
            "bilagor och texter och granskar nytt innehåll innan det publiceras.</p>"
        ),
        "feedback_text": (
            "<p>Har du upptäckt en tillgänglighetsbrist? Berätta om den för oss. Skicka respons "
            "per e-post till marknadsdialog@example.fi. Berätta på vilken sida eller i vilken "
            "bilaga problemet finns och vilken hjälp du behöver. Vi svarar inom 14 dagar.</p>"
            "<p>Om något innehåll inte är tillgängligt kan du be oss om det i tillgänglig form.</p>"
        ),
        "enforcement_text": (
            "<p>Om du upptäcker tillgänglighetsproblem på webbplatsen ska du först ge respons till "
            "oss, det vill säga webbplatsens administratör. Det kan ta 14 dagar innan du får svar. "
            "Om du inte är nöjd med svaret eller inte får något svar alls inom 14 dagar, kan du "
            "göra en anmälan till Tillgänglighetstillsynen. På Tillgänglighetstillsynens webbplats "
            "finns information om hur du gör en anmälan och hur ärendet behandlas.</p>"
            "<p><b>Tillsynsmyndighetens kontaktuppgifter</b></p>"
            "<p>Tillgänglighetstillsynen</p>"
            '<p><a href="https://www.saavutettavuusvaatimukset.fi">'
            "www.saavutettavuusvaatimukset.fi</a></p>"
            "<p>E-post: saavutettavuus@traficom.fi</p>"
        ),
    },
    "en": {
        "slug": "accessibility-statement",
        "title": "Accessibility statement",
        "intro": (
            "This accessibility statement applies to the Market dialogue and procurement portal of "
            "the Wellbeing Services County of Ostrobothnia. We want everyone to be able to use the "
            "portal. The statement is based on the Act on the Provision of Digital Services "
            "(306/2019), which requires public-sector online services to be accessible."
        ),
        "non_accessible_content": (
            "<p>The portal partially meets the level A and AA accessibility requirements of WCAG "
            "2.1. Known shortcomings:</p>"
            "<ul>"
            "<li><b>PDF attachments.</b> Some attachments uploaded by staff, such as procurement "
            "documents and event presentations, are not accessible. They may lack a heading "
            "structure, text alternatives for images or a logical reading order (WCAG 1.1.1, 1.3.1 "
            "and 1.3.2). On request, we will provide the content of an attachment in an accessible "
            "format.</li>"
            "<li><b>Event recordings.</b> When the recording of a live-streamed training session "
            "or event is published on the portal, it may not have captions straight away (WCAG "
            "1.2.2). We add captions within 14 days of the broadcast.</li>"
            "<li><b>Language markup.</b> Short passages in another language, such as Swedish names "
            "on a Finnish page, are not always marked with the right language, so a screen reader "
            "may pronounce them incorrectly (WCAG 3.1.2).</li>"
            "<li><b>Link texts.</b> In some texts written by staff, the link text alone does not "
            "tell where the link leads (WCAG 2.4.4).</li></ul>"
            "<p>We fix shortcomings on an ongoing basis. We instruct staff on producing accessible "
            "attachments and texts, and we check new content before it is published.</p>"
        ),
        "feedback_text": (
            "<p>Have you noticed an accessibility problem? Please tell us. Send your feedback by "
            "e-mail to markkinavuoropuhelu@example.fi. Tell us on which page or in which "
            "attachment the problem is and what help you need. We will reply within 14 days.</p>"
            "<p>If some content is not accessible, you can ask us for it in an accessible "
            "format.</p>"
        ),
        "enforcement_text": (
            "<p>If you notice accessibility problems on the website, first send feedback to us, "
            "the website administrator. It may take up to 14 days for us to reply. If you are not "
            "satisfied with our reply, or you receive no reply at all within 14 days, you can "
            "report the matter to Accessibility supervision. Its website explains how to make a "
            "report and how the matter is handled.</p>"
            "<p><b>Contact details of the supervisory authority</b></p>"
            "<p>Accessibility supervision</p>"
            '<p><a href="https://www.saavutettavuusvaatimukset.fi">'
            "www.saavutettavuusvaatimukset.fi</a></p>"
            "<p>E-mail: saavutettavuus@traficom.fi</p>"
        ),
    },
}

PRIVACY = {
    "fi": {
        "slug": "tietosuojaseloste",
        "title": "Tietosuojaseloste",
        "intro": (
            "Tässä tietosuojaselosteessa kerrotaan, miten Pohjanmaan hyvinvointialue käsittelee "
            "Markkinavuoropuhelu ja hankinnat -portaalin käyttäjien henkilötietoja. Seloste "
            "perustuu EU:n yleisen tietosuoja-asetuksen (2016/679) 13 ja 14 artiklaan."
        ),
        "controller": (
            "<p><b>Pohjanmaan hyvinvointialue</b></p>"
            "<p>Hietalahdenkatu 2-4, 65130 Vaasa</p>"
            "<p>Y-tunnus 3221331-8</p>"
            "<p>Puhelin (vaihde) +358 6 218 1111</p>"
        ),
        "contact_person": (
            "<p>Hankintapäällikkö Maria Malli, hankintayksikkö</p>"
            "<p>Sähköposti: markkinavuoropuhelu@example.fi</p>"
            "<p>Puhelin (vaihde) +358 6 218 1111</p>"
        ),
        "data_protection_officer": (
            "<p>Pohjanmaan hyvinvointialueen tietosuojavastaava</p>"
            "<p>Sähköposti: tietosuoja@example.fi</p>"
            "<p>Hietalahdenkatu 2-4, 65130 Vaasa</p>"
        ),
        "body": [
            ("heading", {"text": "Henkilötietojen käsittelyn tarkoitus", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Käsittelemme henkilötietoja, jotta voimme</p>"
                    "<ul>"
                    "<li>ylläpitää palveluntuottajien käyttäjätilejä ja organisaatioiden "
                    "profiileja</li>"
                    "<li>kirjata kiinnostuksen ilmaisut hankintoihin ja niiden osa-alueisiin ja "
                    "kertoa kiinnostuneille hankinnan vaiheista</li>"
                    "<li>hoitaa ilmoittautumiset markkinavuoropuhelun tilaisuuksiin ja "
                    "koulutuksiin sekä varalistat ja osallistujaluettelot</li>"
                    "<li>ottaa vastaan, arvioida ja ratkaista pilottiehdotuksia</li>"
                    "<li>lähettää hakuvahtien mukaisia sähköposti-ilmoituksia</li>"
                    "<li>seurata ja raportoida tilastollisesti markkinavuoropuhelun, koulutusten "
                    "ja pilottien toteutumista</li>"
                    "<li>huolehtia palvelun tietoturvasta.</li></ul>"
                ),
            ),
            ("heading", {"text": "Käsittelyn oikeusperuste", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Henkilötietojen käsittely perustuu pääosin yleisen edun mukaisen tehtävän "
                    "suorittamiseen (tietosuoja-asetuksen 6 artiklan 1 kohdan e alakohta). "
                    "Hyvinvointialueen tehtävänä on järjestää sosiaali- ja terveyspalvelut (laki "
                    "sosiaali- ja terveydenhuollon järjestämisestä 612/2021) ja hankkia palveluja "
                    "hankintalain (1397/2016) mukaisesti. Markkinavuoropuhelu, tiedottaminen "
                    "tulevista hankinnoista ja palveluntuottajien kouluttaminen ovat osa tätä "
                    "tehtävää.</p>"
                    "<p>Hakuvahtien sähköposti-ilmoitukset perustuvat suostumukseesi (6 artiklan 1 "
                    "kohdan a alakohta). Voit peruuttaa suostumuksesi milloin tahansa poistamalla "
                    "hakuvahdin käyttäjätilisi asetuksista. Peruuttaminen ei vaikuta sitä ennen "
                    "tehdyn käsittelyn lainmukaisuuteen.</p>"
                ),
            ),
            ("heading", {"text": "Käsiteltävät henkilötiedot", "level": "h2"}),
            (
                "paragraph",
                (
                    "<ul>"
                    "<li>perustiedot: nimi, sähköpostiosoite, puhelinnumero ja asiointikieli</li>"
                    "<li>organisaatiotiedot: organisaation nimi ja Y-tunnus sekä tehtäväsi ja "
                    "roolisi organisaatiossa</li>"
                    "<li>käyttäjätilin tiedot: kirjautumistiedot (salasana tallennetaan vain "
                    "tiivisteenä), kirjautumisajat ja tekniset lokitiedot</li>"
                    "<li>kiinnostuksen ilmaisut: hankinnat ja osa-alueet, joihin olet ilmaissut "
                    "kiinnostuksesi</li>"
                    "<li>hakuvahdit: valitsemasi ehdot, kuten palvelualueet, kunnat ja "
                    "CPV-koodit</li>"
                    "<li>ilmoittautumiset: tilaisuus, ilmoittautumisen tila ja osallistuminen sekä "
                    "itse ilmoittamasi erityisruokavalio- tai saavutettavuustarpeet</li>"
                    "<li>pilottiehdotukset: ehdotuksen sisältö ja liitteet, arvioinnit ja "
                    "päätökset</li>"
                    "<li>tapahtumaloki: kuka muutti ilmoittautumisen, kiinnostuksen ilmaisun tai "
                    "ehdotuksen tilaa, milloin ja millä perusteella</li>"
                    "<li>sähköpostiviestien lähetys- ja toimitustiedot.</li></ul>"
                    "<p>Älä kirjoita pilottiehdotuksiin asiakkaiden tai muiden henkilöiden "
                    "terveystietoja tai muita arkaluonteisia henkilötietoja.</p>"
                ),
            ),
            ("heading", {"text": "Tietolähteet", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Saamme tiedot ensisijaisesti sinulta itseltäsi, kun rekisteröidyt, täytät "
                    "profiilia, ilmoittaudut tilaisuuksiin tai jätät ehdotuksen. Organisaatiosi "
                    "pääkäyttäjä voi kutsua sinut organisaation jäseneksi. Hyvinvointialueen "
                    "henkilöstö kirjaa tilaisuuksien osallistumistiedot sekä pilottiehdotusten "
                    "arvioinnit ja päätökset. Sähköpostipalvelun tarjoaja välittää tiedot viestien "
                    "toimittamisesta.</p>"
                ),
            ),
            ("heading", {"text": "Tietojen vastaanottajat ja luovutukset", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Tietoja käsittelevät vain ne hyvinvointialueen työntekijät, jotka "
                    "tarvitsevat niitä tehtävissään. Tietoja ei luovuteta markkinointiin. "
                    "Hyvinvointialue käyttää henkilötietojen käsittelijöinä palvelun ylläpitäjää, "
                    "palvelinpalvelun tarjoajaa ja sähköpostipalvelun tarjoajaa, joiden kanssa on "
                    "tehty tietojenkäsittelysopimus.</p>"
                    "<p>Hyvinvointialueelle toimitetut asiakirjat, kuten pilottiehdotukset ja "
                    "vastaukset tietopyyntöihin, ovat viranomaisen asiakirjoja, joihin sovelletaan "
                    "lakia viranomaisten toiminnan julkisuudesta (621/1999). Liike- ja "
                    "ammattisalaisuudet pidetään salassa.</p>"
                ),
            ),
            ("heading", {"text": "Siirrot EU:n tai ETA:n ulkopuolelle", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Henkilötietoja ei siirretä Euroopan unionin tai Euroopan talousalueen "
                    "ulkopuolelle.</p>"
                ),
            ),
            ("heading", {"text": "Säilytysajat", "level": "h2"}),
            (
                "paragraph",
                (
                    "<ul>"
                    "<li>Käyttäjätili ja organisaation profiili: niin kauan kuin tili on käytössä. "
                    "Tili poistetaan, jos sitä ei ole käytetty kolmeen vuoteen; poistosta "
                    "ilmoitetaan etukäteen.</li>"
                    "<li>Kiinnostuksen ilmaisut: kaksi vuotta hankinnan päättymisestä.</li>"
                    "<li>Ilmoittautumiset: kaksi vuotta tilaisuuden jälkeen. Erityisruokavalio- ja "
                    "saavutettavuustiedot poistetaan 30 päivän kuluessa tilaisuudesta.</li>"
                    "<li>Pilottiehdotukset, arvioinnit ja päätökset: hyvinvointialueen "
                    "tiedonohjaussuunnitelman mukaisesti.</li>"
                    "<li>Hakuvahdit: kunnes poistat hakuvahdin tai peruutat suostumuksesi.</li>"
                    "<li>Lokitiedot ja sähköpostien toimitustiedot: kaksi vuotta.</li></ul>"
                ),
            ),
            ("heading", {"text": "Rekisteröidyn oikeudet", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Sinulla on oikeus</p>"
                    "<ul>"
                    "<li>saada tietää, mitä tietoja sinusta käsitellään, ja saada jäljennös "
                    "tiedoistasi (15 artikla)</li>"
                    "<li>vaatia virheellisten tietojen oikaisemista (16 artikla)</li>"
                    "<li>vaatia tietojesi poistamista, kun niitä ei enää tarvita tai käsittely "
                    "perustuu suostumukseen (17 artikla)</li>"
                    "<li>vaatia käsittelyn rajoittamista (18 artikla)</li>"
                    "<li>siirtää suostumuksen perusteella antamasi tiedot järjestelmästä toiseen "
                    "(20 artikla)</li>"
                    "<li>vastustaa käsittelyä erityiseen henkilökohtaiseen tilanteeseesi "
                    "liittyvällä perusteella (21 artikla).</li></ul>"
                    "<p>Voit itse ladata tietosi ja poistaa käyttäjätilisi käyttäjätilin "
                    "asetuksista. Muissa asioissa ota yhteyttä rekisterin yhteyshenkilöön tai "
                    "tietosuojavastaavaan.</p>"
                ),
            ),
            (
                "callout",
                {
                    "style": "info",
                    "title": "Automaattinen päätöksenteko",
                    "text": (
                        "<p>Henkilötietojasi ei käytetä automaattiseen päätöksentekoon eikä "
                        "profilointiin. Pilottiehdotuksista päättävät aina hyvinvointialueen "
                        "viranhaltijat.</p>"
                    ),
                },
            ),
            ("heading", {"text": "Oikeus tehdä valitus valvontaviranomaiselle", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Jos katsot, että henkilötietojesi käsittelyssä rikotaan "
                    "tietosuojalainsäädäntöä, voit tehdä valituksen tietosuojavaltuutetulle. "
                    "Ohjeet ja yhteystiedot löytyvät tietosuojavaltuutetun toimiston "
                    'verkkosivuilta <a href="https://tietosuoja.fi">tietosuoja.fi</a>.</p>'
                ),
            ),
        ],
    },
    "sv": {
        "slug": "dataskyddsbeskrivning",
        "title": "Dataskyddsbeskrivning",
        "intro": (
            "I den här dataskyddsbeskrivningen berättar vi hur Österbottens välfärdsområde "
            "behandlar personuppgifter om användarna av portalen Marknadsdialog och upphandlingar. "
            "Beskrivningen grundar sig på artiklarna 13 och 14 i EU:s allmänna "
            "dataskyddsförordning (2016/679)."
        ),
        "controller": (
            "<p><b>Österbottens välfärdsområde</b></p>"
            "<p>Sandviksgatan 2-4, 65130 Vasa</p>"
            "<p>FO-nummer 3221331-8</p>"
            "<p>Telefon (växel) +358 6 218 1111</p>"
        ),
        "contact_person": (
            "<p>Upphandlingschef Maria Malli, upphandlingsenheten</p>"
            "<p>E-post: marknadsdialog@example.fi</p>"
            "<p>Telefon (växel) +358 6 218 1111</p>"
        ),
        "data_protection_officer": (
            "<p>Österbottens välfärdsområdes dataskyddsombud</p>"
            "<p>E-post: dataskydd@example.fi</p>"
            "<p>Sandviksgatan 2-4, 65130 Vasa</p>"
        ),
        "body": [
            ("heading", {"text": "Ändamålet med behandlingen av personuppgifter", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Vi behandlar personuppgifter för att</p>"
                    "<ul>"
                    "<li>upprätthålla tjänsteproducenternas användarkonton och organisationernas "
                    "profiler</li>"
                    "<li>registrera intresseanmälningar för upphandlingar och deras delområden och "
                    "informera intresserade om upphandlingens skeden</li>"
                    "<li>sköta anmälningar till tillfällen för marknadsdialog och utbildningar "
                    "samt reservlistor och deltagarförteckningar</li>"
                    "<li>ta emot, bedöma och avgöra pilotförslag</li>"
                    "<li>skicka e-postmeddelanden enligt bevakningar</li>"
                    "<li>följa upp och rapportera statistiskt om hur marknadsdialogen, "
                    "utbildningarna och piloterna genomförs</li>"
                    "<li>sörja för tjänstens informationssäkerhet.</li></ul>"
                ),
            ),
            ("heading", {"text": "Rättslig grund för behandlingen", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Behandlingen av personuppgifter grundar sig huvudsakligen på att den är "
                    "nödvändig för att utföra en uppgift av allmänt intresse (artikel 6.1 e i "
                    "dataskyddsförordningen). Välfärdsområdets uppgift är att ordna social- och "
                    "hälsovårdstjänster (lagen om ordnande av social- och hälsovård 612/2021) och "
                    "att skaffa tjänster enligt upphandlingslagen (1397/2016). Marknadsdialog, "
                    "information om kommande upphandlingar och utbildning av tjänsteproducenter är "
                    "en del av denna uppgift.</p>"
                    "<p>E-postmeddelanden enligt bevakningar grundar sig på ditt samtycke (artikel "
                    "6.1 a). Du kan när som helst återkalla ditt samtycke genom att ta bort "
                    "bevakningen i inställningarna för ditt konto. Återkallandet påverkar inte "
                    "lagligheten av behandling som skett innan samtycket återkallades.</p>"
                ),
            ),
            ("heading", {"text": "Personuppgifter som behandlas", "level": "h2"}),
            (
                "paragraph",
                (
                    "<ul>"
                    "<li>grunduppgifter: namn, e-postadress, telefonnummer och kontaktspråk</li>"
                    "<li>organisationsuppgifter: organisationens namn och FO-nummer samt din "
                    "uppgift och roll i organisationen</li>"
                    "<li>uppgifter om användarkontot: inloggningsuppgifter (lösenordet sparas "
                    "endast som hashvärde), inloggningstider och tekniska loggar</li>"
                    "<li>intresseanmälningar: upphandlingar och delområden som du har anmält "
                    "intresse för</li>"
                    "<li>bevakningar: de villkor du har valt, som serviceområden, kommuner och "
                    "CPV-koder</li>"
                    "<li>anmälningar: evenemang, anmälans status och deltagande samt specialdieter "
                    "eller tillgänglighetsbehov som du själv uppgett</li>"
                    "<li>pilotförslag: förslagets innehåll och bilagor, bedömningar och beslut</li>"
                    "<li>händelselogg: vem som ändrade status för en anmälan, en intresseanmälan "
                    "eller ett förslag, när och på vilka grunder</li>"
                    "<li>uppgifter om sändning och leverans av e-postmeddelanden.</li></ul>"
                    "<p>Skriv inte hälsouppgifter eller andra känsliga personuppgifter om klienter "
                    "eller andra personer i pilotförslagen.</p>"
                ),
            ),
            ("heading", {"text": "Varifrån uppgifterna kommer", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Vi får uppgifterna i första hand av dig själv när du registrerar dig, "
                    "fyller i profilen, anmäler dig till evenemang eller lämnar in ett förslag. "
                    "Din organisations huvudanvändare kan bjuda in dig som medlem i "
                    "organisationen. Välfärdsområdets personal registrerar deltagandet i evenemang "
                    "samt bedömningar av och beslut om pilotförslag. Leverantören av "
                    "e-posttjänsten förmedlar uppgifter om leveransen av meddelanden.</p>"
                ),
            ),
            ("heading", {"text": "Mottagare och utlämnande av uppgifter", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Uppgifterna behandlas endast av de anställda vid välfärdsområdet som "
                    "behöver dem i sitt arbete. Uppgifterna lämnas inte ut för marknadsföring. "
                    "Välfärdsområdet anlitar som personuppgiftsbiträden den som underhåller "
                    "tjänsten, leverantören av servertjänster och leverantören av e-posttjänsten, "
                    "med vilka det har ingåtts avtal om personuppgiftsbehandling.</p>"
                    "<p>Handlingar som lämnas till välfärdsområdet, som pilotförslag och svar på "
                    "begäranden om information, är myndighetshandlingar som omfattas av lagen om "
                    "offentlighet i myndigheternas verksamhet (621/1999). Affärs- och "
                    "yrkeshemligheter hålls hemliga.</p>"
                ),
            ),
            ("heading", {"text": "Överföring till länder utanför EU eller EES", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Personuppgifter överförs inte till länder utanför Europeiska unionen eller "
                    "Europeiska ekonomiska samarbetsområdet.</p>"
                ),
            ),
            ("heading", {"text": "Lagringstider", "level": "h2"}),
            (
                "paragraph",
                (
                    "<ul>"
                    "<li>Användarkonto och organisationsprofil: så länge kontot används. Kontot "
                    "tas bort om det inte har använts på tre år; du meddelas om detta i "
                    "förväg.</li>"
                    "<li>Intresseanmälningar: två år efter att upphandlingen avslutats.</li>"
                    "<li>Anmälningar: två år efter evenemanget. Uppgifter om specialdieter och "
                    "tillgänglighetsbehov raderas inom 30 dagar efter evenemanget.</li>"
                    "<li>Pilotförslag, bedömningar och beslut: enligt välfärdsområdets "
                    "informationsstyrningsplan.</li>"
                    "<li>Bevakningar: tills du tar bort bevakningen eller återkallar ditt "
                    "samtycke.</li>"
                    "<li>Loggar och uppgifter om leverans av e-post: två år.</li></ul>"
                ),
            ),
            ("heading", {"text": "Den registrerades rättigheter", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Du har rätt att</p>"
                    "<ul>"
                    "<li>få veta vilka uppgifter om dig som behandlas och få en kopia av dem "
                    "(artikel 15)</li>"
                    "<li>kräva att felaktiga uppgifter rättas (artikel 16)</li>"
                    "<li>kräva att dina uppgifter raderas när de inte längre behövs eller när "
                    "behandlingen grundar sig på samtycke (artikel 17)</li>"
                    "<li>kräva att behandlingen begränsas (artikel 18)</li>"
                    "<li>överföra uppgifter som du lämnat med stöd av samtycke från ett system "
                    "till ett annat (artikel 20)</li>"
                    "<li>invända mot behandlingen av skäl som hänför sig till din särskilda "
                    "situation (artikel 21).</li></ul>"
                    "<p>Du kan själv ladda ner dina uppgifter och ta bort ditt användarkonto i "
                    "inställningarna för kontot. I övriga ärenden kan du kontakta registrets "
                    "kontaktperson eller dataskyddsombudet.</p>"
                ),
            ),
            (
                "callout",
                {
                    "style": "info",
                    "title": "Automatiserat beslutsfattande",
                    "text": (
                        "<p>Dina personuppgifter används inte för automatiserat beslutsfattande "
                        "eller profilering. Beslut om pilotförslag fattas alltid av "
                        "välfärdsområdets tjänsteinnehavare.</p>"
                    ),
                },
            ),
            (
                "heading",
                {"text": "Rätt att lämna klagomål till tillsynsmyndigheten", "level": "h2"},
            ),
            (
                "paragraph",
                (
                    "<p>Om du anser att behandlingen av dina personuppgifter strider mot "
                    "dataskyddslagstiftningen kan du lämna ett klagomål till dataombudsmannen. "
                    "Anvisningar och kontaktuppgifter finns på dataombudsmannens byrås webbplats "
                    '<a href="https://tietosuoja.fi">tietosuoja.fi</a>.</p>'
                ),
            ),
        ],
    },
    "en": {
        "slug": "privacy-notice",
        "title": "Privacy notice",
        "intro": (
            "This privacy notice explains how the Wellbeing Services County of Ostrobothnia "
            "processes the personal data of users of the Market dialogue and procurement portal. "
            "It is based on Articles 13 and 14 of the EU General Data Protection Regulation "
            "(2016/679)."
        ),
        "controller": (
            "<p><b>Wellbeing Services County of Ostrobothnia</b></p>"
            "<p>Hietalahdenkatu 2-4, 65130 Vaasa, Finland</p>"
            "<p>Business ID 3221331-8</p>"
            "<p>Telephone (switchboard) +358 6 218 1111</p>"
        ),
        "contact_person": (
            "<p>Maria Malli, Head of Procurement, Procurement unit</p>"
            "<p>E-mail: markkinavuoropuhelu@example.fi</p>"
            "<p>Telephone (switchboard) +358 6 218 1111</p>"
        ),
        "data_protection_officer": (
            "<p>Data Protection Officer of the Wellbeing Services County of Ostrobothnia</p>"
            "<p>E-mail: tietosuoja@example.fi</p>"
            "<p>Hietalahdenkatu 2-4, 65130 Vaasa, Finland</p>"
        ),
        "body": [
            ("heading", {"text": "Purposes of processing", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>We process personal data in order to</p>"
                    "<ul>"
                    "<li>maintain service providers' user accounts and organisation profiles</li>"
                    "<li>record expressions of interest in procurements and their lots, and keep "
                    "interested parties informed of the stages of a procurement</li>"
                    "<li>handle registrations for market-dialogue events and training, including "
                    "waiting lists and lists of participants</li>"
                    "<li>receive, evaluate and decide on pilot proposals</li>"
                    "<li>send e-mail notifications according to alerts</li>"
                    "<li>monitor and report, in statistical form, how market dialogue, training "
                    "and pilots are carried out</li>"
                    "<li>keep the service secure.</li></ul>"
                ),
            ),
            ("heading", {"text": "Legal basis", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Personal data is processed mainly because it is necessary for the "
                    "performance of a task carried out in the public interest (Article 6(1)(e) of "
                    "the GDPR). The county's task is to organise social and health services (Act "
                    "on Organising Healthcare and Social Welfare Services 612/2021) and to procure "
                    "services in accordance with the Procurement Act (1397/2016). Market dialogue, "
                    "information on upcoming procurements and training for service providers are "
                    "part of this task.</p>"
                    "<p>E-mail notifications from alerts are based on your consent (Article "
                    "6(1)(a)). You can withdraw your consent at any time by deleting the alert in "
                    "your account settings. Withdrawing consent does not affect the lawfulness of "
                    "processing carried out before the withdrawal.</p>"
                ),
            ),
            ("heading", {"text": "Categories of personal data", "level": "h2"}),
            (
                "paragraph",
                (
                    "<ul>"
                    "<li>basic details: name, e-mail address, telephone number and preferred "
                    "language</li>"
                    "<li>organisation details: the organisation's name and business ID, and your "
                    "position and role in the organisation</li>"
                    "<li>account data: login details (the password is stored only as a hash), "
                    "login times and technical logs</li>"
                    "<li>expressions of interest: the procurements and lots you have expressed "
                    "interest in</li>"
                    "<li>alerts: the criteria you have chosen, such as service areas, "
                    "municipalities and CPV codes</li>"
                    "<li>registrations: the event, the status of the registration and attendance, "
                    "and any special diet or accessibility needs you have told us about</li>"
                    "<li>pilot proposals: the content and attachments of the proposal, reviews and "
                    "decisions</li>"
                    "<li>audit log: who changed the status of a registration, an expression of "
                    "interest or a proposal, when and why</li>"
                    "<li>data on the sending and delivery of e-mail messages.</li></ul>"
                    "<p>Please do not include health data or other sensitive personal data about "
                    "clients or other people in pilot proposals.</p>"
                ),
            ),
            ("heading", {"text": "Sources of data", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>We receive data primarily from you when you register, fill in your "
                    "profile, register for events or submit a proposal. The main user of your "
                    "organisation may invite you to join the organisation. County staff record "
                    "attendance at events and the reviews of and decisions on pilot proposals. The "
                    "e-mail service provider passes on data about the delivery of messages.</p>"
                ),
            ),
            ("heading", {"text": "Recipients and disclosures", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Data is processed only by those county employees who need it in their "
                    "work. Data is not disclosed for marketing. The county uses the maintainer of "
                    "the service, a hosting provider and an e-mail service provider as processors, "
                    "with whom data processing agreements have been concluded.</p>"
                    "<p>Documents submitted to the county, such as pilot proposals and answers to "
                    "requests for information, are official documents subject to the Act on the "
                    "Openness of Government Activities (621/1999). Trade secrets are kept "
                    "confidential.</p>"
                ),
            ),
            ("heading", {"text": "Transfers outside the EU or EEA", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Personal data is not transferred outside the European Union or the "
                    "European Economic Area.</p>"
                ),
            ),
            ("heading", {"text": "Retention periods", "level": "h2"}),
            (
                "paragraph",
                (
                    "<ul>"
                    "<li>User account and organisation profile: as long as the account is in use. "
                    "An account is deleted if it has not been used for three years; you will be "
                    "notified in advance.</li>"
                    "<li>Expressions of interest: two years after the procurement has ended.</li>"
                    "<li>Registrations: two years after the event. Information on special diets "
                    "and accessibility needs is deleted within 30 days of the event.</li>"
                    "<li>Pilot proposals, reviews and decisions: in accordance with the county's "
                    "information management plan.</li>"
                    "<li>Alerts: until you delete the alert or withdraw your consent.</li>"
                    "<li>Logs and e-mail delivery data: two years.</li></ul>"
                ),
            ),
            ("heading", {"text": "Your rights", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>You have the right to</p>"
                    "<ul>"
                    "<li>know what data about you is processed and receive a copy of it (Article "
                    "15)</li>"
                    "<li>have inaccurate data rectified (Article 16)</li>"
                    "<li>have your data erased when it is no longer needed or when processing is "
                    "based on consent (Article 17)</li>"
                    "<li>have processing restricted (Article 18)</li>"
                    "<li>transfer data you have provided on the basis of consent from one system "
                    "to another (Article 20)</li>"
                    "<li>object to processing on grounds relating to your particular situation "
                    "(Article 21).</li></ul>"
                    "<p>You can download your data and delete your user account yourself in your "
                    "account settings. For other requests, contact the contact person for the "
                    "register or the data protection officer.</p>"
                ),
            ),
            (
                "callout",
                {
                    "style": "info",
                    "title": "Automated decision-making",
                    "text": (
                        "<p>Your personal data is not used for automated decision-making or "
                        "profiling. Decisions on pilot proposals are always made by county "
                        "officials.</p>"
                    ),
                },
            ),
            (
                "heading",
                {
                    "text": "Right to lodge a complaint with the supervisory authority",
                    "level": "h2",
                },
            ),
            (
                "paragraph",
                (
                    "<p>If you consider that the processing of your personal data infringes data "
                    "protection law, you can lodge a complaint with the Data Protection Ombudsman. "
                    "Instructions and contact details are on the website of the Office of the Data "
                    'Protection Ombudsman, <a href="https://tietosuoja.fi">tietosuoja.fi</a>.</p>'
                ),
            ),
        ],
    },
}

NEWS_INDEX = {
    "fi": {
        "slug": "uutiset",
        "title": "Uutiset",
        "intro": (
            "Ajankohtaista Pohjanmaan hyvinvointialueen hankinnoista, markkinavuoropuhelusta, "
            "hankintakoulutuksista ja pilottihauista."
        ),
    },
    "sv": {
        "slug": "nyheter",
        "title": "Nyheter",
        "intro": (
            "Aktuellt om Österbottens välfärdsområdes upphandlingar, marknadsdialog, "
            "upphandlingsutbildningar och pilotutlysningar."
        ),
    },
    "en": {
        "slug": "news",
        "title": "News",
        "intro": (
            "News on the procurements, market dialogue, procurement training and pilot calls of "
            "the Wellbeing Services County of Ostrobothnia."
        ),
    },
}

NEWS = [
    {
        "key": "market-dialogue-housing-older-people-jakobstad",
        "date": "2026-08-27",
        "promises": [
            {"event": "dialogue-housing-jakobstad", "date": "2026-09-17", "time": (13, 16),
             "registration_closes": "2026-09-10", "format": "hybrid"},
        ],
        "fi": {
            "slug": "markkinavuoropuhelu-ikaihmisten-asumispalveluista",
            "title": "Markkinavuoropuhelu ikäihmisten asumispalveluista Pietarsaaren seudulla",
            "intro": (
                "Hyvinvointialue selvittää ikäihmisten asumispalvelujen hankintaa Pietarsaaren "
                "seudulle. Kutsumme palveluntuottajat keskustelemaan hankinnan sisällöstä ja "
                "osa-alueista torstaina 17.9.2026 Pietarsaareen tai etäyhteydellä."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "<p>Asumispalvelut ovat hyvinvointialueen suurin asiakasostopalvelujen "
                        "ryhmä: vuonna 2024 niiden osuus asiakasostopalveluista oli 37 %. "
                        "Hyvinvointialue laatii parhaillaan ikääntyneiden asumispalveluista "
                        "tuotantotapa-analyysia. Sen osana arvioidaan ympärivuorokautisen "
                        "palveluasumisen ja yhteisöllisen asumisen hankintaa Pietarsaaren, "
                        "Pedersören, Luodon, Uusikaarlepyyn ja Kruunupyyn alueelle.</p>"
                        "<p>Haluamme kuulla palveluntuottajien näkemykset ennen kuin hankinnasta "
                        "tehdään päätöksiä.</p>"
                    ),
                ),
                ("heading", {"text": "Tilaisuudessa keskustellaan muun muassa", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<ul>"
                        "<li>miten hankinta kannattaisi jakaa osa-alueisiin, esimerkiksi "
                        "kunnittain tai palvelumuodon mukaan</li>"
                        "<li>miten pienet yksiköt, yhdistykset ja järjestöt voisivat "
                        "osallistua</li>"
                        "<li>miten palvelu järjestetään asiakkaan omalla kielellä, suomeksi tai "
                        "ruotsiksi</li>"
                        "<li>millainen sopimuskausi ja aloitusaikataulu olisivat realistisia</li>"
                        "<li>miten laatua mitataan ja seurataan sopimuskauden aikana.</li></ul>"
                    ),
                ),
                ("heading", {"text": "Aika, paikka ja ilmoittautuminen", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p><b>Aika:</b> torstai 17.9.2026 klo 13–16</p>"
                        "<p><b>Paikka:</b> Pietarsaaren kaupungintalo, valtuustosali "
                        "(Raatihuoneenkatu 3), sekä etäyhteys. Etäyhteyden linkki lähetetään "
                        "ilmoittautuneille.</p>"
                        "<p>Ilmoittaudu portaalin tapahtumissa viimeistään torstaina 10.9.2026. "
                        "Tilaisuus pidetään suomeksi ja ruotsiksi.</p>"
                    ),
                ),
                (
                    "callout",
                    {
                        "style": "info",
                        "title": "Tietopyyntö julkaistaan ennen tilaisuutta",
                        "text": (
                            "<p>Julkaisemme hankinnasta kirjallisen tietopyynnön portaalissa ennen "
                            "tilaisuutta. Voit vastata tietopyyntöön, vaikka et pääsisi "
                            "tilaisuuteen. Tilaisuuden materiaalit ja yhteenveto keskustelusta "
                            "julkaistaan portaalissa kaikkien luettaviksi.</p>"
                        ),
                    },
                ),
                (
                    "contact",
                    {
                        "name": "Sara Granlund",
                        "role": "Palvelupäällikkö",
                        "unit": "Ikääntyneiden palvelut",
                        "phone": "+358 40 000 1003",
                        "email": "sara.granlund@example.fi",
                    },
                ),
            ],
        },
        "sv": {
            "slug": "marknadsdialog-om-boendeservice-for-aldre",
            "title": "Marknadsdialog om boendeservice för äldre i Jakobstadsregionen",
            "intro": (
                "Välfärdsområdet utreder en upphandling av boendeservice för äldre i "
                "Jakobstadsregionen. Vi bjuder in tjänsteproducenterna att diskutera "
                "upphandlingens innehåll och delområden torsdagen den 17 september 2026 i "
                "Jakobstad eller på distans."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "<p>Boendeservice är den största gruppen av kundköptjänster i "
                        "välfärdsområdet: år 2024 utgjorde den 37 % av kundköptjänsterna. "
                        "Välfärdsområdet håller som bäst på att analysera produktionssätten "
                        "inom boendeservicen för äldre. Som en del av den bedöms en upphandling av "
                        "serviceboende med heldygnsomsorg och gemenskapsboende i Jakobstad, "
                        "Pedersöre, Larsmo, Nykarleby och Kronoby.</p>"
                        "<p>Vi vill höra tjänsteproducenternas synpunkter innan några beslut om "
                        "upphandlingen fattas.</p>"
                    ),
                ),
                ("heading", {"text": "Vid tillfället diskuteras bland annat", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<ul>"
                        "<li>hur upphandlingen lämpligen delas in i delområden, till exempel per "
                        "kommun eller serviceform</li>"
                        "<li>hur små enheter, föreningar och organisationer kunde delta</li>"
                        "<li>hur tjänsten ordnas på klientens eget språk, svenska eller finska</li>"
                        "<li>vilken avtalsperiod och vilken tidsplan för starten som vore "
                        "realistisk</li>"
                        "<li>hur kvaliteten mäts och följs upp under avtalsperioden.</li></ul>"
                    ),
                ),
                ("heading", {"text": "Tid, plats och anmälan", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p><b>Tid:</b> torsdag 17.9.2026 kl. 13–16</p>"
                        "<p><b>Plats:</b> Jakobstads stadshus, fullmäktigesalen (Rådhusgatan 3), "
                        "samt på distans. Länken skickas till dem som har anmält sig.</p>"
                        "<p>Anmäl dig bland portalens evenemang senast torsdag 10.9.2026. "
                        "Tillfället hålls på svenska och finska.</p>"
                    ),
                ),
                (
                    "callout",
                    {
                        "style": "info",
                        "title": "Begäran om information publiceras före tillfället",
                        "text": (
                            "<p>Vi publicerar en skriftlig begäran om information om upphandlingen "
                            "i portalen före tillfället. Du kan besvara begäran om information "
                            "även om du inte kan delta i tillfället. Materialet och en "
                            "sammanfattning av diskussionen publiceras i portalen så att alla kan "
                            "läsa dem.</p>"
                        ),
                    },
                ),
                (
                    "contact",
                    {
                        "name": "Sara Granlund",
                        "role": "Servicechef",
                        "unit": "Äldreomsorgen",
                        "phone": "+358 40 000 1003",
                        "email": "sara.granlund@example.fi",
                    },
                ),
            ],
        },
        "en": {
            "slug": "market-dialogue-on-housing-services-for-older-people",
            "title": "Market dialogue on housing services for older people in the Jakobstad region",
            "intro": (
                "The county is looking into a procurement of housing services for older people in "
                "the Pietarsaari (Jakobstad) region. We invite service providers to discuss the "
                "content and lots of the procurement on Thursday 17 September 2026 in Pietarsaari "
                "or online."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "<p>Housing services are the county's largest group of client services "
                        "bought whole: in 2024 they accounted for 37 % of them. The county is "
                        "currently carrying out a production-mode analysis of housing services for "
                        "older people. As part of it, the county is assessing a procurement of "
                        "24-hour service housing and communal housing in Pietarsaari, Pedersöre, "
                        "Luoto, Uusikaarlepyy and Kruunupyy.</p>"
                        "<p>We want to hear what service providers think before any decisions on "
                        "the procurement are made.</p>"
                    ),
                ),
                ("heading", {"text": "Topics for discussion include", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<ul>"
                        "<li>how the procurement could best be split into lots, for example by "
                        "municipality or form of service</li>"
                        "<li>how small units, associations and organisations could take part</li>"
                        "<li>how to provide the service in the client's own language, Finnish or "
                        "Swedish</li>"
                        "<li>what contract period and start date would be realistic</li>"
                        "<li>how quality is measured and monitored during the contract period.</li>"
                        "</ul>"
                    ),
                ),
                ("heading", {"text": "Time, place and registration", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p><b>Time:</b> Thursday 17 September 2026, 13.00–16.00</p>"
                        "<p><b>Place:</b> Jakobstad town hall, council chamber (Rådhusgatan 3), "
                        "and online. The link will be sent to those who register.</p>"
                        "<p>Register under the portal's events by Thursday 10 September 2026. The "
                        "event will be held in Finnish and Swedish.</p>"
                    ),
                ),
                (
                    "callout",
                    {
                        "style": "info",
                        "title": "Request for information before the event",
                        "text": (
                            "<p>We will publish a written request for information about the "
                            "procurement on the portal before the event. You can answer it even if "
                            "you cannot attend. The event materials and a summary of the "
                            "discussion will be published on the portal for everyone to read.</p>"
                        ),
                    },
                ),
                (
                    "contact",
                    {
                        "name": "Sara Granlund",
                        "role": "Service manager",
                        "unit": "Services for older people",
                        "phone": "+358 40 000 1003",
                        "email": "sara.granlund@example.fi",
                    },
                ),
            ],
        },
    },
    {
        "key": "procurement-calendar-2027",
        "date": "2026-10-15",
        "fi": {
            "slug": "hankintakalenteri-2027-julkaistu",
            "title": "Hankintakalenteri 2027 on julkaistu",
            "intro": (
                "Hyvinvointialue on julkaissut vuoden 2027 hankintakalenterin. Siitä "
                "palveluntuottajat näkevät, mitä sosiaali- ja terveyspalveluja sekä tukipalveluja "
                "hyvinvointialue aikoo kilpailuttaa ensi vuonna ja milloin."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "<p>Hankintakalenteri on osa hyvinvointialueen monituottajamallia. "
                        "Tavoitteena on, että palveluntuottajat saavat tiedon tulevista "
                        "hankinnoista hyvissä ajoin ja ehtivät valmistautua tarjouksen tekemiseen "
                        "esimerkiksi osallistumalla markkinavuoropuheluun tai etsimällä kumppanin "
                        "yhteistarjousta varten.</p>"
                    ),
                ),
                ("heading", {"text": "Kalenterin suurimpia hankintoja", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<ul>"
                        "<li>ikäihmisten asumispalvelut Pietarsaaren seudulla (hankintailmoitus "
                        "suunniteltu kevääksi 2027)</li>"
                        "<li>kotona asumisen tukipalvelut, kuten ateria-, kauppa- ja "
                        "siivouspalvelut, kunnittain jaettuina osa-alueina</li>"
                        "<li>lastensuojelun sijoitukset perhe- ja laitoshoitoon, kun "
                        "tuotantotapa-analyysi on valmis</li>"
                        "<li>lääkäripalvelut, kun tuotantotapa-analyysi on valmis</li>"
                        "<li>henkilökohtaisen avun palvelusetelin sääntökirjan uudistaminen.</li>"
                        "</ul>"
                    ),
                ),
                (
                    "paragraph",
                    (
                        "<p>Kalenterissa kerrotaan kunkin hankinnan arvioitu aikataulu, "
                        "palvelualue sekä suunniteltu sopimustyyppi ja osa-alueet. Hankinnan "
                        "ennakoitu arvo julkaistaan, kun se on tiedossa. Kalenteri on suunnitelma: "
                        "aikataulut ja sisällöt voivat muuttua, ja päivitämme kalenteria "
                        "kuukausittain.</p>"
                    ),
                ),
                (
                    "callout",
                    {
                        "style": "info",
                        "title": "Seuraa hankintoja hakuvahdilla",
                        "text": (
                            "<p>Kun tilaat hakuvahdin, saat sähköpostiisi tiedon, kun valitsemaasi "
                            "palvelualueeseen tai kuntaan liittyvä hankinta julkaistaan tai sen "
                            "tiedot muuttuvat.</p>"
                        ),
                    },
                ),
                (
                    "paragraph",
                    (
                        "<p>Hankintailmoitukset julkaistaan julkisten hankintojen ilmoituskanava "
                        "Hilmassa ja EU-kynnysarvon ylittävät hankinnat myös Euroopan unionin "
                        "virallisessa lehdessä. Tässä portaalissa kerromme hankinnoista jo ennen "
                        "hankintailmoituksen julkaisemista.</p>"
                    ),
                ),
            ],
        },
        "sv": {
            "slug": "upphandlingskalendern-2027-publicerad",
            "title": "Upphandlingskalendern för 2027 har publicerats",
            "intro": (
                "Välfärdsområdet har publicerat upphandlingskalendern för 2027. Av den framgår "
                "vilka social- och hälsovårdstjänster och stödtjänster "
                "välfärdsområdet planerar att konkurrensutsätta nästa år och när."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "<p>Upphandlingskalendern är en del av välfärdsområdets "
                        "flerproducentmodell. Målet är att tjänsteproducenterna ska få information "
                        "om kommande upphandlingar i god tid och hinna förbereda sina anbud, till "
                        "exempel genom att delta i marknadsdialogen eller söka en partner för ett "
                        "gemensamt anbud.</p>"
                    ),
                ),
                (
                    "heading",
                    {"text": "Några av de största upphandlingarna i kalendern", "level": "h2"},
                ),
                (
                    "paragraph",
                    (
                        "<ul>"
                        "<li>boendeservice för äldre i Jakobstadsregionen (upphandlingsannonsen "
                        "planeras till våren 2027)</li>"
                        "<li>stödtjänster för hemmaboende, som mat-, butiks- och städtjänster, i "
                        "delområden per kommun</li>"
                        "<li>placeringar inom barnskyddet i familjevård och institutionsvård, när "
                        "analysen av produktionssätten är klar</li>"
                        "<li>läkartjänster, när analysen av produktionssätten är klar</li>"
                        "<li>en förnyad regelbok för servicesedeln för personlig assistans.</li>"
                        "</ul>"
                    ),
                ),
                (
                    "paragraph",
                    (
                        "<p>I kalendern anges för varje upphandling en preliminär tidsplan, "
                        "serviceområdet samt den planerade avtalstypen och de planerade "
                        "delområdena. Upphandlingens uppskattade värde publiceras när det är känt. "
                        "Kalendern är en plan: tidsplanerna och innehållet kan ändras, och vi "
                        "uppdaterar kalendern varje månad.</p>"
                    ),
                ),
                (
                    "callout",
                    {
                        "style": "info",
                        "title": "Följ upphandlingarna med en bevakning",
                        "text": (
                            "<p>När du beställer en bevakning får du ett e-postmeddelande när en "
                            "upphandling inom det serviceområde eller den kommun du valt "
                            "publiceras eller när uppgifterna om den ändras.</p>"
                        ),
                    },
                ),
                (
                    "paragraph",
                    (
                        "<p>Upphandlingsannonserna publiceras i den offentliga upphandlingens "
                        "annonskanal Hilma, och upphandlingar som överskrider EU-tröskelvärdet "
                        "även i Europeiska unionens officiella tidning. I den här portalen "
                        "berättar vi om upphandlingarna redan innan upphandlingsannonsen "
                        "publiceras.</p>"
                    ),
                ),
            ],
        },
        "en": {
            "slug": "procurement-calendar-2027-published",
            "title": "Procurement calendar 2027 published",
            "intro": (
                "The county has published its procurement calendar for 2027. It shows service "
                "providers which social and health services and support services the county plans "
                "to put out to tender next year, and when."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "<p>The procurement calendar is part of the county's multi-producer model. "
                        "The aim is to give service providers early notice of upcoming "
                        "procurements so that they have time to prepare their tenders, for example "
                        "by taking part in market dialogue or by finding a partner for a joint "
                        "tender.</p>"
                    ),
                ),
                (
                    "heading",
                    {"text": "Some of the largest procurements in the calendar", "level": "h2"},
                ),
                (
                    "paragraph",
                    (
                        "<ul>"
                        "<li>housing services for older people in the Jakobstad region (contract "
                        "notice planned for spring 2027)</li>"
                        "<li>support services for living at home, such as meal, shopping and "
                        "cleaning services, in lots by municipality</li>"
                        "<li>child-welfare placements in family care and residential care, once "
                        "the production-mode analysis is complete</li>"
                        "<li>doctor services, once the production-mode analysis is complete</li>"
                        "<li>a revised service voucher rulebook for personal assistance.</li></ul>"
                    ),
                ),
                (
                    "paragraph",
                    (
                        "<p>For each procurement the calendar gives a provisional timetable, the "
                        "service area, and the planned contract type and lots. The estimated value "
                        "of a procurement is published once it is known. The calendar is a plan: "
                        "timetables and content may change, and we update the calendar every "
                        "month.</p>"
                    ),
                ),
                (
                    "callout",
                    {
                        "style": "info",
                        "title": "Follow procurements with an alert",
                        "text": (
                            "<p>When you subscribe to an alert, you receive an e-mail whenever a "
                            "procurement in the service area or municipality you have chosen is "
                            "published or its details change.</p>"
                        ),
                    },
                ),
                (
                    "paragraph",
                    (
                        "<p>Contract notices are published in Hilma, the Finnish "
                        "public-procurement notification service, and procurements above the EU "
                        "threshold also in the Official Journal of the European Union. On this "
                        "portal we tell you about procurements before the contract notice is "
                        "published.</p>"
                    ),
                ),
            ],
        },
    },
    {
        "key": "pilot-call-remote-home-care-support",
        # Dated six weeks before the call opens, and the call's days written into the intro
        # ({opens}, {deadline}), as the demo call's own dates are counted from the seeding day.
        "pilot_call": "remote-services",
        "promises": [
            {"event": "pilot-call-remote-rehab", "date": "2026-11-20", "time": (9, 10)},
        ],
        "fi": {
            "slug": "pilottihaku-etapalveluista-kotona-asumisen-tueksi",
            "title": "Pilottihaku etäpalveluista kotona asumisen tueksi avautuu pian",
            "intro": (
                "Hyvinvointialue hakee palveluntuottajia kokeilemaan etäpalveluja, jotka tukevat "
                "ikäihmisten ja muiden kotona asuvien arkea. Pilottihaku avautuu portaalissa "
                "{opens}, ja ehdotuksia voi jättää {deadline} asti."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "<p>Sosiaalihuollon kotona asumisen tukipalvelut – kotihoito, "
                        "tukipalvelut, päivätoiminta ja henkilökohtainen avustaja – muodostivat 12 "
                        "% hyvinvointialueen asiakasostopalveluista vuonna 2024. Palvelujen tarve "
                        "kasvaa väestön ikääntyessä. Monituottajamallin tavoitteissa vuosille "
                        "2026–2029 on sovittu, että uusia palvelumuotoja kokeillaan yhdessä "
                        "palveluntuottajien kanssa ”Miten Pohjanmaa voi” -raportin pohjalta.</p>"
                    ),
                ),
                ("heading", {"text": "Millaisia ehdotuksia haetaan?", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<ul>"
                        "<li>etäkäynnit ja kuvapuhelut kotihoidon asiakkaille</li>"
                        "<li>etänä toteutettava ryhmä- ja päivätoiminta, joka ehkäisee "
                        "yksinäisyyttä</li>"
                        "<li>etäkuntoutus ja liikuntaryhmät kotona asuville</li>"
                        "<li>ratkaisut, jotka tukevat omaishoitajien jaksamista.</li></ul>"
                        "<p>Palvelun on oltava asiakkaiden saatavilla suomeksi ja ruotsiksi. "
                        "Pilotit toteutetaan vuoden 2027 aikana, ja kunkin kesto on 3–6 kuukautta. "
                        "Pilottien rahoituksesta, arviointiperusteista ja aikataulusta kerrotaan "
                        "tarkemmin pilottihaussa.</p>"
                    ),
                ),
                (
                    "callout",
                    {
                        "style": "important",
                        "title": "Pilotti ei ole hankinta",
                        "text": (
                            "<p>Pilotin tarkoitus on kokeilla ja oppia. Jos kokeiltu palvelu "
                            "halutaan myöhemmin ottaa pysyvään käyttöön, se hankitaan hankintalain "
                            "mukaisesti, ja kaikki palveluntuottajat voivat osallistua "
                            "kilpailutukseen tasavertaisesti.</p>"
                        ),
                    },
                ),
                ("heading", {"text": "Infotilaisuus ja ehdotusten käsittely", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<p>Järjestämme pilottihausta etäinfon perjantaina 20.11.2026 klo 9–10. "
                        "Ilmoittaudu tilaisuuteen portaalin tapahtumissa. Tilaisuudessa esitetyt "
                        "kysymykset ja niiden vastaukset julkaistaan pilottihaun sivulla.</p>"
                        "<p>Ehdotukset jätetään portaalissa kirjautuneena. Ne esitarkastetaan ja "
                        "arvioidaan, ja päätökset tehdään maaliskuussa 2027.</p>"
                    ),
                ),
            ],
        },
        "sv": {
            "slug": "pilotutlysning-om-distanstjanster-for-hemmaboende",
            "title": "Pilotutlysning om distanstjänster som stöder hemmaboende öppnar snart",
            "intro": (
                "Välfärdsområdet söker tjänsteproducenter som vill testa distanstjänster som "
                "stöder vardagen för äldre och andra som bor hemma. Pilotutlysningen öppnar i "
                "portalen {opens}, och förslag kan lämnas in till och med {deadline}."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "<p>Socialvårdens tjänster som stöder hemmaboende – hemvård, stödtjänster, "
                        "dagverksamhet och personlig assistent – utgjorde 12 % av välfärdsområdets "
                        "kundköptjänster år 2024. Behovet av tjänsterna ökar i takt med att "
                        "befolkningen åldras. I målen för flerproducentmodellen 2026–2029 har man "
                        "kommit överens om att nya serviceformer ska testas tillsammans med "
                        "tjänsteproducenterna utifrån rapporten ”Hur mår Österbotten”.</p>"
                    ),
                ),
                ("heading", {"text": "Vilka slags förslag söks?", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<ul>"
                        "<li>distansbesök och videosamtal för hemvårdens klienter</li>"
                        "<li>grupp- och dagverksamhet på distans som förebygger ensamhet</li>"
                        "<li>distansrehabilitering och motionsgrupper för personer som bor "
                        "hemma</li>"
                        "<li>lösningar som hjälper närståendevårdare att orka.</li></ul>"
                        "<p>Tjänsten ska finnas tillgänglig för klienterna på svenska och finska. "
                        "Piloterna genomförs under 2027 och var och en pågår i 3–6 månader. "
                        "Närmare information om finansieringen av piloterna, bedömningsgrunderna "
                        "och tidsplanen finns i pilotutlysningen.</p>"
                    ),
                ),
                (
                    "callout",
                    {
                        "style": "important",
                        "title": "En pilot är inte en upphandling",
                        "text": (
                            "<p>Syftet med en pilot är att testa och lära. Om man senare vill ta i "
                            "bruk den testade tjänsten permanent upphandlas den enligt "
                            "upphandlingslagen, och alla tjänsteproducenter kan delta i "
                            "konkurrensutsättningen på lika villkor.</p>"
                        ),
                    },
                ),
                (
                    "heading",
                    {"text": "Informationsmöte och behandling av förslagen", "level": "h2"},
                ),
                (
                    "paragraph",
                    (
                        "<p>Vi ordnar ett informationsmöte på distans om pilotutlysningen fredagen "
                        "den 20 november 2026 kl. 9–10. Anmäl dig bland portalens evenemang. "
                        "Frågorna som ställs vid mötet och svaren på dem publiceras på "
                        "pilotutlysningens sida.</p>"
                        "<p>Förslagen lämnas in i portalen när du är inloggad. De förhandsgranskas "
                        "och bedöms, och besluten fattas i mars 2027.</p>"
                    ),
                ),
            ],
        },
        "en": {
            "slug": "pilot-call-on-remote-home-care-support",
            "title": "Pilot call on remote home-care support opens soon",
            "intro": (
                "The county is looking for service providers to pilot remote services that support "
                "the everyday lives of older people and others living at home. The pilot call "
                "opens on the portal on {opens}, and proposals can be submitted until "
                "{deadline}."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "<p>Social-welfare services that support living at home – home care, "
                        "support services, day activities and personal assistants – made up 12 % "
                        "of the county's client services bought whole in 2024. The need for these "
                        "services is growing as the population ages. The goals of the "
                        "multi-producer model for 2026–2029 include piloting new forms of service "
                        "with service providers, based on the report “How is Ostrobothnia "
                        "doing”.</p>"
                    ),
                ),
                ("heading", {"text": "What kind of proposals are we looking for?", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<ul>"
                        "<li>remote visits and video calls for home-care clients</li>"
                        "<li>group and day activities held online that help prevent loneliness</li>"
                        "<li>remote rehabilitation and exercise groups for people living at "
                        "home</li>"
                        "<li>solutions that help family carers cope.</li></ul>"
                        "<p>The service must be available to clients in Finnish and Swedish. The "
                        "pilots will run during 2027 and each will last 3–6 months. Funding, "
                        "evaluation criteria and the timetable will be described in detail in the "
                        "pilot call.</p>"
                    ),
                ),
                (
                    "callout",
                    {
                        "style": "important",
                        "title": "A pilot is not a procurement",
                        "text": (
                            "<p>The purpose of a pilot is to try things out and learn. If the "
                            "county later wants to adopt the piloted service permanently, it will "
                            "be procured under the Procurement Act, and all service providers can "
                            "take part in the tendering on equal terms.</p>"
                        ),
                    },
                ),
                (
                    "heading",
                    {"text": "Information session and handling of proposals", "level": "h2"},
                ),
                (
                    "paragraph",
                    (
                        "<p>We will hold an online information session on the pilot call on Friday "
                        "20 November 2026, 9.00–10.00. Register under the portal's events. "
                        "Questions asked at the session and the answers to them will be published "
                        "on the pilot call's page.</p>"
                        "<p>Proposals are submitted on the portal while logged in. They are "
                        "screened and reviewed, and decisions will be made in March 2027.</p>"
                    ),
                ),
            ],
        },
    },
    {
        "key": "procurement-training-spring-2027",
        "date": "2026-11-12",
        # The events the text announces, as it states them (see tests/core/test_demo_promises).
        "promises": [
            {"event": "spring-2027-basics", "date": "2027-02-09", "time": (13, 16),
             "registration_opens": "2026-12-07"},
            {"event": "spring-2027-espd", "date": "2027-02-24", "time": (13, 15),
             "registration_opens": "2026-12-07"},
            {"event": "spring-2027-pricing-quality", "date": "2027-03-09", "time": (9, 12),
             "registration_opens": "2026-12-07"},
            {"event": "spring-2027-self-monitoring", "date": "2027-03-17", "time": (9, 12),
             "registration_opens": "2026-12-07"},
            {"event": "spring-2027-joint-tenders", "date": "2027-03-24", "time": (9, 12),
             "registration_opens": "2026-12-07"},
            {"event": "spring-2027-service-vouchers", "date": "2027-04-13", "time": (13, 15),
             "registration_opens": "2026-12-07"},
        ],
        "fi": {
            "slug": "hankintakoulutusta-pienille-yrityksille-ja-yhdistyksille",
            "title": "Keväällä 2027 hankintakoulutusta pienille yrityksille ja yhdistyksille",
            "intro": (
                "Hyvinvointialue järjestää keväällä 2027 maksuttoman koulutussarjan julkisista "
                "hankinnoista. Koulutukset on suunnattu erityisesti pienille yrityksille, "
                "yhdistyksille ja järjestöille, jotka haluavat tarjota palvelujaan "
                "hyvinvointialueelle."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "<p>Monituottajamallin tavoitteena on, että hyvinvointialueen hankintoihin "
                        "osallistuu mahdollisimman laaja joukko palveluntuottajia. Moni pieni "
                        "toimija kokee tarjouspyyntöjen vaatimukset ja tarjouksen laatimiseen "
                        "kuluvan ajan kynnykseksi. Koulutuksissa käydään käytännön esimerkkien "
                        "avulla läpi, miten hankintailmoitusta luetaan ja miten osatarjous "
                        "laaditaan yhteen osa-alueeseen.</p>"
                    ),
                ),
                ("heading", {"text": "Koulutukset", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<ul>"
                        "<li><b>ti 9.2.2027 klo 13–16, etänä:</b> Julkisten hankintojen perusteet "
                        "sosiaali- ja terveyspalveluissa (suomeksi ja ruotsiksi)</li>"
                        "<li><b>ke 24.2.2027 klo 13–15, etänä:</b> Soveltuvuuden osoittaminen ja "
                        "ESPD-lomake Hilmassa (suomeksi ja ruotsiksi)</li>"
                        "<li><b>ti 9.3.2027 klo 9–12, Pietarsaari:</b> Tarjouksen hinnoittelu ja "
                        "laatukriteerit (ruotsiksi ja suomeksi)</li>"
                        "<li><b>ke 17.3.2027 klo 9–12, Vaasa:</b> Omavalvonta ja laatu "
                        "sopimuskaudella (suomeksi ja ruotsiksi)</li>"
                        "<li><b>ke 24.3.2027 klo 9–12, Närpiö:</b> Yhteistarjous ja alihankinta "
                        "pienille toimijoille (ruotsiksi ja suomeksi)</li>"
                        "<li><b>ti 13.4.2027 klo 13–15, etänä:</b> Palvelusetelituottajaksi "
                        "Pohjanmaalle (suomeksi ja ruotsiksi)</li></ul>"
                    ),
                ),
                (
                    "paragraph",
                    (
                        "<p>Ilmoittautuminen koulutuksiin avautuu portaalin tapahtumissa "
                        "maanantaina 7.12.2026. Paikan päällä järjestettäviin koulutuksiin mahtuu "
                        "30 osallistujaa. Jos koulutus täyttyy, voit ilmoittautua varalistalle. "
                        "Etäkoulutukset tallennetaan, ja tallenteet julkaistaan portaalissa.</p>"
                    ),
                ),
                (
                    "callout",
                    {
                        "style": "info",
                        "title": "Toivo aiheita",
                        "text": (
                            "<p>Mihin kysymyksiin haluaisit koulutuksessa vastauksen? Lähetä "
                            "toiveesi osoitteeseen markkinavuoropuhelu@example.fi, niin otamme ne "
                            "huomioon koulutusten sisällössä.</p>"
                        ),
                    },
                ),
                (
                    "contact",
                    {
                        "name": "Johan Ekholm",
                        "role": "Hankinta-asiantuntija, koulutukset",
                        "unit": "Hankintayksikkö",
                        "phone": "+358 40 000 1002",
                        "email": "johan.ekholm@example.fi",
                    },
                ),
            ],
        },
        "sv": {
            "slug": "upphandlingsutbildning-for-sma-foretag-och-foreningar",
            "title": "Upphandlingsutbildning för små företag och föreningar våren 2027",
            "intro": (
                "Välfärdsområdet ordnar en avgiftsfri utbildningsserie om offentlig upphandling "
                "våren 2027. Utbildningarna riktar sig särskilt till små företag, föreningar och "
                "organisationer som vill erbjuda sina tjänster till välfärdsområdet."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "<p>Målet med flerproducentmodellen är att en så bred grupp av "
                        "tjänsteproducenter som möjligt deltar i välfärdsområdets upphandlingar. "
                        "Många mindre aktörer upplever att kraven i anbudsförfrågningarna och den "
                        "tid det tar att skriva ett anbud är en tröskel. Under utbildningarna går "
                        "vi med hjälp av praktiska exempel igenom hur man läser en "
                        "upphandlingsannons och hur man lämnar ett delanbud för ett delområde.</p>"
                    ),
                ),
                ("heading", {"text": "Utbildningar", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<ul>"
                        "<li><b>tis 9.2.2027 kl. 13–16, på distans:</b> Grunderna i offentlig "
                        "upphandling av social- och hälsovårdstjänster (på finska och "
                        "svenska)</li>"
                        "<li><b>ons 24.2.2027 kl. 13–15, på distans:</b> Att visa sin lämplighet "
                        "och ESPD-formuläret i Hilma (på finska och svenska)</li>"
                        "<li><b>tis 9.3.2027 kl. 9–12, Jakobstad:</b> Prissättning av anbud och "
                        "kvalitetskriterier (på svenska och finska)</li>"
                        "<li><b>ons 17.3.2027 kl. 9–12, Vasa:</b> Egenkontroll och kvalitet under "
                        "avtalsperioden (på finska och svenska)</li>"
                        "<li><b>ons 24.3.2027 kl. 9–12, Närpes:</b> Gemensamma anbud och "
                        "underleverantörer för små aktörer (på svenska och finska)</li>"
                        "<li><b>tis 13.4.2027 kl. 13–15, på distans:</b> Att bli "
                        "servicesedelproducent i Österbotten (på finska och svenska)</li></ul>"
                    ),
                ),
                (
                    "paragraph",
                    (
                        "<p>Anmälan till utbildningarna öppnar bland portalens evenemang måndagen "
                        "den 7 december 2026. Utbildningarna på plats har plats för 30 deltagare. "
                        "Om en utbildning blir fullbokad kan du anmäla dig till reservlistan. "
                        "Distansutbildningarna spelas in och inspelningarna publiceras i "
                        "portalen.</p>"
                    ),
                ),
                (
                    "callout",
                    {
                        "style": "info",
                        "title": "Önska ämnen",
                        "text": (
                            "<p>Vilka frågor vill du få svar på under utbildningen? Skicka dina "
                            "önskemål till marknadsdialog@example.fi, så beaktar vi dem när "
                            "vi planerar innehållet.</p>"
                        ),
                    },
                ),
                (
                    "contact",
                    {
                        "name": "Johan Ekholm",
                        "role": "Upphandlingsexpert, utbildningar",
                        "unit": "Upphandlingsenheten",
                        "phone": "+358 40 000 1002",
                        "email": "johan.ekholm@example.fi",
                    },
                ),
            ],
        },
        "en": {
            "slug": "procurement-training-for-small-enterprises-and-associations",
            "title": "Procurement training for small enterprises and associations in spring 2027",
            "intro": (
                "In spring 2027 the county will run a free series of training sessions on public "
                "procurement. The training is aimed especially at small enterprises, associations "
                "and organisations that want to offer their services to the county."
            ),
            "body": [
                (
                    "paragraph",
                    (
                        "<p>The multi-producer model aims to bring as wide a range of service "
                        "providers as possible into the county's procurements. Many small "
                        "providers find the requirements of tender documents, and the time it "
                        "takes to prepare a tender, a barrier. Using practical examples, the "
                        "training shows how to read a contract notice and how to prepare a partial "
                        "tender for one lot.</p>"
                    ),
                ),
                ("heading", {"text": "Training sessions", "level": "h2"}),
                (
                    "paragraph",
                    (
                        "<ul>"
                        "<li><b>Tue 9 February 2027, 13.00–16.00, online:</b> Public procurement "
                        "basics for social and health services (in Finnish and Swedish)</li>"
                        "<li><b>Wed 24 February 2027, 13.00–15.00, online:</b> Showing your "
                        "suitability and the ESPD form in Hilma (in Finnish and Swedish)</li>"
                        "<li><b>Tue 9 March 2027, 9.00–12.00, Jakobstad:</b> Pricing a tender and "
                        "quality criteria (in Swedish and Finnish)</li>"
                        "<li><b>Wed 17 March 2027, 9.00–12.00, Vaasa:</b> Self-monitoring and "
                        "quality during the contract (in Finnish and Swedish)</li>"
                        "<li><b>Wed 24 March 2027, 9.00–12.00, Närpes:</b> Joint tenders and "
                        "subcontracting for small providers (in Swedish and Finnish)</li>"
                        "<li><b>Tue 13 April 2027, 13.00–15.00, online:</b> Becoming a "
                        "service-voucher provider in Ostrobothnia (in Finnish and Swedish)</li>"
                        "</ul>"
                    ),
                ),
                (
                    "paragraph",
                    (
                        "<p>Registration opens under the portal's events on Monday 7 December "
                        "2026. On-site sessions have room for 30 participants. If a session is "
                        "full, you can join the waiting list. Online sessions are recorded and the "
                        "recordings are published on the portal.</p>"
                    ),
                ),
                (
                    "callout",
                    {
                        "style": "info",
                        "title": "Suggest topics",
                        "text": (
                            "<p>Which questions would you like the training to answer? Send your "
                            "suggestions to markkinavuoropuhelu@example.fi and we will take them "
                            "into account when planning the content.</p>"
                        ),
                    },
                ),
                (
                    "contact",
                    {
                        "name": "Johan Ekholm",
                        "role": "Procurement specialist, training",
                        "unit": "Procurement unit",
                        "phone": "+358 40 000 1002",
                        "email": "johan.ekholm@example.fi",
                    },
                ),
            ],
        },
    },
]
