"""The moves a pilot manager can make on a proposal's page, what their buttons say, and how a
refused move reads. Both the proposal's page (views) and the moves themselves (actions) use
these."""

from django.core.exceptions import PermissionDenied
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from .. import workflow
from ..enums import DECISION_STATES, STAFF, ProposalStatus

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
    for target in workflow.allowed_moves(proposal, STAFF):
        if target == S.DECISION_PENDING or (proposal.status == S.DECISION_PENDING
                                            and target in DECISION_STATES):
            continue
        moves.append((target.value, move_label(proposal, target)))
    return moves


def refusal(error):
    if isinstance(error, PermissionDenied):
        return _("You may not move this proposal.")
    return " ".join(str(message) for message in error.messages)
