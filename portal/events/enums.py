"""Kinds of event and how they are held; the states of a registration and its allowed moves."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy


class EventType(models.TextChoices):
    TRAINING = "training", _("Procurement training")
    MARKET_DIALOGUE = "market_dialogue", _("Market-dialogue meeting")
    SUPPLIER_INFO = "supplier_info", _("Supplier information session")
    PILOT_INFO = "pilot_info", _("Pilot-call information session")


class EventFormat(models.TextChoices):
    IN_PERSON = "in_person", _("In person")
    ONLINE = "online", _("Online")
    HYBRID = "hybrid", _("Hybrid")


# Formats with a place to go to, and formats with a link to join.
VENUE_FORMATS = (EventFormat.IN_PERSON, EventFormat.HYBRID)
ONLINE_FORMATS = (EventFormat.ONLINE, EventFormat.HYBRID)


class RegistrationStatus(models.TextChoices):
    PENDING = "pending", pgettext_lazy("registration status", "Waiting for confirmation")
    CONFIRMED = "confirmed", pgettext_lazy("registration status", "Registered")
    WAITING = "waiting", pgettext_lazy("registration status", "On the waiting list")
    OFFERED = "offered", pgettext_lazy("registration status", "Place offered")
    CANCELLED = "cancelled", pgettext_lazy("registration status", "Cancelled")
    EXPIRED = "expired", pgettext_lazy("registration status", "Offer expired")


S = RegistrationStatus
# Registrations that hold a place: a confirmed one, and an offer not yet answered.
HOLDING_STATES = (S.CONFIRMED, S.OFFERED)
# Registrations still in play: one of these per e-mail address and event.
ACTIVE_STATES = (S.PENDING, S.CONFIRMED, S.WAITING, S.OFFERED)
FINAL_STATES = (S.CANCELLED, S.EXPIRED)

# The allowed moves, in one table. Re-registering after a cancellation is a new row.
ALLOWED_TRANSITIONS = {
    S.PENDING: {S.CONFIRMED, S.WAITING, S.CANCELLED},
    S.CONFIRMED: {S.CANCELLED},
    S.WAITING: {S.OFFERED, S.CANCELLED},
    S.OFFERED: {S.CONFIRMED, S.EXPIRED, S.CANCELLED},
    S.CANCELLED: set(),
    S.EXPIRED: set(),
}
