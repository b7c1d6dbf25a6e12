"""Dates suppliers act on (deadlines, events, publications) and the Finnish working day.

A page declares which of its dates those are (`WorkingDayDates`); `off_day_warnings` says, in
the reader's language, which of them fall on a weekend or a public holiday. Staff are warned,
not refused: a date on a holiday can be meant (an online deadline at midnight, say).
"""

import datetime

from django.utils import timezone
from django.utils.text import capfirst
from django.utils.translation import get_language, override
from django.utils.translation import gettext as _

from .dates import format_date, holiday_name


class WorkingDayDates:
    """A page whose `working_day_fields` (date or datetime fields) should fall on working
    days. A page may narrow them by overriding `working_day_dates`."""

    working_day_fields = ()

    def working_day_dates(self):
        """(field name, local date) of each set date that should fall on a working day."""
        dates = []
        for name in self.working_day_fields:
            value = getattr(self, name)
            if value is None:
                continue
            if isinstance(value, datetime.datetime):
                value = timezone.localdate(value)
            dates.append((name, value))
        return dates


def off_day_reason(day, language=None):
    """Why `day` is not a working day, as a sentence ending the date ("6.1.2027 on
    loppiainen, yleinen vapaapäivä"), in `language` (by default the active one), or None for
    a working day."""
    language = language or get_language()
    with override(language):
        return _off_day_reason(day, language)


def _off_day_reason(day, language):
    written = format_date(day, language, weekday=False)
    holiday = holiday_name(day, language)
    if holiday:
        if language.split("-")[0] in ("fi", "sv"):
            # Finnish and Swedish write holiday names in lower case within a sentence.
            holiday = holiday[0].lower() + holiday[1:]
        return _("%(date)s is %(holiday)s, a public holiday.") % {
            "date": written, "holiday": holiday}
    if day.weekday() == 5:
        return _("%(date)s is a Saturday.") % {"date": written}
    if day.weekday() == 6:
        return _("%(date)s is a Sunday.") % {"date": written}
    return None


def off_day_warnings(page, language=None):
    """One line per date of the page on a weekend or a public holiday, naming the field."""
    language = language or get_language()
    warnings = []
    with override(language):
        for name, day in page.working_day_dates():
            reason = _off_day_reason(day, language)
            if reason:
                field = capfirst(page._meta.get_field(name).verbose_name)
                warnings.append(f"{field}: {reason}")
    return warnings
