"""Finished months' figures kept once computed, one row per section and month, and how often
each section's kept months were forgotten (portal.metrics.frozen fills and reads them)."""

from django.core.serializers.json import DjangoJSONEncoder
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class FrozenMonth(models.Model):
    section = models.CharField(_("section"), max_length=40)
    month = models.DateField(_("month"), help_text=_("The first day of the month."))
    # The section's version and indicators when it was computed: another one computes again.
    definition = models.CharField(_("definition"), max_length=500)
    # {indicator key: value} for monthly series, and {indicator key: Figure.as_json()} with
    # the breakdowns, apart so that a series does not read every breakdown table; no figures
    # when a series kept the month (they are computed when first shown).
    values = models.JSONField(_("values"), encoder=DjangoJSONEncoder, default=dict)
    figures = models.JSONField(_("figures"), encoder=DjangoJSONEncoder, null=True)
    frozen_at = models.DateTimeField(_("computed at"), default=timezone.now)

    class Meta:
        verbose_name = _("figures of a finished month")
        verbose_name_plural = _("figures of finished months")
        constraints = [
            models.UniqueConstraint(fields=["section", "month"],
                                    name="one_frozen_month_per_section"),
        ]

    def __str__(self):
        return f"{self.section} {self.month:%Y-%m}"


class SectionGeneration(models.Model):
    """Counts the changes that made a section's kept months be forgotten: figures computed
    while one came in are not kept (they may have been read before it)."""

    section = models.CharField(_("section"), max_length=40, unique=True)
    generation = models.PositiveBigIntegerField(_("generation"), default=0)

    class Meta:
        verbose_name = _("generation of a section's figures")
        verbose_name_plural = _("generations of sections' figures")

    def __str__(self):
        return f"{self.section}: {self.generation}"
