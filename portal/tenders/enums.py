"""States and choices of a tender, with the lifecycle's allowed moves in one table."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy


class TenderStatus(models.TextChoices):
    PLANNED = "planned", pgettext_lazy("tender status", "Planned")
    MARKET_DIALOGUE = "market_dialogue", pgettext_lazy("tender status", "Market dialogue")
    OPEN = "open", pgettext_lazy("tender status", "Open for tenders")
    EVALUATION = "evaluation", pgettext_lazy("tender status", "Evaluation")
    AWARDED = "awarded", pgettext_lazy("tender status", "Awarded")
    CANCELLED = "cancelled", pgettext_lazy("tender status", "Cancelled")


# The lifecycle: planned → market dialogue → open for tenders → evaluation → awarded, or
# cancelled at any point before the award. Market dialogue may be skipped.
ALLOWED_TRANSITIONS = {
    TenderStatus.PLANNED: {TenderStatus.MARKET_DIALOGUE, TenderStatus.OPEN,
                           TenderStatus.CANCELLED},
    TenderStatus.MARKET_DIALOGUE: {TenderStatus.OPEN, TenderStatus.CANCELLED},
    TenderStatus.OPEN: {TenderStatus.EVALUATION, TenderStatus.CANCELLED},
    TenderStatus.EVALUATION: {TenderStatus.AWARDED, TenderStatus.CANCELLED},
    TenderStatus.AWARDED: set(),
    TenderStatus.CANCELLED: set(),
}

# Tenders that a provider can still prepare for or take part in.
UPCOMING_STATES = (TenderStatus.PLANNED, TenderStatus.MARKET_DIALOGUE, TenderStatus.OPEN)
FINAL_STATES = (TenderStatus.AWARDED, TenderStatus.CANCELLED)
# States that require the official contract notice to be linked.
NOTICE_REQUIRED_STATES = (TenderStatus.OPEN, TenderStatus.EVALUATION, TenderStatus.AWARDED)

# OCDS tender.status for each state (codelist tenderStatus.csv).
OCDS_TENDER_STATUS = {
    TenderStatus.PLANNED: "planned",
    TenderStatus.MARKET_DIALOGUE: "planning",
    TenderStatus.OPEN: "active",
    TenderStatus.EVALUATION: "active",
    TenderStatus.AWARDED: "complete",
    TenderStatus.CANCELLED: "cancelled",
}


class TimelineKind(models.TextChoices):
    PUBLISHED = "published", _("Published in the calendar")
    STATUS = "status", _("Status changed")
    DATE = "date", _("Date changed")
    NOTICE = "notice", _("Contract notice published")


class Procedure(models.TextChoices):
    # Hankintalaki chapter 12: the county designs the procedure itself within the law's
    # principles; most social and health procurements are made this way.
    NATIONAL_SOCIAL_HEALTH = "national_social_health", _(
        "National procedure for social and health services and other specific services")
    OPEN = "open", _("Open procedure")
    RESTRICTED = "restricted", _("Restricted procedure")
    NEGOTIATED = "negotiated", _("Negotiated procedure")
    COMPETITIVE_DIALOGUE = "competitive_dialogue", _("Competitive dialogue")
    INNOVATION_PARTNERSHIP = "innovation_partnership", _("Innovation partnership")
    DIRECT_AWARD = "direct_award", _("Direct award")
    # Not a procurement: producers who meet the rulebook's terms are approved under the Act
    # on Service Vouchers in Social and Health Care (569/2009).
    SERVICE_VOUCHER_APPROVAL = "service_voucher_approval", _(
        "Approval of service-voucher producers")
    OTHER = "other", _("Other procedure")


# OCDS tender.procurementMethod (codelist method.csv).
OCDS_METHOD = {
    # The chapter 12 procedure is announced in Hilma and any supplier may answer the notice;
    # the codelist has no closer code, and procurementMethodDetails names the procedure.
    Procedure.NATIONAL_SOCIAL_HEALTH: "open",
    Procedure.OPEN: "open",
    Procedure.RESTRICTED: "selective",
    Procedure.NEGOTIATED: "selective",
    Procedure.COMPETITIVE_DIALOGUE: "selective",
    Procedure.INNOVATION_PARTNERSHIP: "selective",
    Procedure.DIRECT_AWARD: "direct",
    # Every producer meeting the rulebook's terms is approved: open to all.
    Procedure.SERVICE_VOUCHER_APPROVAL: "open",
    Procedure.OTHER: "limited",
}


class DatePrecision(models.TextChoices):
    DAY = "day", _("Exact date")
    MONTH = "month", _("Month")
    QUARTER = "quarter", _("Quarter")


class VolumeUnit(models.TextChoices):
    CLIENTS = "clients", _("clients a year")
    PLACES = "places", _("places")
    HOURS = "hours", _("hours a year")
    VISITS = "visits", _("visits a year")


class Sorting(models.TextChoices):
    PUBLICATION = "publication", _("Soonest publication")
    DEADLINE = "deadline", _("Nearest deadline")
    NEWEST = "newest", _("Newest")
