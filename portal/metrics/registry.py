"""The registry of the engagement indicators of the county's plan, and their evaluation for
any period (`compute`) and as monthly series (`monthly_series`).

Each section of the figures (organisations, interest, alerts...) is a module of
`portal.metrics.sections` that declares its indicators and the collectors that compute them;
that package registers the sections here (`register`) in the order they are shown, when the
app is ready. Everything that evaluates or lists indicators (the dashboard and its charts, the
monthly report and its spreadsheets) goes through this registry.

A collector takes an `Evaluation` (the periods as `Segments`, whether breakdown tables are
wanted, and data shared between sections) and returns, for each period in order, a dict
{indicator key: Figure} of its indicators. It runs a fixed number of grouped queries in which
a CASE expression puts every record into its segment, so the number of queries does not
depend on the data, and a month's value in a series is the very sum `compute` makes for that
month.

A finished month no longer changes unless its records do, so its figures are kept once
computed (`portal.metrics.frozen`, which plugs itself in with `use_store`): each section says
which records it counts (`Source`), so that a change to one of them forgets the months it can
alter. `evaluate` takes a finished month's figures from there and computes the others (the
month still running, quarters, years, dates from–to) from the records; `live=True` computes
every period from the records.
"""

from collections.abc import Callable
from dataclasses import dataclass, field, replace

from django.core.exceptions import ImproperlyConfigured

from .segments import Segments

UNITS = ("count", "percent", "days", "yesno")


@dataclass(frozen=True)
class Indicator:
    key: str
    label: object
    help: object = ""
    unit: str = "count"
    section: str = ""  # the key of its section, set when the section is made

    def __post_init__(self):
        if self.unit not in UNITS:
            raise ImproperlyConfigured(f"Indicator {self.key}: unknown unit {self.unit!r}.")


@dataclass(frozen=True)
class Source:
    """Records a section counts, as the store of finished months needs to know them: making,
    changing or deleting one can alter the section's figures for every month from
    `since(record)` on (a date, an aware datetime, or None when it alters no month).

    `model` is "app_label.ModelName"; `fields` the fields whose change matters (any change
    when empty; of the record's own fields, `since` reads only these); `relations` its
    many-to-many fields whose changes matter too; `signals` the signals of a domain that
    changes such records past Django's model signals (QuerySet.update), sent with the record
    as `instance`; `on_create` False when a record just made alters no month (`since` is not
    asked then).
    """

    model: str
    since: Callable
    fields: tuple = ()
    relations: tuple = ()
    signals: tuple = ()
    on_create: bool = True


@dataclass
class Section:
    key: str
    label: object
    indicators: list
    collectors: list = field(default_factory=list)
    sources: list = field(default_factory=list)
    # Raise it when a collector changes what it counts: months frozen by an earlier version
    # are computed again.
    version: int = 1

    def __post_init__(self):
        self.indicators = [replace(indicator, section=self.key)
                           for indicator in self.indicators]

    def __str__(self):
        return str(self.label)


# The registered sections in the order they are shown, and their indicators.
SECTIONS = {}
INDICATORS = []
INDICATORS_BY_KEY = {}


def register(section):
    """Add a section and its indicators (each section and indicator key once)."""
    if section.key in SECTIONS:
        raise ImproperlyConfigured(f"The metrics section {section.key} is registered twice.")
    for indicator in section.indicators:
        if indicator.key in INDICATORS_BY_KEY:
            raise ImproperlyConfigured(f"The indicator {indicator.key} is registered twice.")
    SECTIONS[section.key] = section
    INDICATORS.extend(section.indicators)
    INDICATORS_BY_KEY.update((indicator.key, indicator) for indicator in section.indicators)
    return section


class Evaluation:
    """What a collector works on: the periods' segments, whether breakdown tables are wanted,
    and data more than one section reads, loaded once per evaluation (`shared`)."""

    def __init__(self, periods, details):
        self.segments = Segments(periods)
        self.periods = self.segments.periods
        self.details = details
        self._shared = {}

    def shared(self, loader):
        """loader() the first time a collector asks for it, the same result after."""
        if loader not in self._shared:
            self._shared[loader] = loader()
        return self._shared[loader]


def collect(periods, sections, details=False):
    """[{key: Figure}] for each period, computed from the records by the sections'
    collectors."""
    evaluation = Evaluation(periods, details)
    figures = [{} for _period in evaluation.periods]
    for section in sections:
        for collector in section.collectors:
            for found, collected in zip(figures, collector(evaluation), strict=True):
                found.update(collected)
    return figures


class Store:
    """Where finished months are kept once computed (portal.metrics.frozen has the one in use).
    """

    def keeps(self, period):
        """Whether the store gives this period's figures."""
        raise NotImplementedError

    def figures(self, sections, months, details):
        """[{key: Figure}] for each month the store keeps, from the given sections; without
        `details`, values only."""
        raise NotImplementedError


_stores = []


def use_store(store):
    """Take finished months from `store` from now on (None: compute everything)."""
    _stores[:] = [store] if store is not None else []


def evaluate(periods, keys=None, details=False, live=False):
    """[{key: Figure}] for each period, from the sections of the wanted keys (all by default):
    the months the store keeps from there, the other periods (or all, when `live`) computed
    from the records."""
    periods = list(periods)
    wanted = {INDICATORS_BY_KEY[key].section for key in (keys or INDICATORS_BY_KEY)}
    sections = [section for section in SECTIONS.values() if section.key in wanted]
    store = None if live or not _stores else _stores[0]
    kept = [period for period in dict.fromkeys(periods) if store and store.keeps(period)]
    if not kept:
        return collect(periods, sections, details)
    found = dict(zip(kept, store.figures(sections, kept, details), strict=True))
    rest = [period for period in periods if period not in found]
    computed = iter(collect(rest, sections, details) if rest else ())
    return [found[period] if period in found else next(computed) for period in periods]


def compute(period, live=False):
    """Every indicator for one period, with its breakdowns: {key: Figure}."""
    figures = evaluate([period], details=True, live=live)[0]
    return {indicator.key: figures[indicator.key] for indicator in INDICATORS}


def monthly_series(periods, keys=None, live=False):
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
    figures = evaluate(periods, keys=keys, live=live)
    return {key: [figures[index][key].value for index in range(len(periods))] for key in keys}
