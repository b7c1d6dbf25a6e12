"""The supplier's pages of proposals: starting one to an open call, the form, sending,
withdrawing, the proposal itself, its attachments and the list of the organisation's
proposals.

Only active members of the proposal's organisation see a proposal; anyone else (another
supplier, a reviewer, staff outside the admin) gets a 404, so that a proposal's existence is
not given away. Every change of state goes through workflow.transition.
"""

import uuid

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from suppliers.acting import acting_organisation, posted_organisation
from suppliers.domain import membership_of
from suppliers.models import Membership

from .. import attachments, proposals, workflow
from ..calls import call_in, open_calls_url
from ..enums import EDITABLE_STATES, SUPPLIER, ProposalStatus
from ..models import PilotCallPage, Proposal, ProposalAttachment
from .forms import ProposalForm, WithdrawForm
from .presenters import (
    EXPLANATIONS,
    answer_rows,
    group_by_call,
    proposal_facts,
    proposal_rows,
    released_decision,
    shown_status,
    supplier_actions,
    timeline,
    what_is_asked,
)

S = ProposalStatus


# --- Finding what the user may see ---------------------------------------------------------

def proposal_for_member(request, public_id):
    proposal = get_object_or_404(Proposal.objects.select_related("organisation"),
                                 public_id=public_id)
    if membership_of(request.user, proposal.organisation) is None:
        raise Http404
    return proposal


def _call_of(proposal):
    """The proposal's call in the reader's language; 404 if the call no longer exists."""
    call = call_in(proposal.call_key, get_language())
    if call is None:
        raise Http404
    return call


def _live_call_or_404(call_id):
    call = PilotCallPage.objects.live().public().filter(pk=call_id) \
        .select_related("locale").first()
    if call is None:
        raise Http404
    return call


def _in_reader_language(call):
    """The call's live translation in the active language, when the page asked for is in
    another one (the language switch keeps the id of the page left behind)."""
    language = get_language()
    if call.locale.language_code == language:
        return None
    return PilotCallPage.objects.live().public().filter(
        translation_key=call.translation_key, locale__language_code=language).first()



def _closed_for_new_proposals(call, now=None):
    now = now or timezone.now()
    if now < call.opens:
        return "coming"
    if now >= call.deadline:
        return "closed"
    return None


# --- Starting a proposal and the form ---------------------------------------------------

@login_required
def create(request, call_id):
    """The form of a new proposal to an open call, for the organisation the user acts for.

    The form carries a token that becomes the proposal's public id: a second post of the same
    form (a double click, the back button) changes that proposal rather than making another.
    """
    call = _live_call_or_404(call_id)
    if request.method == "GET" and (translated := _in_reader_language(call)):
        return redirect("pilots:create", translated.pk)
    organisation = posted_organisation(request) if request.method == "POST" \
        else acting_organisation(request)
    context = {"call": call, "organisation": organisation, "creating": True,
               "closed": _closed_for_new_proposals(call)}
    if organisation is None or context["closed"]:
        return render(request, "pilots/proposal_create.html", context)

    if request.method == "POST":
        token = _posted_token(request)
        existing = proposals.made_with(token)
        if existing is not None:
            return _repeated_create(request, existing, call)
        proposal = proposals.new_proposal(call, organisation, by=request.user,
                                          language=get_language(), token=token)
        form = ProposalForm(request.POST, request.FILES, proposal=proposal, call=call,
                            language=get_language(), creating=True)
        if form.is_valid():
            try:
                proposals.create(proposal, form.changes(), by=request.user)
            except proposals.RepeatedPost as repeated:
                return _repeated_create(request, repeated.proposal, call)
            return _after_save(request, form, proposal)
        if form.checked_files:
            # A new proposal is not made for its files alone: they are chosen again with
            # the corrected form.
            messages.warning(request, _("Choose the attachments again when you send the form "
                                        "once more: files are kept once the proposal is "
                                        "saved."))
    else:
        proposal = proposals.new_proposal(call, organisation, by=request.user,
                                          language=get_language())
        form = ProposalForm(proposal=proposal, call=call, language=get_language(),
                            creating=True,
                            initial={"organisation": organisation.pk, "token": uuid.uuid4()})
    others = Proposal.objects.filter(call_key=call.translation_key, organisation=organisation) \
        .order_by("created_at")
    return render(request, "pilots/proposal_form.html", {
        **context, "form": form, "proposal": proposal, "others": others})


def _posted_token(request):
    try:
        return uuid.UUID(request.POST.get("token", ""))
    except ValueError:
        raise Http404 from None


def _repeated_create(request, proposal, call):
    """A create form posted again after it made `proposal`: an edit of that proposal."""
    if membership_of(request.user, proposal.organisation) is None or \
            proposal.call_key != call.translation_key:
        raise Http404
    return _edit(request, proposal)


@login_required
def edit(request, public_id):
    return _edit(request, proposal_for_member(request, public_id))


def _edit(request, proposal):
    call = _call_of(proposal)
    closed = workflow.edit_closed_reason(proposal, call)
    if closed is None and request.method == "POST":
        form = ProposalForm(request.POST, request.FILES, proposal=proposal, call=call,
                            language=get_language())
        try:
            if form.is_valid():
                proposal = proposals.change(proposal, call, form.changes(), by=request.user)
                return _after_save(request, form, proposal)
        except proposals.EditClosed as refusal:
            closed = refusal.reason
            proposal.refresh_from_db()
        except ValidationError as error:
            form.add_error("attachments", error)
        if closed is None:
            # A browser cannot fill a file input again: the files that passed their checks
            # are kept (the text typed is shown again in the form).
            stored = proposals.keep_files(proposal, call, form.checked_files, by=request.user)
            if stored:
                messages.info(request, form.saved_files_note(stored))
            form = _with_current_attachments(form, proposal)
    elif closed is None:
        form = ProposalForm(proposal=proposal, call=call, language=get_language())
    if closed is not None:
        return render(request, "pilots/proposal_form.html", {
            **_detail_context(proposal, call), "closed_reason": closed})
    return render(request, "pilots/proposal_form.html", {
        "call": call, "proposal": proposal, "organisation": proposal.organisation,
        "form": form, "asked": what_is_asked(proposal, call)})


def _with_current_attachments(form, proposal):
    """The bound form again, listing the attachments as they now are."""
    form.existing = list(proposal.attachments.all())
    form.fields["remove_attachments"].choices = [
        (str(attachment.pk), attachment.filename) for attachment in form.existing]
    return form


def _after_save(request, form, proposal):
    if request.POST.get("action") == "send":
        return redirect("pilots:submit", proposal.public_id)
    messages.success(request, _("The draft is saved. It reaches the county only when you "
                                "send it.") if proposal.status == S.DRAFT else
                     _("The changes are saved. Send the proposal again when it is complete."))
    return redirect("pilots:edit", proposal.public_id)


# --- Sending and withdrawing -------------------------------------------------------------

@login_required
def submit(request, public_id):
    """GET: what will be sent, and what is missing or why it cannot be sent; POST: send."""
    proposal = proposal_for_member(request, public_id)
    call = _call_of(proposal)
    if proposal.status not in EDITABLE_STATES:
        if proposal.status == S.SUBMITTED:
            messages.info(request, _("The proposal has been sent."))
        return redirect("pilots:detail", proposal.public_id)
    error = None
    if request.method == "POST":
        try:
            workflow.transition(proposal, S.SUBMITTED, by=request.user, role=SUPPLIER)
        except PermissionDenied:
            raise Http404 from None
        except workflow.TransitionNotAllowed as refusal:
            proposal.refresh_from_db()
            if proposal.status == S.SUBMITTED:  # sent by a post a moment earlier
                return redirect("pilots:detail", proposal.public_id)
            error = " ".join(refusal.messages)
        else:
            messages.success(request, _(
                "Your proposal is sent. A confirmation is on its way to %(email)s.")
                % {"email": proposal.contact_email})
            return redirect("pilots:detail", proposal.public_id)
    return render(request, "pilots/proposal_submit.html", {
        **_detail_context(proposal, call),
        "error": error,
        "closed_reason": workflow.submission_closed_reason(proposal, call),
        "missing": workflow.missing_for_submission(proposal, call),
    })


@login_required
def withdraw(request, public_id):
    proposal = proposal_for_member(request, public_id)
    call = _call_of(proposal)
    if S.WITHDRAWN not in workflow.allowed_moves(proposal, SUPPLIER):
        if proposal.status != S.WITHDRAWN:
            messages.error(request, _("This proposal can no longer be withdrawn."))
        return redirect("pilots:detail", proposal.public_id)
    form = WithdrawForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            workflow.transition(proposal, S.WITHDRAWN, by=request.user,
                                role=SUPPLIER, reason=form.cleaned_data["reason"])
        except PermissionDenied:
            raise Http404 from None
        except workflow.TransitionNotAllowed as refusal:
            proposal.refresh_from_db()
            if proposal.status != S.WITHDRAWN:
                messages.error(request, " ".join(refusal.messages))
        else:
            messages.success(request, _("The proposal is withdrawn."))
        return redirect("pilots:detail", proposal.public_id)
    return render(request, "pilots/proposal_withdraw.html", {
        "proposal": proposal, "call": call, "form": form})


# --- Reading ------------------------------------------------------------------------------

def _detail_context(proposal, call):
    return {
        "proposal": proposal, "call": call, "organisation": proposal.organisation,
        "status": shown_status(proposal),
        "explanation": EXPLANATIONS[shown_status(proposal)],
        "asked": what_is_asked(proposal, call),
        "decision": released_decision(proposal),
        "timeline": timeline(proposal),
        "attachment_list": list(proposal.attachments.all()),
        "actions": supplier_actions(proposal, call),
        "facts": proposal_facts(proposal, get_language()),
        "answers": answer_rows(proposal, call),
    }


@login_required
def detail(request, public_id):
    proposal = proposal_for_member(request, public_id)
    call = call_in(proposal.call_key, get_language())
    return render(request, "pilots/proposal_detail.html", _detail_context(proposal, call))


@login_required
def attachment(request, public_id, pk):
    proposal = proposal_for_member(request, public_id)
    return attachments.attachment_response(
        get_object_or_404(ProposalAttachment, pk=pk, proposal=proposal))


@login_required
def my_proposals(request):
    """The proposals of every organisation the user is an active member of, by call."""
    organisations = [membership.organisation for membership in
                     Membership.objects.active().filter(user=request.user)
                     .select_related("organisation").order_by("organisation__name")]
    proposals = Proposal.objects.of_organisations(organisations) \
        .select_related("organisation").order_by("-updated_at")
    rows = proposal_rows(proposals, get_language())
    return render(request, "pilots/proposal_list.html", {
        "organisations": organisations, "groups": group_by_call(rows),
        "several": len(organisations) > 1,
        "calls_url": open_calls_url(request),
    })


def create_url(call):
    return reverse("pilots:create", args=[call.pk])
