"""The monthly follow-up report in Swedish and Finnish: municipality names and tender, lot,
event and pilot-call titles in the file's language, the other language only where there is
no translation (marked "[fi]"), for reports frozen now and for those frozen before names
were kept in every language."""

import datetime
import importlib
from decimal import Decimal

import pytest
from django.apps import apps
from django.utils import translation
from django.utils.translation import gettext as _
from wagtail.models import Locale

from pilots.models import PilotCallPage
from portal.core.dates import HELSINKI
from portal.events.models import EventPage
from portal.metrics.models import MonthlyReport
from portal.metrics.periods import Period
from portal.metrics.reports import generate_report
from portal.tenders.models import TenderPage
from suppliers.interests.models import InterestedLot, TenderInterest
from tests.core.export_languages import all_text, assert_no_unmarked, csv_cells, xlsx_cells
from tests.events.helpers import make_event
from tests.pilots.helpers import make_call
from tests.tenders.helpers import make_tender

from .admin.helpers import controller
from .conftest import make_org

pytestmark = pytest.mark.django_db

# Names that have a Swedish translation: never in a Swedish file, marked or not.
TRANSLATED_FI = ["Uusikaarlepyy", "Vöyri", "Kotihoidon tukipalvelut", "Kotihoito Vöyrillä",
                 "Hankintakoulutus syksy", "Yksinäisyyden torjunta"]
SWEDISH = ["Nykarleby", "Vörå", "Stödtjänster för hemvård", "Hemvård i Vörå",
           "Upphandlingsutbildning hösten", "Motverka ensamhet"]
# Names with no Swedish translation: in a Swedish file only as "name [fi]".
FINNISH_ONLY = ["Asumispalvelut ikäihmisille", "Markkinavuoropuhelu asumisesta",
                "Digitaalinen kotikuntoutus"]


def in_month(period, day=15):
    return datetime.datetime.combine(period.start.replace(day=day), datetime.time(12),
                                     tzinfo=HELSINKI)


def swedish(page, title, **fields):
    translated = page.copy_for_translation(Locale.objects.get(language_code="sv"),
                                           copy_parents=True)
    translated.title = title
    translated.slug = f"{page.slug}-sv"
    for name, value in fields.items():
        setattr(translated, name, value)
    translated.save_revision().publish()
    return type(page).objects.get(pk=translated.pk)


def interest(tender, organisation, when, lots=()):
    made = TenderInterest.objects.create(tender_key=tender.translation_key,
                                         organisation=organisation, mode="alone", language="fi")
    TenderInterest.objects.filter(pk=made.pk).update(created_at=when)
    for lot in lots:
        InterestedLot.objects.create(interest=made, lot_key=lot.translation_key)


@pytest.fixture
def bilingual_month(db):
    """Last month, with organisations in Nykarleby and Vörå, interests in a tender that has
    a Swedish translation (and its lot) and in one that has none, an event and a pilot call
    of each kind."""
    period = Period.last_full_month()
    when = in_month(period)
    organisations = [make_org(when, municipalities=["893"]),
                     make_org(when, municipalities=["946", "893"])]
    both = make_tender(title="Kotihoidon tukipalvelut", lots=[
        {"number": 1, "title": "Kotihoito Vöyrillä", "annual_value": Decimal("1000"),
         "estimated_value": Decimal("4000"), "municipalities": ["946"]}])
    translated = swedish(both, "Stödtjänster för hemvård")
    lot = translated.lots.get()
    lot.title = "Hemvård i Vörå"
    lot.save()
    finnish_only = make_tender(title="Asumispalvelut ikäihmisille")
    # A Swedish translation begun but not published: it still carries the Finnish title.
    draft = finnish_only.copy_for_translation(Locale.objects.get(language_code="sv"))
    assert not draft.live and draft.title == "Asumispalvelut ikäihmisille"
    for organisation in organisations:
        interest(both, organisation, when, lots=both.lots.all())
        interest(finnish_only, organisation, when)
    days = (when - datetime.datetime.now(HELSINKI)).days
    training = make_event(days=days, title="Hankintakoulutus syksy")
    swedish(training, "Upphandlingsutbildning hösten")
    make_event(days=days, title="Markkinavuoropuhelu asumisesta", event_type="market_dialogue")
    call = make_call(opens_days=days, deadline_days=days + 5, title="Yksinäisyyden torjunta")
    swedish(call, "Motverka ensamhet")
    make_call(opens_days=days, deadline_days=days + 5, title="Digitaalinen kotikuntoutus")
    return period


def path(period, kind, language):
    return f"/admin/metrics/reports/{period.start:%Y-%m}/{kind}/?lang={language}"


def assert_swedish(rows):
    text = all_text(rows)
    for name in SWEDISH:
        assert name in text
    for name in TRANSLATED_FI:
        assert name not in text
    for name in FINNISH_ONLY:
        assert f"{name} [fi]" in text
    assert_no_unmarked(rows, FINNISH_ONLY, "fi")


def assert_finnish(rows):
    text = all_text(rows)
    for name in TRANSLATED_FI + FINNISH_ONLY:
        assert name in text
    for name in SWEDISH:
        assert name not in text
    assert "[fi]" not in text and "[sv]" not in text


def test_the_swedish_csv_names_everything_in_swedish(client, django_user_model,
                                                     bilingual_month):
    generate_report(bilingual_month)  # frozen in the default language, as the task does
    client.force_login(controller(django_user_model))
    rows = csv_cells(client.get(path(bilingual_month, "csv", "sv")))
    with translation.override("sv"):
        assert rows[0] == [_("Section"), _("Indicator"), _("Breakdown"), _("Item"),
                           _("Value")] == ["Avsnitt", "Indikator", "Fördelning", "Post",
                                           "Värde"]
        assert any(row[2] == _("By municipality served") for row in rows)
    assert_swedish(rows)
    assert_finnish(csv_cells(client.get(path(bilingual_month, "csv", "fi"))))


def test_the_swedish_xlsx_names_everything_in_swedish(client, django_user_model,
                                                      bilingual_month):
    with translation.override("sv"):  # made in either language, the file is the same
        generate_report(bilingual_month)
    client.force_login(controller(django_user_model))
    sheets = xlsx_cells(client.get(path(bilingual_month, "xlsx", "sv")))
    with translation.override("sv"):
        assert list(sheets)[0] == "Sammanfattning"
        assert sheets["Sammanfattning"][0] == [_("Section"), _("Indicator"), _("Value"),
                                               _("Unit")]
    assert_swedish([row for rows in sheets.values() for row in rows])
    finnish = xlsx_cells(client.get(path(bilingual_month, "xlsx", "fi")))
    assert_finnish([row for rows in finnish.values() for row in rows])


def test_a_report_frozen_with_finnish_names_reads_in_swedish_after_the_migration(
        client, django_user_model, bilingual_month):
    report, _made = generate_report(bilingual_month)
    # As reports were stored before: one label per row, in the language they were made in.
    for stored in report.figures.values():
        for rows in stored["breakdowns"].values():
            for row in rows:
                if "labels" in row:
                    row["label"] = row.pop("labels")["fi"]
    gone = {"key": "00000000-0000-0000-0000-000000000000", "value": 1, "url": None,
            "label": "Poistettu hankinta"}
    report.figures["interests_new"]["breakdowns"]["per_tender"].append(gone)
    report.save()
    client.force_login(controller(django_user_model))
    before = all_text(csv_cells(client.get(path(bilingual_month, "csv", "sv"))))
    assert "Vöyri" in before and "Vörå" not in before  # the defect, as it was stored

    migration = importlib.import_module(
        "portal.metrics.migrations.0003_report_names_in_every_language")
    migration.names_in_every_language(apps, None)

    report.refresh_from_db()
    rows = csv_cells(client.get(path(bilingual_month, "csv", "sv")))
    assert_swedish(rows)
    # A page deleted since keeps the one label it was stored with.
    assert "Poistettu hankinta" in all_text(rows)
    assert MonthlyReport.objects.get(pk=report.pk).figures["interests_new"]["breakdowns"][
        "per_tender"][-1] == gone


def test_pages_and_municipalities_without_rows_in_any_language_keep_their_key(
        client, django_user_model, bilingual_month):
    # The report lists what it counted even when a page has been deleted since.
    TenderPage.objects.filter(title="Asumispalvelut ikäihmisille").delete()
    EventPage.objects.filter(title="Markkinavuoropuhelu asumisesta").delete()
    PilotCallPage.objects.filter(title="Digitaalinen kotikuntoutus").delete()
    report, _made = generate_report(bilingual_month)
    client.force_login(controller(django_user_model))
    text = all_text(csv_cells(client.get(path(bilingual_month, "csv", "sv"))))
    assert "Stödtjänster för hemvård" in text and "[fi]" not in text
    assert report.figures["interests_new"]["breakdowns"]["per_tender"]
