"""The engagement indicators of the county's plan, each defined once, and their computation
for any period (`compute`) and as monthly series (`monthly_series`)."""

from collections import OrderedDict
from dataclasses import dataclass, field
from decimal import Decimal

from django.utils.translation import gettext_lazy as _

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


@dataclass
class Breakdown:
    title: object
    rows: list = field(default_factory=list)


@dataclass
class Figure:
    value: int | Decimal | None
    breakdowns: dict = field(default_factory=dict)

    def as_json(self):
        raise NotImplementedError

    @classmethod
    def from_json(cls, data):
        raise NotImplementedError


INDICATORS = [
    Indicator("organisations_new", _("New organisations"), "organisations"),
    Indicator("organisations_total", _("Registered organisations"), "organisations"),
    Indicator("active_supplier_users", _("Active supplier users"), "organisations"),
    Indicator("interests_new", _("Expressions of interest"), "interest", drilldown="tender"),
    Indicator("interests_sme_share", _("Share of SMEs in expressions of interest"), "interest",
              unit="percent"),
    Indicator("interests_association_share",
              _("Share of associations in expressions of interest"), "interest",
              unit="percent"),
    Indicator("lots_without_interest", _("Lots without interest"), "interest",
              drilldown="tender"),
    Indicator("alerts_new", _("New alerts"), "alerts"),
    Indicator("alerts_active", _("Active alerts"), "alerts"),
    Indicator("emails_sent", _("E-mails sent"), "email"),
    Indicator("emails_delivered", _("E-mails delivered"), "email"),
    Indicator("events_held", _("Events held"), "events", drilldown="event"),
    Indicator("training_held", _("Procurement training held"), "events", unit="yesno",
              drilldown="event"),
    Indicator("event_participants_registered", _("Participants registered"), "events",
              drilldown="event"),
    Indicator("event_participants_attended", _("Participants attended"), "events",
              drilldown="event"),
    Indicator("calls_opened", _("Pilot calls opened"), "pilots", drilldown="call"),
    Indicator("calls_open", _("Pilot calls open"), "pilots", drilldown="call"),
    Indicator("proposals_submitted", _("Proposals submitted"), "pilots", drilldown="call"),
    Indicator("proposals_decided", _("Proposals decided"), "pilots", drilldown="call"),
    Indicator("proposals_acceptance_rate", _("Acceptance rate of proposals"), "pilots",
              unit="percent"),
    Indicator("proposals_decision_days", _("Days from submission to decision (median)"),
              "pilots", unit="days"),
    Indicator("tender_page_views", _("Views of tender pages"), "views", drilldown="tender"),
]
INDICATORS_BY_KEY = {indicator.key: indicator for indicator in INDICATORS}


def compute(period):
    """Every indicator for one period: {key: Figure}."""
    return {indicator.key: Figure(value=None) for indicator in INDICATORS}


def monthly_series(periods, keys=None):
    """{key: [value per month]} for the given month periods."""
    keys = keys or list(INDICATORS_BY_KEY)
    return {key: [None for _period in periods] for key in keys}
