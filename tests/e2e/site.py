"""The site the browser tests run on, built with the test factories (tests/factories.py).

`build_site()` makes what every browser test starts from: a bilingual site (home pages, the
tender calendar, events, pilot calls and news in the main menu, the accessibility statement
and privacy notice in the footer, who runs the portal). Each test module builds on it what
it tests. `built_once()` builds a set of records once in the session and restores it from a
database snapshot (tests/db_snapshot.py) for the tests after.
"""

import datetime
from decimal import Decimal
from types import SimpleNamespace

from django.db import models
from django.utils import timezone

from pilots.models import PilotCallIndexPage
from portal.core.models import FooterLink
from portal.events.models import EventIndexPage
from portal.news.models import NewsIndexPage
from portal.taxonomy.models import ContractType
from portal.tenders.domain import change_status
from portal.tenders.models import Lot, TenderIndexPage
from tests import db_snapshot, factories

# The password of every user the browser tests sign in as.
PASSWORD = "Pitkä-salalause-2026"

LANGUAGES = ("fi", "sv")

# The index pages in the main menu, with their Swedish titles (the factories give every
# language the Finnish one).
_INDEXES = {
    TenderIndexPage: "Upphandlingskalender",
    EventIndexPage: "Evenemang",
    PilotCallIndexPage: "Pilotutlysningar",
    NewsIndexPage: "Aktuellt",
}


def _publish(page, **fields):
    for name, value in fields.items():
        setattr(page, name, value)
    page.save_revision().publish()
    return type(page).objects.get(pk=page.pk)


def build_site():
    """The home page in Finnish, Swedish and English (the portal's three languages), the
    index pages in the main menu of each, the accessibility statement and privacy notice
    linked from the footer, and the organisation details the footer and e-mails show."""
    for language in ("fi", "sv", "en"):
        factories.home_page(language)
    _publish(factories.home_page("sv"), title="Marknadsdialog",
             hero_title="Samarbete med tjänsteproducenterna")
    for model, swedish_title in _INDEXES.items():
        index = factories.index_page(model)
        for page in model.objects.filter(translation_key=index.translation_key) \
                .select_related("locale"):
            swedish = page.locale.language_code == "sv"
            _publish(page, show_in_menus=True, **({"title": swedish_title} if swedish else {}))
    statement = bilingual(factories.AccessibilityStatementPageFactory(),
                          title="Tillgänglighetsutlåtande",
                          feedback_email="tillganglighet@example.fi")
    privacy = bilingual(factories.PrivacyNoticePageFactory(), title="Dataskyddsbeskrivning")
    for language, details in factories.organisation_details().items():
        if language in LANGUAGES:
            details.footer_links = [
                FooterLink(page=pages[language], sort_order=order)
                for order, pages in enumerate((statement, privacy))]
            details.save()


def bilingual(page, **swedish_fields):
    """{"fi": page, "sv": its published Swedish translation with `swedish_fields`}."""
    return {"fi": page, "sv": factories.translate(page, "sv", **swedish_fields)}


def make_supplier(email="toimittaja@hoiva.example.fi"):
    """A provider's user, who signs in with PASSWORD: the admin of one organisation and a
    member of another (as a consultant working for two). `.user`, `.admin_of`,
    `.member_of`."""
    admin = factories.AdminMembershipFactory(
        user__email=email, user__first_name="Tiina", user__last_name="Toimittaja",
        user__password=PASSWORD, organisation__name="Aurinkorinne Oy",
        organisation__service_areas=["home-care-support"],
        organisation__municipalities=["905", "598"])
    member = factories.MembershipFactory(user=admin.user, organisation__name="Kylätalkoot ry")
    return SimpleNamespace(user=admin.user, admin_of=admin.organisation,
                           member_of=member.organisation)


# -- the tender calendar ------------------------------------------------------------------------

NOTICE = "https://www.hankintailmoitukset.fi/fi/public/procurement/12345/notice/123456/overview"
# Every municipality of the county: a lot that covers them all has the longest cell.
ALL_MUNICIPALITIES = ["231", "280", "287", "288", "399", "440", "475", "499", "545", "598",
                      "599", "893", "905", "946"]


def _days(days, hour=12):
    moment = timezone.localtime() + datetime.timedelta(days=days)
    return moment.replace(hour=hour, minute=0, second=0, microsecond=0)


def make_tender(swedish, lot_titles=(), **fields):
    """{"fi": a tender (TenderPageFactory), "sv": its Swedish translation}; `swedish` are
    the fields the translator changed, `lot_titles` the lots' Swedish titles in order."""
    tender = factories.TenderPageFactory(**fields)
    translation = factories.translate(tender, "sv", **swedish)
    for lot, title in zip(translation.lot_list, lot_titles, strict=False):
        Lot.objects.filter(pk=lot.pk).update(title=title)
    return {"fi": tender, "sv": type(translation).objects.get(pk=translation.pk)}


def make_calendar():
    """Five tenders with lots in Finnish and Swedish, one in each state a provider meets,
    their lots of every shape the lot table shows (values or none, volumes, one or every
    municipality, SME-sized by value or by staff's decision, long compound words).

    {"home_care": planned, published in 60 days, in Vaasa (905) and Jakobstad (598), two of
    its three lots SME-sized; "housing": in market dialogue, taking expressions of interest;
    "child_welfare": open for tenders, its value not public; "rehabilitation": awarded;
    "substance_abuse": cancelled}, each {"fi": page, "sv": page}. The first by reference
    is "home_care".
    """
    calendar = {}
    calendar["home_care"] = make_tender(
        {"title": "Stödtjänster inom hemvården",
         "intro": "Hemvård och dess stödtjänster: mat-, städ- och ärendetjänster för dem som "
                  "bor hemma."},
        lot_titles=["Måltidstjänst", "Städ- och ärendetjänst", "Trygghetstelefontjänster"],
        title="Kotihoidon tukipalvelut", reference="E2E-2027-001",
        intro="Kotihoito ja sen tukipalvelut: ateria-, siivous- ja asiointipalvelut kotona "
              "asuville.",
        service_areas=["home-care-support"], municipalities=["905", "598"],
        contract_type=factories.term(ContractType, "service-voucher"),
        value_min=Decimal("2400000"), value_max=Decimal("3000000"),
        contract_duration_months=36, option_months=12,
        lots=[
            {"title": "Ateriapalvelu", "description": "Lämpimät ateriat kotiin kuljetettuina.",
             "estimated_value": Decimal("1200000"), "annual_value": Decimal("300000"),
             "volume_quantity": 45000, "volume_unit": "visits", "municipalities": ["905"]},
            {"title": "Siivous- ja asiointipalvelu", "requirements": "Oma vastuuhenkilö.",
             "estimated_value": Decimal("600000"), "annual_value": Decimal("150000"),
             "volume_quantity": 300, "volume_unit": "clients", "municipalities": ["598"]},
            {"title": "Turvapuhelinpalvelut ja turva-auttajat",
             "estimated_value": Decimal("3600000"), "annual_value": Decimal("900000"),
             "volume_quantity": 1200, "volume_unit": "clients",
             "municipalities": ["905", "598"]},
        ])
    calendar["housing"] = make_tender(
        {"title": "Effektiviserat serviceboende för äldre",
         "intro": "Dygnet runt-serviceboende för äldre i hela välfärdsområdet."},
        lot_titles=["Dygnet runt-serviceboende för äldre med minnessjukdomar",
                    "Serviceboende i Jakobstadsregionen"],
        title="Ikäihmisten tehostettu palveluasuminen", reference="E2E-2027-002",
        intro="Ympärivuorokautinen palveluasuminen ikäihmisille koko hyvinvointialueella.",
        service_areas=["housing-older-people"], municipalities=ALL_MUNICIPALITIES,
        cpv_codes=["85311100", "85311000"], procedure="national_social_health",
        market_dialogue_date=timezone.localdate() + datetime.timedelta(days=20),
        interest_deadline=_days(30, 16), tender_deadline=_days(90, 12),
        value_min=Decimal("24000000"), max_lots_per_bidder=1,
        sme_notes="<p>Osa-alueet on mitoitettu niin, että pienetkin yksiköt voivat "
                  "tarjota yhdessä.</p>",
        lots=[
            {"title": "Ympärivuorokautinen palveluasuminen muistisairaille ikäihmisille",
             "description": "Palveluasumisyksikköjen ympärivuorokautinen hoiva ja huolenpito.",
             "estimated_value": Decimal("18000000"), "annual_value": Decimal("4500000"),
             "volume_quantity": 120, "volume_unit": "places",
             "municipalities": ALL_MUNICIPALITIES},
            {"title": "Palveluasuminen Pietarsaaren seudulla",
             "estimated_value": Decimal("6000000"), "annual_value": Decimal("1500000"),
             "volume_quantity": 40, "volume_unit": "places",
             "municipalities": ["598", "599", "440"], "sme_override": True,
             "sme_override_reason": "Yhteistarjoukset ovat mahdollisia."},
        ])
    change_status(calendar["housing"]["fi"], "market_dialogue")
    calendar["child_welfare"] = make_tender(
        {"title": "Stödtjänster för familjevården inom barnskyddet",
         "intro": "Handledning och avlastning för familjehem."},
        lot_titles=["Handledning av familjehem", "Avlastningsvård"],
        title="Lastensuojelun perhehoidon tukipalvelut", reference="E2E-2027-003",
        intro="Työnohjausta ja lomitusta perhehoitajille.",
        service_areas=["child-welfare-placements"], municipalities=["905", "893", "946"],
        contract_type=factories.term(ContractType, "dynamic-purchasing-system"),
        value_is_public=False, tender_deadline=_days(25, 12),
        planned_publication=timezone.localdate() - datetime.timedelta(days=5),
        lots=[
            {"title": "Perhehoitajien työnohjaus", "volume_quantity": 2000,
             "volume_unit": "hours", "estimated_value": Decimal("400000")},
            {"title": "Lomituspalvelu", "volume_quantity": 60, "volume_unit": "clients"},
        ])
    change_status(calendar["child_welfare"]["fi"], "open", notice_url=NOTICE)
    calendar["rehabilitation"] = make_tender(
        {"title": "Terapitjänster inom rehabiliteringen",
         "intro": "Fysioterapi och ergoterapi hemma och på mottagningen."},
        lot_titles=["Fysioterapi", "Ergoterapi"],
        title="Kuntoutuksen terapiapalvelut", reference="E2E-2027-004",
        intro="Fysio- ja toimintaterapiaa kotona ja vastaanotolla.",
        service_areas=["rehabilitation"], municipalities=["287", "288"],
        planned_publication=timezone.localdate() - datetime.timedelta(days=120),
        lots=[
            {"title": "Fysioterapia", "estimated_value": Decimal("800000"),
             "annual_value": Decimal("200000"), "volume_quantity": 5000,
             "volume_unit": "visits"},
            {"title": "Toimintaterapia", "estimated_value": Decimal("400000"),
             "annual_value": Decimal("100000")},
        ])
    for status in ("open", "evaluation", "awarded"):
        change_status(calendar["rehabilitation"]["fi"], status, notice_url=NOTICE)
    calendar["substance_abuse"] = make_tender(
        {"title": "Institutionsrehabilitering för missbrukare",
         "intro": "Rehabilitering på institution på finska och svenska.",
         "status_note": "Upphandlingen avbröts: tjänsten ordnas i egen regi."},
        lot_titles=["Finskspråkig rehabilitering", "Svenskspråkig rehabilitering"],
        title="Päihdekuntoutuksen laitospalvelut", reference="E2E-2027-005",
        intro="Laitoskuntoutusta suomeksi ja ruotsiksi.",
        service_areas=["housing-mental-health-substance-abuse"], municipalities=["905"],
        status_note="Hankinta keskeytettiin: palvelu järjestetään omana toimintana.",
        lots=[
            {"title": "Suomenkielinen laitoskuntoutus", "estimated_value": Decimal("500000"),
             "annual_value": Decimal("250000"), "volume_quantity": 12,
             "volume_unit": "places"},
            {"title": "Ruotsinkielinen laitoskuntoutus", "estimated_value": Decimal("300000"),
             "annual_value": Decimal("150000"), "volume_quantity": 6,
             "volume_unit": "places"},
        ])
    change_status(calendar["substance_abuse"]["fi"], "cancelled")
    return {name: {language: type(page).objects.get(pk=page.pk)
                   for language, page in pages.items()}
            for name, pages in calendar.items()}


# -- built once, restored after -----------------------------------------------------------

_built = {}


def built_once(name, build):
    """`build()`'s records, built on the database as it is now the first time a test asks,
    and snapshotted as `name`; later tests restore the snapshot (the same rows, ids and
    sequences) and get the records read again, so that nothing one test changed on them
    carries over."""
    if name in _built and db_snapshot.exists(name):
        db_snapshot.restore(name)
        return _fresh(_built[name])
    _built[name] = build()
    db_snapshot.take(name)
    return _fresh(_built[name])


def _fresh(value):
    if isinstance(value, models.Model):
        return type(value)._default_manager.get(pk=value.pk)
    if isinstance(value, dict):
        return {key: _fresh(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return type(value)(_fresh(item) for item in value)
    if isinstance(value, SimpleNamespace):
        return SimpleNamespace(**_fresh(vars(value)))
    return value
