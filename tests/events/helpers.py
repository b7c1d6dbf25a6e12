"""Building events in tests, the way staff do in the admin or the demo seed does."""

import datetime

from django.utils import timezone
from wagtail.models import Locale

from portal.demo.loader.events import ensure_index
from portal.events.models import EventIndexPage, EventPage

_counter = iter(range(1, 100000))

ONLINE_URL = "https://meet.example.fi/secret-room-4711"


def index_page(language="fi"):
    """The events index of a language, created (in every language) when missing."""
    index = EventIndexPage.objects.filter(locale__language_code=language).first()
    if index is None:
        ensure_index()
        index = EventIndexPage.objects.get(locale__language_code=language)
    return index


def make_event(*, days=14, hours=2, publish=True, **fields):
    """A published Finnish event `days` from now (negative: in the past)."""
    number = next(_counter)
    start = timezone.now().replace(microsecond=0) + datetime.timedelta(days=days)
    defaults = {
        "title": f"Testitapahtuma {number}",
        "slug": f"testitapahtuma-{number}",
        "intro": "Testitapahtuman kuvaus.",
        "event_type": "training",
        "start": start,
        "end": start + datetime.timedelta(hours=hours),
        "event_format": "in_person",
        "venue_name": "Virastotalo",
        "street_address": "Hietalahdenkatu 2",
        "postal_code": "65130",
        "city": "Vaasa",
        "languages": ["fi"],
    }
    event = EventPage(**{**defaults, "live": publish, **fields})
    index_page("fi").add_child(instance=event)
    if publish:
        event.save_revision().publish()
    return EventPage.objects.get(pk=event.pk)


def translate(event, language, **fields):
    """The event's translation, published, with the fields the translator changed."""
    locale = Locale.objects.get(language_code=language)
    translation = event.copy_for_translation(locale)
    for name, value in {"title": f"{event.title} ({language})",
                        "slug": f"{event.slug}-{language}", **fields}.items():
        setattr(translation, name, value)
    translation.save_revision().publish()
    return EventPage.objects.get(pk=translation.pk)
