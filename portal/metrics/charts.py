"""Monthly series as server-rendered SVG charts (bars for one series, lines for several), laid
out here and drawn by metrics/includes/chart.html with the same data as a table beside it.

Readable without colour: a second series has a dashed line and square markers (its bars a
hatch pattern), the legend shows the same marks, and every value is in the table. Colours
have at least 4.5:1 contrast against the chart's white background."""

import math
from dataclasses import dataclass, field
from decimal import Decimal

from django.utils.formats import number_format
from django.utils.translation import gettext as _

WIDTH, HEIGHT = 720, 280
LEFT, RIGHT, TOP, BOTTOM = 56, 16, 32, 44
# Dark blue, dark orange, dark green: 8.6:1, 6.3:1 and 7.1:1 against white.
COLOURS = ["#1f4e8c", "#a63f00", "#2e6b30"]
DASHES = ["", "6 4", "2 3"]
MARKERS = ["circle", "square", "diamond"]
TEXT_COLOUR = "#1f1f1f"
GRID_COLOUR = "#6b6b6b"


def format_value(value, unit="count"):
    """A value as staff read it in the active language ("–" when it is undefined)."""
    if value is None:
        return "\u2013"
    if unit == "percent":
        return f"{number_format(Decimal(value).quantize(Decimal('0.1')))}\u00a0%"
    if unit == "days":
        return number_format(Decimal(value).quantize(Decimal("0.1")))
    if isinstance(value, Decimal) and value != value.to_integral_value():
        return number_format(value.quantize(Decimal("0.1")))
    return number_format(value, force_grouping=True)


def nice_step(maximum, ticks=4):
    """A round step (1, 2 or 5 times a power of ten) that splits 0..maximum in about `ticks`."""
    if maximum <= 0:
        return 1
    raw = maximum / ticks
    power = 10 ** math.floor(math.log10(raw))
    for factor in (1, 2, 5, 10):
        if raw <= factor * power:
            step = factor * power
            break
    # Counts of people or pages are whole numbers: no tick at 0.5.
    return max(step, 1) if maximum >= 1 else step


@dataclass
class Series:
    label: str
    values: list  # one per month; None where undefined


@dataclass
class Mark:
    x: float
    y: float
    value: str
    month: str


@dataclass
class DrawnSeries:
    label: str
    colour: str
    dash: str
    marker: str
    index: int
    bars: list = field(default_factory=list)  # (x, y, width, height, Mark)
    points: list = field(default_factory=list)  # Mark
    segments: list = field(default_factory=list)  # "x,y x,y ..." runs without gaps


@dataclass
class Chart:
    """A chart of monthly `series` over `months` (Period objects), laid out on creation."""

    key: str
    title: str
    description: str
    months: list
    series: list
    unit: str = "count"
    kind: str = ""  # "bar" or "line"; by default bars for one series, lines for more
    width: int = WIDTH
    height: int = HEIGHT

    def __post_init__(self):
        self.kind = self.kind or ("bar" if len(self.series) == 1 else "line")
        self.plot_left, self.plot_right = LEFT, self.width - RIGHT
        self.plot_top, self.plot_bottom = TOP, self.height - BOTTOM
        values = [float(value) for series in self.series for value in series.values
                  if value is not None]
        top = max(values, default=0)
        if self.unit == "percent":
            top = max(top, 10)
        self.step = nice_step(top)
        self.y_max = max(self.step * math.ceil(top / self.step), self.step)
        self.has_data = bool(values)
        self.slot = (self.plot_right - self.plot_left) / max(len(self.months), 1)
        self.drawn = [self._draw(index, series) for index, series in enumerate(self.series)]

    # --- geometry -----------------------------------------------------------------------

    def y(self, value):
        span = self.plot_bottom - self.plot_top
        return round(self.plot_bottom - span * float(value) / self.y_max)

    def x_centre(self, index):
        return round(self.plot_left + self.slot * (index + 0.5))

    @property
    def y_ticks(self):
        count = int(round(self.y_max / self.step))
        return [(self.y(self.step * tick), self._tick_label(self.step * tick))
                for tick in range(count + 1)]

    def _tick_label(self, value):
        if self.unit == "percent" and float(value).is_integer():
            return f"{number_format(int(value))}\u00a0%"
        if self.unit == "percent":
            return format_value(Decimal(str(value)), "percent")
        return format_value(int(value) if float(value).is_integer() else
                            Decimal(str(value)), "count")

    @property
    def x_labels(self):
        """A short label ("11/26") under each month; only every n-th when there are many."""
        every = max(1, math.ceil(len(self.months) / 12))
        return [(self.x_centre(index), f"{period.start.month}/{period.start:%y}")
                for index, period in enumerate(self.months) if index % every == 0]

    @property
    def show_values(self):
        """Values over the bars, while they fit (the table has them all anyway)."""
        return self.kind == "bar" and len(self.months) <= 18 and len(self.series) == 1

    @property
    def unit_label(self):
        return {"percent": _("Per cent"), "days": _("Days")}.get(self.unit, _("Number"))

    @property
    def view_box(self):
        return f"0 0 {self.width} {self.height}"

    def _draw(self, index, series):
        style = index % len(COLOURS)
        drawn = DrawnSeries(label=series.label, colour=COLOURS[style], dash=DASHES[style],
                            marker=MARKERS[style], index=index)
        marks = []
        for position, (period, value) in enumerate(zip(self.months, series.values,
                                                        strict=True)):
            if value is None:
                marks.append(None)
                continue
            marks.append(Mark(x=self.x_centre(position), y=self.y(value),
                              value=format_value(value, self.unit), month=str(period.label)))
        if self.kind == "bar":
            count = len(self.series)
            bar = min(self.slot * 0.7 / count, 40)
            for mark in filter(None, marks):
                left = mark.x - bar * count / 2 + bar * index
                drawn.bars.append((round(left), mark.y, max(round(bar), 2),
                                   self.plot_bottom - mark.y, mark))
        else:
            drawn.points = [mark for mark in marks if mark]
            run = []
            for mark in [*marks, None]:
                if mark:
                    run.append(f"{mark.x},{mark.y}")
                elif run:
                    drawn.segments.append(" ".join(run))
                    run = []
        return drawn

    # --- the table beside the chart ------------------------------------------------------

    @property
    def table_rows(self):
        return [(str(period.label), [format_value(series.values[index], self.unit)
                                     for series in self.series])
                for index, period in enumerate(self.months)]


@dataclass
class FunnelBar:
    y: int
    width: int
    label: str
    value: str
    share: str


@dataclass
class FunnelChart:
    """The funnel as horizontal bars, each with its count and share of the first step."""

    key: str
    title: str
    description: str
    steps: list  # funnel.FunnelStep
    width: int = WIDTH
    row: int = 44
    label_width: int = 250

    def __post_init__(self):
        first = self.steps[0].organisations if self.steps else 0
        room = self.width - self.label_width - 140
        self.height = self.row * len(self.steps) + 8
        self.bars = []
        for index, step in enumerate(self.steps):
            share = (Decimal(step.organisations * 100) / first) if first else None
            self.bars.append(FunnelBar(
                y=8 + index * self.row,
                width=max(round(room * step.organisations / first), 2) if first else 2,
                label=str(step.label), value=format_value(step.organisations),
                share=format_value(share, "percent") if share is not None else "\u2013"))
        self.colour = COLOURS[0]

    @property
    def view_box(self):
        return f"0 0 {self.width} {self.height}"

    @property
    def value_x(self):
        return self.label_width + 8
