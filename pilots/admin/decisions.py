"""Decisions on a call's proposals: a manager chooses accepted, reserve or rejected for a
proposal in review and writes its letter from the template (with the review feedback they
choose to share); the decision is held. The call's "Release decisions" page shows every held
decision's e-mail exactly as it will go, and sends them all when confirmed. Nothing reaches a
supplier before that."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import redirect
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from .. import letters, workflow
from ..enums import DECISION_STATES, ProposalStatus
from ..models import Proposal
from .forms import DecisionForm
from .moves import refusal
from .report import call_proposals
from .views import call_for_managers, crumbs, render, staff_call, staff_proposal

S = ProposalStatus
PREFILL, SAVE = "prefill", "save"


@staff_proposal(managers_only=True)
def decide(request, proposal):
    if proposal.status != S.IN_REVIEW:
        messages.error(request, _("A decision can be made on a proposal in review."))
        return redirect("pilots_proposal", proposal.public_id)
    feedback = letters.shareable_feedback(proposal)
    form = DecisionForm(request.POST or None, feedback=feedback)
    if request.method == "POST":
        if request.POST.get("action") == PREFILL:
            form = prefilled(request, proposal, feedback)
        elif form.is_valid():
            try:
                workflow.decide(proposal, form.cleaned_data["decision"], by=request.user,
                                letter=form.cleaned_data["letter"])
            except (ValidationError, PermissionDenied) as error:
                form.add_error(None, refusal(error))
            else:
                messages.success(request, _(
                    "The decision on %(reference)s is held until the call's decisions are "
                    "released.") % {"reference": proposal.reference})
                return redirect("pilots_proposal", proposal.public_id)
    call = staff_call(proposal)
    label = _("Decision")
    return render(request, "pilots/admin/decide.html", title=label,
                  subtitle=f"{proposal.reference} {proposal.title}",
                  breadcrumbs=crumbs(request, call=call, proposal=proposal, label=label),
                  context={"proposal": proposal, "call": call, "form": form,
                           "language": proposal.get_language_display()})


def prefilled(request, proposal, feedback):
    """The form again, its letter written from the template of the chosen decision."""
    chosen = [key for key in request.POST.getlist("feedback")
              if key in {item[0] for item in feedback}]
    decision = request.POST.get("decision", "")
    initial = {"decision": decision, "feedback": chosen, "letter": request.POST.get("letter")}
    form = DecisionForm(initial=initial, feedback=feedback)
    if decision in S.values and S(decision) in DECISION_STATES:
        form.initial["letter"] = letters.decision_letter(
            proposal, decision, feedback=letters.feedback_texts(proposal, chosen))
    else:
        form = DecisionForm(request.POST, feedback=feedback)
        form.is_valid()
        form.add_error("decision", _("Choose the decision first."))
    return form


@call_for_managers
def release(request, call):
    pending = list(Proposal.objects.of_call(call).filter(status=S.DECISION_PENDING)
                   .exclude(pending_decision="").select_related("organisation")
                   .order_by("reference"))
    if request.method == "POST":
        try:
            released = workflow.release_decisions(call, by=request.user)
        except (ValidationError, PermissionDenied) as error:
            messages.error(request, refusal(error))
            return redirect("pilots_release", call.pk)
        messages.success(request, ngettext(
            "%(count)s decision released: its e-mail is on its way.",
            "%(count)s decisions released: their e-mails are on their way.",
            len(released)) % {"count": len(released)})
        return redirect("pilots_call_proposals", call.pk)
    previews = []
    for proposal in pending:
        subject, text, _html = letters.release_preview(proposal)
        previews.append({"proposal": proposal, "subject": subject, "text": text,
                         "decision": S(proposal.pending_decision).label})
    undecided = [row.proposal for row in call_proposals(call)
                 if row.proposal.status in (S.SUBMITTED, S.SCREENING, S.IN_REVIEW)]
    label = _("Release decisions")
    return render(request, "pilots/admin/release.html", title=label, subtitle=call.title,
                  breadcrumbs=crumbs(request, call=call, label=label),
                  context={"call": call, "previews": previews, "undecided": undecided})
