"""Choices of an expression of interest, with its allowed moves in one table."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from portal.tenders.enums import TenderStatus


class ParticipationMode(models.TextChoices):
    ALONE = "alone", _("Bid alone")
    CONSORTIUM = "consortium", _("Bid in a consortium")
    SUBCONTRACTOR = "subcontractor", _("As a subcontractor")
    FOLLOWING = "following", _("Only following")


# Modes in which the organisation intends to take part, and so must say in which lots.
BIDDING_MODES = (ParticipationMode.ALONE, ParticipationMode.CONSORTIUM,
                 ParticipationMode.SUBCONTRACTOR)


class InterestStatus(models.TextChoices):
    ACTIVE = "active", pgettext_lazy("interest status", "Active")
    WITHDRAWN = "withdrawn", pgettext_lazy("interest status", "Withdrawn")


# Registering again after withdrawing brings the same record back.
ALLOWED_TRANSITIONS = {
    InterestStatus.ACTIVE: {InterestStatus.ACTIVE, InterestStatus.WITHDRAWN},
    InterestStatus.WITHDRAWN: {InterestStatus.ACTIVE},
}

# An interest may be registered, changed or withdrawn only before the tender opens: after
# that the county has planned its market dialogue and lots on what it says.
CHANGEABLE_TENDER_STATES = (TenderStatus.PLANNED, TenderStatus.MARKET_DIALOGUE)
