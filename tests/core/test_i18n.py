"""Three languages: URL prefixes, the browser's language, the switch and hreflang."""

import re

import pytest
from django.test import override_settings
from django.utils import translation
from django.utils.translation import gettext

from tests.factories import StandardPageFactory, locale, translate

pytestmark = pytest.mark.django_db


@pytest.fixture
def page_fi():
    """A Finnish content page translated into Swedish and English."""
    page = StandardPageFactory(title="Tietoa portaalista")
    for language in ("sv", "en"):
        translate(page, language)
    return page


@pytest.mark.parametrize(
    ("accept_language", "expected"),
    [("sv-FI,sv;q=0.9", "/sv/"), ("en-GB,en;q=0.8", "/en/"), ("fi-FI", "/fi/"),
     ("de-DE,de;q=0.9", "/fi/"), ("", "/fi/")],
)
def test_first_visit_follows_the_browsers_language(client, accept_language, expected):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE=accept_language)
    assert response.status_code == 302
    assert response["Location"] == expected


@pytest.mark.parametrize("language", ["fi", "sv", "en"])
def test_html_lang_matches_the_url_language(client, language, home_pages):
    response = client.get(f"/{language}/")
    assert response.status_code == 200
    assert f'<html lang="{language}">' in response.content.decode()


def test_ui_strings_are_in_the_pages_language(client, home_pages):
    finnish = client.get("/fi/").content.decode()
    swedish = client.get("/sv/").content.decode()
    assert "Siirry sisältöön" in finnish
    assert "Hoppa till innehållet" in swedish
    assert "Siirry sisältöön" not in swedish


def test_language_switch_links_to_the_same_page_in_each_language(client, page_fi):
    page_sv = page_fi.get_translation(locale("sv"))
    html = client.get(page_fi.url).content.decode()
    switch = html[html.index('class="language-switch"'):]
    switch = switch[:switch.index("</nav>")]
    assert f'href="{page_sv.url}"' in switch
    assert 'aria-current="true">Suomi' in switch


def test_hreflang_alternates_list_every_translation_with_absolute_urls(client, page_fi):
    html = client.get(page_fi.url).content.decode()
    alternates = dict(re.findall(r'<link rel="alternate" hreflang="([\w-]+)" href="([^"]+)"',
                                 html))
    assert set(alternates) == {"fi", "sv", "en", "x-default"}
    assert alternates["x-default"] == alternates["fi"]
    assert all(url.startswith("http://") for url in alternates.values())
    assert alternates["sv"].endswith(page_fi.get_translation(locale("sv")).url)


def test_a_page_without_translation_links_to_a_notice_in_that_language(client, locales,
                                                                        page_fi):
    page_fi.get_translation(locales["sv"]).unpublish()

    html = client.get(page_fi.url).content.decode()
    notice_url = f"/sv/untranslated/{page_fi.id}/"
    assert f'href="{notice_url}"' in html
    assert 'hreflang="sv"' not in re.sub(r"<nav class=\"language-switch\".*?</nav>", "", html,
                                          flags=re.S)

    notice = client.get(notice_url)
    assert notice.status_code == 404
    body = notice.content.decode()
    assert '<html lang="sv">' in body
    assert "Sidan finns inte på det här språket ännu" in body
    assert f'href="{page_fi.url}"' in body


def test_the_notice_leads_to_the_page_where_it_exists_in_that_language(client, page_fi):
    response = client.get(f"/fi/untranslated/{page_fi.id}/")
    assert response.status_code == 302
    assert response["Location"] == page_fi.url
    page_sv = page_fi.get_translation(locale("sv"))
    assert client.get(f"/sv/untranslated/{page_fi.id}/")["Location"] == page_sv.url


def test_language_switch_on_a_non_page_view_translates_the_url(client):
    html = client.get("/fi/accounts/login/").content.decode()
    assert 'href="/sv/accounts/login/"' in html
    assert 'href="/en/accounts/login/"' in html


@pytest.mark.parametrize(("language", "text"), [("fi", "Sivua ei löytynyt"),
                                                 ("sv", "Sidan hittades inte"),
                                                 ("en", "Page not found")])
def test_404_page_is_in_the_urls_language(client, language, text):
    response = client.get(f"/{language}/no-such-page/")
    assert response.status_code == 404
    html = response.content.decode()
    assert text in html
    assert f'<html lang="{language}">' in html


@override_settings(ROOT_URLCONF="tests.core.failing_urls")
@pytest.mark.parametrize(("language", "text"), [("fi", "Palvelussa tapahtui virhe"),
                                                 ("sv", "Ett fel inträffade i tjänsten")])
def test_500_page_is_in_the_urls_language(client, language, text):
    client.raise_request_exception = False
    response = client.get(f"/{language}/fail/")
    assert response.status_code == 500
    html = response.content.decode()
    assert text in html
    assert f'<html lang="{language}">' in html


@override_settings(ROOT_URLCONF="tests.core.failing_urls")
@pytest.mark.parametrize("language", ["fi", "sv"])
def test_an_unreachable_database_gives_the_503_page_in_the_urls_language(client, language):
    client.raise_request_exception = False
    response = client.get(f"/{language}/database-down/")
    assert response.status_code == 503
    assert response["Retry-After"] == "30"
    html = response.content.decode()
    with translation.override(language):
        assert gettext("Service temporarily unavailable") in html
    assert f'<html lang="{language}">' in html
