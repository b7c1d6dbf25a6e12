"""The home page's live blocks are safe to render before their features have any content."""

import pytest

from portal.news.models import NewsArticlePage
from portal.pages.models import StandardPage
from portal.tenders.models import TenderPage
from tests.factories import StandardPageFactory, home_page

pytestmark = pytest.mark.django_db


def test_home_page_shows_all_four_sections_in_order(client):
    html = client.get(home_page("fi").url).content.decode()
    positions = [html.index(f'id="home-section-{key}"')
                 for key in ("tenders", "events", "pilot_calls", "news")]
    assert positions == sorted(positions)


def test_sections_without_content_say_so(client):
    NewsArticlePage.objects.all().delete()
    TenderPage.objects.all().delete()
    html = client.get(home_page("sv").url).content.decode()
    assert "Inga nyheter ännu." in html
    assert "Inga kommande upphandlingar har publicerats ännu." in html


def test_main_menu_comes_from_pages_marked_for_menus(client):
    home = home_page("fi")
    shown = home.add_child(instance=StandardPage(title="Valikossa näkyvä", slug="valikossa",
                                                 show_in_menus=True))
    shown.save_revision().publish()
    hidden = home.add_child(instance=StandardPage(title="Valikosta piilotettu",
                                                  slug="piilotettu", show_in_menus=False))
    hidden.save_revision().publish()
    html = client.get(home.url).content.decode()
    menu = html[html.index('aria-label="Päävalikko"'):]
    menu = menu[:menu.index("</nav>")]
    assert f">{shown.title}<" in menu
    for child in home.get_children().live().in_menu():
        assert child.title in menu
    assert f">{hidden.title}<" not in menu


def test_menu_marks_the_section_of_the_current_page(client):
    home = home_page("fi")
    section = StandardPageFactory(parent=home, title="Valikon osio", show_in_menus=True)
    html = client.get(section.url).content.decode()
    assert f'aria-current="page">{section.title}</a>' in html


def test_footer_shows_the_organisation_in_the_pages_language(client, organisation_details):
    swedish = client.get(home_page("sv").url).content.decode()
    assert "Österbotten" in swedish
    finnish = client.get(home_page("fi").url).content.decode()
    assert "Pohjanmaan hyvinvointialue" in finnish


def test_the_menu_follows_what_staff_publish_and_unpublish(client):
    from portal.pages.models import StandardPage

    home = home_page("fi")
    client.get(home.url)  # the chrome is now cached
    page = StandardPage(title="Uusi valikkosivu", slug="uusi-valikkosivu", show_in_menus=True)
    home.add_child(instance=page)
    page.save_revision().publish()
    assert ">Uusi valikkosivu</a>" in client.get(home.url).content.decode()
    page.unpublish()
    assert ">Uusi valikkosivu</a>" not in client.get(home.url).content.decode()


def test_the_footer_follows_edits_of_the_organisation(client, organisation_details):
    from portal.core.models import OrganisationDetails

    home = home_page("sv")
    client.get(home.url)
    details = OrganisationDetails.objects.get(locale=home.locale)
    details.phone = "+358 6 000 0000"
    details.save()
    assert "+358 6 000 0000" in client.get(home.url).content.decode()


@pytest.mark.parametrize("language", ["fi", "sv", "en"])
def test_each_sections_link_to_its_listing_has_a_name_of_its_own(language):
    """"All events", not "See all" with the heading hidden after it: one string in each
    language, read the same by a screen reader out of context."""
    from django.template.loader import render_to_string
    from django.utils import translation

    from portal.pages.home_sections import SECTIONS

    names = set()
    with translation.override(language):
        for section in SECTIONS.values():
            html = render_to_string(section.template, {
                "section": section, "items": [], "more_url": "/all/"})
            assert f'<a href="/all/">{section.more_text}</a>' in html
            assert "visually-hidden" not in html
            names.add(str(section.more_text))
    assert len(names) == len(SECTIONS)
    with translation.override("en"):
        assert [str(section.more_text) for section in SECTIONS.values()] == [
            "All upcoming tenders", "All events", "All pilot calls", "All news"]
