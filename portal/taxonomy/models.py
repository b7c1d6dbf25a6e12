"""Taxonomy terms: one row per term, the same in every language.

A term's code (a slug, a municipality's number, a CPV code) is its identity in open data,
filters in URLs and alert subscriptions; every tender, lot, organisation, alert, pilot call
and proposal refers to the one row of the term, so nothing needs reconciling between the
translations of a page. The row holds the term's name in each language of the portal, and
`name` gives it in the active language.
"""

from django.conf import settings
from django.core.validators import RegexValidator
from django.db import models
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel
from wagtail.search import index

from .ordering import alphabetical


def in_language(term, field, language=None):
    """The term's `field` (name, description) in `language` (the active one by default),
    falling back to the default language's text where a translation is missing."""
    language = (language or get_language() or settings.LANGUAGE_CODE)[:2]
    return (getattr(term, f"{field}_{language}", "")
            or getattr(term, f"{field}_{settings.LANGUAGE_CODE}"))


def names_of(terms, language=None):
    """The terms' names in `language` (the active one by default), alphabetically."""
    return sorted((in_language(term, "name", language) for term in terms), key=alphabetical)


class TaxonomyTerm(index.Indexed, models.Model):
    code = models.SlugField(_("code"), max_length=60, unique=True,
                            help_text=_("Stays the same in every language."))
    name_fi = models.CharField(_("name in Finnish"), max_length=200)
    name_sv = models.CharField(_("name in Swedish"), max_length=200)
    name_en = models.CharField(_("name in English"), max_length=200, blank=True)
    sort_order = models.PositiveSmallIntegerField(_("sort order"), default=0)

    search_fields = [index.SearchField("name_fi"), index.SearchField("name_sv"),
                     index.SearchField("name_en"), index.SearchField("code")]
    panels = [FieldPanel("code"), FieldPanel("name_fi"), FieldPanel("name_sv"),
              FieldPanel("name_en"), FieldPanel("sort_order")]

    class Meta:
        abstract = True
        ordering = ["sort_order", "name_fi"]

    def __str__(self):
        return self.name

    @property
    def name(self):
        return in_language(self, "name")


class DescribedTerm(TaxonomyTerm):
    description_fi = models.TextField(_("description in Finnish"), blank=True)
    description_sv = models.TextField(_("description in Swedish"), blank=True)
    description_en = models.TextField(_("description in English"), blank=True)

    panels = [*TaxonomyTerm.panels,
              FieldPanel("description_fi"), FieldPanel("description_sv"),
              FieldPanel("description_en")]

    class Meta(TaxonomyTerm.Meta):
        abstract = True

    @property
    def description(self):
        return in_language(self, "description")


class ServiceArea(DescribedTerm):
    class Meta(DescribedTerm.Meta):
        verbose_name = _("service area")
        verbose_name_plural = _("service areas")


class Municipality(TaxonomyTerm):
    """A municipality of the county; its code is Statistics Finland's three-digit number."""

    class Language(models.TextChoices):
        FINNISH = "fi", _("Finnish")
        SWEDISH = "sv", _("Swedish")

    code = models.CharField(
        _("municipality number"), max_length=3, unique=True,
        validators=[RegexValidator(r"^\d{3}$", _("Enter the three-digit municipality number."))],
    )
    majority_language = models.CharField(_("majority language"), max_length=2,
                                         choices=Language.choices)

    panels = [FieldRowPanel([FieldPanel("code"), FieldPanel("majority_language")]),
              FieldPanel("name_fi"), FieldPanel("name_sv"), FieldPanel("name_en")]

    class Meta(TaxonomyTerm.Meta):
        verbose_name = _("municipality")
        verbose_name_plural = _("municipalities")
        ordering = ["name_fi"]


class ContractType(DescribedTerm):
    class Meta(DescribedTerm.Meta):
        verbose_name = _("contract type")
        verbose_name_plural = _("contract types")


class CPVCode(TaxonomyTerm):
    """A code of the EU's Common Procurement Vocabulary.

    The hierarchy is in the digits: trailing zeros mark the level, so 85311100 sits under
    85311000, under 85310000, under 85300000, under 85000000.
    """

    code = models.CharField(
        _("CPV code"), max_length=8, unique=True,
        validators=[RegexValidator(r"^\d{8}$", _("Enter the eight digits of the CPV code."))],
    )
    check_digit = models.CharField(
        _("check digit"), max_length=1,
        validators=[RegexValidator(r"^\d$", _("Enter the single check digit."))],
    )

    panels = [FieldRowPanel([FieldPanel("code"), FieldPanel("check_digit")]),
              FieldPanel("name_fi"), FieldPanel("name_sv"), FieldPanel("name_en")]

    class Meta(TaxonomyTerm.Meta):
        verbose_name = _("CPV code")
        verbose_name_plural = _("CPV codes")
        ordering = ["code"]

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
