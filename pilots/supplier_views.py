"""The supplier's pages of a proposal. Only active members of the proposal's organisation
see it; anyone else gets a 404, so that a proposal's existence is not given away."""

from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import get_object_or_404, render
from django.utils import translation

from suppliers.domain import membership_of

from .calls import call_in
from .proposals import Proposal


def proposal_for_member(request, public_id):
    proposal = get_object_or_404(Proposal.objects.select_related("organisation"),
                                 public_id=public_id)
    if membership_of(request.user, proposal.organisation) is None:
        raise Http404
    return proposal


@login_required
def detail(request, public_id):
    proposal = proposal_for_member(request, public_id)
    call = call_in(proposal.call_key, translation.get_language())
    return render(request, "pilots/proposal_detail.html", {
        "proposal": proposal, "call": call,
        "attachments": proposal.attachments.all(),
        "transitions": proposal.transitions.all(),
    })


# PLACEHOLDER (pilots-public branch only): the proposal form is written on the supplier
# branch, which replaces this view. It exists so that the call page's "Make a proposal" link
# has a URL to point at; until then it answers 404 like any page that is not there.
@login_required
def create(request, call_id):
    raise Http404
