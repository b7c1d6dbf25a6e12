"""The pilot calls' models: the call pages (calls.py), proposals with their attachments and
moves (proposals.py), reviewers' assignments and scores (reviews.py) and the follow-up of
pilots (follow_up.py)."""

from .calls import CallCriterion, CallFAQ, CallQuestion, PilotCallIndexPage, PilotCallPage
from .follow_up import PilotFollowUp, PilotMilestone
from .proposals import Proposal, ProposalAttachment, ProposalTransition
from .reviews import CriterionScore, ReviewAssignment

__all__ = [
    "CallCriterion",
    "CallFAQ",
    "CallQuestion",
    "CriterionScore",
    "PilotCallIndexPage",
    "PilotCallPage",
    "PilotFollowUp",
    "PilotMilestone",
    "Proposal",
    "ProposalAttachment",
    "ProposalTransition",
    "ReviewAssignment",
]
