"""The metrics dashboard: a period chosen by month, quarter, year or dates, key figures with
the change, charts with their tables, breakdowns with drill-down, the funnel, in Finnish and
Swedish, in a fixed number of queries."""

import datetime
import re

import pytest
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from portal.core.dates import HELSINKI
from portal.events.enums import RegistrationStatus
from portal.events.models import Registration
from portal.metrics.periods import Period
from portal.metrics.registry import SECTIONS, compute
from suppliers.interests.models import TenderInterest
from tests.events.helpers import make_event
from tests.tenders.helpers import make_tender

from ..conftest import make_org
from .helpers import controller

pytestmark = pytest.mark.django_db


def this_month():
    return Period.for_month(timezone.now())


def grow(size, tender, event, when=None):
    """`size` organisations registered now (or `when`), each interested in the tender and
    registered for the event (confirmed and attended)."""
    for number in range(size):
        organisation = make_org(when or timezone.now())
        interest = TenderInterest.objects.create(
            tender_key=tender.translation_key, organisation=organisation, mode="alone",
            language="fi")
        if when:
            TenderInterest.objects.filter(pk=interest.pk).update(created_at=when)
        Registration.objects.create(event_key=event.translation_key, name=f"P {number}",
                                    email=f"p{number}-{organisation.pk}@example.fi",
                                    organisation=organisation, language="fi",
                                    status=RegistrationStatus.CONFIRMED, attended=True)


@pytest.fixture
def tender_and_event(db):
    return make_tender(title="Kotihoidon tukipalvelut"), make_event(days=-1)


def month_url(period):
    return f"/admin/metrics/?kind=month&month={period.start:%Y-%m}"


def test_the_dashboard_shows_the_month_its_change_charts_and_drilldown(
        client, django_user_model, tender_and_event):
    tender, event = tender_and_event
    grow(2, tender, event)
    client.force_login(controller(django_user_model))
    period = this_month()
    response = client.get(month_url(period))
    html = response.content.decode()
    assert response.context["period"] == period
    sections = {section.key: section for section in response.context["sections"]}
    new = next(line for line in sections["organisations"].lines
               if line.indicator.key == "organisations_new")
    assert new.figure.value == compute(period)["organisations_new"].value
    assert new.figure.value >= 2 and new.change.startswith("+")
    # Charts: accessible SVG, each with the same figures in a table.
    funnel = 1 if response.context["funnel_chart"] else 0
    assert html.count('role="img"') == len(response.context["charts"]) + funnel
    assert "<title id=\"chart-organisations-title\">" in html
    assert "<desc id=\"chart-organisations-desc\">" in html
    chart = next(c for c in response.context["charts"] if c.key == "organisations")
    assert [str(month.label) for month in chart.months][-1] == str(period.label)
    assert chart.table_rows[-1][1] == [str(new.figure.value)]
    # Drill-down to the tender's own engagement figures.
    assert f"/admin/metrics/tender/{tender.pk}/" in html
    assert "Kotihoidon tukipalvelut" in html


def test_the_dashboard_speaks_the_staff_members_language(client, django_user_model):
    client.force_login(controller(django_user_model, language="sv"))
    html = client.get("/admin/metrics/").content.decode()
    assert 'lang="sv"' in html
    with translation.override("sv"):
        assert str(SECTIONS["organisations"]) in html and _("Monthly series") in html
        assert str(Period.last_full_month().label) in html
    client.force_login(controller(django_user_model, language="fi", email="fi@example.fi"))
    html = client.get("/admin/metrics/").content.decode()
    with translation.override("fi"):
        assert 'lang="fi"' in html and str(Period.last_full_month().label) in html
        assert str(SECTIONS["organisations"]) in html and _("Monthly series") in html


def test_by_default_the_last_full_month_is_shown(client, django_user_model):
    client.force_login(controller(django_user_model))
    response = client.get("/admin/metrics/")
    assert response.context["period"] == Period.last_full_month()
    assert response.context["previous"] == Period.last_full_month().previous()


@pytest.mark.parametrize("query, period", [
    ("kind=quarter&year=2026&quarter=2",
     Period(datetime.date(2026, 4, 1), datetime.date(2026, 7, 1))),
    ("kind=year&year=2025", Period(datetime.date(2025, 1, 1), datetime.date(2026, 1, 1))),
    ("kind=custom&start=2026-02-10&end=2026-03-09",
     Period(datetime.date(2026, 2, 10), datetime.date(2026, 3, 10))),
])
def test_quarters_years_and_dates_from_to(client, django_user_model, query, period):
    client.force_login(controller(django_user_model))
    response = client.get(f"/admin/metrics/?{query}")
    assert response.context["period"] == period
    assert response.context["previous"].end == period.start
    assert [chart.months for chart in response.context["charts"]][0] == period.months()


@pytest.mark.parametrize("query, message", [
    ("kind=month&month=2026-13", "Enter a month as YYYY-MM."),
    ("kind=month", "Choose the month."),
    ("kind=quarter&year=2026", "Choose the quarter."),
    ("kind=custom&start=2026-03-10&end=2026-03-01",
     "The last day cannot be before the first day."),
    ("kind=year&year=2099", "The period has not started yet."),
    ("kind=custom&start=2010-01-01&end=2026-01-01", "Choose a period of at most five years."),
])
def test_a_period_that_cannot_be_gives_a_clear_message(client, django_user_model, query,
                                                       message):
    client.force_login(controller(django_user_model, language="en"))
    response = client.get(f"/admin/metrics/?{query}")
    assert response.status_code == 200
    assert message in response.content.decode()
    assert response.context["period"] == Period.last_full_month()


@pytest.mark.parametrize("size", [1, 3])
def test_the_dashboard_runs_a_fixed_number_of_queries(client, django_user_model,
                                                      django_assert_num_queries,
                                                      tender_and_event, size):
    grow(size, *tender_and_event)
    client.force_login(controller(django_user_model))
    url = month_url(this_month())
    client.get(url)  # sessions, the user and the admin's own caches
    with django_assert_num_queries(QUERIES):
        response = client.get(url)
    assert response.status_code == 200


def test_the_svg_has_no_script_and_draws_every_month(client, django_user_model):
    client.force_login(controller(django_user_model))
    html = client.get("/admin/metrics/?kind=year&year=2025").content.decode()
    svgs = re.findall(r"<svg[^>]*role=\"img\".*?</svg>", html, re.S)
    assert svgs and not any("<script" in svg for svg in svgs)
    assert "12/25" in svgs[0] and "1/25" in svgs[0]


@pytest.mark.parametrize("size", [1, 3])
def test_the_dashboard_of_a_finished_month_reads_its_kept_figures_in_fixed_queries(
        client, django_user_model, django_assert_num_queries, tender_and_event, size):
    last = Period.last_full_month()
    grow(size, *tender_and_event, when=datetime.datetime.combine(
        last.start.replace(day=10), datetime.time(12), tzinfo=HELSINKI))
    client.force_login(controller(django_user_model))
    client.get("/admin/metrics/")  # the months are computed and kept
    with django_assert_num_queries(KEPT_QUERIES):
        response = client.get("/admin/metrics/")
    assert response.context["period"] == last
    new = next(line for section in response.context["sections"] for line in section.lines
               if line.indicator.key == "organisations_new")
    assert new.figure == compute(last, live=True)["organisations_new"]
    assert new.figure.value >= size


# compute() of the month running (from the records), compute() of the month before (kept:
# one query), monthly_series() (the eleven kept months in one query, the month running from
# the records), funnel(), and the admin's own queries.
QUERIES = 44
# The last full month and the one before, the twelve months of the charts: all kept (one
# query each for the two compute() and the series), funnel(), and the admin's own queries.
KEPT_QUERIES = 12
