"""sitemap.xml lists every public page in every language; robots.txt points to it."""

import xml.etree.ElementTree as ET

import pytest
from wagtail.models import Page, PageViewRestriction

pytestmark = pytest.mark.django_db

NS = {"sm": "http://www.sitemaps.org/schemas/sitemap/0.9",
      "xhtml": "http://www.w3.org/1999/xhtml"}


def sitemap_locations(client):
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    tree = ET.fromstring(response.content)
    return tree, {loc.text for loc in tree.findall("sm:url/sm:loc", NS)}


def test_sitemap_lists_every_live_page_in_every_language(client):
    _tree, locations = sitemap_locations(client)
    pages = Page.objects.live().public().filter(depth__gte=2)
    expected = {page.full_url for page in pages}
    assert locations == expected
    for language in ("fi", "sv", "en"):
        assert any(f"/{language}/" in location for location in locations)


def test_sitemap_leaves_out_drafts_and_restricted_pages(client):
    pages = Page.objects.live().filter(depth=3, locale__language_code="fi")
    draft, private = pages[0], pages[1]
    draft.unpublish()
    PageViewRestriction.objects.create(page=private, restriction_type="login")
    _tree, locations = sitemap_locations(client)
    assert draft.full_url not in locations
    assert private.full_url not in locations


def test_sitemap_links_translations_to_each_other(client):
    tree, _locations = sitemap_locations(client)
    for url in tree.findall("sm:url", NS):
        alternates = url.findall("xhtml:link", NS)
        assert {link.get("hreflang") for link in alternates} == {"fi", "sv", "en"}


def test_robots_txt_allows_pages_and_names_the_sitemap(client):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    text = response.content.decode()
    assert "Disallow: /admin/" in text
    assert "Sitemap: http://testserver/sitemap.xml" in text
