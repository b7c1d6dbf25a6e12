"""The follow-up of an accepted proposal's pilot: its status, progress, dates, milestones,
and the result summary in each language that managers may publish on the call page."""

from functools import wraps

from django.contrib import messages
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from wagtail.log_actions import log

from ..enums import ACCEPTED_STATES
from ..models import PilotFollowUp
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
        follow_up, _created = PilotFollowUp.objects.get_or_create(proposal=proposal)
        return view(request, proposal, follow_up, *args, **kwargs)

    return wrapper


@followed
def follow_up_view(request, proposal, follow_up):
    form = FollowUpForm(request.POST if request.POST.get("action") == "follow_up" else None,
                        instance=follow_up)
    milestone_form = MilestoneForm(
        request.POST if request.POST.get("action") == "milestone" else None,
        prefix="milestone")
    if form.is_bound and form.is_valid():
        form.save()
        log(instance=proposal, action="pilots.follow_up", user=request.user,
            data={"progress": follow_up.progress, "percent_done": follow_up.percent_done,
                  "result_published": follow_up.result_published})
        messages.success(request, _("The follow-up is saved."))
        return redirect("pilots_follow_up", proposal.public_id)
    if milestone_form.is_bound and milestone_form.is_valid():
        milestone = milestone_form.save(commit=False)
        milestone.follow_up = follow_up
        milestone.save()
        log(instance=proposal, action="pilots.milestone", user=request.user,
            data={"milestone": milestone.pk, "title": milestone.title})
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
        form.save()
        log(instance=proposal, action="pilots.milestone", user=request.user,
            data={"milestone": milestone.pk, "title": milestone.title,
                  "done_on": str(milestone.done_on or "")})
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
    if milestone.done_on is None:
        milestone.done_on = timezone.localdate()
        milestone.save(update_fields=["done_on"])
        log(instance=proposal, action="pilots.milestone", user=request.user,
            data={"milestone": milestone.pk, "title": milestone.title,
                  "done_on": str(milestone.done_on)})
        messages.success(request, _("“%(milestone)s” is done.") % {"milestone": milestone.title})
    return redirect("pilots_follow_up", proposal.public_id)
