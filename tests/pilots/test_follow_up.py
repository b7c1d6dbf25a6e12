"""Following a pilot up (pilots.follow_up), below the manager's screens that use it
(test_admin_follow_up.py): a milestone is marked done once, each change in the audit log."""

import datetime

import pytest
from wagtail.models import ModelLogEntry

from pilots import follow_up as following
from pilots.enums import ProposalStatus
from pilots.models import PilotMilestone

from .helpers import make_call, make_proposal

pytestmark = pytest.mark.django_db


def test_a_milestone_is_marked_done_once(admin_and_organisation, manager):
    admin, organisation = admin_and_organisation
    proposal = make_proposal(make_call(), organisation, admin, status=ProposalStatus.PILOTING)
    follow_up = following.follow_up_of(proposal)
    assert following.follow_up_of(proposal) == follow_up
    milestone = following.add_milestone(
        follow_up, PilotMilestone(title="Käyttöönotto", due=datetime.date(2027, 3, 1)),
        by=manager)
    assert following.mark_done(milestone, by=manager, today=datetime.date(2027, 2, 27))
    assert not following.mark_done(milestone, by=manager, today=datetime.date(2027, 3, 2))
    milestone.refresh_from_db()
    assert milestone.done_on == datetime.date(2027, 2, 27)
    assert ModelLogEntry.objects.filter(action="pilots.milestone",
                                        object_id=str(proposal.pk)).count() == 2
