"""The proposal workflow: every allowed move, every refused one, who may make it, the
deadline rules, the audit trail and the supplier's e-mails."""

import datetime

import pytest
from django.core import mail
from django.core.exceptions import PermissionDenied
from django.utils import timezone
from wagtail.models import ModelLogEntry

from pilots import workflow
from pilots.enums import (
    ALLOWED_TRANSITIONS,
    DECISION_STATES,
    SILENT_MOVES,
    STAFF,
    SUPPLIER,
    ProposalStatus,
)
from pilots.models import ProposalTransition
from pilots.workflow import TransitionNotAllowed

from .helpers import make_call, make_proposal

S = ProposalStatus
pytestmark = pytest.mark.django_db

# What each move needs besides the actor.
EXTRA = {S.INELIGIBLE: {"reason": "Ei kuulu haun piiriin."},
         S.RETURNED: {"reason": "Liitä budjetti."},
         S.DECISION_PENDING: {"pending_decision": "accepted"}}


@pytest.fixture
def call():
    return make_call()


@pytest.fixture
def parties(admin_and_organisation, manager):
    supplier, organisation = admin_and_organisation
    return {"supplier": supplier, "organisation": organisation, "manager": manager}


def _proposal(call, parties, status, **fields):
    if status == S.DECISION_PENDING:
        fields.setdefault("pending_decision", "accepted")
    return make_proposal(call, parties["organisation"], parties["supplier"], status=status,
                         **fields)


def _actor(parties, role):
    return parties["supplier"] if role == SUPPLIER else parties["manager"]


@pytest.mark.parametrize(("old", "new"), sorted(ALLOWED_TRANSITIONS))
def test_every_allowed_move(call, parties, old, new, django_capture_on_commit_callbacks):
    role = ALLOWED_TRANSITIONS[(old, new)]
    pending = new if new in DECISION_STATES and old == S.DECISION_PENDING else \
        "accepted"
    proposal = _proposal(call, parties, old, **(
        {"pending_decision": pending} if old == S.DECISION_PENDING else {}))
    with django_capture_on_commit_callbacks(execute=True):
        workflow.transition(proposal, new, by=_actor(parties, role), role=role,
                            **EXTRA.get(new, {}))
    assert proposal.status == new
    move = ProposalTransition.objects.get(proposal=proposal)
    assert (move.from_status, move.to_status, move.by) == (old, new, _actor(parties, role))
    assert ModelLogEntry.objects.filter(action="pilots.transition",
                                        object_id=str(proposal.pk)).count() == 1
    told = (old, new) not in SILENT_MOVES
    assert len(mail.outbox) == (1 if told else 0)


@pytest.mark.parametrize("old", list(S))
def test_every_refused_move(call, parties, old):
    """From each state, every move not in the table is refused to both roles."""
    proposal = _proposal(call, parties, old)
    refused = [new for new in S if new != old and (old, new) not in ALLOWED_TRANSITIONS]
    for new in refused:
        for role in (SUPPLIER, STAFF):
            with pytest.raises(TransitionNotAllowed):
                workflow.transition(proposal, new, by=_actor(parties, role), role=role,
                                    **EXTRA.get(new, {}))
    proposal.refresh_from_db()
    assert proposal.status == old
    assert not ProposalTransition.objects.filter(proposal=proposal).exists()


@pytest.mark.parametrize("old", sorted({old for old, _new in ALLOWED_TRANSITIONS}))
def test_each_move_is_refused_to_the_other_role(call, parties, old):
    """A supplier cannot screen or decide; staff cannot send or withdraw for the supplier."""
    proposal = _proposal(call, parties, old)
    for (start, new), role in ALLOWED_TRANSITIONS.items():
        if start != old:
            continue
        other = STAFF if role == SUPPLIER else SUPPLIER
        with pytest.raises(TransitionNotAllowed):
            workflow.transition(proposal, new, by=_actor(parties, other), role=other,
                                **EXTRA.get(new, {}))
    proposal.refresh_from_db()
    assert proposal.status == old


def test_outsiders_cannot_act_in_a_role(call, parties, make_user, make_organisation):
    stranger = make_user("stranger@example.fi")
    other_organisation_admin = make_user("other@example.fi")
    make_organisation(other_organisation_admin, name="Toinen Oy")
    proposal = _proposal(call, parties, S.DRAFT)
    for user in (stranger, other_organisation_admin):
        with pytest.raises(PermissionDenied):
            workflow.transition(proposal, S.SUBMITTED, by=user, role=SUPPLIER)
    screened = _proposal(call, parties, S.SUBMITTED)
    # The supplier is not staff, however it asks.
    with pytest.raises(PermissionDenied):
        workflow.transition(screened, S.SCREENING, by=parties["supplier"], role=STAFF)


def test_any_active_member_may_send_the_organisations_proposal(call, parties, add_member):
    member = add_member(parties["organisation"])
    proposal = _proposal(call, parties, S.DRAFT)
    workflow.transition(proposal, S.SUBMITTED, by=member, role=SUPPLIER)
    assert proposal.status == S.SUBMITTED and proposal.submitted_at is not None


class TestDeadlines:
    def test_no_submission_after_the_deadline(self, parties):
        call = make_call(opens_days=-30, deadline_days=-1)
        proposal = _proposal(call, parties, S.DRAFT)
        with pytest.raises(TransitionNotAllowed) as refused:
            workflow.transition(proposal, S.SUBMITTED, by=parties["supplier"], role=SUPPLIER)
        assert refused.value.code == "deadline"

    def test_submission_in_the_last_second_and_not_at_the_deadline(self, parties):
        call = make_call()
        proposal = _proposal(call, parties, S.DRAFT)
        with pytest.raises(TransitionNotAllowed):
            workflow.transition(proposal, S.SUBMITTED, by=parties["supplier"],
                                role=SUPPLIER, now=call.deadline)
        workflow.transition(proposal, S.SUBMITTED, by=parties["supplier"], role=SUPPLIER,
                            now=call.deadline - datetime.timedelta(seconds=1))
        assert proposal.status == S.SUBMITTED

    def test_no_submission_before_the_call_opens(self, parties):
        call = make_call(opens_days=3, deadline_days=30)
        proposal = _proposal(call, parties, S.DRAFT)
        with pytest.raises(TransitionNotAllowed):
            workflow.transition(proposal, S.SUBMITTED, by=parties["supplier"], role=SUPPLIER)

    def test_a_returned_proposal_is_sent_again_after_the_deadline_until_its_due(self, parties):
        call = make_call(opens_days=-30, deadline_days=-1)
        proposal = _proposal(call, parties, S.RETURNED,
                             completion_due=timezone.now() + datetime.timedelta(days=2))
        workflow.transition(proposal, S.SUBMITTED, by=parties["supplier"], role=SUPPLIER)
        assert proposal.status == S.SUBMITTED

    def test_not_after_its_completion_is_due(self, parties):
        call = make_call()
        proposal = _proposal(call, parties, S.RETURNED,
                             completion_due=timezone.now() - datetime.timedelta(minutes=1))
        with pytest.raises(TransitionNotAllowed):
            workflow.transition(proposal, S.SUBMITTED, by=parties["supplier"], role=SUPPLIER)

    def test_edits_only_as_a_draft_before_the_deadline_or_when_returned(self, parties):
        call = make_call()
        closed = make_call(opens_days=-30, deadline_days=-1)
        assert workflow.edit_closed_reason(_proposal(call, parties, S.DRAFT), call) is None
        assert workflow.edit_closed_reason(_proposal(closed, parties, S.DRAFT), closed)
        assert workflow.edit_closed_reason(_proposal(call, parties, S.SUBMITTED), call)
        assert workflow.edit_closed_reason(_proposal(closed, parties, S.RETURNED),
                                           closed) is None


def test_an_incomplete_proposal_is_not_sent(call, parties):
    proposal = _proposal(call, parties, S.DRAFT, solution="", answers={})
    with pytest.raises(TransitionNotAllowed) as refused:
        workflow.transition(proposal, S.SUBMITTED, by=parties["supplier"], role=SUPPLIER)
    assert refused.value.code == "incomplete"
    assert "Montako asiakasta?" in refused.value.message


@pytest.mark.parametrize("new", [S.INELIGIBLE, S.RETURNED])
def test_screening_outcomes_need_a_reason(call, parties, new):
    proposal = _proposal(call, parties, S.SCREENING)
    with pytest.raises(TransitionNotAllowed):
        workflow.transition(proposal, new, by=parties["manager"], role=STAFF, reason="  ")
    workflow.transition(proposal, new, by=parties["manager"], role=STAFF, reason="Syy.")
    assert proposal.status_reason == "Syy."


class TestDecisions:
    def test_held_until_released_together(self, call, parties,
                                          django_capture_on_commit_callbacks):
        manager = parties["manager"]
        first = _proposal(call, parties, S.IN_REVIEW)
        second = _proposal(call, parties, S.IN_REVIEW, language="sv")
        other_call = make_call()
        elsewhere = _proposal(other_call, parties, S.IN_REVIEW)
        with django_capture_on_commit_callbacks(execute=True):
            workflow.decide(first, "accepted", by=manager, letter="Onneksi olkoon!")
            workflow.decide(second, "rejected", by=manager, letter="Tyvärr.")
            workflow.decide(elsewhere, "reserve", by=manager)
        assert mail.outbox == []  # nothing leaves before the release
        with django_capture_on_commit_callbacks(execute=True):
            released = workflow.release_decisions(call, by=manager)
        assert {proposal.pk for proposal in released} == {first.pk, second.pk}
        first.refresh_from_db()
        second.refresh_from_db()
        elsewhere.refresh_from_db()
        assert (first.status, second.status, elsewhere.status) == (
            S.ACCEPTED, S.REJECTED, S.DECISION_PENDING)
        assert first.decision_released_at and second.decision_released_at
        assert len(mail.outbox) == 2
        # Each in the proposal's language, with its own letter.
        [finnish] = [m for m in mail.outbox if "Onneksi olkoon!" in m.body]
        [swedish] = [m for m in mail.outbox if "Tyvärr." in m.body]
        assert first.reference in finnish.subject and second.reference in swedish.subject
        assert f"/fi/pilots/proposals/{first.public_id}/" in finnish.body
        assert f"/sv/pilots/proposals/{second.public_id}/" in swedish.body

    def test_a_release_cannot_change_the_decision(self, call, parties):
        proposal = _proposal(call, parties, S.DECISION_PENDING, pending_decision="rejected")
        with pytest.raises(TransitionNotAllowed):
            workflow.transition(proposal, S.ACCEPTED, by=parties["manager"], role=STAFF)

    def test_a_decision_must_be_chosen(self, call, parties):
        proposal = _proposal(call, parties, S.IN_REVIEW)
        with pytest.raises(TransitionNotAllowed):
            workflow.transition(proposal, S.DECISION_PENDING, by=parties["manager"],
                                role=STAFF)

    def test_reopening_a_decision_clears_it(self, call, parties):
        proposal = _proposal(call, parties, S.DECISION_PENDING, pending_decision="rejected")
        workflow.transition(proposal, S.IN_REVIEW, by=parties["manager"], role=STAFF)
        assert proposal.pending_decision == ""

    def test_only_managers_release(self, call, parties, reviewers):
        _proposal(call, parties, S.DECISION_PENDING)
        with pytest.raises(PermissionDenied):
            workflow.release_decisions(call, by=reviewers[0])


def test_the_submission_receipt_is_in_the_proposals_language(call, parties,
                                                             django_capture_on_commit_callbacks):
    proposal = _proposal(call, parties, S.DRAFT, language="sv")
    with django_capture_on_commit_callbacks(execute=True):
        workflow.transition(proposal, S.SUBMITTED, by=parties["supplier"], role=SUPPLIER)
    [message] = mail.outbox
    assert message.to == [parties["supplier"].email]
    assert proposal.reference in message.subject
    assert f"/sv/pilots/proposals/{proposal.public_id}/" in message.body
