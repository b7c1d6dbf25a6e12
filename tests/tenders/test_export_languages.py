"""The calendar's CSV in Swedish (and Finnish): Swedish column titles, statuses, tender
titles and term names; a term with no Swedish name shows its Finnish one marked "[fi]"; a
tender with no Swedish translation is not in the Swedish calendar at all. The same number of
queries for two and for six tenders."""

import pytest
from django.utils import translation
from django.utils.translation import gettext as _
from wagtail.models import Locale

from portal.taxonomy.models import ServiceArea
from portal.tenders.export import _columns
from portal.tenders.models import TenderPage
from tests.core.export_languages import all_text, assert_no_unmarked, csv_cells

from .helpers import index_page, make_tender

pytestmark = pytest.mark.django_db

TRANSLATED_FI = ["Uusikaarlepyy", "Vöyri", "Kotihoidon tukipalvelut"]
FINNISH_ONLY_TERM = "Kokeilupalvelualue"
FINNISH_ONLY_TENDER = "Asumispalvelut ikäihmisille"


def swedish(tender, title):
    translated = tender.copy_for_translation(Locale.objects.get(language_code="sv"))
    translated.title, translated.slug = title, f"{tender.slug}-sv"
    translated.save_revision().publish()
    return TenderPage.objects.get(pk=translated.pk)


@pytest.fixture
def tenders(db):
    ServiceArea.objects.create(code="kokeilu", name_fi=FINNISH_ONLY_TERM, name_sv="")
    both = make_tender(title="Kotihoidon tukipalvelut", municipalities=("893", "946"),
                       service_area="kokeilu", reference="KIELI-1")
    swedish(both, "Stödtjänster för hemvård")
    make_tender(title=FINNISH_ONLY_TENDER, municipalities=("946",), reference="KIELI-2")


def header(language):
    with translation.override(language):
        return [str(title) for title, _value in _columns()]


def assert_swedish_header(row):
    with translation.override("sv"):
        assert row[:2] == [_("Reference"), _("Title")] == ["Referensnummer", "Rubrik"]
    assert row == header("sv")
    assert not set(row) & (set(header("fi")) - set(header("sv")))


def calendar_csv(client, language):
    return csv_cells(client.get(f"{index_page(language).url}csv/"))


def test_the_swedish_calendar_csv_is_in_swedish(client, tenders):
    rows = calendar_csv(client, "sv")
    assert_swedish_header(rows[0])
    ours = [row for row in rows if row[0].startswith("KIELI-")]
    assert [row[0] for row in ours] == ["KIELI-1"]  # no Swedish page, not in the calendar
    text = all_text(ours)
    assert "Stödtjänster för hemvård" in text
    assert "Nykarleby; Vörå" in text
    assert f"{FINNISH_ONLY_TERM} [fi]" in text
    for name in [*TRANSLATED_FI, FINNISH_ONLY_TENDER]:
        assert name not in text
    assert_no_unmarked(ours, [FINNISH_ONLY_TERM], "fi")


def test_the_finnish_calendar_csv_is_in_finnish(client, tenders):
    rows = calendar_csv(client, "fi")
    ours = all_text([row for row in rows if row[0].startswith("KIELI-")])
    assert "Uusikaarlepyy; Vöyri" in ours and FINNISH_ONLY_TERM in ours
    assert "[fi]" not in ours and "Nykarleby" not in ours and "Stödtjänster" not in ours


@pytest.mark.parametrize("extra", [0, 4])
def test_the_swedish_csv_takes_the_same_queries_for_any_number_of_tenders(
        client, tenders, django_assert_num_queries, extra):
    for number in range(extra):
        swedish(make_tender(title=f"Hankinta {number}", municipalities=("893",)),
                f"Upphandling {number}")
    url = f"{index_page('sv').url}csv/"
    client.get(url)  # warm the caches of the taxonomy and the site
    with django_assert_num_queries(9):
        response = client.get(url)
    assert "Upphandling" in response.content.decode() or extra == 0
