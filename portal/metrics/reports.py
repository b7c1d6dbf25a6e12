"""The monthly follow-up report (kuukausittainen seurantaraportti): each finished month's
figures frozen when the report is made, so that a past month stays as it was reported even
when records change later."""

import datetime

from django.db import transaction
from django.db.models import Min
from django.utils import timezone

from portal.core.dates import HELSINKI
from suppliers.models import Organisation

from . import frozen
from .models import MonthlyReport
from .periods import Period
from .registry import compute


def freeze(period):
    return {key: figure.as_json() for key, figure in compute(period).items()}


def generate_report(period, regenerate=False):
    """The report of one finished month: made now if missing (or when `regenerate`, from the
    records as they are now), left as it is otherwise. Returns (report, made)."""
    if not period.is_month:
        raise ValueError("A follow-up report covers one calendar month.")
    if period.end > timezone.localtime(timezone.now(), HELSINKI).date():
        raise ValueError(f"The month {period.start:%Y-%m} has not ended yet.")
    with transaction.atomic():
        report = MonthlyReport.objects.select_for_update().filter(month=period.start).first()
        if report and not regenerate:
            return report, False
        if regenerate:
            frozen.refreeze([period])
        figures = freeze(period)
        if report:
            report.figures, report.generated_at = figures, timezone.now()
            report.save(update_fields=["figures", "generated_at"])
            return report, True
        return MonthlyReport.objects.create(month=period.start, figures=figures), True


def first_month():
    """The month of the first registered organisation: reports start there (None when the
    portal has no organisations yet)."""
    first = Organisation.objects.aggregate(first=Min("created_at"))["first"]
    return Period.for_month(first) if first else None


def finished_months(today=None):
    """Every finished month from the first one with data to the last full month."""
    last = Period.last_full_month(today)
    first = first_month()
    if first is None or first.start > last.start:
        return []
    return Period(first.start, last.end).months()


def generate_missing_reports(today=None):
    """Reports for finished months that have none; existing ones are not recomputed.
    Returns the months reported now.

    First every finished month's figures are computed again from the records and kept
    (portal.metrics.frozen): the reports and the dashboard read them, and a change that no
    signal saw is mended by the next run."""
    months = finished_months(today)
    frozen.refreeze(months)
    existing = set(MonthlyReport.objects.values_list("month", flat=True))
    made = []
    for period in months:
        if period.start not in existing:
            generate_report(period)
            made.append(period)
    return made


def parse_month(text):
    """"2026-10" -> the Period of October 2026 (ValueError when it is not a month)."""
    try:
        day = datetime.datetime.strptime(text.strip(), "%Y-%m").date()
    except (AttributeError, ValueError):
        raise ValueError(f"Not a month (YYYY-MM): {text!r}") from None
    return Period.month(day.year, day.month)
