"""Interest in tenders: expressions of interest, the shares of SMEs and associations in them,
and the lots no one showed interest in."""

from collections import Counter, defaultdict

from django.db.models import Count, F, Min, Value
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from portal.core.exports import in_language
from portal.tenders.enums import TimelineKind
from portal.tenders.models import Lot, TenderTimelineEntry
from suppliers.enums import OrganisationType
from suppliers.interests.enums import CHANGEABLE_TENDER_STATES
from suppliers.interests.models import InterestedLot, TenderInterest

from ..figures import (
    BreakdownRow,
    Figure,
    breakdown,
    current_language,
    is_sme,
    named_row,
    percent,
    size_class,
    size_rows,
)
from ..pages import drilldown_url, first_publication, tender_pages
from ..registry import Indicator, Section, Source
from ..segments import by_segment, within


def _lots():
    """Lots by translation key: their tender's key, number and titles by language."""
    lots = {}
    for row in Lot.objects.values("translation_key", "tender__translation_key", "number",
                                  "title", "locale__language_code"):
        lot = lots.setdefault(row["translation_key"], {**row, "titles": {}})
        lot["titles"][row["locale__language_code"]] = row["title"]
    return lots


def _lot_names(lots, tenders, lot_key):
    """(names by language, drill-down link) of a lot, or None for a lot no longer there."""
    lot = lots.get(lot_key)
    if lot is None:
        return None
    tender = tenders.by_key.get(lot["tender__translation_key"])
    labels = {}
    for language, title in lot["titles"].items():
        with translation.override(language):
            labels[language] = _("%(tender)s, lot %(number)s: %(title)s") % {
                "tender": in_language(tender["titles"] or tender["draft_titles"], language)
                if tender else "",
                "number": lot["number"], "title": title}
    return labels, drilldown_url("tender", tender["pk"]) if tender else None


def _lot_rows(lots, tenders):
    """row(lot key, value): a lot's breakdown row, its names made once per lot however many
    periods show it."""
    names, language = {}, current_language()

    def row(lot_key, value):
        if lot_key not in names:
            names[lot_key] = _lot_names(lots, tenders, lot_key)
        if names[lot_key] is None:
            return BreakdownRow(key=str(lot_key), label=str(lot_key), value=value)
        labels, url = names[lot_key]
        return named_row(lot_key, labels, value, url, language)

    return row


def collect_interests(evaluation):
    segments, details = evaluation.segments, evaluation.details
    tenders = evaluation.shared(tender_pages)
    lots = evaluation.shared(_lots) if details else {}
    rows = (TenderInterest.objects.filter(created_at__gte=segments.first(),
                                          created_at__lt=segments.last())
            .annotate(segment=segments.bucket("created_at"),
                      # Series need no tender: without it the groups are a few hundred
                      # rows, not one per interest.
                      tender=F("tender_key") if details else Value(""))
            .values_list("segment", "tender", "organisation__organisation_type",
                         "organisation__headcount_band", "organisation__turnover_band")
            .annotate(n=Count("pk")).order_by())
    counter = Counter()
    for segment, tender_key, kind, headcount, turnover, n in rows:
        counter[(segment, tender_key, kind, size_class(headcount, turnover))] += n
    per_lot = Counter()
    if details:
        for segment, lot_key, n in (
                InterestedLot.objects.filter(interest__created_at__gte=segments.first(),
                                             interest__created_at__lt=segments.last())
                .annotate(segment=segments.bucket("interest__created_at"))
                .values_list("segment", "lot_key").annotate(n=Count("pk")).order_by()):
            per_lot[(segment, lot_key)] += n
    grouped, lots_grouped, lot_row = by_segment(counter), by_segment(per_lot), \
        _lot_rows(lots, tenders)
    result = []
    for period in segments.periods:
        wanted = segments.within(period)
        found = within(grouped, wanted)
        total = sum(n for _rest, n in found)
        sme = sum(n for (_tender, _kind, size), n in found if is_sme(size))
        associations = sum(n for (_tender, kind, _size), n in found
                           if kind == OrganisationType.ASSOCIATION)
        figure = Figure(value=total)
        if details:
            by_tender, by_size, by_lot = Counter(), Counter(), Counter()
            for (tender_key, _kind, size), n in found:
                by_tender[tender_key] += n
                by_size[size] += n
            for (lot_key,), n in within(lots_grouped, wanted):
                by_lot[lot_key] += n
            figure.breakdowns = {
                "per_tender": breakdown("per_tender", tenders.rows(by_tender)),
                "per_lot": breakdown("per_lot", sorted(
                    (lot_row(key, n) for key, n in by_lot.items()),
                    key=lambda row: (-row.value, str(row.label)))),
                "by_size_class": breakdown("by_size_class", size_rows(by_size)),
            }
        result.append({
            "interests_new": figure,
            "interests_sme_share": Figure(value=percent(sme, total)),
            "interests_association_share": Figure(value=percent(associations, total)),
        })
    return result


def collect_lots_without_interest(evaluation):
    segments, details = evaluation.segments, evaluation.details
    tenders = evaluation.shared(tender_pages)
    lots = evaluation.shared(_lots) if details else {}
    changeable = [str(state) for state in CHANGEABLE_TENDER_STATES]
    # When each tender left the states in which interest can be registered.
    left = dict(TenderTimelineEntry.objects.filter(kind=TimelineKind.STATUS)
                .exclude(new_value__in=changeable).values_list("tender_key")
                .annotate(at=Min("occurred_at")).order_by())
    windows = {}
    for key, page in tenders.by_key.items():
        if page["first_published_at"] is None:
            continue
        ends = [page["interest_deadline"]] if page["interest_deadline"] else []
        if page["status"] not in changeable:
            ends.append(left.get(key) or page["status_changed_at"]
                        or page["first_published_at"])
        windows[key] = (page["first_published_at"], min(ends) if ends else None)
    lot_keys = defaultdict(set)
    for tender_key, lot_key in (Lot.objects.values_list("tender__translation_key",
                                                        "translation_key")
                                .distinct().order_by()):
        lot_keys[tender_key].add(lot_key)
    # Per lot, the segments in which interests picking it were registered and withdrawn
    # (withdrawn "never" and "after the last edge" are the same here).
    never = segments.count + 1
    spans = defaultdict(set)
    for lot_key, registered, withdrawn in (
            InterestedLot.objects.filter(interest__created_at__lt=segments.last())
            .annotate(registered=segments.bucket("interest__created_at"),
                      withdrawn=segments.bucket("interest__withdrawn_at", default=never))
            .values_list("lot_key", "registered", "withdrawn").distinct().order_by()):
        spans[lot_key].add((registered, withdrawn))
    lot_row = _lot_rows(lots, tenders)
    result = []
    for period in segments.periods:
        start, end = period.bounds()
        wanted = segments.within(period)
        first, last = min(wanted), max(wanted)
        per_tender = Counter()
        missing = []
        for tender_key, (opened, closed) in windows.items():
            if opened >= end or (closed is not None and closed < start):
                continue
            for lot_key in lot_keys.get(tender_key, ()):
                if not any(registered <= last and withdrawn >= first
                           for registered, withdrawn in spans.get(lot_key, ())):
                    per_tender[tender_key] += 1
                    missing.append(lot_key)
        figure = Figure(value=sum(per_tender.values()))
        if details:
            figure.breakdowns = {
                "per_tender": breakdown("per_tender", tenders.rows(per_tender)),
                "per_lot": breakdown("per_lot", sorted(
                    (lot_row(key, 0) for key in missing),
                    key=lambda row: str(row.label))),
            }
        result.append({"lots_without_interest": figure})
    return result


SECTION = Section("interest", _("Interest in tenders"), indicators=[
    Indicator(
        "interests_new", _("Expressions of interest"),
        _("Expressions of interest in tenders registered during the period, including those "
          "withdrawn later.")),
    Indicator(
        "interests_sme_share", _("Share of SMEs in expressions of interest"),
        _("Share of the period's expressions of interest made by micro, small and "
          "medium-sized enterprises (by the size the organisation declared)."), unit="percent"),
    Indicator(
        "interests_association_share", _("Share of associations in expressions of interest"),
        _("Share of the period's expressions of interest made by associations and "
          "foundations."), unit="percent"),
    Indicator(
        "lots_without_interest", _("Lots without interest"),
        _("Lots of the tenders open for expressions of interest during the period that no "
          "organisation had picked in an interest valid during the period.")),
], collectors=[collect_interests, collect_lots_without_interest], sources=[
    # Counted in the month it was registered; its lots and withdrawal count in every month
    # after, for lots without interest.
    Source("interests.TenderInterest", lambda interest: interest.created_at),
    Source("interests.InterestedLot", lambda row: row.interest.created_at),
    # Its type and size class, as they are now, in the shares and breakdowns.
    Source("suppliers.Organisation", lambda organisation: first_interest_of(organisation),
           fields=("organisation_type", "headcount_band", "turnover_band"), on_create=False),
    # A tender's titles, lots and state as they are now, in every month since it was first
    # published in any language.
    Source("tenders.TenderPage", lambda tender: first_publication(tender.translation_key),
           fields=("title", "live", "first_published_at", "interest_deadline", "status",
                   "status_changed_at", "translation_key")),
    Source("tenders.Lot", lambda lot: first_publication(lot.tender.translation_key),
           fields=("title", "number", "translation_key", "tender")),
    # A status change closes the window for interest from when it happened.
    Source("tenders.TenderTimelineEntry",
           lambda entry: entry.occurred_at if entry.kind == TimelineKind.STATUS else None,
           fields=("kind", "new_value", "occurred_at", "tender_key")),
])


def first_interest_of(organisation):
    return TenderInterest.objects.filter(organisation=organisation).aggregate(
        first=Min("created_at"))["first"]

