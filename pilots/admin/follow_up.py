"""The follow-up of an accepted proposal's pilot: its status, progress, dates, milestones,
and the result summary in each language that managers may publish on the call page."""

from functools import wraps

from django.contrib import messages
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from .. import follow_up as following
from ..enums import ACCEPTED_STATES
from .forms import FollowUpForm, MilestoneForm
from .views import crumbs, render, staff_call, staff_proposal


def followed(view):
    """Managers only, and only for proposals that became pilots."""

    @staff_proposal(managers_only=True)
    @wraps(view)
    def wrapper(request, proposal, *args, **kwargs):
        if proposal.status not in ACCEPTED_STATES:
            messages.error(request, _("Only accepted proposals have a pilot to follow."))
            return redirect("pilots_proposal", proposal.public_id)
        return view(request, proposal, following.follow_up_of(proposal), *args, **kwargs)

    return wrapper


@followed
def follow_up_view(request, proposal, follow_up):
    form = FollowUpForm(request.POST if request.POST.get("action") == "follow_up" else None,
                        instance=follow_up)
    milestone_form = MilestoneForm(
        request.POST if request.POST.get("action") == "milestone" else None,
        prefix="milestone")
    if form.is_bound and form.is_valid():
        following.save_follow_up(form.save(commit=False), by=request.user)
        messages.success(request, _("The follow-up is saved."))
        return redirect("pilots_follow_up", proposal.public_id)
    if milestone_form.is_bound and milestone_form.is_valid():
        following.add_milestone(follow_up, milestone_form.save(commit=False), by=request.user)
        messages.success(request, _("The milestone is added."))
        return redirect("pilots_follow_up", proposal.public_id)
    call = staff_call(proposal)
    label = _("Pilot follow-up")
    return render(request, "pilots/admin/follow_up.html", title=label,
                  subtitle=f"{proposal.reference} {proposal.title}",
                  breadcrumbs=crumbs(request, call=call, proposal=proposal, label=label),
                  context={"proposal": proposal, "follow_up": follow_up, "form": form,
                           "milestone_form": milestone_form, "today": timezone.localdate(),
                           "milestones": follow_up.milestones.all()})


@followed
def milestone_view(request, proposal, follow_up, milestone_id):
    milestone = get_object_or_404(follow_up.milestones, pk=milestone_id)
    form = MilestoneForm(request.POST or None, instance=milestone)
    if request.method == "POST" and form.is_valid():
        following.save_milestone(form.save(commit=False), by=request.user)
        messages.success(request, _("The milestone is saved."))
        return redirect("pilots_follow_up", proposal.public_id)
    call = staff_call(proposal)
    label = _("Milestone")
    return render(request, "pilots/admin/form.html", title=label, subtitle=milestone.title,
                  breadcrumbs=crumbs(request, call=call, proposal=proposal, label=label),
                  context={"form": form, "button": _("Save"), "back_url": reverse(
                      "pilots_follow_up", args=[proposal.public_id])})


@require_POST
@followed
def milestone_done(request, proposal, follow_up, milestone_id):
    milestone = get_object_or_404(follow_up.milestones, pk=milestone_id)
    if following.mark_done(milestone, by=request.user):
        messages.success(request, _("“%(milestone)s” is done.") % {"milestone": milestone.title})
    return redirect("pilots_follow_up", proposal.public_id)
