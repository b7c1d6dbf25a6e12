"""The OCDS open data as the Open Contracting Partnership's own tools see it, offline.

libcoveocds (the Data Review Tool's library) checks the release package and the record package
that ocdskit compiles from it: no validation error and none of the warnings that a publisher is
asked to fix (fields outside the schema and the declared extensions, empty objects, deprecated
fields, closed-codelist values outside the list, unreadable extensions).
"""

import copy
import datetime
from decimal import Decimal

import pytest
from django.utils import timezone
from wagtail.models import Locale
from wagtail_localize.models import Translation, TranslationSource

from portal.tenders.models import TenderPage
from tests.tenders.helpers import make_tender
from tests.tenders.ocds_tools import compile_records, review

# Every test here runs with the network shut and the tools reading tests/data/ocds.
pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("local_ocds")]

URL = "/open-data/ocds/release-package.json"

SWEDISH = {
    "Kotihoidon tukipalvelut": "Stödtjänster inom hemvården",
    "Tukipalvelut kotona asuville.": "Stödtjänster för dem som bor hemma.",
    "Ateriapalvelu": "Måltidsservice",
    "Ateriat kotiin.": "Måltider hem.",
    "Siivous": "Städning",
    "Kodin siivous.": "Städning i hemmet.",
}


def translate_to_swedish(tender, on_commit):
    """Translate with wagtail-localize, as staff do in the admin."""
    source, _created = TranslationSource.get_or_create_from_instance(tender)
    translation = Translation.objects.create(
        source=source, target_locale=Locale.objects.get(language_code="sv"))
    po = translation.export_po()
    for entry in po:
        entry.msgstr = f"{tender.slug}-sv" if entry.msgctxt == "slug" \
            else SWEDISH.get(entry.msgid, entry.msgid)
    translation.import_po(po)
    with on_commit(execute=True):
        translation.save_target(publish=True)


@pytest.fixture
def own_tenders(db, django_capture_on_commit_callbacks):
    """Only the tenders built here are published: the demo's are taken off the site."""
    TenderPage.objects.update(live=False)
    today = timezone.localdate()
    with_lots = make_tender(
        title="Kotihoidon tukipalvelut", intro="Tukipalvelut kotona asuville.",
        municipalities=("905", "499", "946"), max_lots_per_bidder=2,
        market_dialogue_date=today - datetime.timedelta(days=10),
        contract_start=today + datetime.timedelta(days=200), contract_duration_months=24,
        option_months=12, value_min=Decimal("500000"), value_max=Decimal("900000"),
        lots=[
            {"number": 1, "title": "Ateriapalvelu", "description": "Ateriat kotiin.",
             "estimated_value": Decimal("400000"), "municipalities": ["905", "499", "946"]},
            {"number": 2, "title": "Siivous", "description": "Kodin siivous.",
             "estimated_value": Decimal("90000"), "municipalities": ["598"]},
        ],
    )
    translate_to_swedish(with_lots, django_capture_on_commit_callbacks)
    open_for_tenders = make_tender(
        status="open", notice_url="https://www.hankintailmoitukset.fi/fi/public/procurement/1",
        tender_deadline=timezone.now() + datetime.timedelta(days=30),
        municipalities=("905",), value_is_public=False)
    # No dates at all: the tender period has nothing in it and must not appear.
    no_dates = make_tender(planned_publication=None, municipalities=("499", "598"))
    # A month, not a day: no start date, and no deadline yet.
    by_month = make_tender(planned_publication=today.replace(day=1) + datetime.timedelta(days=62),
                           planned_publication_precision="month", municipalities=())
    return {"with_lots": with_lots, "open": open_for_tenders, "no_dates": no_dates,
            "by_month": by_month}


def releases_by_reference(package):
    return {release["tender"]["id"]: release for release in package["releases"]}


def test_the_release_package_passes_libcoveocds_without_errors_or_warnings(
        client, own_tenders):
    package = client.get(URL).json()
    assert len(package["releases"]) == len(own_tenders)
    assert review(package) == {}


def test_the_compiled_record_package_passes_libcoveocds_without_errors_or_warnings(
        client, own_tenders):
    package = client.get(URL).json()
    records = compile_records(package)
    assert len(records["records"]) == len(own_tenders)
    assert review(records) == {}
    # ocdskit really compiled the releases: each record's compiled release is its tender.
    compiled = {record["compiledRelease"]["tender"]["id"] for record in records["records"]}
    assert compiled == {tender.reference for tender in own_tenders.values()}


def test_the_tools_ran_on_the_local_copies_only(client, own_tenders, local_ocds):
    package = client.get(URL).json()
    review(compile_records(package))
    assert any("ocds_location_extension" in url for url in local_ocds.requested)
    assert all(url.startswith(("https://codeload.github.com/open-contracting/standard/",
                               "https://github.com/open-contracting-extensions/",
                               "https://raw.githubusercontent.com/open-contracting-extensions/",
                               "https://standard.open-contracting.org/schema/1__1__5/"))
               for url in local_ocds.requested)


def test_the_check_fails_on_empty_objects_and_undeclared_fields(client, own_tenders):
    """What the fix removed is what the tools report: the check is not blind."""
    package = client.get(URL).json()
    broken = copy.deepcopy(package)
    release = broken["releases"][0]
    release["tender"]["tenderPeriod"] = {}
    release["tender"]["items"][0]["deliveryAddresses"] = [{"locality": "Vaasa"}]
    findings = review(broken)
    assert any("tenderPeriod" in finding for finding in findings["additional_checks"])
    assert any("deliveryAddresses" in finding for finding in findings["additional_fields"])
    del release["tender"]["id"]
    assert review(broken)["validation_errors"]


@pytest.mark.parametrize("extension", ["lots", "suitability", "location"])
def test_every_declared_extension_is_used(client, own_tenders, extension):
    """Without any one of the declared extensions, the tools find fields they cannot place."""
    package = client.get(URL).json()
    assert review(package) == {}
    declared = package["extensions"]
    without = [url for url in declared if f"ocds_{extension}_extension" not in url]
    assert len(without) == len(declared) - 1
    assert review({**package, "extensions": without})["additional_fields"]


def test_items_are_delivered_where_their_lots_are(client, own_tenders):
    releases = releases_by_reference(client.get(URL).json())
    items = releases[own_tenders["with_lots"].reference]["tender"]["items"]
    assert [item["relatedLot"] for item in items] == ["1", "2"]
    # Several municipalities: the region as the address, every municipality named.
    assert items[0]["deliveryAddress"] == {"region": "Pohjanmaa", "countryName": "Finland"}
    # (In alphabetical order: a lot's municipalities are a set of terms.)
    assert items[0]["deliveryLocation"] == {"description": "Mustasaari, Vaasa, Vöyri"}
    # One municipality: its own address.
    assert items[1]["deliveryAddress"] == {"locality": "Pietarsaari", "region": "Pohjanmaa",
                                           "countryName": "Finland"}
    no_lots = releases[own_tenders["no_dates"].reference]["tender"]["items"]
    assert no_lots[0]["deliveryLocation"] == {"description": "Mustasaari, Pietarsaari"}
    nowhere = releases[own_tenders["by_month"].reference]["tender"]["items"][0]
    assert "deliveryLocation" not in nowhere
    assert nowhere["deliveryAddress"] == {"region": "Pohjanmaa", "countryName": "Finland"}


def test_a_tender_without_dates_has_no_tender_period(client, own_tenders):
    releases = releases_by_reference(client.get(URL).json())
    assert "tenderPeriod" not in releases[own_tenders["no_dates"].reference]["tender"]
    assert "tenderPeriod" not in releases[own_tenders["by_month"].reference]["tender"]
    assert set(releases[own_tenders["open"].reference]["tender"]["tenderPeriod"]) == {
        "startDate", "endDate"}
    swedish = releases[own_tenders["with_lots"].reference]["tender"]
    assert swedish["title_sv"] == "Stödtjänster inom hemvården"
    assert [lot["title_sv"] for lot in swedish["lots"]] == ["Måltidsservice", "Städning"]
