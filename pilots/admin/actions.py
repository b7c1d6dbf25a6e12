"""Pilot managers' moves of a proposal (screening, returning for completion, agreement,
piloting, completion) and the assignment of reviewers, by hand or evenly. Every move goes
through workflow.transition; what it refuses is shown as a message."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_POST

from .. import assignment as assigning
from .. import letters, workflow
from ..enums import ASSIGNABLE_STATES, DECISION_STATES, STAFF, ProposalStatus
from ..models import Proposal
from .forms import AssignEvenlyForm, AssignForm, MoveForm, person, reviewers_of
from .moves import MOVE_HELP, REOPEN_HELP, move_label, refusal, staff_moves
from .views import call_for_managers, crumbs, proposal_url, render, staff_call, staff_proposal

S = ProposalStatus

@staff_proposal(managers_only=True)
def move(request, proposal, status):
    try:
        target = S(status)
    except ValueError:
        raise Http404 from None
    if target.value not in dict(staff_moves(proposal)):
        messages.error(request, _("A proposal that is “%(old)s” cannot become “%(new)s”.")
                       % {"old": proposal.get_status_display(), "new": target.label})
        return redirect("pilots_proposal", proposal.public_id)
    initial = {}
    if target in DECISION_STATES:
        initial["letter"] = letters.decision_letter(proposal, target)
    form = MoveForm(request.POST if request.method == "POST" else None, target=target,
                    initial=initial)
    if request.method == "POST" and form.is_valid():
        try:
            workflow.transition(proposal, target, by=request.user, role=STAFF,
                                **form.transition_arguments())
        except (ValidationError, PermissionDenied) as error:
            messages.error(request, refusal(error))
        else:
            messages.success(request, _("%(reference)s is now “%(status)s”.")
                             % {"reference": proposal.reference,
                                "status": proposal.get_status_display()})
        return redirect("pilots_proposal", proposal.public_id)
    label = move_label(proposal, target)
    call = staff_call(proposal)
    help_text = REOPEN_HELP if proposal.status == S.DECISION_PENDING else \
        MOVE_HELP.get(target, "")
    return render(request, "pilots/admin/form.html", title=label,
                  subtitle=f"{proposal.reference} {proposal.title}",
                  breadcrumbs=crumbs(request, call=call, proposal=proposal, label=label),
                  context={"form": form, "button": label, "intro": help_text,
                           "back_url": proposal_url(proposal), "danger": target == S.INELIGIBLE})


@staff_proposal(managers_only=True)
def assign(request, proposal):
    form = AssignForm(request.POST or None, proposal=proposal)
    if request.method == "POST" and form.is_valid():
        done = []
        for reviewer in form.cleaned_data["reviewers"]:
            try:
                assigning.assign(proposal, reviewer, by=request.user)
            except ValidationError as error:
                messages.error(request, refusal(error))
            else:
                done.append(person(reviewer))
        if done:
            messages.success(request, _("Assigned: %(names)s.") % {"names": ", ".join(done)})
        return redirect("pilots_proposal", proposal.public_id)
    call = staff_call(proposal)
    label = _("Assign reviewers")
    intro = _("Members of the reviewer groups (groups with the permission to review pilot "
              "proposals) who are not yet assigned to this proposal.")
    return render(request, "pilots/admin/form.html", title=label,
                  subtitle=f"{proposal.reference} {proposal.title}",
                  breadcrumbs=crumbs(request, call=call, proposal=proposal, label=label),
                  context={"form": form, "button": label, "intro": intro,
                           "back_url": proposal_url(proposal)})


@require_POST
@staff_proposal(managers_only=True)
def unassign(request, proposal, assignment_id):
    assignment = get_object_or_404(proposal.assignments.select_related("reviewer"),
                                   pk=assignment_id)
    try:
        assigning.unassign(assignment, by=request.user)
    except ValidationError as error:
        messages.error(request, refusal(error))
    else:
        messages.success(request, _("%(name)s is no longer assigned.")
                         % {"name": person(assignment.reviewer)})
    return redirect("pilots_proposal", proposal.public_id)


@call_for_managers
def assign_evenly(request, call):
    proposals = Proposal.objects.of_call(call).filter(
        status__in=ASSIGNABLE_STATES).order_by("submitted_at", "pk")
    form = AssignEvenlyForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        reviewers = list(reviewers_of([form.cleaned_data["group"]]))
        try:
            created = assigning.assign_evenly(
                list(proposals), reviewers, per_proposal=form.cleaned_data["per_proposal"],
                by=request.user)
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, ngettext(
                "%(count)s assignment made.", "%(count)s assignments made.",
                len(created)) % {"count": len(created)})
            return redirect("pilots_call_proposals", call.pk)
    label = _("Assign reviewers evenly")
    count = proposals.count()
    intro = ngettext(
        "The %(count)s proposal in screening or in review gets reviewers from the group, "
        "those with the fewest assignments first. Reviewers already assigned, or who recused "
        "themselves, are not assigned again.",
        "Each of the %(count)s proposals in screening or in review gets reviewers from the "
        "group, those with the fewest assignments first. Reviewers already assigned, or who "
        "recused themselves, are not assigned again.", count) % {"count": count}
    return render(request, "pilots/admin/form.html", title=label, subtitle=call.title,
                  breadcrumbs=crumbs(request, call=call, label=label),
                  context={"form": form, "button": label, "intro": intro,
                           "back_url": reverse("pilots_call_proposals", args=[call.pk])})
