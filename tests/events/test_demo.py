"""The demo events: in three languages, linked to demo tenders, and seeded only once."""

import io

import pytest
from django.core.management import call_command
from django.utils import timezone

from portal.events import demo_content
from portal.events.demo import seed_events
from portal.events.models import EventIndexPage, EventPage

pytestmark = pytest.mark.django_db


def test_seed_demo_twice_creates_the_events_once(settings):
    settings.DEBUG = False
    call_command("seed_demo", stdout=io.StringIO())
    counts = {language: EventPage.objects.filter(locale__language_code=language).count()
              for language in ("fi", "sv", "en")}
    assert counts == {"fi": len(demo_content.EVENTS)} | {"sv": len(demo_content.EVENTS),
                                                          "en": len(demo_content.EVENTS)}
    out = io.StringIO()
    call_command("seed_demo", stdout=out)
    assert "Events: 0 created" in out.getvalue()
    assert EventPage.objects.count() == 3 * len(demo_content.EVENTS)
    assert EventIndexPage.objects.count() == 3


def test_the_demo_has_what_the_listing_needs(client):
    seed_events(io.StringIO())
    finnish = EventPage.objects.live().filter(locale__language_code="fi")
    now = timezone.now()
    assert finnish.filter(end__gte=now, cancelled=False).count() >= 3
    assert finnish.filter(end__lt=now).exclude(materials=[]).exists()
    assert finnish.filter(cancelled=True).count() == 1
    assert {"online", "hybrid", "in_person"} <= set(finnish.values_list("event_format",
                                                                        flat=True))
    assert finnish.filter(event_type="market_dialogue",
                          related_tender__isnull=False).count() == 3
    for event in finnish:
        translations = event.get_translations()
        assert translations.count() == 2
        assert all(translation.live for translation in translations)
    index = EventIndexPage.objects.get(locale__language_code="sv")
    assert client.get(index.url).status_code == 200
