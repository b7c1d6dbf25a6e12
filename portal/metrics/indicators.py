"""The engagement indicators of the county's plan, each defined once, and their computation
for any period (`compute`) and as monthly series (`monthly_series`).

Both run the same collectors over "segments": the spans between the periods' Helsinki
midnights, plus one segment for everything before the first period. Each collector runs a
fixed number of grouped queries in which a CASE expression puts every record into its
segment, so the number of queries does not depend on the data, and a month's value in a
series is the very sum `compute` makes for that month.
"""

import datetime
import statistics
from collections import Counter, OrderedDict, defaultdict
from dataclasses import dataclass, field
from decimal import Decimal

from django.conf import settings
from django.db.models import (
    BooleanField,
    Case,
    Count,
    ExpressionWrapper,
    F,
    IntegerField,
    Min,
    Q,
    Sum,
    Value,
    When,
)
from django.urls import NoReverseMatch, reverse
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from portal.core.dates import HELSINKI
from portal.core.exports import in_language

SECTIONS = OrderedDict([
    ("organisations", _("Organisations")),
    ("interest", _("Interest in tenders")),
    ("alerts", _("Alerts")),
    ("email", _("E-mail")),
    ("events", _("Events")),
    ("pilots", _("Pilot calls")),
    ("views", _("Page views")),
])

UNITS = ("count", "percent", "days", "yesno")


@dataclass(frozen=True)
class Indicator:
    key: str
    label: object
    section: str
    unit: str = "count"
    help: object = ""
    drilldown: str | None = None


@dataclass
class BreakdownRow:
    key: str
    label: object
    value: int | Decimal | None
    url: str | None = None
    # A name from the data (a municipality, a tender's title) in every language it has;
    # `label` is the one for the language the row was made in (see in_language).
    labels: dict | None = None


@dataclass
class Breakdown:
    title: object
    rows: list = field(default_factory=list)


# Breakdown tables by name: their titles, and for those whose rows are choices, how a row's
# label is found again from its key (the other rows' labels are names from the data, such as
# a tender's title, and are stored as they were, in every language they had).
UNKNOWN = "unknown"
NO_ORGANISATION = "none"


def _choice_label(choices, extra=None):
    def label(key):
        if extra and key in extra:
            return extra[key]
        try:
            return choices(key).label
        except ValueError:
            return key
    return label


def _breakdown_kinds():
    from pilots.enums import ProposalStatus
    from portal.events.enums import EventType
    from portal.notifications.enums import DeliveryStatus
    from suppliers.enums import OrganisationType, SizeClass

    size_extra = {UNKNOWN: _("Size not declared"), NO_ORGANISATION: _("No organisation")}
    return {
        "by_type": (_("By type of organisation"),
                    _choice_label(OrganisationType, {UNKNOWN: _("Type not declared")})),
        "by_size_class": (_("By size class"), _choice_label(SizeClass, size_extra)),
        "by_municipality": (_("By municipality served"), None),
        "per_tender": (_("Per tender"), None),
        "per_lot": (pgettext_lazy("lot of a tender", "Per lot"), None),
        "by_event_type": (_("By type of event"), _choice_label(EventType)),
        "per_event": (_("Per event"), None),
        "per_call": (_("Per pilot call"), None),
        "by_state": (_("By current state"), _choice_label(ProposalStatus)),
        "by_decision": (_("By decision"), _choice_label(ProposalStatus)),
        "by_delivery": (_("By delivery report"), _choice_label(
            DeliveryStatus, {"": pgettext_lazy("delivery status", "No report")})),
    }


def current_language():
    return (translation.get_language() or settings.LANGUAGE_CODE).split("-")[0]


def named_row(key, labels, value, url=None):
    """A row named from the data: its names in every language, shown in the current one."""
    return BreakdownRow(key=str(key), label=in_language(labels, current_language()),
                        value=value, url=url, labels=labels)


def stored_label(row, label):
    """A stored row's label in the current language: by its key for choices; from the names
    it was frozen with (in_language) for names from the data; as stored for a report frozen
    before names were kept in every language (one language only, as it was made)."""
    if "labels" in row:
        return in_language(row["labels"], current_language())
    if "label" in row:
        return row["label"]
    return label(row["key"]) if label else row["key"]


def breakdown(name, rows):
    title, _label = _breakdown_kinds()[name]
    return Breakdown(title=title, rows=rows)


def _json_value(value):
    return str(value) if isinstance(value, Decimal) else value


def _from_json_value(value):
    return Decimal(value) if isinstance(value, str) else value


@dataclass
class Figure:
    value: int | Decimal | None
    breakdowns: dict = field(default_factory=dict)

    def as_json(self):
        """Plain JSON: choice labels as their keys (translated again when shown), names from
        the data as they were in every language ({"fi": ..., "sv": ...}), so that a frozen
        report reads in Finnish or Swedish alike; decimals as strings."""
        kinds = _breakdown_kinds()
        tables = {}
        for name, table in self.breakdowns.items():
            by_key = kinds.get(name, (None, None))[1] is not None
            tables[name] = [
                {"key": row.key, "value": _json_value(row.value), "url": row.url,
                 **({} if by_key else {"labels": dict(row.labels)} if row.labels is not None
                    else {"label": str(row.label)})}
                for row in table.rows]
        return {"value": _json_value(self.value), "breakdowns": tables}

    @classmethod
    def from_json(cls, data):
        kinds = _breakdown_kinds()
        breakdowns = {}
        for name, rows in data.get("breakdowns", {}).items():
            title, label = kinds.get(name, (name, None))
            breakdowns[name] = Breakdown(title=title, rows=[
                BreakdownRow(key=row["key"], label=stored_label(row, label),
                             value=_from_json_value(row["value"]), url=row.get("url"),
                             labels=row.get("labels"))
                for row in rows])
        return cls(value=_from_json_value(data.get("value")), breakdowns=breakdowns)


def _indicator(key, label, section, help, unit="count", drilldown=None):
    return Indicator(key=key, label=label, section=section, unit=unit, help=help,
                     drilldown=drilldown)


INDICATORS = [
    _indicator(
        "organisations_new", _("New organisations"), "organisations",
        _("Supplier organisations created in the portal during the period.")),
    _indicator(
        "organisations_total", _("Registered organisations"), "organisations",
        _("Supplier organisations in the portal at the end of the period (those deleted "
          "since are not counted).")),
    _indicator(
        "active_supplier_users", _("Active supplier users"), "organisations",
        _("Users who signed in during the period while a member of a supplier organisation, "
          "or became one. The portal keeps only the month of such a sign-in for each user, so "
          "the period is counted in whole months.")),
    _indicator(
        "interests_new", _("Expressions of interest"), "interest",
        _("Expressions of interest in tenders registered during the period, including those "
          "withdrawn later."), drilldown="tender"),
    _indicator(
        "interests_sme_share", _("Share of SMEs in expressions of interest"), "interest",
        _("Share of the period's expressions of interest made by micro, small and "
          "medium-sized enterprises (by the size the organisation declared)."), unit="percent"),
    _indicator(
        "interests_association_share", _("Share of associations in expressions of interest"),
        "interest",
        _("Share of the period's expressions of interest made by associations and "
          "foundations."), unit="percent"),
    _indicator(
        "lots_without_interest", _("Lots without interest"), "interest",
        _("Lots of the tenders open for expressions of interest during the period that no "
          "organisation had picked in an interest valid during the period."),
        drilldown="tender"),
    _indicator(
        "alerts_new", _("New alerts"), "alerts",
        _("Alert subscriptions created during the period.")),
    _indicator(
        "alerts_active", _("Active alerts"), "alerts",
        _("Alert subscriptions created by the end of the period and active now (the portal "
          "does not keep when an alert was switched off).")),
    _indicator(
        "emails_sent", _("E-mails sent"), "email",
        _("E-mails the portal handed to the e-mail service during the period.")),
    _indicator(
        "emails_delivered", _("E-mails delivered"), "email",
        _("Of the e-mails sent during the period, those the e-mail service reported as "
          "delivered (including those later marked as spam or unsubscribed).")),
    _indicator(
        "events_held", _("Events held"), "events",
        _("Published events that started during the period and were not cancelled."),
        drilldown="event"),
    _indicator(
        "training_held", _("Procurement training held"), "events",
        _("Whether at least one procurement training was held during the period."),
        unit="yesno", drilldown="event"),
    _indicator(
        "event_participants_registered", _("Participants registered"), "events",
        _("Confirmed registrations for the events held during the period."),
        drilldown="event"),
    _indicator(
        "event_participants_attended", _("Participants attended"), "events",
        _("Participants marked as attended at the events held during the period."),
        drilldown="event"),
    _indicator(
        "calls_opened", _("Pilot calls opened"), "pilots",
        _("Published pilot calls that opened during the period."), drilldown="call"),
    _indicator(
        "calls_open", _("Pilot calls open"), "pilots",
        _("Published pilot calls open for proposals at some time during the period."),
        drilldown="call"),
    _indicator(
        "proposals_submitted", _("Proposals submitted"), "pilots",
        _("Proposals first submitted during the period, by the state they are in now."),
        drilldown="call"),
    _indicator(
        "proposals_decided", _("Proposals decided"), "pilots",
        _("Decisions released during the period on proposals (accepted, reserve list or not "
          "selected); a later move from the reserve list is not counted again."),
        drilldown="call"),
    _indicator(
        "proposals_acceptance_rate", _("Acceptance rate of proposals"), "pilots",
        _("Share of the period's decisions that accepted the proposal."), unit="percent"),
    _indicator(
        "proposals_decision_days", _("Days from submission to decision (median)"), "pilots",
        _("Median number of days from a proposal's submission to the decision on it, over "
          "the decisions released during the period."), unit="days"),
    _indicator(
        "tender_page_views", _("Views of tender pages"), "views",
        _("Views of the public tender pages in all languages, counted without cookies or "
          "personal data; bots, staff and previews are not counted."), drilldown="tender"),
]
INDICATORS_BY_KEY = {indicator.key: indicator for indicator in INDICATORS}


# -- segments ---------------------------------------------------------------------------

BEFORE = -1  # the segment of everything before the first period


class Segments:
    """The spans between the periods' edges; index -1 is everything before the first edge."""

    def __init__(self, periods):
        self.periods = list(periods)
        self.edges = sorted({p.start for p in self.periods} | {p.end for p in self.periods})
        self.datetimes = [datetime.datetime.combine(edge, datetime.time(), tzinfo=HELSINKI)
                          for edge in self.edges]
        self.count = len(self.edges) - 1

    def bound(self, index, dates=False):
        return self.edges[index] if dates else self.datetimes[index]

    def first(self, dates=False):
        return self.bound(0, dates)

    def last(self, dates=False):
        return self.bound(-1, dates)

    def bucket(self, field_name, dates=False, default=None):
        """A CASE expression giving the segment a value falls in (`default` after the last
        edge or when the value is null)."""
        bounds = self.edges if dates else self.datetimes
        whens = [When(**{f"{field_name}__lt": bound}, then=Value(index - 1))
                 for index, bound in enumerate(bounds)]
        return Case(*whens, default=Value(default), output_field=IntegerField())

    def within(self, period):
        """Indexes of the segments that make up a period."""
        return [index for index in range(self.count)
                if period.start <= self.edges[index] and self.edges[index + 1] <= period.end]

    def up_to_end(self, period):
        """Indexes of every segment before the period's end (for totals at its end)."""
        return [BEFORE] + [index for index in range(self.count)
                           if self.edges[index + 1] <= period.end]

    def segment_of(self, value, dates=False):
        bounds = self.edges if dates else self.datetimes
        if value is None or value >= bounds[-1]:
            return None
        for index, bound in enumerate(bounds):
            if value < bound:
                return index - 1
        return None


# -- helpers ----------------------------------------------------------------------------

def percent(part, whole):
    if not whole:
        return None
    return (Decimal(100) * part / whole).quantize(Decimal("0.1"))


def size_class(headcount_band, turnover_band):
    """The organisation's size class from its two bands, as Organisation.size_class does."""
    from suppliers.enums import SIZE_ORDER, SizeClass

    if not headcount_band or not turnover_band:
        return UNKNOWN
    return max(SizeClass(headcount_band), SizeClass(turnover_band), key=SIZE_ORDER.index).value


def is_sme(size):
    from suppliers.enums import SME_CLASSES

    return size in SME_CLASSES


def drilldown_url(kind, page_id):
    """The admin page for a tender, event or call: its engagement view when the admin has one,
    its edit view otherwise."""
    try:
        return reverse("metrics_item", args=[kind, page_id])
    except NoReverseMatch:
        return reverse("wagtailadmin_pages:edit", args=[page_id])


def _choice_rows(name, counts, order=None):
    """Rows of a choice breakdown, in the choices' order, then any other key."""
    _title, label = _breakdown_kinds()[name]
    order = [key for key in order or [] if key in counts]
    keys = order + sorted(key for key in counts if key not in order)
    return [BreakdownRow(key=key, label=label(key), value=counts[key]) for key in keys]


def _sum(counter, segments, key=None):
    return sum(value for (segment, *rest), value in counter.items()
               if segment in segments and (key is None or key(*rest)))


class Pages:
    """Tender, event or call pages by translation key, with their titles in every language
    they are translated into ("titles"); the other fields and the admin link are those of
    the default language's page where there is one."""

    def __init__(self, rows, kind):
        self.kind = kind
        self.by_key = {}
        self.key_of_page = {}
        for row in rows:
            self.key_of_page[row["pk"]] = row["translation_key"]
            page = self.by_key.setdefault(row["translation_key"],
                                          {**row, "titles": {}, "draft_titles": {}})
            # A translation not published yet may still carry the source's title.
            titles = "titles" if row.get("live", True) else "draft_titles"
            page[titles][row["locale__language_code"]] = row["title"]
            if row["locale__language_code"] == settings.LANGUAGE_CODE:
                page.update(row)

    def row(self, key, value):
        page = self.by_key.get(key)
        if page is None:
            return BreakdownRow(key=str(key), label=str(key), value=value)
        return named_row(key, page["titles"] or page["draft_titles"], value,
                         drilldown_url(self.kind, page["pk"]))

    def rows(self, counts):
        """Rows sorted by value, largest first, then by title."""
        rows = [self.row(key, value) for key, value in counts.items()]
        return sorted(rows, key=lambda row: (-(row.value or 0), str(row.label)))


PAGE_FIELDS = ("pk", "translation_key", "locale__language_code", "title")


# -- collectors: each fills {period index: {key: Figure}} for its keys ------------------

def _organisations(segments, figures, details):
    from suppliers.enums import SIZE_ORDER, OrganisationType
    from suppliers.models import Organisation

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
        from portal.taxonomy.models import Municipality

        for segment, code, n in (
                Organisation.objects.filter(created_at__lt=segments.last(),
                                            municipalities__isnull=False)
                .annotate(segment=segments.bucket("created_at"))
                .values_list("segment", "municipalities__code").annotate(n=Count("pk"))
                .order_by()):
            municipalities[(segment, code)] += n
        names = _municipality_names(Municipality)
    type_order = OrganisationType.values + [UNKNOWN]
    size_order = [size.value for size in SIZE_ORDER] + [UNKNOWN]
    for index, period in enumerate(segments.periods):
        for key, wanted in (("organisations_new", segments.within(period)),
                            ("organisations_total", segments.up_to_end(period))):
            figure = Figure(value=_sum(counter, wanted))
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
                    "by_type": breakdown("by_type", _choice_rows(
                        "by_type", by_type, type_order)),
                    "by_size_class": breakdown("by_size_class", _choice_rows(
                        "by_size_class", by_size, size_order)),
                    "by_municipality": breakdown("by_municipality", sorted(
                        (named_row(code, names.get(code, {}), n) if code in names
                         else BreakdownRow(key=code, label=code, value=n)
                         for code, n in by_place.items()),
                        key=lambda row: (-row.value, str(row.label)))),
                }
            figures[index][key] = figure


def _municipality_names(model):
    """{code: {language: name}} of every municipality (one row per term and language)."""
    names = defaultdict(dict)
    for code, locale, name in model.objects.values_list("code", "locale__language_code",
                                                        "name"):
        names[code][locale] = name
    return dict(names)


def _active_users(segments, figures, details):
    from .activity import SignInMonth

    # A sign-in is kept as its month, so a segment shorter than a month takes the month it
    # starts in. Users are counted once per period: a period is one segment in compute()
    # (one period) and in monthly series (months that do not overlap).
    rows = (SignInMonth.objects.filter(month__gte=segments.first(dates=True),
                                       month__lt=segments.last(dates=True))
            .annotate(segment=segments.bucket("month", dates=True))
            .values_list("segment").annotate(n=Count("user", distinct=True)).order_by())
    counter = Counter({(segment,): n for segment, n in rows})
    for index, period in enumerate(segments.periods):
        figures[index]["active_supplier_users"] = Figure(
            value=_sum(counter, segments.within(period)))


def _tender_pages():
    from portal.tenders.models import TenderPage

    return Pages(TenderPage.objects.values(*PAGE_FIELDS, "live", "first_published_at",
                                           "interest_deadline", "status",
                                           "status_changed_at"), "tender")


def _interests(segments, figures, details, tenders, lots):
    from suppliers.enums import OrganisationType
    from suppliers.interests.models import InterestedLot, TenderInterest

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
    for index, period in enumerate(segments.periods):
        wanted = segments.within(period)
        total = _sum(counter, wanted)
        sme = _sum(counter, wanted, lambda tender, kind, size: is_sme(size))
        associations = _sum(counter, wanted,
                            lambda tender, kind, size: kind == OrganisationType.ASSOCIATION)
        figure = Figure(value=total)
        if details:
            by_tender, by_size, by_lot = Counter(), Counter(), Counter()
            for (segment, tender_key, _kind, size), n in counter.items():
                if segment in wanted:
                    by_tender[tender_key] += n
                    by_size[size] += n
            for (segment, lot_key), n in per_lot.items():
                if segment in wanted:
                    by_lot[lot_key] += n
            figure.breakdowns = {
                "per_tender": breakdown("per_tender", tenders.rows(by_tender)),
                "per_lot": breakdown("per_lot", sorted(
                    (_lot_row(lots, tenders, key, n) for key, n in by_lot.items()),
                    key=lambda row: (-row.value, str(row.label)))),
                "by_size_class": breakdown("by_size_class", _size_rows(by_size)),
            }
        figures[index]["interests_new"] = figure
        figures[index]["interests_sme_share"] = Figure(value=percent(sme, total))
        figures[index]["interests_association_share"] = Figure(
            value=percent(associations, total))


def _size_rows(counts):
    from suppliers.enums import SIZE_ORDER

    order = [size.value for size in SIZE_ORDER] + [UNKNOWN, NO_ORGANISATION]
    return _choice_rows("by_size_class", counts, order)


def _lots():
    """Lots by translation key: their tender's key, number and titles by language."""
    from portal.tenders.models import Lot

    lots = {}
    for row in Lot.objects.values("translation_key", "tender__translation_key", "number",
                                  "title", "locale__language_code"):
        lot = lots.setdefault(row["translation_key"], {**row, "titles": {}})
        lot["titles"][row["locale__language_code"]] = row["title"]
    return lots


def _lot_row(lots, tenders, lot_key, value):
    lot = lots.get(lot_key)
    if lot is None:
        return BreakdownRow(key=str(lot_key), label=str(lot_key), value=value)
    tender = tenders.by_key.get(lot["tender__translation_key"])
    labels = {}
    for language, title in lot["titles"].items():
        with translation.override(language):
            labels[language] = _("%(tender)s, lot %(number)s: %(title)s") % {
                "tender": in_language(tender["titles"] or tender["draft_titles"], language)
                if tender else "",
                "number": lot["number"], "title": title}
    return named_row(lot_key, labels, value,
                     drilldown_url("tender", tender["pk"]) if tender else None)


def _lots_without_interest(segments, figures, details, tenders, lots):
    from portal.tenders.models import Lot, TenderTimelineEntry, TimelineKind
    from suppliers.interests.enums import CHANGEABLE_TENDER_STATES
    from suppliers.interests.models import InterestedLot

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
    for index, period in enumerate(segments.periods):
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
                    (_lot_row(lots, tenders, key, 0) for key in missing),
                    key=lambda row: str(row.label))),
            }
        figures[index]["lots_without_interest"] = figure


def _alerts(segments, figures, details):
    from suppliers.alerts.models import AlertSubscription

    rows = (AlertSubscription.objects.filter(created_at__lt=segments.last())
            .annotate(segment=segments.bucket("created_at"))
            .values_list("segment", "active").annotate(n=Count("pk")).order_by())
    counter = Counter({(segment, active): n for segment, active, n in rows})
    for index, period in enumerate(segments.periods):
        figures[index]["alerts_new"] = Figure(value=_sum(counter, segments.within(period)))
        figures[index]["alerts_active"] = Figure(
            value=_sum(counter, segments.up_to_end(period), lambda active: active))


def _emails(segments, figures, details):
    from portal.notifications.enums import DeliveryStatus, EmailStatus
    from portal.notifications.models import OutboundEmail

    delivered = {DeliveryStatus.DELIVERED, DeliveryStatus.COMPLAINED,
                 DeliveryStatus.UNSUBSCRIBED}
    rows = (OutboundEmail.objects.filter(status=EmailStatus.SENT,
                                         sent_at__gte=segments.first(),
                                         sent_at__lt=segments.last())
            .annotate(segment=segments.bucket("sent_at"))
            .values_list("segment", "delivery_status").annotate(n=Count("pk")).order_by())
    counter = Counter({(segment, status): n for segment, status, n in rows})
    order = [status.value for status in DeliveryStatus]
    for index, period in enumerate(segments.periods):
        wanted = segments.within(period)
        sent = Figure(value=_sum(counter, wanted))
        if details:
            by_status = Counter()
            for (segment, status), n in counter.items():
                if segment in wanted:
                    by_status[status] += n
            sent.breakdowns = {"by_delivery": breakdown("by_delivery", _choice_rows(
                "by_delivery", by_status, order))}
        figures[index]["emails_sent"] = sent
        figures[index]["emails_delivered"] = Figure(
            value=_sum(counter, wanted, lambda status: status in delivered))


def _events(segments, figures, details):
    from portal.events.enums import EventType
    from portal.events.models import EventPage, Registration, RegistrationStatus

    held = EventPage.objects.live().filter(cancelled=False, start__gte=segments.first(),
                                           start__lt=segments.last())
    events = list(held.annotate(segment=segments.bucket("start"))
                  .values(*PAGE_FIELDS, "event_type", "segment"))
    pages = Pages(events, "event")
    rows = (Registration.objects.filter(event_key__in=held.values("translation_key"))
            # Whether there is an organisation, not which: one group per event and size class.
            .annotate(organisation_given=ExpressionWrapper(
                Q(organisation__isnull=False), output_field=BooleanField()))
            .values_list("event_key", "status", "attended", "organisation_given",
                         "organisation__headcount_band", "organisation__turnover_band")
            .annotate(n=Count("pk")).order_by())
    registered, attended = Counter(), Counter()
    for event_key, status, came, organisation, headcount, turnover, n in rows:
        size = size_class(headcount, turnover) if organisation else NO_ORGANISATION
        if status == RegistrationStatus.CONFIRMED:
            registered[(event_key, size)] += n
        if came:
            attended[(event_key, size)] += n
    type_order = EventType.values
    for index, period in enumerate(segments.periods):
        wanted = set(segments.within(period))
        keys = {key: page for key, page in pages.by_key.items() if page["segment"] in wanted}
        by_type = Counter(page["event_type"] for page in keys.values())
        held_figure = Figure(value=len(keys))
        training = Figure(value=int(by_type[EventType.TRAINING] > 0))
        figures[index]["events_held"] = held_figure
        figures[index]["training_held"] = training
        for name, counter in (("event_participants_registered", registered),
                              ("event_participants_attended", attended)):
            per_event, by_size = Counter(), Counter()
            for (event_key, size), n in counter.items():
                if event_key in keys:
                    per_event[event_key] += n
                    by_size[size] += n
            figure = Figure(value=sum(per_event.values()))
            if details:
                figure.breakdowns = {
                    "per_event": breakdown("per_event", pages.rows(
                        {key: per_event.get(key, 0) for key in keys})),
                    "by_size_class": breakdown("by_size_class", _size_rows(by_size)),
                }
            figures[index][name] = figure
            if name == "event_participants_registered":
                per_event_registered = per_event
        if details:
            held_figure.breakdowns = {
                "by_event_type": breakdown("by_event_type", _choice_rows(
                    "by_event_type", by_type, type_order)),
                # Each event held, with its confirmed registrations.
                "per_event": breakdown("per_event", pages.rows(
                    {key: per_event_registered.get(key, 0) for key in keys})),
            }
            training.breakdowns = {"per_event": breakdown("per_event", sorted(
                (pages.row(key, 1) for key, page in keys.items()
                 if page["event_type"] == EventType.TRAINING), key=lambda row: str(row.label)))}


def _calls():
    from pilots.models import PilotCallPage

    return Pages(PilotCallPage.objects.live().values(*PAGE_FIELDS, "opens", "deadline"), "call")


def _pilot_calls(segments, figures, details, calls):
    for index, period in enumerate(segments.periods):
        start, end = period.bounds()
        opened = [key for key, page in calls.by_key.items() if start <= page["opens"] < end]
        open_ = [key for key, page in calls.by_key.items()
                 if page["opens"] < end and page["deadline"] >= start]
        for name, keys in (("calls_opened", opened), ("calls_open", open_)):
            figure = Figure(value=len(keys))
            if details:
                figure.breakdowns = {"per_call": breakdown("per_call", sorted(
                    (calls.row(key, 1) for key in keys), key=lambda row: str(row.label)))}
            figures[index][name] = figure


def _proposals(segments, figures, details, calls):
    from pilots.enums import ProposalStatus
    from pilots.models import Proposal, ProposalTransition
    from pilots.workflow import DECISION_STATES

    rows = (Proposal.objects.filter(submitted_at__gte=segments.first(),
                                    submitted_at__lt=segments.last())
            .annotate(segment=segments.bucket("submitted_at"))
            .values_list("segment", "status", "call_key").annotate(n=Count("pk")).order_by())
    submitted = Counter({(segment, status, call): n for segment, status, call, n in rows})
    # One row per decision: their number is that of the proposals decided in the range
    # (tens a month), and the median needs each one's duration.
    decisions = list(
        ProposalTransition.objects.filter(from_status=ProposalStatus.DECISION_PENDING,
                                          to_status__in=DECISION_STATES,
                                          at__gte=segments.first(), at__lt=segments.last())
        .annotate(segment=segments.bucket("at"))
        .values_list("segment", "to_status", "proposal__call_key", "proposal__submitted_at",
                     "at"))
    order = ProposalStatus.values
    for index, period in enumerate(segments.periods):
        wanted = segments.within(period)
        figure = Figure(value=_sum(submitted, wanted))
        chosen = [row for row in decisions if row[0] in wanted]
        accepted = sum(1 for row in chosen if row[1] == ProposalStatus.ACCEPTED)
        days = [Decimal((at - submitted_at).total_seconds()) / 86400
                for _s, _status, _call, submitted_at, at in chosen if submitted_at]
        decided = Figure(value=len(chosen))
        if details:
            by_state, per_call = Counter(), Counter()
            for (segment, status, call), n in submitted.items():
                if segment in wanted:
                    by_state[status] += n
                    per_call[call] += n
            figure.breakdowns = {
                "by_state": breakdown("by_state", _choice_rows(
                    "by_state", by_state, order)),
                "per_call": breakdown("per_call", calls.rows(per_call)),
            }
            by_decision = Counter(row[1] for row in chosen)
            decided.breakdowns = {
                "by_decision": breakdown("by_decision", _choice_rows(
                    "by_decision", by_decision, order)),
                "per_call": breakdown("per_call", calls.rows(Counter(row[2] for row in chosen))),
            }
        figures[index]["proposals_submitted"] = figure
        figures[index]["proposals_decided"] = decided
        figures[index]["proposals_acceptance_rate"] = Figure(value=percent(accepted, len(chosen)))
        figures[index]["proposals_decision_days"] = Figure(
            value=statistics.median(days).quantize(Decimal("0.1")) if days else None)


def _page_views(segments, figures, details, tenders):
    from portal.tenders.models import TenderPage

    from .pageviews import PageViewDay

    rows = (PageViewDay.objects.filter(page__in=TenderPage.objects.values("pk"),
                                       day__gte=segments.first(dates=True),
                                       day__lt=segments.last(dates=True))
            .annotate(segment=segments.bucket("day", dates=True))
            .values_list("segment", "page_id").annotate(n=Sum("views")).order_by())
    counter = Counter()
    for segment, page_id, n in rows:
        counter[(segment, tenders.key_of_page.get(page_id, page_id))] += n
    for index, period in enumerate(segments.periods):
        wanted = segments.within(period)
        figure = Figure(value=_sum(counter, wanted))
        if details:
            per_tender = Counter()
            for (segment, key), n in counter.items():
                if segment in wanted:
                    per_tender[key] += n
            figure.breakdowns = {"per_tender": breakdown("per_tender", tenders.rows(per_tender))}
        figures[index]["tender_page_views"] = figure


# -- entry points -----------------------------------------------------------------------

SECTION_COLLECTORS = {
    "organisations": ("organisations",),
    "interest": ("interests", "lots"),
    "alerts": ("alerts",),
    "email": ("emails",),
    "events": ("events",),
    "pilots": ("calls", "proposals"),
    "views": ("views",),
}


def _evaluate(periods, keys=None, details=False):
    """[{key: Figure}] for each period, for the sections of the wanted keys."""
    segments = Segments(periods)
    sections = {INDICATORS_BY_KEY[key].section for key in (keys or INDICATORS_BY_KEY)}
    figures = [{} for _period in segments.periods]
    tenders = _tender_pages() if sections & {"interest", "views"} else None
    calls = _calls() if "pilots" in sections else None
    if "organisations" in sections:
        _organisations(segments, figures, details)
        _active_users(segments, figures, details)
    if "interest" in sections:
        lots = _lots() if details else {}
        _interests(segments, figures, details, tenders, lots)
        _lots_without_interest(segments, figures, details, tenders, lots)
    if "alerts" in sections:
        _alerts(segments, figures, details)
    if "email" in sections:
        _emails(segments, figures, details)
    if "events" in sections:
        _events(segments, figures, details)
    if "pilots" in sections:
        _pilot_calls(segments, figures, details, calls)
        _proposals(segments, figures, details, calls)
    if "views" in sections:
        _page_views(segments, figures, details, tenders)
    return figures


def compute(period):
    """Every indicator for one period, with its breakdowns: {key: Figure}."""
    figures = _evaluate([period], details=True)[0]
    return {indicator.key: figures[indicator.key] for indicator in INDICATORS}


def monthly_series(periods, keys=None):
    """{key: [value per period]} for calendar months that do not overlap, each value equal
    to compute(month)[key].value."""
    periods = list(periods)
    keys = list(keys or INDICATORS_BY_KEY)
    if not periods:
        return {key: [] for key in keys}
    ordered = sorted(periods)
    if any(not period.is_month for period in ordered) or any(
            earlier.end > later.start for earlier, later in zip(ordered, ordered[1:],
                                                                strict=False)):
        raise ValueError("monthly_series takes calendar months that do not overlap.")
    figures = _evaluate(periods, keys=keys)
    return {key: [figures[index][key].value for index in range(len(periods))] for key in keys}
