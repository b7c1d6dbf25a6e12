"""E-mails about a proposal, in the proposal's language, to its contact address."""

from django.conf import settings
from django.urls import reverse
from django.utils import formats, timezone, translation

from portal.notifications.domain import queue_email

from .calls import call_in
from .enums import DECISION_STATES, ProposalStatus


def _when(value):
    return formats.date_format(timezone.localtime(value), "SHORT_DATETIME_FORMAT")


def proposal_url(proposal):
    with translation.override(proposal.language):
        path = reverse("pilots:detail", kwargs={"public_id": proposal.public_id})
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def status_context(proposal, call):
    """What the status and reminder e-mails show of the proposal (letters previews it)."""
    return {
        "proposal": proposal, "call": call, "status": proposal.status,
        "status_label": ProposalStatus(proposal.status).label,
        "decided": [state.value for state in DECISION_STATES],
        "deadline": _when(call.deadline),
        "completion_due": proposal.completion_due and _when(proposal.completion_due),
        "proposal_url": proposal_url(proposal),
    }


def notify_status(proposal):
    """Tell the supplier where their proposal now is; once per move (the key holds the
    transition's number, so a repeated task does not send it twice)."""
    if not proposal.contact_email:  # nobody left to tell (see pilots.dashboard)
        return None
    call = call_in(proposal.call_key, proposal.language)
    moves = proposal.transitions.count()
    with translation.override(proposal.language):
        context = status_context(proposal, call)
    return queue_email(to=proposal.contact_email, template="pilots_status", context=context,
                       language=proposal.language,
                       idempotency_key=f"pilots-status-{proposal.pk}-{moves}")


def remind_of_draft(proposal, call):
    if not proposal.contact_email:
        return None
    with translation.override(proposal.language):
        context = status_context(proposal, call)
    return queue_email(to=proposal.contact_email, template="pilots_draft_reminder",
                       context=context, language=proposal.language,
                       idempotency_key=f"pilots-draft-reminder-{proposal.pk}")
