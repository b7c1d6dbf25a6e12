"""Supplier organisations (companies, associations …) and the users who act for them."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from .business_id import normalise_business_id, validate_business_id
from .enums import (
    SIZE_ORDER,
    SME_CLASSES,
    HeadcountBand,
    MembershipRole,
    MembershipStatus,
    OrganisationType,
    ServiceLanguage,
    SizeClass,
    TurnoverBand,
)

# Organisations refer to the default language's taxonomy terms, as tenders do.


def validate_service_languages(value):
    if not isinstance(value, list) or not set(value) <= set(ServiceLanguage.values):
        raise ValidationError(_("Choose service languages from the list."))


class OrganisationQuerySet(models.QuerySet):
    def of_size(self, size):
        """Organisations whose derived size class is `size`: the larger band is `size`."""
        size = SizeClass(size)
        up_to = SIZE_ORDER[:SIZE_ORDER.index(size) + 1]
        return self.filter(Q(headcount_band=size, turnover_band__in=up_to)
                           | Q(turnover_band=size, headcount_band__in=up_to))


class Organisation(models.Model):
    name = models.CharField(_("name"), max_length=200)
    business_id = models.CharField(
        _("business ID"), max_length=9, unique=True, validators=[validate_business_id],
        help_text=_("Y-tunnus / FO-nummer, for example 1234567-1."))
    organisation_type = models.CharField(_("type"), max_length=20,
                                         choices=OrganisationType.choices)
    headcount_band = models.CharField(
        _("staff headcount"), max_length=10, choices=HeadcountBand.choices, blank=True,
        help_text=_("Annual work units, as in the EU's SME definition."))
    turnover_band = models.CharField(_("annual turnover"), max_length=10,
                                     choices=TurnoverBand.choices, blank=True)
    service_areas = models.ManyToManyField(
        "taxonomy.ServiceArea", verbose_name=_("service areas"), blank=True,
        related_name="+")
    municipalities = models.ManyToManyField(
        "taxonomy.Municipality", verbose_name=_("municipalities served"), blank=True,
        related_name="+")
    service_languages = models.JSONField(_("service languages"), default=list, blank=True,
                                         validators=[validate_service_languages])
    description = models.TextField(_("description"), blank=True)
    website = models.URLField(_("website"), blank=True)
    contact_email = models.EmailField(_("contact e-mail"), blank=True)
    contact_phone = models.CharField(_("contact telephone"), max_length=40, blank=True)
    verified = models.BooleanField(
        _("verified"), default=False,
        help_text=_("Staff have checked the organisation's details."))
    verified_at = models.DateTimeField(_("verified at"), null=True, blank=True, editable=False)
    verified_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("verified by"), null=True, blank=True,
        editable=False, on_delete=models.SET_NULL, related_name="+")
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)

    objects = OrganisationQuerySet.as_manager()

    class Meta:
        verbose_name = _("supplier organisation")
        verbose_name_plural = _("supplier organisations")
        ordering = ["name"]

    def __str__(self):
        return f"{self.name} ({self.business_id})"

    def clean(self):
        super().clean()
        if self.business_id:
            try:
                self.business_id = normalise_business_id(self.business_id)
            except ValidationError as error:
                raise ValidationError({"business_id": error.messages}) from None

    @property
    def size_class(self):
        """The larger of the two bands; None until both are declared."""
        if not self.headcount_band or not self.turnover_band:
            return None
        return max(SizeClass(self.headcount_band), SizeClass(self.turnover_band),
                   key=SIZE_ORDER.index)

    @property
    def is_sme(self):
        return self.size_class in SME_CLASSES

    def get_size_class_display(self):
        return SizeClass(self.size_class).label if self.size_class else ""

    get_size_class_display.short_description = _("size")

    def get_service_languages_display(self):
        return [ServiceLanguage(code).label for code in self.service_languages
                if code in ServiceLanguage.values]


class MembershipQuerySet(models.QuerySet):
    def active(self):
        return self.filter(status=MembershipStatus.ACTIVE)

    def admins(self):
        return self.active().filter(role=MembershipRole.ADMIN)


class Membership(models.Model):
    user = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("user"),
                             on_delete=models.CASCADE, related_name="supplier_memberships")
    organisation = models.ForeignKey(Organisation, verbose_name=_("organisation"),
                                     on_delete=models.CASCADE, related_name="memberships")
    role = models.CharField(_("role"), max_length=10, choices=MembershipRole.choices,
                            default=MembershipRole.MEMBER)
    status = models.CharField(_("status"), max_length=10, choices=MembershipStatus.choices)
    status_changed_at = models.DateTimeField(_("status changed at"))
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)

    objects = MembershipQuerySet.as_manager()

    class Meta:
        verbose_name = _("membership")
        verbose_name_plural = _("memberships")
        constraints = [
            models.UniqueConstraint(fields=["user", "organisation"],
                                    name="unique_supplier_membership"),
        ]

    def __str__(self):
        return f"{self.user} – {self.organisation.name} ({self.role}, {self.status})"

    @property
    def is_admin(self):
        return self.status == MembershipStatus.ACTIVE and self.role == MembershipRole.ADMIN
