"""Feeds and open data, each read back with a parser for its format."""

import copy
import csv
import datetime
import io
import json
from decimal import Decimal
from pathlib import Path

import feedparser
import icalendar
import jsonschema
import pytest
from django.utils import timezone

from portal.tenders.models import TenderPage
from tests.factories import translate
from tests.tenders.helpers import index_page, make_tender

pytestmark = pytest.mark.django_db

OCDS = Path(__file__).resolve().parents[1] / "data" / "ocds"
NOTICE = "https://www.hankintailmoitukset.fi/fi/public/procurement/12345/notice/123456/overview"


def live_tenders(language):
    return TenderPage.objects.live().filter(locale__language_code=language)


@pytest.mark.parametrize("language", ["fi", "sv"])
@pytest.mark.parametrize("kind", ["rss", "atom"])
def test_feeds_list_the_tenders_of_their_language(client, language, kind):
    index = index_page(language)
    made = make_tender(title="Syötteen testihankinta")
    if language != "fi":
        translation = made.copy_for_translation(index.locale)
        translation.title = "Upphandling för flödestest"
        translation.save_revision().publish()
        made = translation
    response = client.get(f"{index.url}feed/{kind}/")
    assert response.status_code == 200
    assert response["Content-Type"].startswith(
        "application/rss+xml" if kind == "rss" else "application/atom+xml")
    feed = feedparser.parse(response.content)
    assert not feed.bozo, feed.bozo_exception
    assert feed.feed.title == index.title
    titles = {entry.title.rsplit(" (", 1)[0] for entry in feed.entries}
    assert made.title in titles
    assert titles == {tender.title for tender in live_tenders(language)}
    for entry in feed.entries:
        assert entry.link.startswith("http://testserver/" + language + "/")


def deadline(days):
    return timezone.now().replace(microsecond=0) + datetime.timedelta(days=days)


def test_a_changed_tender_moves_to_the_top_of_the_feed(client):
    tender = make_tender()
    make_tender()
    assert live_tenders("fi").order_by("last_published_at").last() != tender
    tender.save_revision().publish()
    feed = feedparser.parse(client.get(f"{index_page().url}feed/rss/").content)
    assert feed.entries[0].title.startswith(tender.title)


def test_a_status_change_is_news_in_the_feed(client):
    from portal.tenders.domain import change_status

    tender = make_tender()
    make_tender()
    # Published yesterday: the status change is a publication of its own.
    TenderPage.objects.filter(pk=tender.pk).update(
        last_published_at=timezone.now() - datetime.timedelta(days=1))
    tender = TenderPage.objects.get(pk=tender.pk)
    assert tender.status == "planned"
    before = feedparser.parse(client.get(f"{index_page().url}feed/rss/").content)
    change_status(tender, "cancelled")
    after = feedparser.parse(client.get(f"{index_page().url}feed/rss/").content)
    assert after.entries[0].title.startswith(tender.title)
    assert after.entries[0].id not in {entry.id for entry in before.entries}


def test_milestones_of_a_cancelled_tender_are_cancelled(client):
    from portal.tenders.domain import change_status

    tender = make_tender(market_dialogue_date=timezone.localdate() + datetime.timedelta(days=20),
                         tender_deadline=deadline(90))
    change_status(tender, "market_dialogue")
    change_status(tender, "cancelled")
    calendar = icalendar.Calendar.from_ical(client.get(f"{index_page().url}milestones/").content)
    events = [e for e in calendar.walk("VEVENT")
              if str(e["uid"]).startswith(str(tender.translation_key))]
    assert events and all(str(e["status"]) == "CANCELLED" for e in events)


def test_milestones_are_an_icalendar_with_stable_uids(client):
    for days in (60, 120):
        translate(make_tender(tender_deadline=deadline(days)), "sv")
    response = client.get(f"{index_page('sv').url}milestones/")
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    calendar = icalendar.Calendar.from_ical(response.content)
    events = calendar.walk("VEVENT")
    assert events
    uids = [str(event["uid"]) for event in events]
    assert len(uids) == len(set(uids))
    deadlines = [t for t in live_tenders("sv") if t.tender_deadline]
    deadline_events = [e for e in events if str(e["uid"]).split("@")[0].endswith(
        "tender-deadline")]
    assert len(deadline_events) == len(deadlines)
    tender = deadlines[0]
    event = next(e for e in deadline_events
                 if str(e["uid"]).startswith(str(tender.translation_key)))
    assert event.decoded("dtstart") == tender.tender_deadline
    assert tender.title in str(event["summary"])
    finnish = icalendar.Calendar.from_ical(client.get(f"{index_page().url}milestones/").content)
    assert {str(e["uid"]) for e in finnish.walk("VEVENT")} == set(uids)


def test_csv_export_follows_the_filters_and_hides_hidden_values(client):
    from portal.tenders.domain import change_status

    change_status(make_tender(), "open", notice_url=NOTICE)
    make_tender(value_is_public=False, value_max=Decimal("2000000"))
    response = client.get(f"{index_page().url}csv/?status=open")
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    header, body = rows[0], rows[1:]
    assert header[0] in {"Viite", "Reference"} or header[0]
    assert {row[0] for row in body} == {t.reference for t in
                                        live_tenders("fi").filter(status="open")}
    everything = list(csv.reader(io.StringIO(
        client.get(f"{index_page().url}csv/").content.decode("utf-8-sig"))))[1:]
    hidden = {t.reference for t in live_tenders("fi").filter(value_is_public=False)}
    assert hidden
    for row in everything:
        if row[0] in hidden:
            assert row[7] == row[8] == ""


def test_csv_cells_cannot_start_a_spreadsheet_formula(client):
    tender = make_tender()
    tender.title = "=HYPERLINK(\"http://example.com\")"
    tender.save_revision().publish()
    rows = list(csv.reader(io.StringIO(
        client.get(f"{index_page().url}csv/").content.decode("utf-8-sig"))))
    titles = [row[1] for row in rows[1:]]
    assert "'=HYPERLINK(\"http://example.com\")" in titles


def test_the_index_advertises_its_feeds_and_open_data(client):
    html = client.get(index_page().url).content.decode()
    for media_type in ("application/rss+xml", "application/atom+xml", "text/calendar",
                       "application/json"):
        assert f'<link rel="alternate" type="{media_type}"' in html


def _merge_patch(target, patch):
    """RFC 7386: objects merge key by key, null deletes."""
    if not isinstance(patch, dict):
        return patch
    target = copy.deepcopy(target) if isinstance(target, dict) else {}
    for key, value in patch.items():
        if value is None:
            target.pop(key, None)
        else:
            target[key] = _merge_patch(target.get(key), value)
    return target


def release_schema():
    schema = json.loads((OCDS / "1.1.5" / "release-schema.json").read_text())
    for extension in ("lots", "suitability", "location"):
        patch = json.loads((OCDS / "extensions" / extension / "release-schema.json").read_text())
        schema = _merge_patch(schema, patch)
    return schema


def test_ocds_release_package_validates_against_the_schema(client):
    make_tender(lots=[{"title": "Vaasa", "estimated_value": Decimal("400000"),
                       "municipalities": ["905"]}])
    response = client.get("/open-data/ocds/release-package.json")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    package = response.json()
    package_schema = json.loads(
        (OCDS / "1.1.5" / "release-package-schema.json").read_text())
    package_schema["properties"]["releases"]["items"] = {"type": "object"}
    jsonschema.Draft4Validator(package_schema).validate(package)
    validator = jsonschema.Draft4Validator(release_schema())
    for release in package["releases"]:
        errors = sorted(validator.iter_errors(release), key=str)
        assert not errors, [f"{list(e.path)}: {e.message}" for e in errors[:5]]
    assert len(package["releases"]) == live_tenders("fi").count()


def test_ocds_releases_carry_lots_sme_suitability_cpv_and_municipalities(client):
    tender = make_tender(lots=[
        {"title": "Vaasa", "estimated_value": Decimal("400000"), "municipalities": ["905"]},
        {"title": "Mustasaari", "estimated_value": Decimal("300000"),
         "municipalities": ["499"]}])
    translate(tender, "sv", title="Hemvård i Österbotten")
    package = client.get("/open-data/ocds/release-package.json").json()
    release = next(r for r in package["releases"] if r["tender"]["id"] == tender.reference)
    assert release["ocid"].endswith(tender.reference)
    lots = release["tender"]["lots"]
    assert [lot["id"] for lot in lots] == [str(lot.number) for lot in tender.lot_list]
    assert all(isinstance(lot["suitability"]["sme"], bool) for lot in lots)
    item = release["tender"]["items"][0]
    assert item["classification"]["scheme"] == "CPV"
    assert item["relatedLot"] == lots[0]["id"]
    assert item["deliveryAddress"]["countryName"] == "Finland"
    assert item["deliveryLocation"]["description"]
    swedish = tender.get_translation(index_page("sv").locale)
    assert release["tender"]["title_sv"] == swedish.title
    assert release["tag"] in (["planning"], ["tender"], ["tenderCancellation"],
                              ["planningUpdate"])


def test_ocds_never_reveals_a_hidden_value(client):
    """A tender whose value staff chose not to publish appears without any value, its lots'
    neither; the same tender with its value public shows it (so the test can fail)."""
    lots = [{"number": 1, "title": "Vaasa", "estimated_value": Decimal("400000")}]
    hidden = make_tender(value_is_public=False, value_min=Decimal("800000"),
                         value_max=Decimal("900000"), lots=lots)
    shown = make_tender(value_min=Decimal("800000"), value_max=Decimal("900000"), lots=lots)
    package = client.get("/open-data/ocds/release-package.json").json()
    releases = {release["tender"]["id"]: release for release in package["releases"]}
    assert hidden.reference in releases and shown.reference in releases
    assert "value" in releases[shown.reference]["tender"]
    assert "value" in releases[shown.reference]["tender"]["lots"][0]
    tender = releases[hidden.reference]["tender"]
    assert "value" not in tender and "minValue" not in tender
    assert tender["lots"] and all("value" not in lot for lot in tender["lots"])
    assert "800000" not in json.dumps(tender) and "400000" not in json.dumps(tender)
    for reference in {t.reference for t in live_tenders("fi").filter(value_is_public=False)}:
        assert "value" not in releases[reference]["tender"], reference
