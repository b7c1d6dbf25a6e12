"""Managers' moves of a proposal and the assignment of reviewers through the admin screens:
each move goes through the workflow, what it refuses is shown as a message."""

import datetime

import pytest
from django.contrib.messages import get_messages
from django.utils import timezone

from pilots import assignment, workflow
from pilots.enums import ProposalStatus
from pilots.models import ProposalTransition, ReviewAssignment
from portal.notifications.models import OutboundEmail

from .admin_helpers import give_review, prefer_language, proposal_url, reviewer_group, url

S = ProposalStatus
pytestmark = pytest.mark.django_db


def move(client, proposal, status, data=None):
    return client.post(url("pilots_move", proposal.public_id, status), data or {})


def messages_of(response):
    return [str(message) for message in get_messages(response.wsgi_request)]


def emails_to(proposal):
    return OutboundEmail.objects.filter(to=proposal.contact_email,
                                        template="pilots_status").count()


@pytest.fixture
def staff(client, manager):
    client.force_login(prefer_language(manager, "en"))
    return client


def test_screening_then_eligible(staff, proposals):
    (proposal,) = proposals(1, status=S.SUBMITTED)
    html = staff.get(proposal_url(proposal)).content.decode()
    assert url("pilots_move", proposal.public_id, "screening") in html
    assert url("pilots_move", proposal.public_id, "returned") in html
    response = move(staff, proposal, "screening")
    assert response.status_code == 302 and response["Location"] == proposal_url(proposal)
    proposal.refresh_from_db()
    assert proposal.status == S.SCREENING and emails_to(proposal) == 0  # a silent move
    move(staff, proposal, "in_review")
    proposal.refresh_from_db()
    assert proposal.status == S.IN_REVIEW and emails_to(proposal) == 1
    assert list(proposal.transitions.values_list("to_status", flat=True)) == [
        "screening", "in_review"]


def test_not_eligible_needs_the_reason_the_supplier_reads(staff, proposals):
    (proposal,) = proposals(1, status=S.SCREENING)
    response = move(staff, proposal, "ineligible", {"reason": " "})
    assert response.status_code == 200
    proposal.refresh_from_db()
    assert proposal.status == S.SCREENING
    move(staff, proposal, "ineligible", {"reason": "Toiminta ei ole alueella."})
    proposal.refresh_from_db()
    assert proposal.status == S.INELIGIBLE
    assert proposal.status_reason == "Toiminta ei ole alueella."
    email = OutboundEmail.objects.get(to=proposal.contact_email)
    assert "Toiminta ei ole alueella." in email.text_body


def test_returning_for_completion_with_a_time_limit(staff, proposals):
    (proposal,) = proposals(1, status=S.SCREENING)
    past = (timezone.localtime() - datetime.timedelta(days=1)).strftime("%Y-%m-%dT%H:%M")
    response = move(staff, proposal, "returned", {"reason": "Liitä budjetti.",
                                                  "completion_due": past})
    assert response.status_code == 200 and "Give a time in the future." in \
        response.content.decode()
    move(staff, proposal, "returned", {"reason": "Liitä budjetti.",
                                       "completion_due": "2099-03-01T16:00"})
    proposal.refresh_from_db()
    assert proposal.status == S.RETURNED
    # Entered in Helsinki time (UTC+2 in March), stored in UTC.
    assert proposal.completion_due == datetime.datetime(2099, 3, 1, 14, 0, tzinfo=datetime.UTC)
    assert "Liitä budjetti." in OutboundEmail.objects.get(to=proposal.contact_email).text_body


def test_a_move_not_allowed_from_here_is_a_message(staff, proposals):
    (proposal,) = proposals(1, status=S.IN_REVIEW)
    response = move(staff, proposal, "agreement")
    assert response.status_code == 302
    assert "cannot become" in " ".join(messages_of(response))
    response = move(staff, proposal, "no-such-state")
    assert response.status_code == 404
    proposal.refresh_from_db()
    assert proposal.status == S.IN_REVIEW


def test_what_the_workflow_refuses_is_a_message(staff, proposals, monkeypatch):
    (proposal,) = proposals(1, status=S.SUBMITTED)

    def refuse(*args, **kwargs):
        raise workflow.TransitionNotAllowed("Joku ehti ensin.")

    monkeypatch.setattr(workflow, "transition", refuse)
    response = move(staff, proposal, "screening")
    assert response.status_code == 302
    assert messages_of(response) == ["Joku ehti ensin."]


def test_agreement_piloting_and_completion(staff, proposals):
    (proposal,) = proposals(1, status=S.ACCEPTED)
    for status in ("agreement", "piloting", "completed"):
        move(staff, proposal, status)
        proposal.refresh_from_db()
        assert proposal.status == status
    assert emails_to(proposal) == 3
    assert ProposalTransition.objects.filter(proposal=proposal).count() == 3


def test_accepting_from_the_reserve_list_sends_a_new_letter(staff, proposals):
    (proposal,) = proposals(1, status=S.RESERVE, decision_letter="Olette varalla.")
    html = staff.get(url("pilots_move", proposal.public_id, "accepted")).content.decode()
    assert "on valittu pilotoitavaksi" in html  # the Finnish template, the proposal's language
    response = move(staff, proposal, "accepted", {"letter": ""})
    assert response.status_code == 200
    move(staff, proposal, "accepted", {"letter": "Paikka vapautui: olette mukana."})
    proposal.refresh_from_db()
    assert proposal.status == S.ACCEPTED
    assert proposal.decision_letter == "Paikka vapautui: olette mukana."
    email = OutboundEmail.objects.get(to=proposal.contact_email)
    assert "Paikka vapautui" in email.text_body and "Olette varalla" not in email.text_body


def test_assigning_by_hand_offers_the_reviewer_groups(staff, manager, reviewers, editor,
                                                      proposals):
    (proposal,) = proposals(1, status=S.SCREENING)
    assignment.assign(proposal, reviewers[2], by=manager)
    html = staff.get(proposal_url(proposal, "pilots_assign")).content.decode()
    assert reviewers[0].email in html and reviewers[1].email in html
    assert reviewers[2].email not in html  # already assigned
    assert editor.email not in html  # not in a reviewer group
    response = staff.post(proposal_url(proposal, "pilots_assign"), {"reviewers": [editor.pk]})
    assert response.status_code == 200
    staff.post(proposal_url(proposal, "pilots_assign"),
               {"reviewers": [reviewers[0].pk, reviewers[1].pk]})
    assert set(proposal.assignments.values_list("reviewer", flat=True)) == {
        reviewer.pk for reviewer in reviewers}


def test_removing_an_unsubmitted_assignment_only(staff, manager, reviewers, proposals):
    (proposal,) = proposals(1)
    open_one = assignment.assign(proposal, reviewers[0], by=manager)
    submitted = give_review(proposal, reviewers[1], manager, [3, 3])
    assert staff.get(url("pilots_unassign", proposal.public_id, open_one.pk)).status_code == 405
    staff.post(url("pilots_unassign", proposal.public_id, open_one.pk))
    assert not ReviewAssignment.objects.filter(pk=open_one.pk).exists()
    response = staff.post(url("pilots_unassign", proposal.public_id, submitted.pk))
    assert "A submitted review cannot be removed." in messages_of(response)
    assert ReviewAssignment.objects.filter(pk=submitted.pk).exists()


def test_assigning_evenly_across_a_group(staff, call, reviewers, proposals):
    batch = proposals(2, status=S.SCREENING) + proposals(1, status=S.IN_REVIEW)
    (waiting,) = proposals(1, status=S.SUBMITTED)
    address = url("pilots_assign_evenly", call.pk)
    assert "3 proposals" in staff.get(address).content.decode()
    response = staff.post(address, {"group": reviewer_group().pk, "per_proposal": "2"})
    assert response.status_code == 302
    assert "6 assignments made." in messages_of(response)
    for proposal in batch:
        assert proposal.assignments.count() == 2
    assert not waiting.assignments.exists()
    load = sorted(ReviewAssignment.objects.filter(reviewer=reviewer).count()
                  for reviewer in reviewers)
    assert load == [2, 2, 2]
    response = staff.post(address, {"group": reviewer_group().pk, "per_proposal": "4"})
    assert response.status_code == 200
    assert "only 3 reviewers" in response.content.decode()
