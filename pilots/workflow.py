"""The proposal workflow: every state a proposal can be in, who may move it where, and the
one function that moves it.

    draft → submitted → screening → in review → decision pending → accepted | reserve |
    rejected (released together) → agreement → piloting → completed

Screening ends in "not eligible" (with a reason) or "in review"; staff may return a submitted
or screened proposal for completion, and the supplier sends it again; the supplier may
withdraw it until the pilot agreement. `transition` checks the move and who makes it, checks
the deadline rules, saves the change, records it (ProposalTransition and the audit log) and
queues the e-mail to the supplier in the proposal's language.
"""

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.log_actions import log

from suppliers.domain import membership_of

from . import mailing
from .answers import missing_answers
from .calls import call_in
from .enums import (
    ALLOWED_TRANSITIONS,
    DECISION_STATES,
    EDITABLE_STATES,
    REASON_REQUIRED,
    SILENT_MOVES,
    STAFF,
    SUPPLIER,
    Decision,
    ProposalStatus,
)
from .models import Proposal, ProposalTransition

S = ProposalStatus


class TransitionNotAllowed(ValidationError):
    pass


def allowed_moves(proposal, role):
    """The states `role` may move the proposal to from where it is."""
    return [new for (old, new), who in ALLOWED_TRANSITIONS.items()
            if old == proposal.status and who == role]


def role_of(user, proposal):
    """SUPPLIER for an active member of the proposal's organisation, STAFF for a pilot
    manager, else None. Staff who are also members act as staff only in the admin, so the
    caller says which role it asks for."""
    roles = set()
    if user is not None and user.is_authenticated:
        if membership_of(user, proposal.organisation) is not None:
            roles.add(SUPPLIER)
        if user.has_perm("pilots.manage_proposals"):
            roles.add(STAFF)
    return roles


def call_of(proposal, language=None):
    return call_in(proposal.call_key, language or proposal.language)


def submission_closed_reason(proposal, call, *, now=None):
    """Why the proposal cannot be sent now; None if it can."""
    now = now or timezone.now()
    if proposal.status == S.RETURNED:
        if proposal.completion_due and proposal.completion_due <= now:
            return _("The time to complete this proposal has passed.")
        return None
    if now < call.opens:
        return _("The call has not opened yet.")
    if now >= call.deadline:
        return _("The deadline of the call has passed.")
    return None


def edit_closed_reason(proposal, call, *, now=None):
    """Why the supplier cannot change the proposal now; None if they can."""
    if proposal.status not in EDITABLE_STATES:
        return _("A proposal can be changed only as a draft or when it is returned for "
                 "completion.")
    return submission_closed_reason(proposal, call, now=now)


def missing_for_submission(proposal, call):
    """The labels of what a proposal must still have before it is sent."""
    missing = [str(Proposal._meta.get_field(name).verbose_name) for name in (
        "title", "summary", "problem", "solution", "target_group", "expected_impact")
        if not getattr(proposal, name).strip()]
    return missing + missing_answers(proposal, call)


@transaction.atomic
def transition(proposal, new, *, by, role, reason="", now=None, notify=True, **changes):
    """Move `proposal` to `new` as `by` acting in `role` (SUPPLIER or STAFF).

    Raises PermissionDenied when `by` may not act in that role on this proposal, and
    TransitionNotAllowed when the move is not in the table, breaks a deadline, lacks a
    reason, or (for a decision) differs from the decision held.
    """
    new = S(new)
    now = now or timezone.now()
    # Re-read under a row lock, so that two clicks (or two staff) cannot both move it.
    proposal.refresh_from_db()
    locked = Proposal.objects.select_for_update().get(pk=proposal.pk)
    old = S(locked.status)
    if role not in role_of(by, locked):
        raise PermissionDenied
    if ALLOWED_TRANSITIONS.get((old, new)) != role:
        raise TransitionNotAllowed(
            _("A proposal that is “%(old)s” cannot become “%(new)s”.")
            % {"old": old.label, "new": new.label}, code="transition")
    if new in REASON_REQUIRED and not reason.strip():
        raise TransitionNotAllowed(_("Give the reason: the supplier will read it."),
                                   code="reason")
    if new == S.SUBMITTED:
        call = call_of(locked)
        closed = submission_closed_reason(locked, call, now=now)
        if closed:
            raise TransitionNotAllowed(closed, code="deadline")
        missing = missing_for_submission(locked, call)
        if missing:
            raise TransitionNotAllowed(
                _("Fill in before sending: %(fields)s.") % {"fields": ", ".join(missing)},
                code="incomplete")
        changes.setdefault("submitted_at", now)
    if old == S.DECISION_PENDING and new in DECISION_STATES:
        if locked.pending_decision != new:
            raise TransitionNotAllowed(_("This is not the decision that was made."),
                                       code="decision")
        changes.setdefault("decision_released_at", now)
    if new == S.DECISION_PENDING and not changes.get("pending_decision"):
        raise TransitionNotAllowed(_("Choose the decision."), code="decision")
    if old == S.DECISION_PENDING and new == S.IN_REVIEW:
        changes.setdefault("pending_decision", "")
    if new in REASON_REQUIRED:
        changes["status_reason"] = reason
    if new == S.RETURNED:
        changes.setdefault("completion_due", None)

    locked.status = new
    for name, value in changes.items():
        setattr(locked, name, value)
    locked.save()
    ProposalTransition.objects.create(proposal=locked, from_status=old, to_status=new, by=by,
                                      reason=reason, at=now)
    log(instance=locked, action="pilots.transition", user=by,
        data={"from": old.value, "to": new.value, "reason": reason})
    if notify and (old, new) not in SILENT_MOVES:
        mailing.notify_status(locked)
    # The caller's object follows what was saved.
    proposal.refresh_from_db()
    return proposal


def decide(proposal, decision, *, by, letter="", now=None):
    """in review → decision pending, holding `decision` (and its letter) until release."""
    decision = Decision(decision)
    return transition(proposal, S.DECISION_PENDING, by=by, role=STAFF, now=now,
                      pending_decision=decision.value, decision_letter=letter)


def release_decisions(call, *, by, now=None, notify=True):
    """Send every decision held on the call, together. Returns the proposals released.
    (`notify=False` is for the demo's history, whose suppliers are told of nothing.)"""
    released = []
    pending = Proposal.objects.of_call(call).filter(status=S.DECISION_PENDING) \
        .exclude(pending_decision="").order_by("pk")
    for proposal in pending:
        released.append(transition(proposal, proposal.pending_decision, by=by, role=STAFF,
                                   now=now, notify=notify))
    if released:
        log(instance=call, action="pilots.release_decisions", user=by,
            data={"proposals": [proposal.pk for proposal in released]})
    return released
