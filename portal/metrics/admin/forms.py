"""The dashboard's period selector: a month, a quarter, a year or dates from–to, with a clear
message for what cannot be a period."""

import datetime

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from portal.core.dates import HELSINKI

from ..periods import Period

MAX_MONTHS = 60  # five years: longer periods make charts nobody can read


def today():
    return timezone.localtime(timezone.now(), HELSINKI).date()


class MonthInput(forms.DateInput):
    input_type = "month"

    def format_value(self, value):
        return value.strftime("%Y-%m") if isinstance(value, datetime.date) else value


class PeriodForm(forms.Form):
    KINDS = [("month", _("Month")), ("quarter", _("Quarter")), ("year", _("Year")),
             ("custom", _("Dates from–to"))]

    kind = forms.ChoiceField(label=_("Period"), choices=KINDS, initial="month",
                             widget=forms.RadioSelect)
    month = forms.DateField(label=_("Month"), required=False, input_formats=["%Y-%m"],
                            widget=MonthInput, help_text=_("For example 2026-10"),
                            error_messages={"invalid": _("Enter a month as YYYY-MM.")})
    quarter = forms.TypedChoiceField(
        label=_("Quarter"), required=False, coerce=int, empty_value=None,
        choices=[("", "\u2013"), (1, _("Q1 (January–March)")), (2, _("Q2 (April–June)")),
                 (3, _("Q3 (July–September)")), (4, _("Q4 (October–December)"))])
    year = forms.IntegerField(label=_("Year"), required=False, min_value=2000,
                              max_value=2100)
    start = forms.DateField(label=_("From"), required=False,
                            widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"))
    end = forms.DateField(label=_("To (inclusive)"), required=False,
                          widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"))

    def clean(self):
        data = super().clean()
        kind = data.get("kind")
        if kind == "month":
            month = data.get("month")
            if not month:
                self._need("month", _("Choose the month."))
            else:
                data["period"] = Period.month(month.year, month.month)
        elif kind in ("quarter", "year"):
            year = data.get("year")
            if not year:
                self._need("year", _("Enter the year."))
            elif kind == "year":
                data["period"] = Period(datetime.date(year, 1, 1), datetime.date(year + 1, 1, 1))
            elif not data.get("quarter"):
                self._need("quarter", _("Choose the quarter."))
            else:
                first = Period.month(year, 3 * data["quarter"] - 2)
                data["period"] = Period(first.start, Period.month(year, 3 * data["quarter"]).end)
        elif kind == "custom":
            start, end = data.get("start"), data.get("end")
            if not start:
                self._need("start", _("Enter the first day."))
            if not end:
                self._need("end", _("Enter the last day."))
            if start and end:
                if end < start:
                    self.add_error("end", _("The last day cannot be before the first day."))
                else:
                    data["period"] = Period(start, end + datetime.timedelta(days=1))
        period = data.get("period")
        if period:
            if period.start > today():
                self.add_error(None, _("The period has not started yet."))
                del data["period"]
            elif len(period.months()) > MAX_MONTHS:
                self.add_error(None, _("Choose a period of at most five years."))
                del data["period"]
        return data

    def _need(self, name, message):
        if name not in self.errors:
            self.add_error(name, message)

    @classmethod
    def for_period(cls, period):
        """An unbound form showing `period` (the default when nothing is chosen)."""
        initial = {"month": period.start, "year": period.start.year,
                   "quarter": (period.start.month - 1) // 3 + 1, "start": period.start,
                   "end": period.last_day, "kind": "month" if period.is_month else "custom"}
        return cls(initial=initial)
