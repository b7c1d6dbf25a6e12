"""Views of the public events list: coming and past events, the iCalendar feed, one .ics."""

from django.core.paginator import Paginator
from django.http import Http404
from django.template.response import TemplateResponse

from portal.core.filters import active_filter_count, tab_params

from .ical import coming_events_calendar, event_calendar, ics_response
from .listing import EventFilter, When, coming, for_listing, past
from .presenters import describe

EVENTS_PER_PAGE = 20



def event_list(request, index):
    when = request.GET.get("when")
    when = when if when in When.ALL else When.COMING
    event_filter = EventFilter(request.GET or None, queryset=index.events())
    # The filters are checkboxes: an unknown value is dropped (with a message in the form)
    # rather than hiding the whole list.
    if event_filter.is_bound and not event_filter.is_valid():
        queryset = index.events().none()
        filters_invalid = True
    else:
        queryset = event_filter.qs
        filters_invalid = False
    events = coming(queryset) if when == When.COMING else past(queryset)
    paginator = Paginator(for_listing(events), EVENTS_PER_PAGE)
    page = paginator.get_page(request.GET.get("page"))
    return TemplateResponse(request, index.template, {
        **index.get_context(request),
        "filter": event_filter,
        "filters_invalid": filters_invalid,
        "when": when,
        "tabs": [
            {"when": When.COMING, "params": tab_params(request.GET, "when", None),
             "current": when == When.COMING},
            {"when": When.PAST, "params": tab_params(request.GET, "when", When.PAST),
             "current": when == When.PAST},
        ],
        "events": [describe(event, request) for event in page.object_list],
        "page_obj": page,
        "result_count": paginator.count,
        "is_filtered": bool(set(request.GET) - {"page", "when"}),
        "filter_count": active_filter_count(request.GET, event_filter.form.fields),
    })


def ical_feed(request, index):
    return ics_response(coming_events_calendar(index, request), "events.ics")


def event_ics(request, index, event_id):
    event = index.events().filter(pk=event_id).first()
    if event is None:
        raise Http404
    return ics_response(event_calendar(event, request), f"{event.slug}.ics", inline=False)
