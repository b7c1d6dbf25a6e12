"""The follow-up of an accepted proposal's pilot: status, progress, dates, milestones, and
the result summary per language with its publish flag."""

import datetime

import pytest
from django.utils import timezone
from wagtail.models import ModelLogEntry

from pilots.enums import ProposalStatus
from pilots.models import PilotFollowUp, PilotMilestone

from .admin_helpers import prefer_language, proposal_url, url

S = ProposalStatus
pytestmark = pytest.mark.django_db


@pytest.fixture
def staff(client, manager):
    client.force_login(prefer_language(manager, "en"))
    return client


def follow_up_data(**changes):
    return {"action": "follow_up", "progress": "delayed", "percent_done": "40",
            "starts": "2027-01-15", "ends": "2027-06-30", "summary_fi": "Yksinäisyys väheni.",
            "summary_sv": "Ensamheten minskade.", "summary_en": "", **changes}


def test_the_follow_up_is_saved_with_a_summary_per_language(staff, proposals):
    (proposal,) = proposals(1, status=S.PILOTING)
    address = proposal_url(proposal, "pilots_follow_up")
    assert staff.get(address).status_code == 200
    response = staff.post(address, follow_up_data(result_published="on"))
    assert response.status_code == 302
    follow_up = PilotFollowUp.objects.get(proposal=proposal)
    assert (follow_up.progress, follow_up.percent_done) == ("delayed", 40)
    assert follow_up.starts == datetime.date(2027, 1, 15)
    assert follow_up.result_summary == {"fi": "Yksinäisyys väheni.",
                                        "sv": "Ensamheten minskade."}
    assert follow_up.result_published and follow_up.summary_in("en") == ""
    assert ModelLogEntry.objects.filter(action="pilots.follow_up",
                                        object_id=str(proposal.pk)).exists()
    assert "Ensamheten minskade." in staff.get(address).content.decode()


@pytest.mark.parametrize(("changes", "error"), [
    ({"percent_done": "140"}, "less than or equal to 100"),
    ({"ends": "2026-12-31"}, "The pilot cannot end before it starts."),
    ({"summary_fi": "", "summary_sv": "", "result_published": "on"},
     "Write the result summary before publishing it."),
])
def test_the_follow_up_refuses_what_does_not_add_up(staff, proposals, changes, error):
    (proposal,) = proposals(1, status=S.AGREEMENT)
    response = staff.post(proposal_url(proposal, "pilots_follow_up"), follow_up_data(**changes))
    assert response.status_code == 200 and error in response.content.decode()
    assert PilotFollowUp.objects.get(proposal=proposal).percent_done == 0


def test_milestones_are_added_edited_and_marked_done(staff, proposals):
    (proposal,) = proposals(1, status=S.ACCEPTED)
    address = proposal_url(proposal, "pilots_follow_up")
    staff.post(address, {"action": "milestone", "milestone-title": "Ensimmäiset asiakkaat",
                         "milestone-due": "2027-02-01"})
    milestone = PilotMilestone.objects.get(follow_up__proposal=proposal)
    assert milestone.title == "Ensimmäiset asiakkaat" and milestone.done_on is None
    edit = url("pilots_milestone", proposal.public_id, milestone.pk)
    staff.post(edit, {"title": "Ensimmäiset 10 asiakasta", "due": "2027-02-15", "done_on": ""})
    milestone.refresh_from_db()
    assert milestone.title == "Ensimmäiset 10 asiakasta"
    assert milestone.due == datetime.date(2027, 2, 15)
    staff.post(url("pilots_milestone_done", proposal.public_id, milestone.pk))
    milestone.refresh_from_db()
    assert milestone.done_on == timezone.localdate()


def test_only_pilots_are_followed(staff, proposals):
    (proposal,) = proposals(1, status=S.IN_REVIEW)
    response = staff.get(proposal_url(proposal, "pilots_follow_up"))
    assert response.status_code == 302
    assert not PilotFollowUp.objects.filter(proposal=proposal).exists()


def test_a_milestone_of_another_pilot_is_not_found(staff, proposals):
    first, second = proposals(2, status=S.PILOTING)
    staff.get(proposal_url(second, "pilots_follow_up"))
    other = PilotMilestone.objects.create(follow_up=second.follow_up, title="Toisen",
                                          due=datetime.date(2027, 1, 1))
    assert staff.get(url("pilots_milestone", first.public_id, other.pk)).status_code == 404
    assert staff.post(url("pilots_milestone_done", first.public_id, other.pk)) \
        .status_code == 404
