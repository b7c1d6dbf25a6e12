"""Reporting periods: spans of Helsinki calendar dates, usually whole calendar months."""

import datetime
from dataclasses import dataclass

from django.utils import timezone
from django.utils.dates import MONTHS
from django.utils.formats import date_format

from portal.core.dates import HELSINKI

EN_DASH = "\u2013"


def _add_months(year, month, count):
    index = year * 12 + (month - 1) + count
    return index // 12, index % 12 + 1


@dataclass(frozen=True, order=True)
class Period:
    """From `start` (included) to `end` (excluded), both Europe/Helsinki calendar dates."""

    start: datetime.date
    end: datetime.date

    def __post_init__(self):
        if self.end <= self.start:
            raise ValueError(f"A period must end after it starts: {self.start}–{self.end}")

    @classmethod
    def month(cls, year, month):
        next_year, next_month = _add_months(year, month, 1)
        return cls(datetime.date(year, month, 1), datetime.date(next_year, next_month, 1))

    @classmethod
    def for_month(cls, date):
        """The calendar month a date (or an aware datetime, read in Helsinki) falls in."""
        if isinstance(date, datetime.datetime):
            date = timezone.localtime(date, HELSINKI).date()
        return cls.month(date.year, date.month)

    @classmethod
    def last_full_month(cls, today=None):
        today = today or timezone.localtime(timezone.now(), HELSINKI).date()
        return cls.for_month(today).previous()

    @property
    def is_month(self):
        return (self.start.day == 1
                and (self.end.year, self.end.month) == _add_months(self.start.year,
                                                                    self.start.month, 1)
                and self.end.day == 1)

    def previous(self):
        """The period of the same length right before: for whole calendar months (a month, a
        quarter) as many months before, otherwise as many days before."""
        if self.start.day == 1 and self.end.day == 1:
            count = (self.end.year - self.start.year) * 12 + self.end.month - self.start.month
            year, month = _add_months(self.start.year, self.start.month, -count)
            return Period(datetime.date(year, month, 1), self.start)
        return Period(self.start - (self.end - self.start), self.start)

    def months(self):
        """The calendar months this period touches, in order (partial ones included)."""
        result = []
        year, month = self.start.year, self.start.month
        while datetime.date(year, month, 1) < self.end:
            result.append(Period.month(year, month))
            year, month = _add_months(year, month, 1)
        return result

    def bounds(self):
        """Aware datetimes of the Helsinki midnights that start and end the period."""
        return (datetime.datetime.combine(self.start, datetime.time(), tzinfo=HELSINKI),
                datetime.datetime.combine(self.end, datetime.time(), tzinfo=HELSINKI))

    @property
    def last_day(self):
        return self.end - datetime.timedelta(days=1)

    @property
    def label(self):
        """"marraskuu 2026" / "november 2026" for a month, "1.1.2026–31.3.2026" otherwise."""
        if self.is_month:
            return f"{MONTHS[self.start.month]} {self.start.year}"
        return (f"{date_format(self.start, 'SHORT_DATE_FORMAT')}{EN_DASH}"
                f"{date_format(self.last_day, 'SHORT_DATE_FORMAT')}")

    def __str__(self):
        return str(self.label)
