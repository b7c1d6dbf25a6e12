"""The figures of a period as staff read them, shared by the dashboard and the monthly
follow-up report: indicators grouped by section with their change from the previous period,
their breakdown tables, and the same as spreadsheet rows (summary + one sheet per section)."""

from dataclasses import dataclass, field
from decimal import Decimal

from django.utils import translation
from django.utils.formats import number_format
from django.utils.text import slugify
from django.utils.translation import gettext as _

from portal.core.exports import Sheet

from .charts import format_value
from .registry import SECTIONS


def display(value, unit):
    if unit == "yesno":
        return "\u2013" if value is None else (_("Yes") if value else _("No"))
    return format_value(value, unit)


def change(value, previous, unit):
    """The change from the previous period in words staff read without colour: "+3 (+25 %)",
    "−2.5 percentage points", "no change"; "" when it cannot be said."""
    if value is None or previous is None or unit == "yesno":
        return ""
    delta = Decimal(value) - Decimal(previous)
    if delta == 0:
        return _("no change")
    sign = "+" if delta > 0 else "\u2212"
    amount = format_value(abs(delta), "days" if unit == "days" else "count")
    if unit == "percent":
        points = number_format(abs(delta).quantize(Decimal("0.1")))
        return _("%(change)s percentage points") % {"change": f"{sign}{points}"}
    if unit == "days":
        return _("%(change)s days") % {"change": f"{sign}{amount}"}
    if previous:
        relative = (abs(delta) * 100 / Decimal(previous)).quantize(Decimal("1"))
        return f"{sign}{amount} ({sign}{number_format(relative)}\u00a0%)"
    return f"{sign}{amount}"


@dataclass
class Line:
    indicator: object
    figure: object
    previous: object = None

    @property
    def value(self):
        return display(self.figure.value, self.indicator.unit)

    @property
    def previous_value(self):
        return display(self.previous.value, self.indicator.unit) if self.previous else ""

    @property
    def change(self):
        return change(self.figure.value, self.previous.value if self.previous else None,
                      self.indicator.unit)

    @property
    def breakdowns(self):
        return [breakdown for breakdown in self.figure.breakdowns.values() if breakdown.rows]


@dataclass
class SectionView:
    key: str
    label: object
    lines: list = field(default_factory=list)

    @property
    def breakdowns(self):
        """(line, breakdown) of every non-empty breakdown table in the section."""
        return [(line, breakdown) for line in self.lines for breakdown in line.breakdowns]


def sections(figures, previous=None):
    """The indicators of `figures` ({key: Figure}) by section, in the defined order."""
    result = []
    for section in SECTIONS.values():
        view = SectionView(section.key, section.label, [
            Line(indicator, figures[indicator.key],
                 previous.get(indicator.key) if previous is not None else None)
            for indicator in section.indicators if indicator.key in figures])
        if view.lines:
            result.append(view)
    return result


# --- spreadsheet rows ---------------------------------------------------------------------

def _cell(value, unit):
    """A number stays a number in the spreadsheet (percent and days to one decimal)."""
    if unit == "yesno":
        return "" if value is None else (_("Yes") if value else _("No"))
    if value is None:
        return ""
    if unit in ("percent", "days"):
        return float(Decimal(value).quantize(Decimal("0.1")))
    return value


def _unit(unit):
    return {"count": _("number"), "percent": _("per cent"), "days": _("days"),
            "yesno": _("yes/no")}.get(unit, unit)


def summary_rows(figures):
    header = [_("Section"), _("Indicator"), _("Value"), _("Unit")]
    rows = [[str(section.label), str(line.indicator.label),
             _cell(line.figure.value, line.indicator.unit), _unit(line.indicator.unit)]
            for section in sections(figures) for line in section.lines]
    return header, rows


def section_rows(section):
    header = [_("Indicator"), _("Breakdown"), _("Item"), _("Value")]
    rows = []
    for line in section.lines:
        rows.append([str(line.indicator.label), _("Total"), "",
                     _cell(line.figure.value, line.indicator.unit)])
        for breakdown in line.breakdowns:
            for row in breakdown.rows:
                rows.append([str(line.indicator.label), str(breakdown.title), str(row.label),
                             _cell(row.value, line.indicator.unit)])
    return header, rows


def report_sheets(figures, language):
    with translation.override(language):
        return [Sheet(_("Summary"), *summary_rows(figures)),
                *[Sheet(str(section.label), *section_rows(section))
                  for section in sections(figures)]]


def report_csv_rows(figures, language):
    """One table: the totals first, then every breakdown row, each with its section."""
    with translation.override(language):
        header = [_("Section"), *section_rows(SectionView("", ""))[0]]
        rows = []
        for section in sections(figures):
            rows += [[str(section.label), *row] for row in section_rows(section)[1]]
        return header, rows


def report_filename(period, language, extension):
    with translation.override(language):
        return f"{slugify(_('Monthly follow-up report'))}-{period.start:%Y-%m}-{language}." \
               f"{extension}"
