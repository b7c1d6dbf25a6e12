"""The public events list: coming and past, filters, pages, fixed queries, the home page."""

import datetime
import re

import pytest
from django.utils import translation

from portal.events.models import EventPage
from tests.events.helpers import index_page, make_event, translate
from tests.factories import home_page

pytestmark = pytest.mark.django_db


def listed(client, query="", language="fi"):
    """Titles of the events the list shows, in order, and the page's HTML."""
    response = client.get(index_page(language).url + query)
    assert response.status_code == 200
    html = response.content.decode()
    return re.findall(r'id="event-\d+"><a href="[^"]*">([^<]+)<', html), html


@pytest.fixture
def events(db):
    return {
        "soon": make_event(days=2, event_type="training", languages=["fi"]),
        "later": make_event(days=20, event_type="market_dialogue", event_format="online",
                            online_url="https://meet.example.fi/x", venue_name="",
                            street_address="", city="", languages=["sv", "en"]),
        "hybrid": make_event(days=30, event_type="supplier_info", event_format="hybrid",
                             online_url="https://meet.example.fi/y", languages=["fi", "sv"]),
        "recent": make_event(days=-2, event_type="training"),
        "old": make_event(days=-60, event_type="market_dialogue"),
    }


def titles(events, *keys):
    return [events[key].title for key in keys]


def test_coming_events_soonest_first_past_ones_latest_first(client, events):
    shown, html = listed(client)
    assert shown == titles(events, "soon", "later", "hybrid")
    shown, html = listed(client, "?when=past")
    assert shown == titles(events, "recent", "old")
    assert 'aria-current="page"' in html


def test_an_event_going_on_is_still_coming(client):
    going_on = make_event(days=0, hours=3)
    going_on.start -= datetime.timedelta(hours=1)
    going_on.save()
    shown, _html = listed(client)
    assert going_on.title in shown


def test_filter_by_type(client, events):
    shown, _html = listed(client, "?event_type=market_dialogue")
    assert shown == titles(events, "later")
    shown, _html = listed(client, "?event_type=market_dialogue&when=past")
    assert shown == titles(events, "old")
    shown, _html = listed(client, "?event_type=training&event_type=supplier_info")
    assert shown == titles(events, "soon", "hybrid")


def test_filter_by_language_matches_any_language_spoken(client, events):
    shown, _html = listed(client, "?language=sv")
    assert shown == titles(events, "later", "hybrid")
    shown, _html = listed(client, "?language=en&language=fi")
    assert shown == titles(events, "soon", "later", "hybrid")


def test_filter_by_format(client, events):
    shown, _html = listed(client, "?event_format=online&event_format=hybrid")
    assert shown == titles(events, "later", "hybrid")


def test_the_tabs_and_the_form_keep_the_filters(client, events):
    _shown, html = listed(client, "?event_type=training")
    assert "?when=past&amp;event_type=training" in html
    _shown, html = listed(client, "?event_type=training&when=past")
    assert '<input type="hidden" name="when" value="past">' in html
    assert 'value="training" id="id_event_type_0" checked' in html


def test_an_unknown_filter_value_is_explained_not_ignored(client, events):
    with translation.override("en"):
        shown, html = listed(client, "?event_type=party")
    assert shown == []
    assert "error-summary" in html


def test_the_list_shows_no_online_link(client, events):
    _shown, html = listed(client)
    assert "meet.example.fi" not in html


def test_a_cancelled_event_is_listed_as_cancelled(client):
    cancelled = make_event(days=5, cancelled=True)
    shown, html = listed(client)
    assert cancelled.title in shown
    assert "status--cancelled" in html


def test_unpublished_events_are_not_listed(client):
    draft = make_event(publish=False)
    shown, _html = listed(client)
    assert draft.title not in shown


def test_pages_keep_the_filters(client):
    for _ in range(21):
        make_event(event_type="training")
    shown, html = listed(client, "?event_type=training")
    assert len(shown) == 20
    assert "?event_type=training&amp;page=2" in html
    shown, _html = listed(client, "?event_type=training&page=2")
    assert len(shown) == 1


@pytest.mark.parametrize("extra", [1, 12])
def test_the_list_runs_a_fixed_number_of_queries(client, django_assert_num_queries, extra):
    for number in range(extra):
        make_event(days=number + 1, languages=["fi", "sv"])
        make_event(days=-number - 1)
    url = index_page().url + "?language=fi&event_type=training"
    client.get(url)  # warm the per-process caches (site, menus)
    with django_assert_num_queries(6):
        assert client.get(url).status_code == 200


def test_the_list_in_swedish(client):
    event = make_event()
    swedish = translate(event, "sv")
    shown, html = listed(client, language="sv")
    assert shown == [swedish.title]
    assert '<html lang="sv"' in html


def test_the_home_page_shows_coming_events_but_not_cancelled_or_past_ones(client):
    index_page()
    coming = make_event(days=3)
    make_event(days=4, cancelled=True, title="Peruttu tilaisuus")
    make_event(days=-4, title="Mennyt tilaisuus")
    html = client.get(home_page("fi").url).content.decode()
    section = html[html.index('id="home-section-events"'):]
    section = section[:section.index("</section>")]
    assert coming.title in section
    assert "Peruttu tilaisuus" not in section and "Mennyt tilaisuus" not in section
    assert f'href="{index_page().url}"' in section


def test_the_home_page_lists_at_most_three_events(client):
    for days in range(1, 6):
        make_event(days=days)
    html = client.get(home_page("fi").url).content.decode()
    section = html[html.index('id="home-section-events"'):]
    section = section[:section.index("</section>")]
    assert section.count('class="card"') == 3


def test_events_are_only_in_their_own_language(client):
    make_event()
    assert EventPage.objects.filter(locale__language_code="sv").count() == 0
    shown, _html = listed(client, language="sv")
    assert shown == []


def test_the_filters_control_counts_the_chosen_filters(client, events):
    html = listed(client, "?event_type=training&event_format=online&when=past&page=1")[1]
    summary = re.search(r'<summary class="filters-toggle">(.*?)</summary>', html, re.S)[1]
    assert " ".join(re.sub(r"<[^>]+>", "", summary).split()) == "Rajaukset (2 valittua)"
