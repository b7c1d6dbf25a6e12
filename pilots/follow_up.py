"""Following a pilot up: its status, progress, dates and result summary, and its
milestones. Every change is written to the audit log."""

from django.utils import timezone
from wagtail.log_actions import log

from .models import PilotFollowUp


def follow_up_of(proposal):
    """The follow-up of an accepted proposal's pilot, made the first time it is asked for."""
    follow_up, _created = PilotFollowUp.objects.get_or_create(proposal=proposal)
    follow_up.proposal = proposal  # the one at hand, not read again for the audit log
    return follow_up


def save_follow_up(follow_up, *, by):
    """Save the follow-up as changed (the manager's form fills it in)."""
    follow_up.save()
    log(instance=follow_up.proposal, action="pilots.follow_up", user=by,
        data={"progress": follow_up.progress, "percent_done": follow_up.percent_done,
              "result_published": follow_up.result_published})
    return follow_up


def add_milestone(follow_up, milestone, *, by):
    """Save a new (unsaved) milestone of the pilot."""
    milestone.follow_up = follow_up
    milestone.save()
    log(instance=follow_up.proposal, action="pilots.milestone", user=by,
        data={"milestone": milestone.pk, "title": milestone.title})
    return milestone


def save_milestone(milestone, *, by):
    """Save a milestone as changed."""
    milestone.save()
    log(instance=milestone.follow_up.proposal, action="pilots.milestone", user=by,
        data={"milestone": milestone.pk, "title": milestone.title,
              "done_on": str(milestone.done_on or "")})
    return milestone


def mark_done(milestone, *, by, today=None):
    """Mark a milestone done today (Helsinki); one already done stays as it is. Returns
    whether it changed."""
    if milestone.done_on is not None:
        return False
    milestone.done_on = today or timezone.localdate()
    milestone.save(update_fields=["done_on"])
    log(instance=milestone.follow_up.proposal, action="pilots.milestone", user=by,
        data={"milestone": milestone.pk, "title": milestone.title,
              "done_on": str(milestone.done_on)})
    return True
