"""How a pilot call reads in the list of calls and on its own page, in the page's language.

Times are stored in UTC and shown in Europe/Helsinki (the portal's TIME_ZONE). Service areas
and municipalities are named in the page's language.
"""

from dataclasses import dataclass, field
from decimal import Decimal

from django.utils import formats, timezone
from django.utils.functional import cached_property
from django.utils.translation import ngettext, pgettext

from portal.core.questions import QuestionKind
from portal.events.models import EventPage
from portal.events.presenters import describe as describe_event
from portal.taxonomy.models import in_language, names_of
from suppliers.enums import MembershipStatus

from .enums import ACCEPTED_STATES, CallPhase, PilotProgress
from .models import Proposal


def format_moment(value):
    """'15.3.2027 16.00' in Helsinki time (the time as the language writes it)."""
    local = timezone.localtime(value)
    return "{} {}".format(formats.date_format(local, "j.n.Y"), formats.date_format(
        local, pgettext("time of day, PHP date format", "G:i")))


def days_left(deadline, now=None):
    """Calendar days from today to the deadline's day, in Helsinki; 0 on the last day."""
    now = now or timezone.now()
    return (timezone.localdate(deadline) - timezone.localdate(now)).days


def phase_label(phase):
    return {
        CallPhase.OPEN: pgettext("pilot call", "Open"),
        CallPhase.COMING: pgettext("pilot call", "Coming"),
        CallPhase.CLOSED: pgettext("pilot call", "Closed"),
    }[phase]


@dataclass
class CallView:
    call: object
    url: str = ""
    now: object = None

    def __post_init__(self):
        self.now = self.now or timezone.now()

    @cached_property
    def language(self):
        return self.call.locale.language_code

    @cached_property
    def phase(self):
        return self.call.phase(self.now)

    @property
    def is_open(self):
        return self.phase == CallPhase.OPEN

    @property
    def is_coming(self):
        return self.phase == CallPhase.COMING

    @property
    def is_closed(self):
        return self.phase == CallPhase.CLOSED

    @property
    def phase_label(self):
        return phase_label(self.phase)

    @property
    def opens(self):
        return format_moment(self.call.opens)

    @property
    def deadline(self):
        return format_moment(self.call.deadline)

    @property
    def days_left(self):
        return days_left(self.call.deadline, self.now) if self.is_open else None

    @property
    def days_left_text(self):
        """'12 days left', or 'Closes today' on the last day; empty unless open."""
        days = self.days_left
        if days is None:
            return ""
        if days == 0:
            return pgettext("pilot call", "Closes today")
        return ngettext("%(count)s day left", "%(count)s days left", days) % {"count": days}

    @cached_property
    def service_areas(self):
        return [in_language(term, "name", self.language)
                for term in self.call.service_areas.all()]

    @cached_property
    def municipalities(self):
        return names_of(self.call.municipalities.all(), self.language)


def describe(call, request=None, now=None):
    return CallView(call=call, url=call.get_url(request) if request is not None else "",
                    now=now)


@dataclass
class QuestionView:
    question: object

    @property
    def kind_label(self):
        return QuestionKind(self.question.kind).label

    @property
    def choices(self):
        if self.question.kind in (QuestionKind.CHOICE, QuestionKind.MULTIPLE_CHOICE):
            return self.question.choice_list
        return []


@dataclass
class ResultView:
    """A pilot's published result, in the page's language."""

    proposal: object
    summary: str

    @property
    def follow_up(self):
        return self.proposal.follow_up

    @property
    def progress_label(self):
        return PilotProgress(self.follow_up.progress).label


@dataclass
class CallPageView(CallView):
    """Everything the call's own page shows besides the page's fields."""

    criteria: list = field(default_factory=list)
    questions: list = field(default_factory=list)
    faq: list = field(default_factory=list)
    coming_events: list = field(default_factory=list)
    past_events: list = field(default_factory=list)
    my_proposals: list = field(default_factory=list)
    results: list = field(default_factory=list)

    @property
    def total_weight(self):
        return sum((criterion.weight for criterion in self.criteria), Decimal(0))


def _related_events(call, request, now):
    """Published events of the call's language about the call (any language version of
    it: wagtail-localize copies the link unchanged), coming ones soonest first, past ones
    latest first; in one query."""
    events = (EventPage.objects.live().public()
              .filter(locale_id=call.locale_id,
                      related_pilot_call__translation_key=call.translation_key)
              .select_related("locale").defer_streamfields().order_by("start", "pk"))
    coming, past = [], []
    for event in events:
        (coming if event.end >= now else past).append(describe_event(event, request))
    return coming, past[::-1]


def _my_proposals(call, user):
    """The call's proposals of the organisations the user is an active member of."""
    if user is None or not user.is_authenticated:
        return []
    return list(Proposal.objects.of_call(call).filter(
        organisation__memberships__user=user,
        organisation__memberships__status=MembershipStatus.ACTIVE,
    ).select_related("organisation").order_by("-created_at", "-pk"))


def _results(call, language):
    """Published results of the call's accepted pilots that have a summary in `language`."""
    proposals = (Proposal.objects.of_call(call)
                 .filter(status__in=ACCEPTED_STATES, follow_up__result_published=True)
                 .select_related("organisation", "follow_up").order_by("reference"))
    results = []
    for proposal in proposals:
        summary = proposal.follow_up.summary_in(language).strip()
        if summary:
            results.append(ResultView(proposal=proposal, summary=summary))
    return results


def describe_page(call, request=None, now=None):
    """The call's page: criteria, questions and FAQ of its language, related events, the
    visitor's own proposals and the published results. A fixed number of queries."""
    now = now or timezone.now()
    coming, past = _related_events(call, request, now)
    return CallPageView(
        call=call, url=call.get_url(request) if request is not None else "", now=now,
        criteria=list(call.criteria.all()),
        questions=[QuestionView(question) for question in call.questions.all()],
        faq=list(call.faq.all()),
        coming_events=coming, past_events=past,
        my_proposals=_my_proposals(call, getattr(request, "user", None)),
        results=_results(call, call.locale.language_code),
    )
