"""How an event reads on a page, in a listing or a calendar, in the visitor's language.

Times are stored in UTC and shown in Europe/Helsinki (portal.core.dates).
"""

from dataclasses import dataclass

from django.utils import timezone
from django.utils.translation import get_language_info, pgettext

from portal.core.dates import format_range

from .enums import ONLINE_FORMATS, VENUE_FORMATS, EventFormat, EventType
from .models import places_taken


def places_left(event):
    """Open places still free; None when the event has no limit."""
    open_places = event.open_places
    if open_places is None:
        return None
    return max(open_places - places_taken(event), 0)


def format_when(event, language=None, *, html=False):
    """The event's time in the reader's language: "to 15.3.2027 klo 9.00–11.30"."""
    return format_range(event.start, event.end, language, html=html)


def language_names(codes):
    return [get_language_info(code)["name_translated"] for code in codes]


def venue_lines(event):
    """The venue's name and address, one line each, as far as they are known."""
    place = " ".join(part for part in (event.postal_code, event.city) if part)
    return [line for line in (event.venue_name, event.street_address, place) if line]


@dataclass
class EventView:
    event: object
    url: str = ""
    # Filled in on the event's own page only (see templatetags/event_pages.py).
    places_left: int | None = None

    @property
    def type_label(self):
        return EventType(self.event.event_type).label

    @property
    def format_label(self):
        return EventFormat(self.event.event_format).label

    @property
    def when(self):
        return format_when(self.event, html=True)

    @property
    def languages(self):
        return language_names(self.event.languages)

    @property
    def venue(self):
        return venue_lines(self.event) if self.event.event_format in VENUE_FORMATS else []

    @property
    def is_online(self):
        return self.event.event_format in ONLINE_FORMATS

    @property
    def has_ended(self):
        return self.event.end < timezone.now()

    @property
    def status_label(self):
        if self.event.cancelled:
            return pgettext("event", "Cancelled")
        if self.has_ended:
            return pgettext("event", "Past")
        return ""


def describe(event, request=None):
    return EventView(event=event, url=event.get_url(request) if request is not None else "")
