"""A provider searches the portal from the header, in Finnish and Swedish, narrows by a
facet and removes it again; the search page is accessible."""

import pytest
from playwright.sync_api import expect

from tests import factories
from tests.e2e.navigation import follow
from tests.e2e.site import bilingual, built_once
from tests.e2e.test_public_pages import assert_accessible

QUERIES = {"fi": ("kotihoidon", "Kotihoidon tukipalvelut"),
           "sv": ("hemvården", "Stödtjänster inom hemvården")}


@pytest.fixture
def searched(site):
    """A home-care tender with lots and a news article on it, in Finnish and Swedish: two
    kinds of result for the same words. Built once, then restored from a snapshot."""
    return built_once("e2e_search", build_searched)


def build_searched():
    # (The database commits at once, and with it the indexing tasks run.)
    bilingual(factories.TenderPageFactory(
        title="Kotihoidon tukipalvelut",
        intro="Kotihoidon tukipalveluja: ateria-, siivous- ja kauppapalvelut kotona asuville.",
        lots=[{"title": "Ateriapalvelu"}, {"title": "Siivous"}]),
        title="Stödtjänster inom hemvården",
        intro="Stödtjänster inom hemvården: mat-, städ- och butikstjänster för dem som bor "
              "hemma.")
    bilingual(factories.NewsArticlePageFactory(
        title="Kotihoidon hankinta alkaa markkinavuoropuhelulla",
        intro="Kotihoidon tukipalveluista järjestetään markkinavuoropuhelu."),
        title="Upphandlingen inom hemvården börjar med en marknadsdialog",
        intro="En marknadsdialog om stödtjänsterna inom hemvården ordnas.")


@pytest.mark.parametrize("language", ["fi", "sv"])
def test_search_and_narrow_by_a_facet(page, site, searched, language):
    text, expected_title = QUERIES[language]
    page.goto(f"{site.url}/{language}/")
    page.locator(".site-search input[type=search]").fill(text)
    follow(page.locator(".site-search button"))
    page.wait_for_url(f"**/{language}/search/?q=*")
    assert page.locator("html").get_attribute("lang") == language
    titles = page.locator(".search-result__title a")
    expect(titles.first).to_be_visible()
    assert any(expected_title in title for title in titles.all_inner_texts())
    expect(page.locator(".search-result mark").first).to_be_visible()
    # A tender and a news article: the facet has something to narrow.
    assert len(set(page.locator(".search-result__kind").all_inner_texts())) == 2
    assert_accessible(page)

    page.locator('input[name="kind"][value="tender"]').check()
    follow(page.locator(".filters button[type=submit]"))
    page.wait_for_url("**kind=tender**")
    kinds = set(page.locator(".search-result__kind").all_inner_texts())
    assert len(kinds) == 1
    expect(page.locator(".active-filter")).to_have_count(1)
    assert_accessible(page)

    follow(page.locator(".active-filter"))
    page.wait_for_url(lambda url: "kind=" not in url)
    expect(page.locator(".active-filter")).to_have_count(0)


def test_nothing_found_suggests_an_alert(page, site, searched):
    page.goto(f"{site.url}/sv/search/?q=xyzzyplugh")
    expect(page.locator(".empty-results")).to_be_visible()
    assert "/sv/supplier/alerts/new/?keywords=xyzzyplugh" in page.content()
    assert_accessible(page)
