"""The search page as a visitor uses it: query, facets, filters in the URL, sorting, pages,
the empty page, the header's search box; in Finnish and Swedish."""

import pytest
from django.test import override_settings

from .helpers import build_site, make_page

pytestmark = pytest.mark.django_db


@pytest.fixture
def home_care_tender(db):
    """The home care tender in Finnish, Swedish and English, indexed."""
    build_site()


def test_the_header_has_a_search_box(client, home_pages):
    html = client.get("/fi/").content.decode()
    assert 'action="/fi/search/"' in html and 'role="search"' in html


def test_the_empty_page_asks_for_a_query(client):
    response = client.get("/fi/search/")
    assert response.status_code == 200
    assert b"search-results" not in response.content


@pytest.mark.usefixtures("home_care_tender")
def test_finnish_results_with_facets(client):
    response = client.get("/fi/search/", {"q": "kotihoidon"})
    html = response.content.decode()
    assert response.status_code == 200
    assert "Kotihoidon tukipalvelut" in html
    assert "<mark>" in html
    assert 'name="kind" value="tender"' in html
    assert "noindex" in html


@pytest.mark.usefixtures("home_care_tender")
def test_swedish_results_stay_swedish(client):
    html = client.get("/sv/search/", {"q": "hemvården"}).content.decode()
    assert "Stödtjänster inom hemvården" in html
    assert "Kotihoidon tukipalvelut" not in html
    assert 'href="/sv/' in html


@pytest.mark.usefixtures("home_care_tender")
def test_a_facet_narrows_and_can_be_removed(client):
    everything = client.get("/fi/search/", {"q": "palvelut"}).context["results"]
    narrowed = client.get("/fi/search/", {"q": "palvelut", "kind": "tender"})
    results = narrowed.context["results"]
    assert 0 < results.total <= everything.total
    assert all(hit.kind == "tender" for hit in results.hits)
    [active] = narrowed.context["active_filters"]
    assert active["remove_url"] == "?q=palvelut"


def test_sorting_by_date_and_pages(client):
    for number in range(25):
        make_page(f"Sivutustesti {number}", "yhteinen kvarkkisana")
    first = client.get("/fi/search/", {"q": "kvarkkisana", "sort": "date"})
    assert first.context["results"].total == 25 and len(first.context["results"].hits) == 20
    second = client.get("/fi/search/", {"q": "kvarkkisana", "sort": "date", "page": "2"})
    assert len(second.context["results"].hits) == 5
    assert 'href="?q=kvarkkisana&amp;sort=date&amp;page=2"' in first.content.decode()
    assert client.get("/fi/search/", {"q": "kvarkkisana", "page": "x"}).status_code == 200


def test_nothing_found_helps(client):
    html = client.get("/fi/search/", {"q": "xyzzyplugh", "kind": "event"}).content.decode()
    assert "/fi/supplier/alerts/new/?keywords=xyzzyplugh" in html
    assert 'href="?q=xyzzyplugh"' in html  # remove the filters


def test_queries_are_escaped(client):
    html = client.get("/fi/search/", {"q": "<script>alert(1)</script>"}).content.decode()
    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;" in html


def test_unknown_facets_and_sorts_are_ignored(client):
    response = client.get("/fi/search/", {"q": "kotihoito", "colour": "red", "sort": "x"})
    assert response.status_code == 200
    assert response.context["query"].filters == {} and response.context["query"].sort == \
        "relevance"


def test_a_fixed_number_of_queries(client, django_assert_max_num_queries):
    for number in range(10):
        make_page(f"Kyselytesti {number}", "kyselysana")
    with django_assert_max_num_queries(30):
        client.get("/fi/search/", {"q": "kyselysana", "kind": "page"})


@pytest.mark.parametrize("params", [{"q": "kyselysana"},
                                    {"q": "kyselysana", "kind": "page", "sort": "date"},
                                    {"kind": "page"}])
def test_the_same_queries_for_few_and_many_results(client, params):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    counts = []
    for first, last in ((0, 2), (2, 14)):
        for number in range(first, last):
            make_page(f"Kyselytesti {number}", "kyselysana")
        client.get("/fi/search/", params)  # the site's chrome and the vocabulary, once
        with CaptureQueriesContext(connection) as queries:
            response = client.get("/fi/search/", params)
        assert response.context["results"].total >= last
        counts.append(len(queries))
    assert counts[0] == counts[1] <= 10, counts


@override_settings(ELASTICSEARCH_URL="http://127.0.0.1:9", ELASTICSEARCH_TIMEOUT=0.3)
@pytest.mark.usefixtures("home_care_tender")
def test_the_page_says_when_search_is_degraded(client):
    html = client.get("/fi/search/", {"q": "kotihoito"}).content.decode()
    assert 'class="notice"' in html
    assert "Kotihoidon tukipalvelut" in html
