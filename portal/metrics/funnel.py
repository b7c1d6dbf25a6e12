"""An organisation's way from registering to proposing: its own timeline, and the funnel of
all organisations (how many went on to show interest, register for and attend an event, and
submit a proposal)."""

from dataclasses import dataclass

from django.db.models import Count, Exists, OuterRef, Q
from django.utils.translation import gettext_lazy as _

from pilots.enums import DECISION_STATES, ProposalStatus
from pilots.models import PilotCallPage, Proposal, ProposalTransition
from portal.events.enums import RegistrationStatus
from portal.events.models import EventPage, Registration
from portal.tenders.models import TenderPage
from suppliers.enums import MembershipStatus
from suppliers.interests.models import TenderInterest
from suppliers.models import Organisation

from .pages import PAGE_FIELDS, Pages


@dataclass(frozen=True)
class TimelineEntry:
    when: object  # aware datetime
    kind: str
    label: object
    url: str | None = None


@dataclass(frozen=True)
class FunnelStep:
    key: str
    label: object
    organisations: int


TIMELINE_KINDS = {
    "registered": _("Registered in the portal"),
    "member": _("Member joined"),
    "interest": _("Expression of interest"),
    "interest_withdrawn": _("Interest withdrawn"),
    "event_registration": _("Event registration"),
    "attended": _("Attended an event"),
    "proposal": _("Proposal submitted"),
    "decision": _("Decision on a proposal"),
}


def _title(pages, key):
    row = pages.row(key, None)
    return (row.label, row.url) if key in pages.by_key else (str(key), None)


def organisation_timeline(organisation):
    """What the organisation has done in the portal, oldest first, in a fixed number of
    queries (the pages named are looked up once per kind)."""
    entries = [TimelineEntry(organisation.created_at, "registered",
                             _("Organisation registered in the portal"))]
    for membership in (organisation.memberships.filter(status=MembershipStatus.ACTIVE)
                       .select_related("user").order_by("status_changed_at")):
        user = membership.user
        entries.append(TimelineEntry(
            membership.status_changed_at, "member",
            _("%(person)s became a member") % {
                "person": user.get_full_name() or user.email}))

    interests = list(TenderInterest.objects.filter(organisation=organisation)
                     .values_list("tender_key", "created_at", "withdrawn_at"))
    registrations = list(
        Registration.objects.filter(organisation=organisation)
        .exclude(status__in=[RegistrationStatus.CANCELLED, RegistrationStatus.EXPIRED],
                 attended__isnull=True)
        .values_list("event_key", "created_at", "attended", "status"))
    proposals = list(Proposal.objects.filter(organisation=organisation,
                                             submitted_at__isnull=False)
                     .values_list("pk", "call_key", "title", "submitted_at"))
    decisions = list(ProposalTransition.objects.filter(
        proposal__organisation=organisation, from_status=ProposalStatus.DECISION_PENDING,
        to_status__in=DECISION_STATES).values_list("proposal__call_key", "proposal__title",
                                                   "to_status", "at"))
    tenders = Pages(TenderPage.objects.filter(
        translation_key__in=TenderInterest.objects.filter(organisation=organisation)
        .values("tender_key")).values(*PAGE_FIELDS), "tender")
    events = Pages(EventPage.objects.filter(
        translation_key__in=Registration.objects.filter(organisation=organisation)
        .values("event_key")).values(*PAGE_FIELDS, "start"), "event")
    calls = Pages(PilotCallPage.objects.filter(
        translation_key__in=Proposal.objects.filter(organisation=organisation)
        .values("call_key")).values(*PAGE_FIELDS), "call")

    for tender_key, created, withdrawn in interests:
        title, url = _title(tenders, tender_key)
        entries.append(TimelineEntry(created, "interest",
                                     _("Expressed interest in %(tender)s") % {"tender": title},
                                     url))
        if withdrawn:
            entries.append(TimelineEntry(
                withdrawn, "interest_withdrawn",
                _("Withdrew the interest in %(tender)s") % {"tender": title}, url))
    for event_key, created, attended, status in registrations:
        title, url = _title(events, event_key)
        if status not in (RegistrationStatus.CANCELLED, RegistrationStatus.EXPIRED):
            entries.append(TimelineEntry(
                created, "event_registration",
                _("Registered for %(event)s") % {"event": title}, url))
        event = events.by_key.get(event_key)
        if attended and event:
            entries.append(TimelineEntry(event["start"], "attended",
                                         _("Attended %(event)s") % {"event": title}, url))
    for _pk, call_key, proposal_title, submitted in proposals:
        call_title, url = _title(calls, call_key)
        entries.append(TimelineEntry(
            submitted, "proposal",
            _("Submitted the proposal “%(proposal)s” to %(call)s") % {
                "proposal": proposal_title, "call": call_title}, url))
    for call_key, proposal_title, decision, at in decisions:
        _call_title, url = _title(calls, call_key)
        entries.append(TimelineEntry(
            at, "decision",
            _("Decision on the proposal “%(proposal)s”: %(decision)s") % {
                "proposal": proposal_title, "decision": ProposalStatus(decision).label},
            url))
    return sorted(entries, key=lambda entry: entry.when)


FUNNEL_STEPS = [
    ("registered", _("Registered in the portal")),
    ("interest", _("Expressed interest in a tender")),
    ("event_registration", _("Registered for an event")),
    ("attended", _("Attended an event")),
    ("proposal", _("Submitted a pilot proposal")),
]


def funnel(period=None):
    """How many organisations took each step, in one query.

    The first step is the organisations registered in the period (all of them when there is
    no period); each later step counts those of them that have taken it by now, so every
    step is a part of the first (not necessarily of the step before: an organisation may
    propose without attending an event).
    """
    organisations = Organisation.objects.all()
    if period is not None:
        start, end = period.bounds()
        organisations = organisations.filter(created_at__gte=start, created_at__lt=end)
    own = {"organisation": OuterRef("pk")}
    conditions = {
        "interest": Exists(TenderInterest.objects.filter(**own)),
        "event_registration": Exists(Registration.objects.filter(
            Q(status=RegistrationStatus.CONFIRMED) | Q(attended=True), **own)),
        "attended": Exists(Registration.objects.filter(attended=True, **own)),
        "proposal": Exists(Proposal.objects.filter(submitted_at__isnull=False, **own)),
    }
    counts = organisations.aggregate(
        registered=Count("pk"),
        **{key: Count("pk", filter=Q(condition)) for key, condition in conditions.items()})
    return [FunnelStep(key=key, label=label, organisations=counts[key] or 0)
            for key, label in FUNNEL_STEPS]
