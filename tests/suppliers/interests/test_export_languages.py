"""A tender's interests exported in Swedish (and Finnish): Swedish column titles, choices and
lot titles; the lots of a tender with no Swedish translation in Finnish marked "[fi]"; the
same number of queries for one and for four interests."""

import pytest
from django.utils import translation
from django.utils.translation import gettext as _
from wagtail.models import Locale

from portal.tenders.models import Lot, TenderPage
from suppliers.enums import OrganisationType
from suppliers.interests import domain
from suppliers.interests.enums import ParticipationMode
from suppliers.interests.report import export_rows
from tests.core.export_languages import all_text, assert_no_unmarked, csv_cells, xlsx_cells
from tests.tenders.helpers import make_tender

from .conftest import LOTS

pytestmark = pytest.mark.django_db

SWEDISH_LOTS = {1: "Vasa och Korsholm", 2: "Jakobstad", 3: "Närpes"}
FINNISH_LOTS = [lot["title"] for lot in LOTS]  # "Vaasa ja Mustasaari", "Pietarsaari", …


def swedish(tender):
    translated = tender.copy_for_translation(Locale.objects.get(language_code="sv"))
    translated.title, translated.slug = "Stödtjänster för hemvård", f"{tender.slug}-sv"
    translated.save_revision().publish()
    for number, title in SWEDISH_LOTS.items():
        Lot.objects.filter(tender=translated, number=number).update(title=title)
    return TenderPage.objects.get(pk=translated.pk)


@pytest.fixture
def interested(tender, member, make_user, make_organisation):
    """The bilingual tender and a Finnish-only one, each with an interest in lots 1 and 2."""
    swedish(tender)
    finnish_only = make_tender(title="Asumispalvelut", lots=LOTS)
    user, organisation = member
    for page in (tender, finnish_only):
        keys = [lot.translation_key for lot in page.lot_list[:2]]
        domain.register_interest(user, organisation, page, mode="alone", lot_keys=keys)
    return tender, finnish_only


def url(tender, suffix, language):
    return f"/admin/tenders/{tender.pk}/interests/{suffix}?lang={language}"


def header(report, language):
    with translation.override(language):
        return [str(title) for title in export_rows(report)[0]]


def assert_swedish_choices(rows):
    text = all_text(rows)
    with translation.override("sv"):
        assert str(OrganisationType.COMPANY.label) == "Företag" and _("No") == "Nej"
        assert "\tFöretag\t" in text and "\tNej\t" in text
        assert str(ParticipationMode.ALONE.label) in text
    with translation.override("fi"):
        assert str(OrganisationType.COMPANY.label) not in text and "\tEi\t" not in text
        assert str(ParticipationMode.ALONE.label) not in text


def test_the_swedish_files_of_a_translated_tender_are_in_swedish(admin_client, interested):
    tender, _finnish_only = interested
    rows = csv_cells(admin_client.get(url(tender, "csv/", "sv")))
    with translation.override("sv"):
        assert rows[0][:2] == [_("Organisation"), _("Business ID")] == \
            ["Organisation", "FO-nummer"]
    assert_swedish_choices(rows[1:])
    sheets = xlsx_cells(admin_client.get(url(tender, "xlsx/", "sv")))
    assert list(sheets) == ["Intresseanmälningar", "Sammanfattning"]
    summary = sheets["Sammanfattning"]
    assert [row[0] for row in summary[1:]] == [
        "Hela upphandlingen", "1. Vasa och Korsholm", "2. Jakobstad", "3. Närpes"]
    text = all_text([row for rows in sheets.values() for row in rows])
    for name in FINNISH_LOTS:
        assert name not in text
    assert "[fi]" not in text


def test_a_tender_without_swedish_shows_its_finnish_lot_titles_marked(admin_client,
                                                                       interested):
    _tender, finnish_only = interested
    sheets = xlsx_cells(admin_client.get(url(finnish_only, "xlsx/", "sv")))
    summary = sheets["Sammanfattning"]
    assert [row[0] for row in summary[1:]] == [
        "Hela upphandlingen", "1. Vaasa ja Mustasaari [fi]", "2. Pietarsaari [fi]",
        "3. Närpiö [fi]"]
    rows = [row for rows in sheets.values() for row in rows]
    assert_no_unmarked(rows, FINNISH_LOTS, "fi")
    assert_swedish_choices(sheets["Intresseanmälningar"][1:])


def test_the_finnish_files_are_in_finnish(admin_client, interested):
    tender, _finnish_only = interested
    sheets = xlsx_cells(admin_client.get(url(tender, "xlsx/", "fi")))
    with translation.override("fi"):
        assert list(sheets) == [_("Interests"), _("Summary")]
    assert "Sammanfattning" not in sheets
    text = all_text([row for rows in sheets.values() for row in rows])
    assert "1. Vaasa ja Mustasaari" in text and "Jakobstad" not in text and "[" not in text


@pytest.mark.parametrize("count", [1, 4])
def test_the_files_take_the_same_queries_for_any_number_of_interests(
        admin_client, interested, make_user, make_organisation, django_assert_num_queries,
        count):
    tender, _finnish_only = interested
    for number in range(count):
        user = make_user()
        domain.register_interest(user, make_organisation(user, name=f"Yritys {number}"),
                                 tender, mode="alone",
                                 lot_keys=[tender.lot_list[0].translation_key])
    admin_client.get(url(tender, "xlsx/", "sv"))
    with django_assert_num_queries(9):
        admin_client.get(url(tender, "xlsx/", "sv"))
