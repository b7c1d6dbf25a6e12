"""Weighted totals against figures computed by hand, mean and median with their spread, the
ranking, the next proposal to review, and even assignment.

The call of tests.pilots.helpers.make_call weighs "Asiakashyöty" 60 % on 0–5 and
"Toteutettavuus" 40 % on 0–10, so a review's total is 60 × a / 5 + 40 × b / 10.
"""

from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError

from pilots import assignment
from pilots.admin.report import ranking
from pilots.enums import ProposalStatus, ScoreAggregate
from pilots.models import PilotCallPage, ReviewAssignment
from pilots.scoring import combine, review_total, score_proposals

from .admin_helpers import criteria_of, give_review

S = ProposalStatus
pytestmark = pytest.mark.django_db


def test_a_reviews_total_is_its_weighted_mean_scaled_to_a_hundred(call):
    first, second = criteria_of(call)
    keys = (first.translation_key, second.translation_key)
    criteria = [first, second]
    # 60 × 4/5 + 40 × 5/10 = 48 + 20
    assert review_total(dict(zip(keys, (4, 5), strict=True)), criteria) == Decimal("68.00")
    assert review_total(dict(zip(keys, (5, 10), strict=True)), criteria) == Decimal("100.00")
    assert review_total(dict(zip(keys, (0, 0), strict=True)), criteria) == Decimal("0.00")
    # 60 × 2/5 + 40 × 7/10 = 24 + 28
    assert review_total(dict(zip(keys, (2, 7), strict=True)), criteria) == Decimal("52.00")
    assert review_total({keys[0]: 5}, criteria) is None  # not every criterion scored


def test_mean_and_median_with_their_spread():
    # (68 + 100 + 52) / 3 = 73.33; population deviation √(((−5.33)² + 26.67² + (−21.33)²) / 3)
    assert combine([68.0, 100.0, 52.0], ScoreAggregate.MEAN) == (Decimal("73.33"),
                                                                Decimal("19.96"))
    assert combine([68.0, 100.0, 52.0], ScoreAggregate.MEDIAN) == (Decimal("68.00"),
                                                                  Decimal("19.96"))
    assert combine([92.0, 88.0], ScoreAggregate.MEDIAN) == (Decimal("90.00"), Decimal("2.00"))
    assert combine([70.0], ScoreAggregate.MEAN) == (Decimal("70.00"), Decimal("0.00"))
    assert combine([], ScoreAggregate.MEAN) == (None, None)


@pytest.mark.parametrize(("aggregate", "total"), [("mean", "73.33"), ("median", "68.00")])
def test_a_proposals_total_counts_only_submitted_reviews_of_those_not_recused(
        call, manager, reviewers, proposals, make_user, aggregate, total):
    PilotCallPage.objects.filter(pk=call.pk).update(score_aggregate=aggregate)
    call.refresh_from_db()
    (proposal,) = proposals(1)
    more = [make_user(f"extra{n}@hyvaep.fi") for n in range(2)]
    from .helpers import add_to_group

    for user in more:
        add_to_group(user, "Pilot reviewers")
    give_review(proposal, reviewers[0], manager, [4, 5])
    give_review(proposal, reviewers[1], manager, [5, 10])
    give_review(proposal, reviewers[2], manager, [2, 7])
    give_review(proposal, more[0], manager, [0, 0], submit=False)  # not submitted
    recused = give_review(proposal, more[1], manager, [1, 1], submit=False)
    assignment.recuse(recused, by=more[1], reason="Jäävi.")
    (score,) = score_proposals(call, [proposal])
    assert score.review_totals == [68.0, 100.0, 52.0]
    assert score.total == Decimal(total) and score.spread == Decimal("19.96")
    first, second = criteria_of(call)
    # (4 + 5 + 2) / 3 and (5 + 10 + 7) / 3
    assert score.criterion_means == {first.translation_key: Decimal("3.67"),
                                     second.translation_key: Decimal("7.33")}


def test_the_ranking_puts_the_best_first_and_the_unreviewed_last(call, manager, reviewers,
                                                                  proposals):
    unreviewed, good, best, screening = proposals(4)
    screening.status = S.SCREENING
    screening.save()
    give_review(good, reviewers[0], manager, [4, 5])       # 68
    give_review(good, reviewers[1], manager, [2, 7])       # 52 → mean 60
    give_review(best, reviewers[0], manager, [5, 8])       # 92
    give_review(best, reviewers[1], manager, [4, 10])      # 88 → mean 90, spread 2
    report = ranking(call)
    assert [row.proposal for row in report.rows] == [best, good, unreviewed]
    assert [row.rank for row in report.rows] == [1, 2, None]
    assert [row.total for row in report.rows] == [Decimal("90.00"), Decimal("60.00"), None]
    assert report.rows[0].spread == Decimal("2.00") and report.rows[1].spread == Decimal("8.00")


def test_next_to_review_is_the_assigned_proposal_with_the_fewest_reviews(
        call, manager, reviewers, proposals):
    crowded, quiet, done, recused, screening = proposals(5)
    screening.status = S.SCREENING
    screening.save()
    me = reviewers[0]
    for proposal in (crowded, quiet, recused, screening):
        assignment.assign(proposal, me, by=manager)
    give_review(done, me, manager, [1, 1])
    assignment.recuse(recused.assignments.get(reviewer=me), by=me, reason="Jäävi.")
    give_review(crowded, reviewers[1], manager, [3, 3])
    give_review(crowded, reviewers[2], manager, [3, 3])
    give_review(quiet, reviewers[1], manager, [3, 3])
    assert assignment.next_to_review(me) == quiet
    assert assignment.next_to_review(me, exclude=quiet) == crowded
    give_review(recused, reviewers[1], manager, [1, 1])
    give_review(quiet, reviewers[2], manager, [3, 3])
    # A tie (two reviews each): the one submitted first.
    assert assignment.next_to_review(me) == crowded
    assert assignment.next_to_review(reviewers[1]) is None


def test_even_assignment_balances_the_load(call, manager, reviewers, proposals):
    batch = proposals(5, status=S.SCREENING)
    # reviewer 0 already carries two reviews elsewhere.
    for proposal in proposals(2, status=S.IN_REVIEW):
        assignment.assign(proposal, reviewers[0], by=manager)
    created = assignment.assign_evenly(batch, reviewers, per_proposal=2, by=manager)
    assert len(created) == 10
    load = {reviewer: ReviewAssignment.objects.filter(reviewer=reviewer).count()
            for reviewer in reviewers}
    assert sorted(load.values()) == [4, 4, 4]
    for proposal in batch:
        assert proposal.assignments.values("reviewer").distinct().count() == 2
    # Run again: nothing to add.
    assert assignment.assign_evenly(batch, reviewers, per_proposal=2, by=manager) == []
    with pytest.raises(ValidationError):
        assignment.assign_evenly(batch, reviewers, per_proposal=4, by=manager)


def test_even_assignment_never_gives_back_a_recused_proposal(call, manager, reviewers,
                                                             proposals):
    (proposal,) = proposals(1)
    own = assignment.assign(proposal, reviewers[0], by=manager)
    assignment.recuse(own, by=reviewers[0], reason="Jäävi.")
    created = assignment.assign_evenly([proposal], reviewers, per_proposal=2, by=manager)
    assert {item.reviewer for item in created} == {reviewers[1], reviewers[2]}
