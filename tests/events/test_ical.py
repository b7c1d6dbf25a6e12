"""The events as iCalendar, parsed back: the feed of coming events and one event's file."""

import datetime

import pytest
from icalendar import Calendar

from portal.events.ical import event_calendar, event_uid
from tests.events.helpers import ONLINE_URL, index_page, make_event, translate

pytestmark = pytest.mark.django_db


def feed(client, language="fi"):
    response = client.get(index_page(language).url + "feed/ical/")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/calendar")
    return response.content, Calendar.from_ical(response.content)


def vevents(calendar):
    return list(calendar.walk("VEVENT"))


def test_the_feed_has_the_coming_events_with_their_times(client):
    coming = make_event(days=3, hours=2)
    make_event(days=-3, title="Mennyt")
    _raw, calendar = feed(client)
    events = vevents(calendar)
    assert [str(event["summary"]) for event in events] == [coming.title]
    event = events[0]
    assert event["dtstart"].dt == coming.start
    assert event["dtend"].dt == coming.end
    assert str(event["status"]) == "CONFIRMED"
    assert str(event["url"]).endswith(coming.url)
    assert "Vaasa" in str(event["location"])


def test_a_cancelled_event_is_in_the_feed_as_cancelled(client):
    cancelled = make_event(days=3, cancelled=True)
    _raw, calendar = feed(client)
    (event,) = vevents(calendar)
    assert str(event["uid"]) == event_uid(cancelled)
    assert str(event["status"]) == "CANCELLED"


def test_uids_are_stable_across_requests_and_languages(client):
    event = make_event(days=3)
    swedish = translate(event, "sv")
    _raw, first = feed(client)
    _raw, again = feed(client)
    _raw, in_swedish = feed(client, "sv")
    uids = [str(vevents(calendar)[0]["uid"]) for calendar in (first, again, in_swedish)]
    assert uids[0] == uids[1] == uids[2] == event_uid(event) == event_uid(swedish)
    assert str(vevents(in_swedish)[0]["summary"]) == swedish.title


@pytest.mark.parametrize("event_format", ["online", "hybrid"])
def test_the_online_link_is_in_neither_the_feed_nor_the_event_file(client, event_format):
    event = make_event(days=3, event_format=event_format, online_url=ONLINE_URL)
    raw, _calendar = feed(client)
    assert b"secret-room" not in raw
    response = client.get(index_page().url + f"ical/{event.pk}/")
    assert response.status_code == 200
    assert b"secret-room" not in response.content
    assert b"secret-room" not in event_calendar(event).to_ical()


def test_one_event_as_a_file(client):
    event = make_event(days=5, event_format="hybrid", online_url=ONLINE_URL)
    response = client.get(index_page().url + f"ical/{event.pk}/")
    assert response.status_code == 200
    assert "attachment" in response["Content-Disposition"]
    (vevent,) = vevents(Calendar.from_ical(response.content))
    assert str(vevent["uid"]) == event_uid(event)
    assert vevent["dtstart"].dt == event.start
    assert "Hietalahdenkatu 2" in str(vevent["location"])


def test_the_event_file_is_a_plain_function_without_a_request():
    event = make_event(days=5)
    calendar = event_calendar(event)
    (vevent,) = vevents(Calendar.from_ical(calendar.to_ical()))
    assert str(vevent["url"]).startswith("http")
    assert vevent["dtend"].dt - vevent["dtstart"].dt == datetime.timedelta(hours=2)


def test_an_unpublished_or_other_index_event_has_no_file(client):
    draft = make_event(publish=False)
    assert client.get(index_page().url + f"ical/{draft.pk}/").status_code == 404
    event = make_event()
    assert client.get(index_page("sv").url + f"ical/{event.pk}/").status_code == 404


def test_the_index_announces_its_feed(client):
    html = client.get(index_page().url).content.decode()
    assert 'rel="alternate" type="text/calendar"' in html
    assert f'href="{index_page().url}feed/ical/"' in html
