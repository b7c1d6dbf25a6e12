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
