"""A provider looks for training and market dialogue among the events, in Finnish and Swedish."""

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from portal.events.models import EventIndexPage, EventPage
from tests.e2e.navigation import follow
from tests.e2e.test_public_pages import assert_accessible


@pytest.mark.parametrize("language", ["fi", "sv"])
def test_filter_the_events_and_open_one(page, events_site, language):
    index = EventIndexPage.objects.get(locale__language_code=language)
    page.goto(events_site.url + index.url)
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
    # (The demo's meetings fall on their tenders' fixed dates: some may have passed.)
    assert shown <= expected
    assert_accessible(page)

    # The past events keep the filter; past meetings have their materials.
    follow(page.locator(".event-tabs a").nth(1))
    page.wait_for_url("**when=past**")
    assert "event_type=market_dialogue" in page.url
    past = set(cards.locator(".tender-card__title a").all_inner_texts())
    assert past and past <= expected and not past & shown

    follow(cards.first.locator(".tender-card__title a"))
    event = EventPage.objects.get(locale__language_code=language,
                                  title=page.locator("h1").inner_text())
    assert "meet.example.fi" not in page.content()
    assert event.related_tender is not None
    assert_accessible(page)


def test_an_event_page_in_swedish_is_accessible(page, events_site):
    event = EventPage.objects.live().filter(locale__language_code="sv",
                                            event_format="hybrid").first()
    page.goto(events_site.url + event.url)
    assert page.locator("h1").inner_text() == event.title
    assert page.locator("html").get_attribute("lang") == "sv"
    assert_accessible(page)


def test_the_filters_work_without_javascript(browser, events_site):
    context = browser.new_context(locale="fi-FI", java_script_enabled=False)
    page = context.new_page()
    index = EventIndexPage.objects.get(locale__language_code="fi")
    page.goto(events_site.url + index.url)
    page.locator('input[name="event_format"][value="online"]').check()
    follow(page.locator(".filters button[type=submit]"))
    assert "event_format=online" in page.url
    titles = set(page.locator(".event-card h3 a").all_inner_texts())
    online = {event.title for event in EventPage.objects.live().filter(
        locale__language_code="fi", event_format="online")}
    assert titles and titles <= online
    context.close()


def test_a_tender_page_with_its_events_is_accessible(page, events_site):
    event = EventPage.objects.live().filter(
        locale__language_code="fi", event_type="market_dialogue", cancelled=False,
        end__gte=timezone.now()).exclude(related_tender=None).first()
    if event is None:
        pytest.skip("the demo's market-dialogue meetings have all passed")
    page.goto(events_site.url + event.related_tender.url)
    expect(page.locator("#events-title")).to_be_visible()
    assert event.title in page.locator(".related-events").inner_text()
    assert_accessible(page)
