"""Choices of alert subscriptions: what kind of item, how often, and why an item matched."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class ItemType(models.TextChoices):
    """The kinds of published item a subscription can follow. Events and pilot calls come
    with their own issues; their code calls the same matcher (see items.py)."""

    TENDER = "tender", _("Tenders")
    EVENT = "event", _("Events")
    PILOT_CALL = "pilot_call", _("Pilot calls")


# The subscription's boolean field for each item type.
ITEM_TYPE_FIELDS = {
    ItemType.TENDER: "tenders",
    ItemType.EVENT: "events",
    ItemType.PILOT_CALL: "pilot_calls",
}


class Frequency(models.TextChoices):
    IMMEDIATE = "immediate", _("At once, one e-mail per item")
    WEEKLY = "weekly", _("Weekly digest")


class ChangeReason(models.TextChoices):
    """Why an item was sent to subscribers, most important first."""

    NEW = "new", _("New")
    STATUS = "status", _("Status changed")
    NOTICE = "notice", _("Contract notice published")
    DATES = "dates", _("Dates changed")
