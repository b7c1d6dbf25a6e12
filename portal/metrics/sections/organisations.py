"""Organisations: supplier organisations created and registered, and active supplier users."""

import datetime
from collections import Counter

from django.db.models import Count
from django.utils.translation import gettext_lazy as _

from portal.taxonomy.models import Municipality
from suppliers.enums import SIZE_ORDER, OrganisationType
from suppliers.models import Organisation

from ..figures import UNKNOWN, BreakdownRow, Figure, breakdown, choice_rows, named_row, size_class
from ..models import SignInMonth
from ..registry import Indicator, Section, Source
from ..segments import segment_sum


def _municipality_names():
    """{code: {language: name}} of every municipality."""
    return {code: {"fi": fi, "sv": sv, "en": en or fi}
            for code, fi, sv, en in Municipality.objects.values_list(
                "code", "name_fi", "name_sv", "name_en")}


def collect_organisations(evaluation):
    segments, details = evaluation.segments, evaluation.details
    rows = (Organisation.objects.filter(created_at__lt=segments.last())
            .annotate(segment=segments.bucket("created_at"))
            .values_list("segment", "organisation_type", "headcount_band", "turnover_band")
            .annotate(n=Count("pk")).order_by())
    counter = Counter()
    for segment, kind, headcount, turnover, n in rows:
        counter[(segment, kind or UNKNOWN, size_class(headcount, turnover))] += n
    municipalities = Counter()
    names = {}
    if details:
        for segment, code, n in (
                Organisation.objects.filter(created_at__lt=segments.last(),
                                            municipalities__isnull=False)
                .annotate(segment=segments.bucket("created_at"))
                .values_list("segment", "municipalities__code").annotate(n=Count("pk"))
                .order_by()):
            municipalities[(segment, code)] += n
        names = _municipality_names()
    type_order = OrganisationType.values + [UNKNOWN]
    size_order = [size.value for size in SIZE_ORDER] + [UNKNOWN]
    result = []
    for period in segments.periods:
        figures = {}
        for key, wanted in (("organisations_new", segments.within(period)),
                            ("organisations_total", segments.up_to_end(period))):
            figure = Figure(value=segment_sum(counter, wanted))
            if details:
                by_type, by_size, by_place = Counter(), Counter(), Counter()
                for (segment, kind, size), n in counter.items():
                    if segment in wanted:
                        by_type[kind] += n
                        by_size[size] += n
                for (segment, code), n in municipalities.items():
                    if segment in wanted:
                        by_place[code] += n
                figure.breakdowns = {
                    "by_type": breakdown("by_type", choice_rows(
                        "by_type", by_type, type_order)),
                    "by_size_class": breakdown("by_size_class", choice_rows(
                        "by_size_class", by_size, size_order)),
                    "by_municipality": breakdown("by_municipality", sorted(
                        (named_row(code, names.get(code, {}), n) if code in names
                         else BreakdownRow(key=code, label=code, value=n)
                         for code, n in by_place.items()),
                        key=lambda row: (-row.value, str(row.label)))),
                }
            figures[key] = figure
        result.append(figures)
    return result


def collect_active_users(evaluation):
    segments = evaluation.segments
    # A sign-in is kept as its month, so a segment shorter than a month takes the month it
    # starts in. Users are counted once per period: a period is one segment in compute()
    # (one period) and in monthly series (months that do not overlap).
    rows = (SignInMonth.objects.filter(month__gte=segments.first(dates=True),
                                       month__lt=segments.last(dates=True))
            .annotate(segment=segments.bucket("month", dates=True))
            .values_list("segment").annotate(n=Count("user", distinct=True)).order_by())
    counter = Counter({(segment,): n for segment, n in rows})
    return [{"active_supplier_users": Figure(value=segment_sum(counter, segments.within(period)))}
            for period in segments.periods]


SECTION = Section("organisations", _("Organisations"), indicators=[
    Indicator(
        "organisations_new", _("New organisations"),
        _("Supplier organisations created in the portal during the period.")),
    Indicator(
        "organisations_total", _("Registered organisations"),
        _("Supplier organisations in the portal at the end of the period (those deleted "
          "since are not counted).")),
    Indicator(
        "active_supplier_users", _("Active supplier users"),
        _("Users who signed in during the period while a member of a supplier organisation, "
          "or became one. The portal keeps only the month of such a sign-in for each user, so "
          "the period is counted in whole months.")),
], collectors=[collect_organisations, collect_active_users], sources=[
    # Counted from the month it was created on (the total of every month after), by its type,
    # size and municipalities as they are now.
    Source("suppliers.Organisation", lambda organisation: organisation.created_at,
           fields=("created_at", "organisation_type", "headcount_band", "turnover_band"),
           relations=("municipalities",)),
    # The names of the municipalities, in every month's breakdown.
    Source("taxonomy.Municipality", lambda municipality: datetime.date.min,
           fields=("code", "name_fi", "name_sv", "name_en")),
    # Deleted with the user's account.
    Source("metrics.SignInMonth", lambda row: row.month),
])
