"""The demo pilot calls and proposals: three languages, every state reached through the
workflow, reviews and a published result (seeded only once: test_seed_demo.py)."""


import pytest
from django.utils import timezone

from pilots.enums import CallPhase, ConflictStatus, ProposalStatus
from pilots.models import (
    PilotCallPage,
    Proposal,
    ReviewAssignment,
)
from portal.demo.content import load
from portal.demo.loader.pilots import demo_call
from portal.events.models import EventPage
from portal.notifications.models import OutboundEmail

S = ProposalStatus
PILOTS = load("pilots")
EVENTS = load("events")["events"]
AURINKORINNE = next(spec["business_id"] for spec in load("suppliers")["organisations"]
                    if spec["name"] == "Hoivakoti Aurinkorinne Oy")
pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("whole_demo")]


def demo_calls(language="fi"):
    """The demo's own calls (the metrics history adds earlier rounds of two of them)."""
    return [demo_call(spec["key"], language) for spec in PILOTS["calls"]]


def demo_proposals():
    return Proposal.objects.filter(call_key__in=[call.translation_key for call in demo_calls()])


def test_two_open_calls_one_coming_two_closed_in_three_languages():
    now = timezone.now()
    phases = sorted(call.phase(now) for call in demo_calls() if call.live)
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


def test_proposals_in_every_state_moved_through_the_workflow():
    proposals = demo_proposals()
    assert set(proposals.values_list("status", flat=True)) == set(S.values)
    for proposal in proposals:
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
    returned = proposals.get(status=S.RETURNED)
    assert returned.status_reason and returned.completion_due > timezone.now()
    assert proposals.get(status=S.INELIGIBLE).status_reason
    pending = proposals.get(status=S.DECISION_PENDING)
    assert pending.pending_decision == "accepted" and pending.decision_released_at is None
    released = proposals.filter(decision_released_at__isnull=False)
    # Released together, on one day.
    assert released.count() == 6
    assert len({proposal.decision_released_at for proposal in released}) == 1
    assert all(proposal.decision_letter for proposal in released)
    # The story happened before the demo: nobody was e-mailed about a proposal (the outbox
    # holds only the metrics history's alerts, event and invitation e-mails).
    assert not OutboundEmail.objects.filter(template__startswith="pilots_").exists()
    assert not OutboundEmail.objects.filter(
        to__in=[proposal.contact_email for proposal in proposals]).exists()


def demo_call_of(proposal):
    return PilotCallPage.objects.get(translation_key=proposal.call_key,
                                     locale__language_code="fi")


def test_reviews_with_declarations_scores_and_one_recusal():
    reviewer_emails = {email for email, *_rest in PILOTS["reviewers"]}
    assignments = ReviewAssignment.objects.filter(proposal__in=demo_proposals()) \
        .select_related("proposal", "reviewer")
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
    for proposal in demo_proposals().filter(status__in=[S.DECISION_PENDING, S.ACCEPTED,
                                                        S.RESERVE, S.REJECTED, S.AGREEMENT,
                                                        S.PILOTING, S.COMPLETED]):
        assert proposal.assignments.exclude(submitted_at=None).count() >= 2


def test_a_finished_pilot_with_milestones_and_a_published_result(client):
    completed = demo_proposals().get(status=S.COMPLETED)
    follow_up = completed.follow_up
    assert follow_up.result_published and follow_up.percent_done == 100
    assert set(follow_up.result_summary) == {"fi", "sv", "en"}
    assert follow_up.milestones.count() == 3
    assert all(milestone.done_on for milestone in follow_up.milestones.all())
    running = demo_proposals().get(status=S.PILOTING).follow_up
    assert not running.result_published
    assert running.milestones.filter(done_on=None).exists()
    call = demo_call("day-activities-memory", "sv")
    assert not call.is_open()
    html = client.get(call.url).content.decode()
    assert follow_up.result_summary["sv"] in html
    assert follow_up.result_summary["fi"] not in html


def test_an_information_event_about_an_open_call(client):
    # Among the demo's events (the metrics history adds past information events).
    event = EventPage.objects.get(locale__language_code="sv",
                                  slug__in=[spec["sv"]["slug"] for spec in EVENTS],
                                  related_pilot_call__isnull=False, cancelled=False)
    call = demo_call("loneliness", "sv")
    assert call.is_open() and event.start > timezone.now()
    html = client.get(event.url).content.decode()
    assert f'<a href="{call.url}">{call.title}</a>' in html
    html = client.get(call.url).content.decode()
    assert event.title in html


def test_the_demo_supplier_sees_its_organisations_proposal_on_the_call_page(client):
    from suppliers.models import Organisation

    organisation = Organisation.objects.get(business_id=AURINKORINNE)
    admin = organisation.memberships.get(user__email="anna.niemi@aurinkorinne.example.fi").user
    client.force_login(admin)
    html = client.get(demo_call("loneliness").url).content.decode()
    assert "Kylätupa kotiin" in html
    assert "Telefonvän för äldre" not in html
