"""The SVG charts: laid out from the figures, with the same figures in their table, readable
without colour (marks and dashes differ), values in the active language."""

import datetime
import re
from decimal import Decimal

from django.template.loader import render_to_string
from django.utils import translation

from portal.metrics.charts import COLOURS, Chart, FunnelChart, Series, format_value, nice_step
from portal.metrics.funnel import FunnelStep
from portal.metrics.periods import Period

MONTHS = Period(datetime.date(2026, 1, 1), datetime.date(2026, 4, 1)).months()


def test_round_steps():
    assert [nice_step(value) for value in (0, 3, 9, 40, 130, 2500)] == [1, 1, 5, 10, 50, 1000]


def test_values_in_the_active_language():
    with translation.override("fi"):
        assert format_value(1234) == "1\xa0234"
        assert format_value(Decimal("12.345"), "percent") == "12,3\xa0%"
        assert format_value(None) == "\u2013"
    with translation.override("en"):
        assert format_value(Decimal("2.25"), "days") == "2.2"


def test_one_series_is_bars_with_their_values_and_a_gap_for_no_value():
    chart = Chart(key="k", title="T", description="D", months=MONTHS,
                  series=[Series("New", [4, None, 10])])
    assert chart.kind == "bar" and chart.show_values
    bars = chart.drawn[0].bars
    assert len(bars) == 2
    (left, top, width, height, mark), (_l2, top2, _w2, height2, _m2) = bars
    assert height2 > height and top2 < top and mark.value == "4"
    assert chart.y_ticks[0][0] == chart.plot_bottom and chart.y_max >= 10
    assert chart.table_rows[1][1] == ["\u2013"]


def test_two_series_are_lines_told_apart_by_dash_and_marker():
    chart = Chart(key="k", title="T", description="D", months=MONTHS,
                  series=[Series("Registered", [1, 2, 3]), Series("Attended", [0, 1, None])])
    first, second = chart.drawn
    assert chart.kind == "line"
    assert (first.dash, first.marker) != (second.dash, second.marker)
    assert first.colour == COLOURS[0] and second.colour == COLOURS[1]
    assert len(first.segments) == 1 and len(second.points) == 2


def test_the_rendered_chart_is_an_accessible_image_with_its_table():
    chart = Chart(key="demo", title="Uudet organisaatiot", description="Kuvaus", months=MONTHS,
                  series=[Series("Uudet", [4, 7, 10])])
    with translation.override("fi"):
        html = render_to_string("metrics/includes/chart.html", {"chart": chart})
    svg = re.search(r"<svg.*?</svg>", html, re.S).group(0)
    assert 'role="img"' in svg and 'aria-labelledby="chart-demo-title chart-demo-desc"' in svg
    assert '<title id="chart-demo-title">Uudet organisaatiot</title>' in svg
    assert "<desc id=\"chart-demo-desc\">Kuvaus</desc>" in svg
    assert "<script" not in html and "style=" not in html
    table = re.search(r"<table.*?</table>", html, re.S).group(0)
    for value in ("4", "7", "10"):
        assert f'<td class="metrics-number">{value}</td>' in table
        assert f">{value}</text>" in svg  # the value over its bar


def test_an_empty_chart_says_so_and_keeps_its_table():
    chart = Chart(key="e", title="T", description="D", months=MONTHS,
                  series=[Series("New", [None, None, None])])
    html = render_to_string("metrics/includes/chart.html", {"chart": chart})
    assert "<svg" not in html and "<table" in html


def test_the_funnel_shows_counts_and_shares_of_the_first_step():
    chart = FunnelChart(key="f", title="T", description="D", steps=[
        FunnelStep("registered", "Registered", 10), FunnelStep("interest", "Interest", 4),
        FunnelStep("proposal", "Proposal", 0)])
    with translation.override("en"):
        chart = FunnelChart(key="f", title="T", description="D", steps=chart.steps)
    assert [(bar.value, bar.share) for bar in chart.bars] == \
        [("10", "100.0\xa0%"), ("4", "40.0\xa0%"), ("0", "0.0\xa0%")]
    assert chart.bars[0].width > chart.bars[1].width > chart.bars[2].width
