"""The demo events: in three languages, linked to demo tenders (seeded only once:
test_seed_demo.py)."""

import re

import pytest
from django.utils import timezone

from portal.demo.content import load
from portal.events.models import EventIndexPage, EventPage

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("whole_demo")]


def test_the_demo_has_what_the_listing_needs(client):
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


def test_past_demo_events_were_attended_and_closed_with_their_count():
    from portal.events.models import Registration

    past = EventPage.objects.filter(locale__language_code="fi", end__lt=timezone.now(),
                                    cancelled=False)
    assert past.exists()
    for event in past:
        registrations = Registration.objects.filter(event_key=event.translation_key)
        assert registrations.filter(attended=True).exists()
        assert event.closed_at is not None
        assert event.attendee_count == registrations.filter(attended=True).count()
    # A coming event whose registration has opened (nobody registers before it opens).
    coming = EventPage.objects.filter(locale__language_code="fi", start__gt=timezone.now(),
                                      registration_opens__lte=timezone.now(),
                                      cancelled=False).first()
    assert Registration.objects.filter(event_key=coming.translation_key,
                                       status="confirmed").exists()


SESSION_TYPES = ("supplier_info", "pilot_info")


@pytest.mark.parametrize("language", ["fi", "en"])
def test_an_information_sessions_title_begins_with_its_types_name(language):
    from django.utils import translation

    from portal.events.enums import EventType

    with translation.override(language):
        for spec in load("events")["events"]:
            if spec["event_type"] in SESSION_TYPES:
                prefix = spec[language]["title"].split(":")[0]
                assert prefix == str(EventType(spec["event_type"]).label)


def test_the_swedish_demo_uses_the_glossarys_words():
    # provider = tjänsteproducent, pilot call = pilotutlysning (a servicesedelproducent is
    # the service-voucher term of its own).
    texts = [load("events")["index"]["sv"]["intro"]]
    for spec in load("events")["events"]:
        texts += [spec["sv"]["title"], spec["sv"]["intro"],
                  spec.get("materials", {}).get("sv", "")]
    swedish = " ".join(texts).casefold()
    # (An underleverantör, a subcontractor, is a word of its own.)
    for word in (r"\bleverantör", "pilotansökan", r"\bserviceproducent"):
        assert not re.search(word, swedish), word
    titles = {spec["event_type"]: spec["sv"]["title"] for spec in load("events")["events"]
              if spec["event_type"] in SESSION_TYPES}
    assert titles["supplier_info"].startswith("Informationsmöte för tjänsteproducenter:")
    assert titles["pilot_info"].startswith("Informationsmöte om pilotutlysning:")
