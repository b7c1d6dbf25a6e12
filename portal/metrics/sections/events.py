"""Events: events and procurement training held, participants registered and attended."""

from collections import Counter

from django.db.models import BooleanField, Count, ExpressionWrapper, Min, Q
from django.utils.translation import gettext_lazy as _

from portal.events.domain import event_cancelled
from portal.events.enums import EventType, RegistrationStatus
from portal.events.models import EventPage, Registration

from ..figures import NO_ORGANISATION, Figure, breakdown, choice_rows, size_class, size_rows
from ..pages import PAGE_FIELDS, Pages
from ..registry import Indicator, Section, Source

PARTICIPANTS = ("event_participants_registered", "event_participants_attended")


def collect_events(evaluation):
    segments, details = evaluation.segments, evaluation.details
    held = EventPage.objects.live().filter(cancelled=False, start__gte=segments.first(),
                                           start__lt=segments.last())
    events = list(held.annotate(segment=segments.bucket("start"))
                  .values(*PAGE_FIELDS, "event_type", "segment"))
    pages = Pages(events, "event")
    rows = (Registration.objects.filter(event_key__in=held.values("translation_key"))
            # Whether there is an organisation, not which: one group per event and size class.
            .annotate(organisation_given=ExpressionWrapper(
                Q(organisation__isnull=False), output_field=BooleanField()))
            .values_list("event_key", "status", "attended", "organisation_given",
                         "organisation__headcount_band", "organisation__turnover_band")
            .annotate(n=Count("pk")).order_by())
    registered, attended = Counter(), Counter()
    for event_key, status, came, organisation, headcount, turnover, n in rows:
        size = size_class(headcount, turnover) if organisation else NO_ORGANISATION
        if status == RegistrationStatus.CONFIRMED:
            registered[(event_key, size)] += n
        if came:
            attended[(event_key, size)] += n
    type_order = EventType.values
    result = []
    for period in segments.periods:
        wanted = set(segments.within(period))
        keys = {key: page for key, page in pages.by_key.items() if page["segment"] in wanted}
        by_type = Counter(page["event_type"] for page in keys.values())
        held_figure = Figure(value=len(keys))
        training = Figure(value=int(by_type[EventType.TRAINING] > 0))
        figures = {"events_held": held_figure, "training_held": training}
        per_event_of = {}
        for name, counter in zip(PARTICIPANTS, (registered, attended), strict=True):
            per_event, by_size = Counter(), Counter()
            for (event_key, size), n in counter.items():
                if event_key in keys:
                    per_event[event_key] += n
                    by_size[size] += n
            figure = Figure(value=sum(per_event.values()))
            if details:
                figure.breakdowns = {
                    "per_event": breakdown("per_event", pages.rows(
                        {key: per_event.get(key, 0) for key in keys})),
                    "by_size_class": breakdown("by_size_class", size_rows(by_size)),
                }
            figures[name] = figure
            per_event_of[name] = per_event
        if details:
            held_figure.breakdowns = {
                "by_event_type": breakdown("by_event_type", choice_rows(
                    "by_event_type", by_type, type_order)),
                # Each event held, with its confirmed registrations.
                "per_event": breakdown("per_event", pages.rows(
                    {key: per_event_of["event_participants_registered"].get(key, 0)
                     for key in keys})),
            }
            training.breakdowns = {"per_event": breakdown("per_event", sorted(
                (pages.row(key, 1) for key, page in keys.items()
                 if page["event_type"] == EventType.TRAINING), key=lambda row: str(row.label)))}
        result.append(figures)
    return result


SECTION = Section("events", _("Events"), indicators=[
    Indicator(
        "events_held", _("Events held"),
        _("Published events that started during the period and were not cancelled.")),
    Indicator(
        "training_held", _("Procurement training held"),
        _("Whether at least one procurement training was held during the period."),
        unit="yesno"),
    Indicator(
        "event_participants_registered", _("Participants registered"),
        _("Confirmed registrations for the events held during the period.")),
    Indicator(
        "event_participants_attended", _("Participants attended"),
        _("Participants marked as attended at the events held during the period.")),
], collectors=[collect_events], sources=[
    # Counted in the month it starts, as it is now.
    Source("events.EventPage", lambda event: event.start,
           fields=("start", "live", "cancelled", "event_type", "title", "translation_key"),
           signals=(event_cancelled,)),
    # In the month of its event: attendance is marked after the event.
    Source("events.Registration", lambda registration: start_of(registration.event_key),
           fields=("event_key", "status", "attended", "organisation")),
    # Participants by the size class of their organisation as it is now.
    Source("suppliers.Organisation", lambda organisation: first_event_of(organisation),
           fields=("headcount_band", "turnover_band"), on_create=False),
])


def start_of(event_key):
    return EventPage.objects.filter(translation_key=event_key).aggregate(
        first=Min("start"))["first"]


def first_event_of(organisation):
    return EventPage.objects.filter(translation_key__in=Registration.objects.filter(
        organisation=organisation).values("event_key")).aggregate(first=Min("start"))["first"]
