"""The database engine, for real on SQLite and on PostgreSQL: stemming and prefixes,
languages kept apart, facets, sorting, pagination, highlights."""

import pytest
from django.db import connection

from search import service
from search.engines.database import DatabaseEngine
from search.items import SearchItem
from search.query import SearchQuery

from .helpers import make_page

pytestmark = pytest.mark.django_db


def search(text="", language="fi", **kwargs):
    return DatabaseEngine().search(SearchQuery(text=text, language=language, **kwargs))


def titles(results):
    return [hit.title for hit in results.hits]


def test_an_inflected_finnish_word_finds_its_base_form():
    make_page("Kotihoito ja omaishoito", "Palveluja kotona asuville.")
    make_page("Lastensuojelu", "Sijaishuolto.")
    assert "Kotihoito ja omaishoito" in titles(search("kotihoidon"))
    assert "Kotihoito ja omaishoito" in titles(search("kotihoitoa"))
    assert "Lastensuojelu" not in titles(search("kotihoidon"))


def test_a_base_form_finds_the_inflected_one():
    make_page("Kotihoidon tukipalvelut testissä", "Ateriat ja siivous.")
    assert "Kotihoidon tukipalvelut testissä" in titles(search("kotihoito"))


def test_swedish_inflections_in_swedish():
    make_page("Boendeservice i Jakobstad", "Serviceboende för äldre.", language="sv")
    assert "Boendeservice i Jakobstad" in titles(search("boendeservicen", language="sv"))
    assert "Boendeservice i Jakobstad" in titles(search("boendeservice jakobstad",
                                                        language="sv"))


def test_a_swedish_search_never_returns_finnish_pages():
    make_page("Omaishoito Vaasa", "Omaishoidon tuki.", language="fi")
    make_page("Närståendevård Vasa", "Stöd för närståendevård.", language="sv")
    swedish = search("omaishoito", language="sv")
    assert swedish.total == 0 or all(hit.title != "Omaishoito Vaasa" for hit in swedish.hits)
    assert titles(search("Vasa", language="sv")) == ["Närståendevård Vasa"] or \
        "Omaishoito Vaasa" not in titles(search("Vasa", language="sv"))
    assert "Omaishoito Vaasa" in titles(search("omaishoito", language="fi"))


def test_every_word_must_match():
    make_page("Kotihoito Vaasa", "Kotihoidon palvelut Vaasassa.")
    make_page("Kotihoito Pietarsaari", "Kotihoidon palvelut Pietarsaaressa.")
    found = titles(search("kotihoito vaasa"))
    assert "Kotihoito Vaasa" in found and "Kotihoito Pietarsaari" not in found


def test_unpublished_and_restricted_pages_are_never_found():
    from .helpers import restrict

    make_page("Salainen kvanttisuunnitelma", publish=False)
    page = make_page("Rajattu kvanttisuunnitelma")
    assert titles(search("kvanttisuunnitelma")) == ["Rajattu kvanttisuunnitelma"]
    restrict(page)  # the restriction alone takes it out of the index
    assert search("kvanttisuunnitelma").total == 0


def test_matches_are_highlighted_and_escaped():
    make_page("Korostustesti", "Tässä on <b>lihavoitu</b> kvanttihoito ja muuta tekstiä.",
              intro="<script>alert(1)</script> kvanttihoito & muuta")
    [hit] = search("kvanttihoito").hits
    assert "<mark>kvanttihoito</mark>" in hit.highlight
    assert "<b>" not in hit.highlight  # the body's markup never reaches the page
    assert "<script>" not in hit.highlight and "&amp; muuta" in hit.highlight


def test_query_syntax_is_only_text():
    make_page("Ateriapalvelu", "Ateriat kotiin.")
    for text in ['"', "ateria*", "ateria OR x", "NEAR(", "a & b | !c", "'); DROP", ":*"]:
        search(text)  # no error from the FTS syntax of either database


def _item(key, kind="tender", **facets):
    return SearchItem(key=key, kind=kind, language="fi", title=f"Testikohde {key}",
                      url=f"/fi/{key}/", text="yhteinen hakusana",
                      facets={"kind": [kind], **facets})


class TestFacets:
    @pytest.fixture(autouse=True)
    def items(self):
        DatabaseEngine().clear()  # only these items, not the demo site's pages
        DatabaseEngine().index([
            _item("x:1", service_areas=["home-care"], municipalities=["905"]),
            _item("x:2", service_areas=["home-care"], municipalities=["598"]),
            _item("x:3", service_areas=["child-welfare"], municipalities=["905"]),
            _item("x:4", kind="event"),
        ])

    def test_counts(self):
        results = search("hakusana")
        assert results.total == 4
        assert dict(results.facets["kind"]) == {"tender": 3, "event": 1}
        assert dict(results.facets["service_areas"]) == {"home-care": 2, "child-welfare": 1}

    def test_filters_and_within_a_facet_or(self):
        results = search("hakusana", filters={"service_areas": ["home-care"],
                                               "municipalities": ["905"]})
        assert [hit.key for hit in results.hits] == ["x:1"]
        either = search("hakusana", filters={"municipalities": ["905", "598"]})
        assert either.total == 3

    def test_a_facet_counts_without_its_own_filter(self):
        results = search("hakusana", filters={"service_areas": ["home-care"]})
        assert results.total == 2
        # Still shows what choosing the other area would give ...
        assert dict(results.facets["service_areas"]) == {"home-care": 2, "child-welfare": 1}
        # ... while the other facets count within the choice.
        assert dict(results.facets["municipalities"]) == {"905": 1, "598": 1}

    def test_without_a_query_all_are_listed_newest_first(self):
        results = search("", filters={"kind": ["tender"]})
        assert results.total == 3 and results.query.sort == "date"

    def test_pagination(self):
        first = search("hakusana", per_page=3)
        second = search("hakusana", per_page=3, page=2)
        assert first.pages == 2 and len(first.hits) == 3 and len(second.hits) == 1
        assert {hit.key for hit in first.hits + second.hits} == {"x:1", "x:2", "x:3", "x:4"}

    def test_reindexing_replaces(self):
        DatabaseEngine().index([_item("x:1", service_areas=["child-welfare"])])
        results = search("hakusana")
        assert dict(results.facets["service_areas"]) == {"home-care": 1, "child-welfare": 2}

    def test_a_fixed_number_of_queries(self, django_assert_max_num_queries):
        DatabaseEngine().index([_item(f"y:{n}", service_areas=[f"a{n % 7}"]) for n in range(60)])
        with django_assert_max_num_queries(14):
            search("hakusana", filters={"service_areas": ["a1"]})

    def test_two_filters_each_facet_counted_within_the_other(self):
        results = search("hakusana", filters={"service_areas": ["home-care"],
                                               "municipalities": ["905"]})
        assert results.total == 1
        # The areas of municipality 905's entries, the municipalities of home care's.
        assert dict(results.facets["service_areas"]) == {"home-care": 1, "child-welfare": 1}
        assert dict(results.facets["municipalities"]) == {"905": 1, "598": 1}
        assert dict(results.facets["kind"]) == {"tender": 1}

    @pytest.mark.parametrize("filters", [
        {}, {"kind": ["tender"]}, {"service_areas": ["home-care"], "municipalities": ["905"]},
        {"kind": ["tender", "event"], "municipalities": ["598", "905"]}])
    def test_counts_with_and_without_a_text_agree(self, filters):
        # Every item has the word: counted from the rows found (a text) and from the facet
        # values' index (no text), the counts are the same.
        with_text = search("hakusana", filters=filters)
        without = search("", filters=filters)
        assert with_text.facets == without.facets and with_text.total == without.total
        assert with_text.total == len(with_text.hits)

    def test_counts_follow_a_changed_or_removed_item_at_once(self):
        engine = DatabaseEngine()
        engine.index([_item("x:2", service_areas=["child-welfare"], municipalities=["905"])])
        results = search("hakusana", filters={"municipalities": ["905"]})
        assert results.total == 3
        assert dict(results.facets["service_areas"]) == {"home-care": 1, "child-welfare": 2}
        assert dict(results.facets["municipalities"]) == {"905": 3}
        engine.remove(["x:3"])
        results = search("hakusana", filters={"municipalities": ["905"]})
        assert results.total == 2
        assert dict(results.facets["service_areas"]) == {"home-care": 1, "child-welfare": 1}
        assert dict(results.facets["kind"]) == {"tender": 2}
        # Without a text too (counted from the facet values alone).
        assert dict(search("", filters={"kind": ["tender"]}).facets["kind"]) == \
            {"tender": 2, "event": 1}

    def test_counts_and_filters_stay_in_the_language(self):
        engine = DatabaseEngine()
        engine.index([SearchItem(
            key="x:sv", kind="tender", language="sv", title="Testobjekt", url="/sv/x/",
            text="yhteinen hakusana", facets={"kind": ["tender"],
                                               "service_areas": ["home-care"]})])
        results = search("hakusana", filters={"service_areas": ["home-care"]})
        assert results.total == 2 and "x:sv" not in {hit.key for hit in results.hits}
        assert dict(results.facets["service_areas"]) == {"home-care": 2, "child-welfare": 1}
        assert dict(search("", filters={"service_areas": ["home-care"]}).facets["kind"]) == \
            {"tender": 2}
        swedish = search("", language="sv", filters={"service_areas": ["home-care"]})
        assert swedish.total == 1 and [hit.key for hit in swedish.hits] == ["x:sv"]
        assert dict(swedish.facets["service_areas"]) == {"home-care": 1}
        # An item indexed again in another language moves with its facet values.
        engine.index([_item("x:sv", service_areas=["home-care"])])
        assert search("", language="sv", filters={"service_areas": ["home-care"]}).total == 0
        assert dict(search("hakusana").facets["service_areas"]) == \
            {"home-care": 3, "child-welfare": 1}

    @pytest.mark.parametrize(("text", "filters"), [
        ("hakusana", {}),
        ("hakusana", {"service_areas": ["a1"], "municipalities": ["905"]}),
        ("", {"service_areas": ["a1"]}),
    ])
    def test_the_same_queries_at_two_sizes(self, text, filters):
        from django.test.utils import CaptureQueriesContext

        engine = DatabaseEngine()
        counts = []
        for size in (5, 80):
            engine.index([_item(f"y:{n}", service_areas=[f"a{n % 7}"],
                                municipalities=["905", "598"][:n % 2 + 1])
                          for n in range(size)])
            for sort in ("relevance", "date"):
                search(text, filters=filters, sort=sort)  # the vocabulary read once
                with CaptureQueriesContext(connection) as queries:
                    results = search(text, filters=filters, sort=sort)
                counts.append(len(queries))
            assert results.total >= size // 7
        # The facet counts (one query), the page of hits with their texts (one), and the
        # vocabulary's newest id where the language splits compounds against it.
        assert len(set(counts)) == 1 and counts[0] <= 3, counts


def test_title_matches_rank_first():
    make_page("Siivouspalvelu", "Kodin siivous.")
    make_page("Ateriapalvelu", "Sisältää myös siivouspalvelun kerran kuussa.")
    assert titles(search("siivouspalvelu", sort="relevance"))[0] == "Siivouspalvelu"


def test_suggestions_when_nothing_is_found():
    make_page("Puitesopimus lastensuojelusta")
    results = search("puitesopimus zzzzz")
    assert results.total == 0
    assert service.database_engine().suggest("puitesop", "fi") == [
        "Puitesopimus lastensuojelusta"]


@pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL only")
@pytest.mark.postgres
def test_each_row_is_stemmed_in_its_own_language():
    from search.models import SearchEntry

    make_page("Hemvård i Vasa", language="sv")
    entry = SearchEntry.objects.get(title="Hemvård i Vasa")
    with connection.cursor() as cursor:
        cursor.execute("SELECT search_vector::text FROM search_searchentry WHERE id = %s",
                       [entry.pk])
        vector = cursor.fetchone()[0]
    assert entry.config == "swedish" and "'hemvård'" in vector and "'vas'" in vector


def test_highlights_mark_every_match_of_the_two_fragments_and_no_more():
    from search.engines.database import highlight

    filler = " ".join(["sana"] * 40)
    text = (f"Siivous alkaa. {filler} siivous <tiedot> ja SIIVOUS. {filler} "
            "siivous lopuksi.")
    marked = highlight(text, {"siivous"}, "fi")
    assert marked.startswith("<mark>Siivous</mark> alkaa.")
    assert " … … sana sana" in marked  # the second fragment, a few words before its match
    assert "<mark>siivous</mark> &lt;tiedot&gt; ja <mark>SIIVOUS</mark>." in marked
    assert marked.count("<mark>") == 3 and "lopuksi" not in marked
    assert highlight(text, {"imurointi"}, "fi") == ""
    # A match at the end of a long text: the fragment ends with the text.
    assert highlight(" ".join(["sana"] * 200) + " siivous loppuu.", {"siivous"}, "fi") == \
        "… sana sana sana sana sana sana <mark>siivous</mark> loppuu"


def test_highlights_when_lower_case_changes_a_texts_length():
    from search.engines.database import highlight

    # "İ".lower() is two letters: the words are then looked at one by one.
    assert highlight("İzmir ja siivous", {"siivous"}, "fi") == \
        "İzmir ja <mark>siivous</mark>"


@pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL only")
@pytest.mark.postgres
def test_the_vector_is_kept_in_the_row_and_indexed_at_once():
    with connection.cursor() as cursor:
        cursor.execute("SELECT attstorage FROM pg_attribute WHERE attrelid = "
                       "'search_searchentry'::regclass AND attname = 'search_vector'")
        assert cursor.fetchone()[0] == "m"  # MAIN: not moved out to the TOAST table first
        cursor.execute("SELECT reloptions FROM pg_class WHERE relname = 'search_entry_vector_gin'")
        assert "fastupdate=off" in cursor.fetchone()[0]
