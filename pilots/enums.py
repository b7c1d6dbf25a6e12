"""The states of a proposal, the decisions on it, and how a running pilot is doing."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy


class ProposalStatus(models.TextChoices):
    DRAFT = "draft", pgettext_lazy("proposal status", "Draft")
    SUBMITTED = "submitted", pgettext_lazy("proposal status", "Submitted")
    RETURNED = "returned", pgettext_lazy("proposal status", "Returned for completion")
    SCREENING = "screening", pgettext_lazy("proposal status", "In screening")
    INELIGIBLE = "ineligible", pgettext_lazy("proposal status", "Not eligible")
    IN_REVIEW = "in_review", pgettext_lazy("proposal status", "In review")
    DECISION_PENDING = "decision_pending", pgettext_lazy("proposal status", "Decision pending")
    ACCEPTED = "accepted", pgettext_lazy("proposal status", "Accepted")
    RESERVE = "reserve", pgettext_lazy("proposal status", "On the reserve list")
    REJECTED = "rejected", pgettext_lazy("proposal status", "Not selected")
    AGREEMENT = "agreement", pgettext_lazy("proposal status", "Agreement")
    PILOTING = "piloting", pgettext_lazy("proposal status", "Piloting")
    COMPLETED = "completed", pgettext_lazy("proposal status", "Completed")
    WITHDRAWN = "withdrawn", pgettext_lazy("proposal status", "Withdrawn")


class Decision(models.TextChoices):
    ACCEPTED = "accepted", pgettext_lazy("decision", "Accept")
    RESERVE = "reserve", pgettext_lazy("decision", "Reserve")
    REJECTED = "rejected", pgettext_lazy("decision", "Reject")


class PilotProgress(models.TextChoices):
    ON_TRACK = "on_track", _("On track")
    DELAYED = "delayed", _("Delayed")
    AT_RISK = "at_risk", _("At risk")
    COMPLETED = "completed", pgettext_lazy("pilot progress", "Completed")
    STOPPED = "stopped", _("Stopped early")


class ScoreAggregate(models.TextChoices):
    MEAN = "mean", _("Mean")
    MEDIAN = "median", _("Median")


class CallPhase:
    """Where a call is in its schedule (PilotCallPage.phase)."""

    COMING = "coming"
    OPEN = "open"
    CLOSED = "closed"


class ConflictStatus(models.TextChoices):
    UNDECLARED = "undeclared", _("Not declared")
    NO_CONFLICT = "no_conflict", _("No conflict of interest")
    RECUSED = "recused", _("Recused")


# --- The proposal workflow's table and the named groups of states ---------------------------

S = ProposalStatus
SUPPLIER = "supplier"
STAFF = "staff"

# (from, to) → who may make the move (workflow.transition checks it).
ALLOWED_TRANSITIONS = {
    (S.DRAFT, S.SUBMITTED): SUPPLIER,
    (S.DRAFT, S.WITHDRAWN): SUPPLIER,
    (S.SUBMITTED, S.SCREENING): STAFF,
    (S.SUBMITTED, S.RETURNED): STAFF,
    (S.SUBMITTED, S.WITHDRAWN): SUPPLIER,
    (S.RETURNED, S.SUBMITTED): SUPPLIER,
    (S.RETURNED, S.WITHDRAWN): SUPPLIER,
    (S.SCREENING, S.IN_REVIEW): STAFF,
    (S.SCREENING, S.INELIGIBLE): STAFF,
    (S.SCREENING, S.RETURNED): STAFF,
    (S.SCREENING, S.WITHDRAWN): SUPPLIER,
    (S.IN_REVIEW, S.DECISION_PENDING): STAFF,
    (S.IN_REVIEW, S.WITHDRAWN): SUPPLIER,
    (S.DECISION_PENDING, S.IN_REVIEW): STAFF,
    (S.DECISION_PENDING, S.ACCEPTED): STAFF,
    (S.DECISION_PENDING, S.RESERVE): STAFF,
    (S.DECISION_PENDING, S.REJECTED): STAFF,
    (S.DECISION_PENDING, S.WITHDRAWN): SUPPLIER,
    (S.RESERVE, S.ACCEPTED): STAFF,
    (S.RESERVE, S.REJECTED): STAFF,
    (S.RESERVE, S.WITHDRAWN): SUPPLIER,
    (S.ACCEPTED, S.AGREEMENT): STAFF,
    (S.ACCEPTED, S.WITHDRAWN): SUPPLIER,
    (S.AGREEMENT, S.PILOTING): STAFF,
    (S.PILOTING, S.COMPLETED): STAFF,
}
FINAL_STATES = (S.INELIGIBLE, S.REJECTED, S.WITHDRAWN, S.COMPLETED)
# The supplier may change the proposal's text and files only in these.
EDITABLE_STATES = (S.DRAFT, S.RETURNED)
# Reviewers are assigned in these.
ASSIGNABLE_STATES = (S.SCREENING, S.IN_REVIEW)
# Reviewers score proposals in these.
REVIEWABLE_STATES = (S.IN_REVIEW,)
# A decision becomes these when released.
DECISION_STATES = (S.ACCEPTED, S.RESERVE, S.REJECTED)
# Moves that need a reason the supplier will read.
REASON_REQUIRED = {S.INELIGIBLE, S.RETURNED}
# The supplier hears of every move but these: screening starting, and a decision made but
# held until staff release the call's decisions together.
SILENT_MOVES = {(S.SUBMITTED, S.SCREENING), (S.IN_REVIEW, S.DECISION_PENDING),
                (S.DECISION_PENDING, S.IN_REVIEW)}
# The states the supplier sees as "decided" (with its letter).
DECIDED_STATES = (*DECISION_STATES, S.AGREEMENT, S.PILOTING, S.COMPLETED)
# An accepted proposal stays accepted through its agreement, pilot and completion: these
# became pilots, and have a follow-up.
ACCEPTED_STATES = (S.ACCEPTED, S.AGREEMENT, S.PILOTING, S.COMPLETED)
