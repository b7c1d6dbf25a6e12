"""The reviewer's screen of one assigned proposal: first the declaration of no conflict of
interest (or recusal), and nothing of the scoring before it; then the proposal with a score
and comment per criterion, saved, submitted, or submitted and on to the next proposal with
the fewest reviews. Others' reviews appear once one's own is submitted."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import Http404
from django.shortcuts import redirect
from django.utils.translation import gettext as _

from .. import assignment as assigning
from ..enums import REVIEWABLE_STATES, ConflictStatus
from ..models import ReviewAssignment
from .forms import ConflictForm, ReviewForm
from .views import (
    ReviewSummary,
    crumbs,
    proposal_context,
    proposal_fields,
    render,
    staff_call,
    staff_proposal,
)

SAVE, SUBMIT, SUBMIT_NEXT = "save", "submit", "submit_next"


@staff_proposal()
def review(request, proposal):
    own = ReviewAssignment.objects.filter(proposal=proposal, reviewer=request.user) \
        .exclude(conflict=ConflictStatus.RECUSED).first()
    if own is None:
        raise Http404
    call = staff_call(proposal)
    if own.conflict == ConflictStatus.UNDECLARED:
        return declare(request, proposal, call, own)
    return score(request, proposal, call, own)


def declare(request, proposal, call, own):
    form = ConflictForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            if form.cleaned_data["declaration"] == ConflictForm.NO_CONFLICT:
                assigning.declare_no_conflict(own, by=request.user)
            else:
                assigning.recuse(own, by=request.user, reason=form.cleaned_data["reason"])
        except ValidationError as error:
            form.add_error(None, error)
        else:
            if own.conflict == ConflictStatus.RECUSED:
                messages.success(request, _("You have recused yourself from reviewing "
                                            "%(reference)s.") % {"reference": proposal.reference})
                return redirect("pilots_admin_home")
            return redirect("pilots_review", proposal.public_id)
    anonymised = call.anonymised_review and not assigning.is_manager(request.user)
    sender, _fields = proposal_fields(proposal, anonymised=anonymised)
    label = _("Conflict of interest")
    return render(request, "pilots/admin/declare.html", title=label,
                  subtitle=f"{proposal.reference} {proposal.title}",
                  breadcrumbs=crumbs(request, label=f"{proposal.reference}: {label}"),
                  context={"proposal": proposal, "call": call, "form": form, "sender": sender,
                           "anonymised": anonymised})


def score(request, proposal, call, own):
    criteria = list(call.criteria.all())
    open_for_scores = not own.is_submitted and proposal.status in REVIEWABLE_STATES
    form = None
    if open_for_scores:
        form = ReviewForm(request.POST or None, criteria=criteria,
                          initial=ReviewForm.initial_from(own))
    if form is not None and request.method == "POST" and form.is_valid():
        action = request.POST.get("action", SAVE)
        try:
            assigning.save_review(
                own, by=request.user, scores=form.scores(),
                comment=form.cleaned_data["comment"],
                share_with_submitter=form.cleaned_data["share_with_submitter"],
                submit=action in (SUBMIT, SUBMIT_NEXT))
        except ValidationError as error:
            form.add_error(None, error)
        else:
            return after_saving(request, proposal, action)
    context = proposal_context(request, proposal, call, own=own)
    context.update({"form": form, "own_review": ReviewSummary(own, criteria),
                    "open_for_scores": open_for_scores})
    return render(request, "pilots/admin/review.html", title=_("Review"),
                  subtitle=f"{proposal.reference} {proposal.title}",
                  breadcrumbs=crumbs(request, label=proposal.reference), context=context)


def after_saving(request, proposal, action):
    if action == SAVE:
        messages.success(request, _("Your review is saved. Submit it when it is ready."))
        return redirect("pilots_review", proposal.public_id)
    messages.success(request, _("Your review of %(reference)s is submitted.")
                     % {"reference": proposal.reference})
    if action == SUBMIT_NEXT:
        following = assigning.next_to_review(request.user, exclude=proposal)
        if following is not None:
            return redirect("pilots_review", following.public_id)
        messages.info(request, _("You have no more proposals to review."))
        return redirect("pilots_admin_home")
    return redirect("pilots_review", proposal.public_id)
