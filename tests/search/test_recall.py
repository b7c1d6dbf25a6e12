"""Searching in the words people type finds what is published: the issue's queries on real
tenders and pages, and the recall set (tests/search/recall_cases.py, 60+ queries a language)
at 95 % or better, on SQLite and (with DATABASE_URL) on PostgreSQL."""

import pytest

from portal.core import text_analysis as analysis
from search import service
from search.engines import database
from search.indexing import index_items
from search.items import SearchItem
from search.query import SearchQuery

from ..tenders.helpers import make_tender
from .helpers import indexing, make_page
from .recall_cases import QUERIES, items, recall

pytestmark = pytest.mark.django_db


def titles(text, language="fi"):
    return [hit.title for hit in service.search(SearchQuery(text=text, language=language)).hits]


def test_inflected_finnish_finds_the_published_tenders():
    with indexing():
        make_tender(title="Lastensuojelun laitoshoito")
        make_tender(title="Vuokralääkäripalvelut terveysasemille")
        make_tender(title="Ikääntyneiden asumispalvelut")
        make_tender(title="Mielenterveyskuntoutujien asumispalvelut")
    for text, title in [
        ("laitoshoidossa", "Lastensuojelun laitoshoito"),
        ("laitoshoidosta", "Lastensuojelun laitoshoito"),
        ("vuokralääkäripalveluista", "Vuokralääkäripalvelut terveysasemille"),
        ("asumispalveluissa", "Ikääntyneiden asumispalvelut"),
        ("asumispalveluissa", "Mielenterveyskuntoutujien asumispalvelut"),
        ("mielenterveyskuntoutujille", "Mielenterveyskuntoutujien asumispalvelut"),
        ("hoito", "Lastensuojelun laitoshoito"),      # a compound's part
    ]:
        assert title in titles(text), text
    # Words still have to match: the parts of another compound do not.
    assert "Lastensuojelun laitoshoito" not in titles("kotihoidossa")


def test_a_swedish_compound_finds_its_parts_and_a_part_finds_the_compound():
    make_page("Hemvård i Jakobstad", "Hemvård och andra tjänster för äldre.", language="sv")
    make_page("Hemvårdstjänster i Korsholm", "Stöd för äldre som bor hemma.", language="sv")
    make_page("Städtjänster", "Städning av lokaler.", language="sv")
    found = titles("hemvårdstjänster", "sv")
    assert "Hemvård i Jakobstad" in found and "Hemvårdstjänster i Korsholm" in found
    assert "Städtjänster" not in found
    assert "Hemvårdstjänster i Korsholm" in titles("hemvården", "sv")


def test_matches_of_an_inflected_word_are_highlighted():
    make_page("Laitoshoidon ohje", "Tietoa laitoshoidosta ja sen hinnoista.")
    [hit] = [hit for hit in service.search(SearchQuery(text="laitoshoito", language="fi")).hits
             if hit.title == "Laitoshoidon ohje"]
    assert "<mark>laitoshoidosta</mark>" in hit.highlight


@pytest.mark.parametrize("language", ["fi", "sv"])
def test_recall_of_real_queries_is_at_least_95_percent(language):
    index_items(items(language))
    share, missed = recall(titles, language)
    assert len(QUERIES[language]) >= 60
    assert share >= 0.95, missed


def test_finnish_search_works_on_snowball_without_voikko(monkeypatch):
    monkeypatch.setattr(analysis, "libvoikko", None)
    analysis.reset()
    try:
        index_items([SearchItem(key="test:snowball", kind="page", language="fi",
                                        title="Kotihoito ja omaishoito", url="/fi/kotihoito/")])
        assert "Kotihoito ja omaishoito" in titles("kotihoito")
        assert "Kotihoito ja omaishoito" in titles("kotihoitoa")
    finally:
        monkeypatch.undo()
        analysis.reset()


def test_a_rebuild_splits_compounds_with_the_words_indexed_after_them():
    index_items([SearchItem(key="test:1", kind="page", language="sv",
                                    title="Mattjänster", url="/sv/1/")])
    index_items([SearchItem(key="test:2", kind="page", language="sv",
                                    title="Mat och tjänster", url="/sv/2/")])
    # The first entry was indexed before "mat" was known; analysing it again splits it.
    assert database.reanalyse() >= 1
    assert "Mattjänster" in titles("mat", "sv")
