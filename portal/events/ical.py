"""Events as iCalendar: the feed of an index's coming events and one event's .ics file.

Public calendars (the feed, the download) never include the online link: it is for
registered participants only. The copy attached to a confirmed registrant's e-mail carries it.
"""

from urllib.parse import urlsplit

from django.conf import settings
from django.http import HttpResponse
from django.utils import timezone
from django.utils.translation import gettext as _
from icalendar import Calendar, Event

from portal.core.dates import format_range

from .enums import VENUE_FORMATS, EventFormat
from .listing import coming, for_listing
from .presenters import venue_lines

PRODID = "-//Markkinavuoropuhelu//Events//EN"


def event_uid(event):
    """The same in every language, over every change and whichever host served it: the
    county's base URL rather than the request's host, as e-mails have no request."""
    host = urlsplit(settings.WAGTAILADMIN_BASE_URL).hostname or "localhost"
    return f"event-{event.translation_key}@{host}"


def _location(event):
    place = ", ".join(venue_lines(event)) if event.event_format in VENUE_FORMATS else ""
    if event.event_format == EventFormat.ONLINE:
        return _("Online")
    if event.event_format == EventFormat.HYBRID:
        return f"{place} / {_('Online')}" if place else _("Online")
    return place


def _vevent(event, url, stamp, online_url=""):
    vevent = Event()
    vevent.add("uid", event_uid(event))
    vevent.add("summary", event.title)
    vevent.add("dtstamp", stamp)
    vevent.add("dtstart", event.start)
    vevent.add("dtend", event.end)
    if event.last_published_at:
        vevent.add("last-modified", event.last_published_at)
    location = _location(event)
    if online_url:
        location = f"{location} {online_url}" if location else online_url
    if location:
        vevent.add("location", location)
    vevent.add("status", "CANCELLED" if event.cancelled else "CONFIRMED")
    vevent.add("url", url)
    # The time as the reader writes it, in Helsinki time, whatever their calendar shows.
    when = f"{_('When:')} {format_range(event.start, event.end)} ({_('Finnish time')})"
    description = "\n\n".join(part for part in (when, event.intro, online_url, url) if part)
    vevent.add("description", description)
    return vevent


def _calendar(name):
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("method", "PUBLISH")
    if name:
        calendar.add("x-wr-calname", name)
    calendar.add("x-wr-timezone", "Europe/Helsinki")
    return calendar


def event_calendar(event, request=None, *, online_url=""):
    """A calendar with the one event, for a download or an e-mail attachment; `online_url`
    only in the copy for a confirmed registrant."""
    calendar = _calendar(None)
    calendar.add_component(_vevent(event, event.get_full_url(request) or event_url(event),
                                   timezone.now(), online_url))
    return calendar


def event_url(event):
    """The event's address without a request (e-mails)."""
    return event.get_full_url() or \
        settings.WAGTAILADMIN_BASE_URL.rstrip("/") + (event.url or "/")


def coming_events_calendar(index, request=None):
    """The index's coming events, cancelled ones marked so (calendars then drop them)."""
    calendar = _calendar(index.title)
    stamp = timezone.now()
    for event in coming(for_listing(index.events())):
        calendar.add_component(_vevent(event, event.get_full_url(request), stamp))
    return calendar


def ics_response(calendar, filename, inline=True):
    response = HttpResponse(calendar.to_ical(), content_type="text/calendar; charset=utf-8")
    disposition = "inline" if inline else "attachment"
    response["Content-Disposition"] = f'{disposition}; filename="{filename}"'
    return response
