"""The monthly follow-up report (kuukausittainen seurantaraportti): a finished month's figures
frozen when the report is made (portal.metrics.reports makes them)."""

from django.core.serializers.json import DjangoJSONEncoder
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from ..figures import Figure
from ..periods import Period
from ..registry import INDICATORS_BY_KEY


class MonthlyReport(models.Model):
    month = models.DateField(_("month"), unique=True, help_text=_("The first day of the month."))
    generated_at = models.DateTimeField(_("generated at"), default=timezone.now)
    # {indicator key: Figure.as_json()}: plain JSON, labels as keys, translated when shown.
    figures = models.JSONField(_("figures"), encoder=DjangoJSONEncoder, default=dict)

    class Meta:
        ordering = ["-month"]
        verbose_name = _("monthly follow-up report")
        verbose_name_plural = _("monthly follow-up reports")
        # The one permission behind the dashboard, the per-item figures and the reports.
        permissions = [("view_metrics", _("Can view metrics and follow-up reports"))]

    def __str__(self):
        return str(self.period.label)

    @property
    def period(self):
        return Period.month(self.month.year, self.month.month)

    def figure_objects(self):
        """The stored figures as Figure objects, in the indicators' order; indicators added
        after the report was made are left out (the report shows what was reported)."""
        return {key: Figure.from_json(self.figures[key])
                for key in INDICATORS_BY_KEY if key in self.figures}
