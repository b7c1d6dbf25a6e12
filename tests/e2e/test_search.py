"""A provider searches the portal from the header, in Finnish and Swedish, narrows by a
facet and removes it again; the search page is accessible."""

import pytest
from playwright.sync_api import expect

from tests.e2e.navigation import follow
from tests.e2e.test_public_pages import assert_accessible

QUERIES = {"fi": ("kotihoidon", "Kotihoidon tukipalvelut"),
           "sv": ("hemvården", "Stödtjänster inom hemvården")}


@pytest.mark.parametrize("language", ["fi", "sv"])
def test_search_and_narrow_by_a_facet(page, demo_site, language):
    text, expected_title = QUERIES[language]
    page.goto(f"{demo_site.url}/{language}/")
    page.locator(".site-search input[type=search]").fill(text)
    follow(page.locator(".site-search button"))
    page.wait_for_url(f"**/{language}/search/?q=*")
    assert page.locator("html").get_attribute("lang") == language
    titles = page.locator(".search-result__title a")
    expect(titles.first).to_be_visible()
    assert any(expected_title in title for title in titles.all_inner_texts())
    expect(page.locator(".search-result mark").first).to_be_visible()
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


def test_nothing_found_suggests_an_alert(page, demo_site):
    page.goto(f"{demo_site.url}/sv/search/?q=xyzzyplugh")
    expect(page.locator(".empty-results")).to_be_visible()
    assert "/sv/supplier/alerts/new/?keywords=xyzzyplugh" in page.content()
    assert_accessible(page)
