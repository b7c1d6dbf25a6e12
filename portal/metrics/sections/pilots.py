"""Pilot calls: calls opened and open, proposals submitted and decided, the acceptance rate
and the days from submission to decision."""

import statistics
from collections import Counter
from decimal import Decimal

from django.db.models import Count
from django.utils.translation import gettext_lazy as _

from pilots.enums import DECISION_STATES, ProposalStatus
from pilots.models import Proposal, ProposalTransition

from ..figures import Figure, breakdown, choice_rows, percent
from ..pages import call_pages
from ..registry import Indicator, Section, Source
from ..segments import segment_sum


def collect_calls(evaluation):
    calls, details = evaluation.shared(call_pages), evaluation.details
    result = []
    for period in evaluation.periods:
        start, end = period.bounds()
        opened = [key for key, page in calls.by_key.items() if start <= page["opens"] < end]
        open_ = [key for key, page in calls.by_key.items()
                 if page["opens"] < end and page["deadline"] >= start]
        figures = {}
        for name, keys in (("calls_opened", opened), ("calls_open", open_)):
            figure = Figure(value=len(keys))
            if details:
                figure.breakdowns = {"per_call": breakdown("per_call", sorted(
                    (calls.row(key, 1) for key in keys), key=lambda row: str(row.label)))}
            figures[name] = figure
        result.append(figures)
    return result


def collect_proposals(evaluation):
    segments, details = evaluation.segments, evaluation.details
    calls = evaluation.shared(call_pages)
    rows = (Proposal.objects.filter(submitted_at__gte=segments.first(),
                                    submitted_at__lt=segments.last())
            .annotate(segment=segments.bucket("submitted_at"))
            .values_list("segment", "status", "call_key").annotate(n=Count("pk")).order_by())
    submitted = Counter({(segment, status, call): n for segment, status, call, n in rows})
    # One row per decision: their number is that of the proposals decided in the range
    # (tens a month), and the median needs each one's duration.
    decisions = list(
        ProposalTransition.objects.filter(from_status=ProposalStatus.DECISION_PENDING,
                                          to_status__in=DECISION_STATES,
                                          at__gte=segments.first(), at__lt=segments.last())
        .annotate(segment=segments.bucket("at"))
        .values_list("segment", "to_status", "proposal__call_key", "proposal__submitted_at",
                     "at"))
    order = ProposalStatus.values
    result = []
    for period in segments.periods:
        wanted = segments.within(period)
        figure = Figure(value=segment_sum(submitted, wanted))
        chosen = [row for row in decisions if row[0] in wanted]
        accepted = sum(1 for row in chosen if row[1] == ProposalStatus.ACCEPTED)
        days = [Decimal((at - submitted_at).total_seconds()) / 86400
                for _s, _status, _call, submitted_at, at in chosen if submitted_at]
        decided = Figure(value=len(chosen))
        if details:
            by_state, per_call = Counter(), Counter()
            for (segment, status, call), n in submitted.items():
                if segment in wanted:
                    by_state[status] += n
                    per_call[call] += n
            figure.breakdowns = {
                "by_state": breakdown("by_state", choice_rows("by_state", by_state, order)),
                "per_call": breakdown("per_call", calls.rows(per_call)),
            }
            by_decision = Counter(row[1] for row in chosen)
            decided.breakdowns = {
                "by_decision": breakdown("by_decision", choice_rows(
                    "by_decision", by_decision, order)),
                "per_call": breakdown("per_call", calls.rows(Counter(row[2] for row in chosen))),
            }
        result.append({
            "proposals_submitted": figure,
            "proposals_decided": decided,
            "proposals_acceptance_rate": Figure(value=percent(accepted, len(chosen))),
            "proposals_decision_days": Figure(
                value=statistics.median(days).quantize(Decimal("0.1")) if days else None),
        })
    return result


SECTION = Section("pilots", _("Pilot calls"), indicators=[
    Indicator(
        "calls_opened", _("Pilot calls opened"),
        _("Published pilot calls that opened during the period.")),
    Indicator(
        "calls_open", _("Pilot calls open"),
        _("Published pilot calls open for proposals at some time during the period.")),
    Indicator(
        "proposals_submitted", _("Proposals submitted"),
        _("Proposals first submitted during the period, by the state they are in now.")),
    Indicator(
        "proposals_decided", _("Proposals decided"),
        _("Decisions released during the period on proposals (accepted, reserve list or not "
          "selected); a later move from the reserve list is not counted again.")),
    Indicator(
        "proposals_acceptance_rate", _("Acceptance rate of proposals"),
        _("Share of the period's decisions that accepted the proposal."), unit="percent"),
    Indicator(
        "proposals_decision_days", _("Days from submission to decision (median)"),
        _("Median number of days from a proposal's submission to the decision on it, over "
          "the decisions released during the period."), unit="days"),
], collectors=[collect_calls, collect_proposals], sources=[
    # Open in every month from its opening to its deadline, named by its titles now.
    Source("pilots.PilotCallPage", lambda call: call.opens,
           fields=("opens", "deadline", "live", "title", "translation_key")),
    # Counted in the month it was submitted, by the state it is in now.
    Source("pilots.Proposal", lambda proposal: proposal.submitted_at,
           fields=("submitted_at", "status", "call_key")),
    Source("pilots.ProposalTransition", lambda move: move.at,
           fields=("from_status", "to_status", "at", "proposal")),
])
