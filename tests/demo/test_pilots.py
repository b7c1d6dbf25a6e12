"""The demo pilot calls and proposals: three languages, every state reached through the
workflow, reviews and a published result, and seeded only once."""

import io

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.utils import timezone

from pilots.enums import CallPhase, ConflictStatus, ProposalStatus
from pilots.models import (
    CallCriterion,
    CallFAQ,
    CallQuestion,
    CriterionScore,
    PilotCallPage,
    PilotFollowUp,
    PilotMilestone,
    Proposal,
    ProposalTransition,
    ReviewAssignment,
)
from portal.demo.content import load
from portal.demo.loader.events import seed_events
from portal.demo.loader.pilots import demo_call, seed_pilot_calls, seed_pilot_proposals
from portal.demo.loader.suppliers import seed_suppliers
from portal.events.models import EventPage
from portal.notifications.models import OutboundEmail

S = ProposalStatus
PILOTS = load("pilots")
AURINKORINNE = next(spec["business_id"] for spec in load("suppliers")["organisations"]
                    if spec["name"] == "Hoivakoti Aurinkorinne Oy")
pytestmark = pytest.mark.django_db


@pytest.fixture
def demo(db):
    """The demo organisations, calls and proposals (the events only where a test asks)."""
    out = io.StringIO()
    seed_suppliers(out)
    seed_pilot_calls(out)
    seed_pilot_proposals(out)
    return out.getvalue()


def _counts():
    return {model.__name__: model.objects.count() for model in (
        PilotCallPage, CallCriterion, CallQuestion, CallFAQ, Proposal, ProposalTransition,
        ReviewAssignment, CriterionScore, PilotFollowUp, PilotMilestone, EventPage)}


def test_seed_demo_twice_creates_the_calls_and_proposals_once(settings):
    settings.DEBUG = False
    out = io.StringIO()
    call_command("seed_demo", stdout=out)
    assert f"Pilot calls: {len(PILOTS['calls'])} created" in out.getvalue()
    assert "Pilot proposals: 16 created" in out.getvalue()
    # Without DEBUG (or --users), nobody gets a password.
    assert "pilot.manager@example.fi" not in out.getvalue()
    counts = _counts()
    out = io.StringIO()
    call_command("seed_demo", stdout=out)
    assert "Pilot calls: 0 created" in out.getvalue()
    # (In all: with the proposals of the metrics history's earlier call rounds.)
    assert "Pilot proposals: 0 created, " in out.getvalue()
    assert _counts() == counts


def test_the_logins_of_the_pilot_staff_are_printed_in_development(db):
    out = io.StringIO()
    call_command("seed_demo", "--users", "--password", "demo-pass-123", stdout=out)
    printed = out.getvalue()
    for email, *_rest in [PILOTS["manager"], *PILOTS["reviewers"]]:
        assert f"e-mail {email}  password demo-pass-123" in printed
        user = get_user_model().objects.get(email=email)
        assert user.check_password("demo-pass-123")
        assert user.is_staff and not user.is_superuser
    manager = get_user_model().objects.get(email=PILOTS["manager"][0])
    assert manager.has_perm("pilots.manage_proposals")
    for email, *_rest in PILOTS["reviewers"]:
        reviewer = get_user_model().objects.get(email=email)
        assert reviewer.has_perm("pilots.review_proposals")
        assert not reviewer.has_perm("pilots.manage_proposals")


def test_two_open_calls_one_coming_two_closed_in_three_languages(demo):
    now = timezone.now()
    phases = sorted(call.phase(now) for call in
                    PilotCallPage.objects.live().filter(locale__language_code="fi"))
    assert phases == sorted([CallPhase.OPEN, CallPhase.OPEN, CallPhase.COMING,
                             CallPhase.CLOSED, CallPhase.CLOSED])
    for spec in PILOTS["calls"]:
        versions = {language: demo_call(spec["key"], language) for language in ("fi", "sv", "en")}
        assert {call.locale.language_code for call in versions.values()} == {"fi", "sv", "en"}
        assert all(call.live for call in versions.values())
        assert len({call.translation_key for call in versions.values()}) == 1
        for relation in ("criteria", "questions", "faq"):
            rows = {language: list(getattr(call, relation).all())
                    for language, call in versions.items()}
            assert len(rows["fi"]) == len(spec[relation]) > 0
            # The same items in every language, each translated.
            assert [row.translation_key for row in rows["fi"]] == \
                [row.translation_key for row in rows["sv"]] == \
                [row.translation_key for row in rows["en"]]
            assert [str(row) for row in rows["fi"]] != [str(row) for row in rows["sv"]]
        assert versions["sv"].title == spec["sv"]["title"]
        assert [criterion.weight for criterion in versions["sv"].criteria.all()] == \
            [criterion.weight for criterion in versions["fi"].criteria.all()]


def test_proposals_in_every_state_moved_through_the_workflow(demo):
    assert set(Proposal.objects.values_list("status", flat=True)) == set(S.values)
    for proposal in Proposal.objects.all():
        moves = list(proposal.transitions.order_by("at", "pk"))
        # A chain from draft to where the proposal is, each move recorded with its actor.
        states = [S.DRAFT] + [move.to_status for move in moves]
        assert [move.from_status for move in moves] == states[:-1]
        assert states[-1] == proposal.status
        assert all(move.by is not None for move in moves)
        assert all(move.at < timezone.now() for move in moves)
        call = demo_call_of(proposal)
        if proposal.submitted_at:
            assert call.opens <= proposal.submitted_at < call.deadline
        # Written in the organisation's language, by one of its members.
        assert proposal.language == proposal.organisation.service_languages[0]
        assert proposal.organisation.memberships.filter(user=proposal.created_by).exists()
    returned = Proposal.objects.get(status=S.RETURNED)
    assert returned.status_reason and returned.completion_due > timezone.now()
    assert Proposal.objects.get(status=S.INELIGIBLE).status_reason
    pending = Proposal.objects.get(status=S.DECISION_PENDING)
    assert pending.pending_decision == "accepted" and pending.decision_released_at is None
    released = Proposal.objects.filter(decision_released_at__isnull=False)
    # Released together, on one day.
    assert released.count() == 6
    assert len({proposal.decision_released_at for proposal in released}) == 1
    assert all(proposal.decision_letter for proposal in released)
    # The story happened before the demo: nobody was e-mailed.
    assert not OutboundEmail.objects.exists()


def demo_call_of(proposal):
    return PilotCallPage.objects.get(translation_key=proposal.call_key,
                                     locale__language_code="fi")


def test_reviews_with_declarations_scores_and_one_recusal(demo):
    reviewer_emails = {email for email, *_rest in PILOTS["reviewers"]}
    assignments = ReviewAssignment.objects.select_related("proposal", "reviewer")
    assert {assignment.reviewer.email for assignment in assignments} == reviewer_emails
    recused = assignments.filter(conflict=ConflictStatus.RECUSED)
    assert recused.count() == 1
    assert recused.get().recusal_reason and not recused.get().scores.exists()
    assert not assignments.filter(conflict=ConflictStatus.UNDECLARED).exists()
    for assignment in assignments.exclude(submitted_at=None):
        call = demo_call_of(assignment.proposal)
        assert assignment.conflict == ConflictStatus.NO_CONFLICT
        assert {score.criterion_key for score in assignment.scores.all()} == \
            {criterion.translation_key for criterion in call.criteria.all()}
    # A review still being written, on the proposal in review.
    in_progress = assignments.filter(submitted_at=None, conflict=ConflictStatus.NO_CONFLICT)
    assert in_progress.get().proposal.status == S.IN_REVIEW
    # Every proposal that reached a decision had submitted reviews.
    for proposal in Proposal.objects.filter(status__in=[S.DECISION_PENDING, S.ACCEPTED,
                                                        S.RESERVE, S.REJECTED, S.AGREEMENT,
                                                        S.PILOTING, S.COMPLETED]):
        assert proposal.assignments.exclude(submitted_at=None).count() >= 2


def test_a_finished_pilot_with_milestones_and_a_published_result(demo, client):
    completed = Proposal.objects.get(status=S.COMPLETED)
    follow_up = completed.follow_up
    assert follow_up.result_published and follow_up.percent_done == 100
    assert set(follow_up.result_summary) == {"fi", "sv", "en"}
    assert follow_up.milestones.count() == 3
    assert all(milestone.done_on for milestone in follow_up.milestones.all())
    running = Proposal.objects.get(status=S.PILOTING).follow_up
    assert not running.result_published
    assert running.milestones.filter(done_on=None).exists()
    call = demo_call("day-activities-memory", "sv")
    assert not call.is_open()
    html = client.get(call.url).content.decode()
    assert follow_up.result_summary["sv"] in html
    assert follow_up.result_summary["fi"] not in html


def test_an_information_event_about_an_open_call(demo, client):
    seed_events(io.StringIO())
    event = EventPage.objects.get(locale__language_code="sv",
                                  related_pilot_call__isnull=False, cancelled=False)
    call = demo_call("loneliness", "sv")
    assert call.is_open() and event.start > timezone.now()
    html = client.get(event.url).content.decode()
    assert f'<a href="{call.url}">{call.title}</a>' in html
    html = client.get(call.url).content.decode()
    assert event.title in html


def test_the_demo_supplier_sees_its_organisations_proposal_on_the_call_page(demo, client):
    from suppliers.models import Organisation

    organisation = Organisation.objects.get(business_id=AURINKORINNE)
    admin = organisation.memberships.get(user__email="anna.niemi@aurinkorinne.example.fi").user
    client.force_login(admin)
    html = client.get(demo_call("loneliness").url).content.decode()
    assert "Kylätupa kotiin" in html
    assert "Telefonvän för äldre" not in html
