"""sitemap.xml lists every public page in every language; robots.txt points to it."""

import xml.etree.ElementTree as ET

import pytest
from django.utils.text import slugify
from wagtail.models import Page, PageViewRestriction

from portal.pages.models import StandardPage
from tests import factories

pytestmark = pytest.mark.django_db

NS = {"sm": "http://www.sitemaps.org/schemas/sitemap/0.9",
      "xhtml": "http://www.w3.org/1999/xhtml"}


def sitemap_locations(client):
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    tree = ET.fromstring(response.content)
    return tree, {loc.text for loc in tree.findall("sm:url/sm:loc", NS)}


def make_page(title, language="fi", publish=True):
    """A content page under the home page of `language`, made here so that the tests do not
    depend on what the demo holds."""
    home = factories.home_page(language)
    page = home.add_child(instance=StandardPage(title=title, slug=slugify(title), live=publish))
    if publish:
        page.save_revision().publish()
    return page.specific_class.objects.get(pk=page.pk)


def translate(page, language):
    return factories.translate(page, language)


def test_sitemap_lists_every_live_page_in_every_language(client):
    page = make_page("Sivukartan testisivu")
    translations = [translate(page, language) for language in ("sv", "en")]
    _tree, locations = sitemap_locations(client)
    for listed in [page, *translations]:
        assert listed.full_url in locations
    pages = Page.objects.live().public().filter(depth__gte=2)
    expected = {page.full_url for page in pages}
    assert locations == expected
    for language in ("fi", "sv", "en"):
        assert any(f"/{language}/" in location for location in locations)


def test_sitemap_leaves_out_drafts_and_restricted_pages(client):
    listed = make_page("Julkinen sivu")
    draft = make_page("Luonnos", publish=False)
    unpublished = make_page("Poistettu julkaisusta")
    unpublished.unpublish()
    private = make_page("Vain kirjautuneille")
    PageViewRestriction.objects.create(page=private, restriction_type="login")
    _tree, locations = sitemap_locations(client)
    assert listed.full_url in locations
    for page in (draft, unpublished, private):
        assert page.full_url not in locations, page.title


def test_sitemap_links_translations_to_each_other(client):
    page = make_page("Käännetty sivu")
    translations = {"fi": page} | {language: translate(page, language)
                                   for language in ("sv", "en")}
    untranslated = make_page("Vain suomeksi")
    tree, _locations = sitemap_locations(client)
    entries = {url.find("sm:loc", NS).text: url for url in tree.findall("sm:url", NS)}
    for translation in translations.values():
        alternates = {link.get("hreflang"): link.get("href")
                      for link in entries[translation.full_url].findall("xhtml:link", NS)}
        assert alternates == {language: other.full_url
                              for language, other in translations.items()}
    # A page without translations names no others.
    assert {link.get("hreflang") for link in
            entries[untranslated.full_url].findall("xhtml:link", NS)} <= {"fi"}
    # Every entry's alternates are real entries of the sitemap.
    for url in entries.values():
        for link in url.findall("xhtml:link", NS):
            assert link.get("href") in entries


def test_robots_txt_allows_pages_and_names_the_sitemap(client):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    text = response.content.decode()
    assert "Disallow: /admin/" in text
    assert "Sitemap: http://testserver/sitemap.xml" in text
