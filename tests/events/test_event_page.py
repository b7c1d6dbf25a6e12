"""The public event page: what it shows in Finnish and Swedish, and what it never shows."""

import datetime

import pytest
from django.utils import timezone, translation
from django.utils.translation import get_language_info

from portal.events import presenters
from portal.events.presenters import format_when, places_left
from tests.events.helpers import ONLINE_URL, make_event, translate
from tests.tenders.helpers import make_tender

pytestmark = pytest.mark.django_db


def html_of(client, page):
    response = client.get(page.url)
    assert response.status_code == 200
    return response.content.decode()


def test_the_page_shows_type_time_format_venue_and_languages_in_finnish(client):
    start = timezone.make_aware(datetime.datetime(2030, 3, 15, 9, 0),
                                timezone=datetime.UTC)
    event = make_event(start=start, end=start + datetime.timedelta(hours=2, minutes=30),
                       event_format="hybrid", online_url=ONLINE_URL, languages=["fi", "sv"],
                       venue_accessibility="Induktiosilmukka ja hissi.")
    html = html_of(client, event)
    assert '<html lang="fi"' in html
    assert event.title in html
    # Stored in UTC, shown in Helsinki time (UTC+2 in March).
    assert "15.3.2030" in html and "11" in html and "13" in html
    assert 'datetime="2030-03-15T11:00:00+02:00"' in html
    assert "Hietalahdenkatu 2" in html and "65130 Vaasa" in html
    assert "Induktiosilmukka ja hissi." in html
    with translation.override("fi"):
        assert str(get_language_info("sv")["name_translated"]) in html


def test_the_swedish_page_has_its_own_texts(client):
    event = make_event(languages=["sv"])
    swedish = translate(event, "sv", city="Vasa", street_address="Sandviksgatan 2")
    html = html_of(client, swedish)
    assert '<html lang="sv"' in html
    assert swedish.title in html
    assert "Sandviksgatan 2" in html and "Vasa" in html


def test_the_time_is_written_in_helsinki_time_across_days_too():
    start = timezone.make_aware(datetime.datetime(2030, 6, 1, 21, 0),
                                timezone=datetime.UTC)
    event = make_event(start=start, end=start + datetime.timedelta(hours=1))
    assert format_when(event, "en") == "Sun 2 Jun 2030, 0:00–1:00"
    event = make_event(start=start - datetime.timedelta(hours=2),
                       end=start + datetime.timedelta(hours=3))
    assert format_when(event, "fi") == "la 1.6.2030 klo 22.00 – su 2.6.2030 klo 3.00"


@pytest.mark.parametrize(("language", "expected"), [
    ("fi", "ma 15.3.2027 klo 9.00–11.30"),
    ("sv", "må 15.3.2027 kl. 9.00–11.30"),
    ("en", "Mon 15 Mar 2027, 9:00–11:30"),
])
def test_the_listing_and_the_page_write_the_time_in_the_readers_language(
        client, language, expected):
    start = timezone.make_aware(datetime.datetime(2027, 3, 15, 9, 0))
    event = make_event(start=start, end=start + datetime.timedelta(hours=2, minutes=30))
    page = event if language == "fi" else translate(event, language)
    for html in (html_of(client, page), html_of(client, page.get_parent())):
        text = html.replace('<span class="nowrap">', "").replace("</span>", "")
        assert expected in text


@pytest.mark.parametrize("event_format", ["online", "hybrid"])
def test_the_online_link_is_never_on_the_public_page(client, event_format):
    event = make_event(event_format=event_format, online_url=ONLINE_URL)
    html = html_of(client, event)
    assert ONLINE_URL not in html and "secret-room" not in html
    # A visitor learns there is a link, and how to get it.
    assert 'id="online-title"' in html
    swedish = translate(event, "sv")
    assert "secret-room" not in html_of(client, swedish)


def test_an_online_event_shows_no_venue(client):
    event = make_event(event_format="online", online_url=ONLINE_URL, venue_name="",
                       street_address="", city="")
    html = html_of(client, event)
    assert 'id="venue-title"' not in html


def test_places_left_are_shown_when_the_event_has_a_capacity(client, monkeypatch):
    event = make_event(capacity=30, reserved_places=5)
    assert places_left(event) == 25
    with translation.override("en"):
        html = html_of(client, event)
    assert "Places left" in html or "25" in html
    assert "25" in html
    monkeypatch.setattr(presenters, "places_taken", lambda event: 25)
    assert places_left(event) == 0
    unlimited = make_event(capacity=None)
    assert places_left(unlimited) is None


def test_materials_and_recording_only_after_the_event(client):
    materials = '[{"type": "paragraph", "value": "<p>Diat ja muistio</p>", "id": "m1"}]'
    coming = make_event(days=3, materials=materials, recording_url="https://video.example.fi/t")
    html = html_of(client, coming)
    assert "Diat ja muistio" not in html and "video.example.fi" not in html
    past = make_event(days=-3, materials=materials, recording_url="https://video.example.fi/t")
    html = html_of(client, past)
    assert "Diat ja muistio" in html and "https://video.example.fi/t" in html


def test_a_cancelled_event_says_so(client):
    event = make_event(cancelled=True)
    html = html_of(client, event)
    assert "callout--important" in html
    assert "status--cancelled" in html


def test_the_page_links_to_its_tender_in_the_same_language(client):
    tender = make_tender()
    event = make_event(event_type="market_dialogue", related_tender=tender)
    html = html_of(client, event)
    assert f'href="{tender.url}"' in html


def test_the_page_leaves_a_place_for_the_registration_panel():
    from django.template.loader import get_template

    source = get_template("events/event_page.html").template.source
    assert '{% include "events/registration/panel.html" %}' in source
