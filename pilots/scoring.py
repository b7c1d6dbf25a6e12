"""Weighted totals and the ranking of a call's proposals.

A review's total is the weighted mean of its criterion scores, each scaled to 0–100 by the
criterion's highest score: total = Σ weight × score / highest ÷ Σ weight. A proposal's total
combines its submitted reviews by the call's choice, mean or median; the spread is the
population standard deviation of the reviews' totals, so a reader sees where reviewers
disagree. Only submitted reviews by reviewers who have not recused themselves count.
"""

import statistics
from dataclasses import dataclass, field
from decimal import Decimal

from .enums import ScoreAggregate
from .models import CriterionScore, ReviewAssignment

HUNDRED = Decimal(100)


@dataclass
class ProposalScore:
    proposal: object
    review_totals: list = field(default_factory=list)
    criterion_means: dict = field(default_factory=dict)  # criterion key → mean raw score
    total: Decimal | None = None
    spread: Decimal | None = None
    rank: int | None = None

    @property
    def review_count(self):
        return len(self.review_totals)


def review_total(scores, criteria):
    """The 0–100 total of one review: `scores` {criterion key: score}, `criteria` the call's
    criteria. None unless every criterion is scored."""
    if not criteria or any(criterion.translation_key not in scores for criterion in criteria):
        return None
    weights = sum(Decimal(criterion.weight) for criterion in criteria)
    weighted = sum(Decimal(criterion.weight) * Decimal(scores[criterion.translation_key])
                   / Decimal(criterion.scale_max) for criterion in criteria)
    return (weighted / weights * HUNDRED).quantize(Decimal("0.01"))


def combine(totals, how):
    if not totals:
        return None, None
    middle = statistics.median(totals) if how == ScoreAggregate.MEDIAN else \
        statistics.fmean(totals)
    spread = statistics.pstdev(totals) if len(totals) > 1 else 0
    return (Decimal(str(middle)).quantize(Decimal("0.01")),
            Decimal(str(spread)).quantize(Decimal("0.01")))


def score_proposals(call, proposals):
    """ProposalScore for each of `proposals` of `call`, ranked: best total first, proposals
    without a counted review last. Three queries whatever the number of proposals."""
    criteria = list(call.criteria.all())
    proposals = list(proposals)
    assignments = ReviewAssignment.objects.active().submitted() \
        .filter(proposal__in=proposals).values_list("pk", "proposal_id")
    proposal_of = dict(assignments)
    by_assignment = {}
    for assignment_id, key, score in CriterionScore.objects.filter(
            assignment_id__in=proposal_of).values_list("assignment_id", "criterion_key",
                                                       "score"):
        by_assignment.setdefault(assignment_id, {})[key] = score
    results = {proposal.pk: ProposalScore(proposal) for proposal in proposals}
    raw = {}
    for assignment_id, scores in by_assignment.items():
        result = results[proposal_of[assignment_id]]
        total = review_total(scores, criteria)
        if total is not None:
            result.review_totals.append(float(total))
        for key, score in scores.items():
            raw.setdefault(result.proposal.pk, {}).setdefault(key, []).append(score)
    for pk, result in results.items():
        result.total, result.spread = combine(result.review_totals, call.score_aggregate)
        result.criterion_means = {
            key: Decimal(str(statistics.fmean(values))).quantize(Decimal("0.01"))
            for key, values in raw.get(pk, {}).items()}
    ranked = sorted(results.values(),
                    key=lambda result: (result.total is None, -(result.total or 0),
                                        result.proposal.pk))
    for position, result in enumerate(ranked, start=1):
        result.rank = position if result.total is not None else None
    return ranked
