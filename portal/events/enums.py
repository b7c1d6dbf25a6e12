"""Kinds of event and how they are held."""

from django.db import models
from django.utils.translation import gettext_lazy as _


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


# The kinds of registration question are those of every staff-defined form.
from portal.core.questions import QuestionKind  # noqa: E402,F401
