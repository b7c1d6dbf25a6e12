"""Taxonomy terms as translatable snippets: one row per term and language.

Each term has a language-independent code that stays the same across its translations (kept
in sync by wagtail-localize), so open data, filters in URLs and alert subscriptions refer to
the code, while pages show the name in the visitor's language.
"""

from django.core.validators import RegexValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField


class TaxonomyTerm(TranslatableMixin, index.Indexed, models.Model):
    code = models.SlugField(_("code"), max_length=60,
                            help_text=_("Stays the same in every language."))
    name = models.CharField(_("name"), max_length=200)
    sort_order = models.PositiveSmallIntegerField(_("sort order"), default=0)

    translatable_fields = [TranslatableField("name"), SynchronizedField("code"),
                           SynchronizedField("sort_order")]
    search_fields = [index.SearchField("name"), index.FilterField("locale_id")]
    panels = [FieldPanel("name"), FieldPanel("code"), FieldPanel("sort_order")]

    class Meta(TranslatableMixin.Meta):
        abstract = True
        ordering = ["sort_order", "name"]

    def __str__(self):
        return self.name


class ServiceArea(TaxonomyTerm):
    description = models.TextField(_("description"), blank=True)

    translatable_fields = [*TaxonomyTerm.translatable_fields, TranslatableField("description")]
    panels = [*TaxonomyTerm.panels, FieldPanel("description")]

    class Meta(TaxonomyTerm.Meta):
        verbose_name = _("service area")
        verbose_name_plural = _("service areas")
        constraints = [
            models.UniqueConstraint(fields=["code", "locale"], name="unique_service_area_code"),
        ]


class Municipality(TaxonomyTerm):
    """A municipality of the county; its code is Statistics Finland's three-digit number."""

    class Language(models.TextChoices):
        FINNISH = "fi", _("Finnish")
        SWEDISH = "sv", _("Swedish")

    code = models.CharField(
        _("municipality number"), max_length=3,
        validators=[RegexValidator(r"^\d{3}$", _("Enter the three-digit municipality number."))],
    )
    majority_language = models.CharField(_("majority language"), max_length=2,
                                         choices=Language.choices)

    translatable_fields = [*TaxonomyTerm.translatable_fields,
                           SynchronizedField("majority_language")]
    panels = [*TaxonomyTerm.panels, FieldPanel("majority_language")]

    class Meta(TaxonomyTerm.Meta):
        verbose_name = _("municipality")
        verbose_name_plural = _("municipalities")
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(fields=["code", "locale"], name="unique_municipality_code"),
        ]


class ContractType(TaxonomyTerm):
    description = models.TextField(_("description"), blank=True)

    translatable_fields = [*TaxonomyTerm.translatable_fields, TranslatableField("description")]
    panels = [*TaxonomyTerm.panels, FieldPanel("description")]

    class Meta(TaxonomyTerm.Meta):
        verbose_name = _("contract type")
        verbose_name_plural = _("contract types")
        constraints = [
            models.UniqueConstraint(fields=["code", "locale"], name="unique_contract_type_code"),
        ]


class CPVCode(TaxonomyTerm):
    """A code of the EU's Common Procurement Vocabulary.

    The hierarchy is in the digits: trailing zeros mark the level, so 85311100 sits under
    85311000, under 85310000, under 85300000, under 85000000.
    """

    code = models.CharField(
        _("CPV code"), max_length=8,
        validators=[RegexValidator(r"^\d{8}$", _("Enter the eight digits of the CPV code."))],
    )
    check_digit = models.CharField(
        _("check digit"), max_length=1,
        validators=[RegexValidator(r"^\d$", _("Enter the single check digit."))],
    )

    translatable_fields = [*TaxonomyTerm.translatable_fields, SynchronizedField("check_digit")]
    panels = [FieldPanel("code"), FieldPanel("check_digit"), FieldPanel("name")]
    search_fields = [*TaxonomyTerm.search_fields, index.SearchField("code")]

    class Meta(TaxonomyTerm.Meta):
        verbose_name = _("CPV code")
        verbose_name_plural = _("CPV codes")
        ordering = ["code"]
        constraints = [
            models.UniqueConstraint(fields=["code", "locale"], name="unique_cpv_code"),
        ]

    def __str__(self):
        return f"{self.full_code} {self.name}"

    @property
    def full_code(self):
        return f"{self.code}-{self.check_digit}"

    @property
    def level(self):
        """1 for a division (85000000) up to 6 for the most precise codes.

        The first two digits are the division; each further significant digit adds a level.
        """
        significant = self.code.rstrip("0")
        return max(len(significant), 2) - 1

    @property
    def parent_code(self):
        """The code one level up, or None for a division."""
        if self.level == 1:
            return None
        significant = self.code.rstrip("0")[:-1]
        return significant.ljust(8, "0")
