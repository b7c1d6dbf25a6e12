"""The index follows the content: publish, change, unpublish, restrict, move and delete, and
the search_index command's rebuild and check."""

import io

import pytest
from django.core.management import CommandError, call_command
from wagtail.models import Page

from search import indexing
from search.models import SearchEntry, SearchFacetValue
from search.sources import iter_items

from .helpers import build_site, make_page
from .helpers import indexing as run_indexing

pytestmark = pytest.mark.django_db


def entry(page):
    return SearchEntry.objects.filter(key=f"page:{page.pk}").first()


def test_the_site_is_indexed_in_every_language():
    build_site(pages=1)
    report = indexing.check()
    assert report == {"database": ([], [])}
    languages = set(SearchEntry.objects.values_list("language", flat=True))
    assert languages == {"fi", "sv", "en"}
    assert SearchEntry.objects.filter(kind="tender").exists()


def test_publishing_a_change_updates_the_entry():
    page = make_page("Ensimmäinen otsikko")
    assert entry(page).title == "Ensimmäinen otsikko"
    with run_indexing():
        page.title = "Toinen otsikko"
        page.save_revision().publish()
    assert entry(page).title == "Toinen otsikko"
    assert SearchEntry.objects.filter(key=f"page:{page.pk}").count() == 1


def test_a_draft_change_is_not_searchable_until_published():
    page = make_page("Julkaistu nimi")
    with run_indexing():
        page.title = "Luonnoksen nimi"
        page.save_revision()  # saved as a draft only
    assert entry(page).title == "Julkaistu nimi"


def test_unpublishing_removes_and_republishing_restores():
    page = make_page("Välillä piilossa")
    with run_indexing():
        page.unpublish()
    assert entry(page) is None
    with run_indexing():
        Page.objects.get(pk=page.pk).specific.save_revision().publish()
    assert entry(page) is not None


def test_deleting_removes_with_the_facet_values():
    page = make_page("Poistettava sivu")
    entry_id = entry(page).pk
    with run_indexing():
        Page.objects.get(pk=page.pk).delete()
    assert entry(page) is None
    assert not SearchFacetValue.objects.filter(entry_id=entry_id).exists()


def test_moving_updates_the_url():
    parent = make_page("Uusi vanhempi")
    page = make_page("Siirrettävä sivu")
    with run_indexing():
        Page.objects.get(pk=page.pk).move(Page.objects.get(pk=parent.pk), pos="last-child")
    assert entry(page).url.startswith(Page.objects.get(pk=parent.pk).url)


def test_tender_items_carry_their_facets_and_lots():
    from tests.factories import translate
    from tests.tenders.helpers import make_tender

    tender = translate(make_tender(lots=[{"title": "Vaasa"}, {"title": "Mustasaari"}]), "sv",
                       title="Hemvård")
    item = indexing.items_for_keys([f"page:{tender.pk}"])[0][0]
    assert item.language == "sv" and item.kind == "tender"
    assert item.facets["service_areas"] == [area.code for area in tender.service_areas.all()]
    assert item.facets["status"] == [tender.status]
    assert item.facets["sme_lots"] in (["yes"], ["no"])
    for lot in tender.lots.all():
        assert lot.title in item.text


def test_building_items_is_a_fixed_number_of_queries(django_assert_max_num_queries):
    build_site(tenders=10, pages=11)
    with django_assert_max_num_queries(60):
        items = [item for _model, batch in iter_items(batch_size=1000) for item in batch]
    assert len(items) > 40


class TestCommand:
    def test_check_passes_when_in_step(self):
        out = io.StringIO()
        call_command("search_index", "check", stdout=out)
        assert "The index matches the content." in out.getvalue()

    def test_check_reports_both_ways(self):
        page = make_page("Puuttuva sivu")
        SearchEntry.objects.filter(key=f"page:{page.pk}").delete()
        SearchEntry.objects.create(key="page:999999", language="fi", kind="page",
                                   title="Haamu", url="/fi/haamu/", config="finnish")
        out = io.StringIO()
        with pytest.raises(CommandError):
            call_command("search_index", "check", stdout=out)
        assert f"missing from the index: page:{page.pk}" in out.getvalue()
        assert "in the index but not searchable: page:999999" in out.getvalue()

    def test_rebuild_restores_in_batches_with_progress(self):
        build_site(tenders=4, pages=2)
        expected = SearchEntry.objects.count()
        SearchEntry.objects.all().delete()
        out = io.StringIO()
        call_command("search_index", "rebuild", "--batch-size", "10", stdout=out)
        assert SearchEntry.objects.count() == expected
        assert "10 items indexed" in out.getvalue()
        assert f"Indexed {expected} items." in out.getvalue()
        call_command("search_index", "check", stdout=io.StringIO())

    def test_catch_up_without_elasticsearch(self):
        out = io.StringIO()
        call_command("search_index", "catch-up", stdout=out)
        assert "not configured" in out.getvalue()
