"""What the supplier reads of a proposal: its status in plain words, what is asked of them,
the moves it made and the decision once released.

A decision made but not yet released is never shown: "decision pending" reads as "in
review", the moves into and out of it are left out of the timeline, and the letter appears
only once the decision is released.
"""

from dataclasses import dataclass, field

from django.db.models import prefetch_related_objects
from django.utils import formats, timezone
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _

from portal.taxonomy.models import names_of

from .. import workflow
from ..calls import calls_by_key
from ..enums import DECIDED_STATES, EDITABLE_STATES, SUPPLIER, ProposalStatus
from ..models import Proposal
from .forms import FIELDS

S = ProposalStatus

EXPLANATIONS = {
    S.DRAFT: _("Only your organisation sees the draft. It reaches the county when you send "
               "it."),
    S.SUBMITTED: _("The county has received the proposal. Next, staff check that it meets "
                   "the call's conditions."),
    S.RETURNED: _("The county has returned the proposal to your organisation to complete. "
                  "Send it again once it is complete."),
    S.SCREENING: _("Staff are checking that the proposal meets the call's conditions."),
    S.INELIGIBLE: _("The proposal does not meet the call's conditions, so it is not "
                    "reviewed."),
    S.IN_REVIEW: _("Reviewers are assessing the proposal against the call's evaluation "
                   "criteria. You will hear of the decision by e-mail when the county "
                   "announces the call's decisions."),
    S.ACCEPTED: _("The proposal was selected for a pilot. The county will contact you about "
                  "the pilot agreement."),
    S.RESERVE: _("The proposal is on the reserve list: it may still be selected if a "
                 "selected pilot does not go ahead."),
    S.REJECTED: _("The proposal was not selected for a pilot this time."),
    S.AGREEMENT: _("The county and your organisation are making the pilot agreement."),
    S.PILOTING: _("The pilot is running."),
    S.COMPLETED: _("The pilot is completed."),
    S.WITHDRAWN: _("Your organisation withdrew the proposal. It will not be reviewed."),
}
# Moves the supplier does not see: a decision held before its release.
HIDDEN_MOVES = {(S.IN_REVIEW, S.DECISION_PENDING), (S.DECISION_PENDING, S.IN_REVIEW)}
# Moves whose reason is written for the supplier (or by them).
REASON_SHOWN = {S.RETURNED, S.INELIGIBLE, S.WITHDRAWN}


def shown_status(proposal):
    """The status as the supplier sees it."""
    status = S(proposal.status)
    return S.IN_REVIEW if status == S.DECISION_PENDING else status


@dataclass
class Asked:
    """What is asked of the supplier now. `kind`: "send" (a draft to send by `due`,
    `missing` what it still lacks), "complete" (returned: `reason`, by `due` if set),
    "not_open" (the call opens at `due`), "too_late" (the time to send passed at `due`),
    or "nothing"."""

    kind: str
    due: object = None
    missing: list = field(default_factory=list)
    reason: str = ""


def what_is_asked(proposal, call, *, now=None):
    now = now or timezone.now()
    status = S(proposal.status)
    if call is None or status not in EDITABLE_STATES:
        return Asked("nothing")
    if status == S.RETURNED:
        if proposal.completion_due and proposal.completion_due <= now:
            return Asked("too_late", due=proposal.completion_due, reason=proposal.status_reason)
        return Asked("complete", due=proposal.completion_due, reason=proposal.status_reason,
                     missing=workflow.missing_for_submission(proposal, call))
    if now < call.opens:
        return Asked("not_open", due=call.opens)
    if now >= call.deadline:
        return Asked("too_late", due=call.deadline)
    return Asked("send", due=call.deadline,
                 missing=workflow.missing_for_submission(proposal, call))


def released_decision(proposal):
    """(status label, letter) of a released decision, else None."""
    if proposal.status in DECIDED_STATES and proposal.decision_released_at:
        return {"label": S(proposal.status).label, "letter": proposal.decision_letter,
                "released_at": proposal.decision_released_at}
    return None


def timeline(proposal):
    """The moves the supplier may see, oldest first, without who made them."""
    entries = [{"at": proposal.created_at, "label": _("Draft started"), "reason": ""}]
    for move in proposal.transitions.all():
        if (move.from_status, move.to_status) in HIDDEN_MOVES:
            continue
        entries.append({
            "at": move.at, "label": S(move.to_status).label,
            "reason": move.reason if move.to_status in REASON_SHOWN else ""})
    return entries


def proposal_facts(proposal, language):
    """(label, value, kind) of the proposal's fields, for reading; kind "text" keeps the
    line breaks."""
    facts = []
    for name in FIELDS:
        value = getattr(proposal, name)
        kind = "text"
        if name == "municipalities":
            value, kind = ", ".join(names_of(value.all(), language)), "list"
        elif name == "budget":
            value, kind = value is not None and formats.number_format(
                value, 2, use_l10n=True, force_grouping=True) + " €", "amount"
        facts.append((capfirst(Proposal._meta.get_field(name).verbose_name), value, kind))
    return facts


def answer_rows(proposal, call):
    """(question, answer as text) of the call's questions, in the call's language."""
    answers = proposal.answers or {}
    rows = []
    for question in call.questions.all() if call else []:
        value = answers.get(str(question.translation_key))
        if isinstance(value, list):
            value = ", ".join(str(item) for item in value)
        elif isinstance(value, bool):
            value = _("Yes") if value else _("No")
        rows.append((question.label, value))
    return rows


def supplier_actions(proposal, call, *, now=None):
    """Which of edit, send and withdraw the supplier can do now."""
    moves = workflow.allowed_moves(proposal, SUPPLIER)
    editable = call is not None and workflow.edit_closed_reason(proposal, call, now=now) is None
    return {"edit": editable, "send": editable and S.SUBMITTED in moves,
            "withdraw": S.WITHDRAWN in moves}


@dataclass
class ProposalRow:
    proposal: object
    call: object
    status: object
    asked: Asked
    decision: object


def proposal_rows(proposals, language, *, now=None):
    """Rows for lists of proposals, in three queries whatever their number (the proposals,
    their calls, the calls' questions)."""
    proposals = list(proposals)
    calls = calls_by_key([proposal.call_key for proposal in proposals], language)
    prefetch_related_objects(list(calls.values()), "questions")
    return [ProposalRow(proposal=proposal, call=calls.get(proposal.call_key),
                        status=shown_status(proposal),
                        asked=what_is_asked(proposal, calls.get(proposal.call_key), now=now),
                        decision=released_decision(proposal))
            for proposal in proposals]


def group_by_call(rows):
    """[(call, [rows])], the calls with the latest deadline first."""
    groups = {}
    for row in rows:
        groups.setdefault(row.proposal.call_key, (row.call, []))[1].append(row)
    return sorted(groups.values(), key=lambda group: (
        group[0] is None, -group[0].deadline.timestamp() if group[0] else 0))
