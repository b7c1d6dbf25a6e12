"""What a collector returns for an indicator and a period: a `Figure` (a value and its
breakdown tables), as shown now and as frozen in a monthly report (plain JSON).

The breakdown tables are known by name (`BREAKDOWNS`): their titles, and for those whose rows
are choices, how a row's label is found again from its key (the other rows' labels are names
from the data, such as a tender's title, and are stored as they were, in every language they
had).
"""

import functools
from dataclasses import dataclass, field
from decimal import Decimal

from django.conf import settings
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from pilots.enums import ProposalStatus
from portal.core.exports import in_language
from portal.events.enums import EventType
from portal.notifications.enums import DeliveryStatus
from suppliers.enums import SIZE_ORDER, SME_CLASSES, OrganisationType, SizeClass

UNKNOWN = "unknown"
NO_ORGANISATION = "none"


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


def _choice_label(choices, extra=None):
    def label(key):
        if extra and key in extra:
            return extra[key]
        try:
            return choices(key).label
        except ValueError:
            return key
    return label


_SIZE_EXTRA = {UNKNOWN: _("Size not declared"), NO_ORGANISATION: _("No organisation")}

# {name: (title, label of a row from its key, or None for rows named from the data)}
BREAKDOWNS = {
    "by_type": (_("By type of organisation"),
                _choice_label(OrganisationType, {UNKNOWN: _("Type not declared")})),
    "by_size_class": (_("By size class"), _choice_label(SizeClass, _SIZE_EXTRA)),
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


def named_row(key, labels, value, url=None, language=None):
    """A row named from the data: its names in every language, shown in the current one
    (`language`, when the caller has looked it up once for many rows)."""
    return BreakdownRow(key=str(key), label=in_language(labels, language or current_language()),
                        value=value, url=url, labels=labels)


def stored_label(row, label, language=None):
    """A stored row's label in the current language: by its key for choices; from the names
    it was frozen with (in_language) for names from the data; as stored for a report frozen
    before names were kept in every language (one language only, as it was made)."""
    if "labels" in row:
        return in_language(row["labels"], language or current_language())
    if "label" in row:
        return row["label"]
    return label(row["key"]) if label else row["key"]


def breakdown(name, rows):
    title, _label = BREAKDOWNS[name]
    return Breakdown(title=title, rows=rows)


def choice_rows(name, counts, order=None):
    """Rows of a choice breakdown, in the choices' order, then any other key."""
    _title, label = BREAKDOWNS[name]
    order = [key for key in order or [] if key in counts]
    keys = order + sorted(key for key in counts if key not in order)
    return [BreakdownRow(key=key, label=label(key), value=counts[key]) for key in keys]


def size_rows(counts):
    """The "by size class" rows, smallest first, then undeclared and no organisation."""
    order = [size.value for size in SIZE_ORDER] + [UNKNOWN, NO_ORGANISATION]
    return choice_rows("by_size_class", counts, order)


def percent(part, whole):
    if not whole:
        return None
    return (Decimal(100) * part / whole).quantize(Decimal("0.1"))


@functools.cache
def size_class(headcount_band, turnover_band):
    """The organisation's size class from its two bands, as Organisation.size_class does
    (asked once per group of records: a few dozen pairs of bands, hundreds of thousands of
    groups)."""
    if not headcount_band or not turnover_band:
        return UNKNOWN
    return max(SizeClass(headcount_band), SizeClass(turnover_band), key=SIZE_ORDER.index).value


def is_sme(size):
    return size in SME_CLASSES


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
        tables = {}
        for name, table in self.breakdowns.items():
            by_key = BREAKDOWNS.get(name, (None, None))[1] is not None
            tables[name] = [
                {"key": row.key, "value": _json_value(row.value), "url": row.url,
                 **({} if by_key else {"labels": dict(row.labels)} if row.labels is not None
                    else {"label": str(row.label)})}
                for row in table.rows]
        return {"value": _json_value(self.value), "breakdowns": tables}

    @classmethod
    def from_json(cls, data):
        breakdowns, language = {}, current_language()
        for name, rows in data.get("breakdowns", {}).items():
            title, label = BREAKDOWNS.get(name, (name, None))
            breakdowns[name] = Breakdown(title=title, rows=[
                BreakdownRow(key=row["key"], label=stored_label(row, label, language),
                             value=_from_json_value(row["value"]), url=row.get("url"),
                             labels=row.get("labels"))
                for row in rows])
        return cls(value=_from_json_value(data.get("value")), breakdowns=breakdowns)
