"""A provider looks for training and market dialogue among the events, in Finnish and Swedish."""

import pytest
from playwright.sync_api import expect

from portal.events.models import EventIndexPage, EventPage
from tests import factories
from tests.e2e.navigation import follow
from tests.e2e.site import bilingual, built_once
from tests.e2e.test_public_pages import assert_accessible

ONLINE_URL = "https://meet.example.fi/markkinavuoropuhelu-4711"


@pytest.fixture
def events(site):
    """Events of every type and format, coming and past, in Finnish and Swedish
    ({name: {"fi": page, "sv": page}}): market-dialogue meetings of two tenders, two coming
    and two past (with their materials), a coming and a past training in person, and an
    online information session. Built once, then restored from a snapshot."""
    return built_once("e2e_events", build_events)


def build_events():
    home_care = bilingual(factories.TenderPageFactory(title="Kotihoidon tukipalvelut"),
                          title="Stödtjänster inom hemvården")
    housing = bilingual(factories.TenderPageFactory(title="Ikäihmisten palveluasuminen"),
                        title="Serviceboende för äldre")
    meeting = {"event_type": "market_dialogue", "online_url": ONLINE_URL}
    materials = [("paragraph", "<p>Tilaisuuden esitys ja muistio.</p>")]
    return {
        "meeting": bilingual(factories.EventPageFactory(
            title="Kotihoidon tukipalvelujen markkinavuoropuhelu", event_format="hybrid",
            days=20, related_tender=home_care["fi"], **meeting),
            title="Marknadsdialog om stödtjänster inom hemvården"),
        "online meeting": bilingual(factories.EventPageFactory(
            title="Palveluasumisen markkinavuoropuhelu", event_format="online", days=40,
            related_tender=housing["fi"], **meeting),
            title="Marknadsdialog om serviceboende"),
        "past meeting": bilingual(factories.EventPageFactory(
            title="Kotihoidon ensimmäinen markkinavuoropuhelu", event_format="online",
            days=-30, related_tender=home_care["fi"], materials=materials, **meeting),
            title="Den första marknadsdialogen om hemvården"),
        "older meeting": bilingual(factories.EventPageFactory(
            title="Palveluasumisen tarvekartoitus", event_format="hybrid", days=-90,
            related_tender=housing["fi"], materials=materials, **meeting),
            title="Behovskartläggning för serviceboende"),
        "training": bilingual(factories.EventPageFactory(
            title="Hankintakoulutus: näin teet tarjouksen", days=7),
            title="Upphandlingsutbildning: så gör du ett anbud"),
        "past training": bilingual(factories.EventPageFactory(
            title="Hankintakoulutus: hankintalain perusteet", days=-14),
            title="Upphandlingsutbildning: grunderna i upphandlingslagen"),
        "information session": bilingual(factories.EventPageFactory(
            title="Tietoisku tarjoajille", event_type="supplier_info", event_format="online",
            online_url=ONLINE_URL, days=10),
            title="Infopaket för anbudsgivare"),
    }


def titles_of(events, language, *names):
    return {events[name][language].title for name in names}


@pytest.mark.parametrize("language", ["fi", "sv"])
def test_filter_the_events_and_open_one(page, site, events, language):
    index = EventIndexPage.objects.get(locale__language_code=language)
    page.goto(site.url + index.url)
    assert page.locator("html").get_attribute("lang") == language
    cards = page.locator(".event-card")
    expect(cards.first).to_be_visible()
    assert_accessible(page)

    # Only market-dialogue meetings; the filter stays in the URL.
    page.locator('input[name="event_type"][value="market_dialogue"]').check()
    follow(page.locator(".filters button[type=submit]"))
    page.wait_for_url("**event_type=market_dialogue**")
    expected = {event.title for event in EventPage.objects.live().filter(
        locale__language_code=language, event_type="market_dialogue")}
    shown = set(cards.locator(".tender-card__title a").all_inner_texts())
    assert shown <= expected
    assert shown == titles_of(events, language, "meeting", "online meeting")
    assert_accessible(page)

    # The past events keep the filter; past meetings have their materials.
    follow(page.locator(".event-tabs a").nth(1))
    page.wait_for_url("**when=past**")
    assert "event_type=market_dialogue" in page.url
    past = set(cards.locator(".tender-card__title a").all_inner_texts())
    assert past and past <= expected and not past & shown
    assert past == titles_of(events, language, "past meeting", "older meeting")

    follow(cards.first.locator(".tender-card__title a"))
    event = EventPage.objects.get(locale__language_code=language,
                                  title=page.locator("h1").inner_text())
    assert "meet.example.fi" not in page.content()
    assert event.related_tender is not None
    assert_accessible(page)


def test_an_event_page_in_swedish_is_accessible(page, site, events):
    event = events["meeting"]["sv"]
    assert event.event_format == "hybrid"
    page.goto(site.url + event.url)
    assert page.locator("h1").inner_text() == event.title
    assert page.locator("html").get_attribute("lang") == "sv"
    assert_accessible(page)


def test_the_filters_work_without_javascript(browser, site, events):
    context = browser.new_context(locale="fi-FI", java_script_enabled=False)
    page = context.new_page()
    index = EventIndexPage.objects.get(locale__language_code="fi")
    page.goto(site.url + index.url)
    page.locator('input[name="event_format"][value="online"]').check()
    follow(page.locator(".filters button[type=submit]"))
    assert "event_format=online" in page.url
    titles = set(page.locator(".event-card h3 a").all_inner_texts())
    online = {event.title for event in EventPage.objects.live().filter(
        locale__language_code="fi", event_format="online")}
    assert titles and titles <= online
    assert titles == titles_of(events, "fi", "online meeting", "information session")
    context.close()


def test_a_tender_page_with_its_events_is_accessible(page, site, events):
    event = events["meeting"]["fi"]
    page.goto(site.url + event.related_tender.url)
    expect(page.locator("#events-title")).to_be_visible()
    assert event.title in page.locator(".related-events").inner_text()
    assert_accessible(page)
