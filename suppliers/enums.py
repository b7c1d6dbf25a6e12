"""Choices of a supplier organisation and its memberships, with the membership's allowed
moves in one table."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy


class OrganisationType(models.TextChoices):
    COMPANY = "company", _("Company")
    SOLE_TRADER = "sole_trader", _("Sole trader")
    ASSOCIATION = "association", _("Association or foundation")
    COOPERATIVE = "cooperative", _("Cooperative")
    PUBLIC_BODY = "public_body", _("Public body")
    IN_HOUSE = "in_house", _("In-house company")


class SizeClass(models.TextChoices):
    """The EU's SME definition (Commission Recommendation 2003/361/EC), self-declared."""

    MICRO = "micro", _("Micro enterprise")
    SMALL = "small", _("Small enterprise")
    MEDIUM = "medium", _("Medium-sized enterprise")
    LARGE = "large", _("Large enterprise")


# The bands share the size classes' values, so the class is the larger of the two bands.
class HeadcountBand(models.TextChoices):
    MICRO = "micro", _("Fewer than 10 persons")
    SMALL = "small", _("10–49 persons")
    MEDIUM = "medium", _("50–249 persons")
    LARGE = "large", _("250 persons or more")


class TurnoverBand(models.TextChoices):
    MICRO = "micro", _("At most 2 million euros")
    SMALL = "small", _("Over 2 and at most 10 million euros")
    MEDIUM = "medium", _("Over 10 and at most 50 million euros")
    LARGE = "large", _("Over 50 million euros")


SIZE_ORDER = [SizeClass.MICRO, SizeClass.SMALL, SizeClass.MEDIUM, SizeClass.LARGE]
SME_CLASSES = (SizeClass.MICRO, SizeClass.SMALL, SizeClass.MEDIUM)


class ServiceLanguage(models.TextChoices):
    FINNISH = "fi", _("Finnish")
    SWEDISH = "sv", _("Swedish")
    ENGLISH = "en", _("English")


class MembershipRole(models.TextChoices):
    ADMIN = "admin", pgettext_lazy("membership role", "Admin")
    MEMBER = "member", pgettext_lazy("membership role", "Member")


class MembershipStatus(models.TextChoices):
    ACTIVE = "active", pgettext_lazy("membership status", "Active")
    REQUESTED = "requested", pgettext_lazy("membership status", "Asked to join")
    INVITED = "invited", pgettext_lazy("membership status", "Invited")
    LEFT = "left", pgettext_lazy("membership status", "Left or removed")


# A user asks to join (requested) or is invited; an admin approves the request or the user
# accepts the invitation (active). A declined request, a withdrawn invitation, leaving and
# being removed all end in "left", from which the user may ask or be invited again.
ALLOWED_TRANSITIONS = {
    MembershipStatus.REQUESTED: {MembershipStatus.ACTIVE, MembershipStatus.LEFT},
    MembershipStatus.INVITED: {MembershipStatus.ACTIVE, MembershipStatus.LEFT},
    MembershipStatus.ACTIVE: {MembershipStatus.LEFT},
    MembershipStatus.LEFT: {MembershipStatus.REQUESTED, MembershipStatus.INVITED,
                            MembershipStatus.ACTIVE},
}

PENDING_STATES = (MembershipStatus.REQUESTED, MembershipStatus.INVITED)
