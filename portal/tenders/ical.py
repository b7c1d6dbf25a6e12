"""An iCalendar feed of tender milestones: market dialogue, planned publication, deadlines."""

import datetime

from django.http import HttpResponse
from django.utils import timezone
from django.utils.translation import gettext as _
from icalendar import Calendar, Event

from .enums import DatePrecision, TenderStatus


def _milestones(tender):
    """(kind, label, start, all_day) of a tender's dated milestones."""
    if tender.market_dialogue_date:
        yield "market-dialogue", _("Market dialogue"), tender.market_dialogue_date, True
    # Only an exact date is a milestone; a month or a quarter is not a day in a calendar.
    if tender.planned_publication and \
            tender.planned_publication_precision == DatePrecision.DAY:
        yield ("publication", _("Planned publication of the notice"),
               tender.planned_publication, True)
    if tender.interest_deadline:
        yield ("interest-deadline", _("Deadline for expressions of interest"),
               tender.interest_deadline, False)
    if tender.tender_deadline:
        yield "tender-deadline", _("Tender deadline"), tender.tender_deadline, False


def milestones_calendar(request, index):
    calendar = Calendar()
    calendar.add("prodid", "-//Markkinavuoropuhelu//Tender calendar//EN")
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", index.title)
    calendar.add("x-wr-timezone", "Europe/Helsinki")
    host = request.get_host().split(":")[0]
    stamp = timezone.now()
    for tender in index.tenders().order_by("pk"):
        url = tender.get_full_url(request)
        for kind, label, start, all_day in _milestones(tender):
            event = Event()
            # The same milestone keeps its UID in every language and after every change.
            event.add("uid", f"{tender.translation_key}-{kind}@{host}")
            event.add("summary", f"{label}: {tender.title}")
            event.add("dtstamp", stamp)
            event.add("dtstart", start)
            if all_day:
                event.add("dtend", start + datetime.timedelta(days=1))
            # A deadline is a moment: no DTEND (RFC 5545 wants it after DTSTART).
            if tender.status == TenderStatus.CANCELLED:
                event.add("status", "CANCELLED")
            event.add("url", url)
            event.add("description", f"{tender.reference} · {url}")
            calendar.add_component(event)
    return calendar


def milestones_response(request, index):
    response = HttpResponse(milestones_calendar(request, index).to_ical(),
                            content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = 'inline; filename="milestones.ics"'
    return response
