"""Pilot managers' moves of a proposal (screening, returning for completion, agreement,
piloting, completion) and the assignment of reviewers, by hand or evenly. Every move goes
through workflow.transition; what it refuses is shown as a message."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext
from django.views.decorators.http import require_POST

from . import assignment as assigning
from . import letters, workflow
from .admin_forms import AssignEvenlyForm, AssignForm, MoveForm, person, reviewers_of
from .admin_views import call_for_managers, crumbs, proposal_url, render, staff_call, staff_proposal
from .enums import ProposalStatus
from .proposals import Proposal

S = ProposalStatus

# What a move is called on its button, by (from, to) or by the state it leads to.
MOVE_LABELS = {
    (S.SCREENING, S.IN_REVIEW): gettext_lazy("Eligible: to review"),
    (S.DECISION_PENDING, S.IN_REVIEW): gettext_lazy("Reopen the review"),
    S.SCREENING: gettext_lazy("Start screening"),
    S.INELIGIBLE: gettext_lazy("Not eligible"),
    S.RETURNED: gettext_lazy("Return for completion"),
    S.ACCEPTED: gettext_lazy("Accept from the reserve list"),
    S.REJECTED: gettext_lazy("Reject from the reserve list"),
    S.AGREEMENT: gettext_lazy("Pilot agreement made"),
    S.PILOTING: gettext_lazy("Pilot started"),
    S.COMPLETED: gettext_lazy("Pilot completed"),
}
MOVE_HELP = {
    S.SCREENING: gettext_lazy("Check that the proposal meets the conditions of the call. The "
                              "supplier is not told of this step."),
    S.IN_REVIEW: gettext_lazy("The proposal meets the conditions of the call; reviewers can "
                              "score it. The supplier is told."),
    S.INELIGIBLE: gettext_lazy("The proposal does not meet the conditions of the call. The "
                               "supplier is told, with the reason."),
    S.RETURNED: gettext_lazy("The supplier can complete the proposal and send it again. "
                             "They are told what to complete, and by when."),
    S.ACCEPTED: gettext_lazy("The supplier gets this letter at once."),
    S.REJECTED: gettext_lazy("The supplier gets this letter at once."),
}
REOPEN_HELP = gettext_lazy("The decision held on the proposal is dropped and it is back in "
                           "review. The supplier is not told.")


def move_label(proposal, target):
    return MOVE_LABELS.get((S(proposal.status), target)) or MOVE_LABELS[target]


def staff_moves(proposal):
    """[(state, label)] of the moves a manager makes on the proposal's page. A decision is
    made on its own page and released for the whole call, so those moves are not here."""
    moves = []
    for target in workflow.allowed_moves(proposal, workflow.STAFF):
        if target == S.DECISION_PENDING or (proposal.status == S.DECISION_PENDING
                                            and target in workflow.DECISION_STATES):
            continue
        moves.append((target.value, move_label(proposal, target)))
    return moves


def refusal(error):
    if isinstance(error, PermissionDenied):
        return _("You may not move this proposal.")
    return " ".join(str(message) for message in error.messages)


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
    if target in workflow.DECISION_STATES:
        initial["letter"] = letters.decision_letter(proposal, target)
    form = MoveForm(request.POST if request.method == "POST" else None, target=target,
                    initial=initial)
    if request.method == "POST" and form.is_valid():
        try:
            workflow.transition(proposal, target, by=request.user, role=workflow.STAFF,
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
        status__in=assigning.ASSIGNABLE_STATES).order_by("submitted_at", "pk")
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
