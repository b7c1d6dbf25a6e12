"""The metrics dashboard in the Wagtail admin: a period's key figures with the change from the
previous period, monthly series as charts with their tables, breakdown tables with drill-down
links, and the funnel from registering to proposing. A fixed number of queries whatever the
data size: two `compute` calls, one `monthly_series`, one `funnel`; finished months are read
from where they are kept (portal.metrics.frozen), one query each call."""

from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from .. import funnel as funnel_data
from ..charts import Chart, FunnelChart, Series
from ..periods import Period
from ..presentation import sections
from ..registry import INDICATORS_BY_KEY, compute, monthly_series
from .access import metrics_view
from .forms import PeriodForm

SERIES_MONTHS = 12
# The charts of the dashboard: a title and the indicators drawn in it (one unit per chart).
CHARTS = [
    ("organisations", gettext_lazy("New organisations by month"), ["organisations_new"]),
    ("interest", gettext_lazy("Expressions of interest by month"), ["interests_new"]),
    ("interest_shares", gettext_lazy("Share of SMEs and associations in expressions of "
                                     "interest"),
     ["interests_sme_share", "interests_association_share"]),
    ("events", gettext_lazy("Event participants by month"),
     ["event_participants_registered", "event_participants_attended"]),
    ("pilots", gettext_lazy("Proposals by month"), ["proposals_submitted", "proposals_decided"]),
    ("email", gettext_lazy("E-mails by month"), ["emails_sent", "emails_delivered"]),
    ("views", gettext_lazy("Views of tender pages by month"), ["tender_page_views"]),
]


def series_months(period):
    """The months the charts show: the period's own when it spans several, otherwise the
    twelve months that end with it."""
    months = period.months()
    if len(months) > 1:
        return months
    last = months[0]
    first = last
    for _step in range(SERIES_MONTHS - 1):
        first = first.previous()
    return Period(first.start, last.end).months()


def charts(months):
    keys = [key for _k, _t, chart_keys in CHARTS for key in chart_keys
            if key in INDICATORS_BY_KEY]
    values = monthly_series(months, keys=keys)
    result = []
    for key, title, chart_keys in CHARTS:
        indicators = [INDICATORS_BY_KEY[k] for k in chart_keys if k in INDICATORS_BY_KEY]
        if not indicators:
            continue
        labels = ", ".join(str(indicator.label) for indicator in indicators)
        result.append(Chart(
            key=key, title=str(title), months=months, unit=indicators[0].unit,
            series=[Series(str(indicator.label), values[indicator.key])
                    for indicator in indicators],
            description=_("%(series)s for each month from %(first)s to %(last)s. The same "
                          "figures are in the table next to the chart.")
            % {"series": labels, "first": months[0].label, "last": months[-1].label}))
    return result


@metrics_view
def dashboard(request):
    form = PeriodForm(request.GET) if request.GET else None
    if form is not None and form.is_valid():
        period = form.cleaned_data["period"]
    else:
        period = Period.last_full_month()
        if form is None:
            form = PeriodForm.for_period(period)
    previous = period.previous()
    steps = funnel_data.funnel(period)
    title = _("Metrics")
    return TemplateResponse(request, "metrics/admin/dashboard.html", {
        "page_title": title, "header_title": title, "header_icon": "table",
        "form": form, "period": period, "previous": previous,
        "sections": sections(compute(period), compute(previous)),
        "charts": charts(series_months(period)),
        "funnel": steps,
        "funnel_chart": FunnelChart(
            key="funnel", title=_("From registering to proposing"), steps=steps,
            description=_("How many organisations took each step: registered, showed "
                          "interest, registered for an event, attended, submitted a "
                          "proposal. The same figures are in the table next to the chart."))
        if steps else None,
    })
