"""The monthly follow-up report: made for each finished month by the command (and task),
never recomputed unless asked, equal to the dashboard's figures for the month, viewable in the
admin and downloadable as XLSX and CSV in Finnish and Swedish."""

import csv
import datetime
import io

import pytest
from django.core.management import call_command
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from openpyxl import load_workbook

from portal.core.dates import HELSINKI
from portal.metrics.models import MonthlyReport
from portal.metrics.periods import Period
from portal.metrics.registry import INDICATORS, INDICATORS_BY_KEY, SECTIONS, compute
from portal.metrics.reports import generate_report
from portal.metrics.tasks import generate_monthly_reports
from suppliers.interests.models import TenderInterest
from tests.tenders.helpers import make_tender

from ..conftest import make_org
from .helpers import controller

pytestmark = pytest.mark.django_db


def in_month(period, day=15):
    return datetime.datetime.combine(period.start.replace(day=day), datetime.time(12),
                                     tzinfo=HELSINKI)


@pytest.fixture
def last_month(db):
    """Last month: three organisations (one an association), two interests in a tender."""
    period = Period.last_full_month()
    tender = make_tender(title="Asumispalvelut")
    organisations = [make_org(in_month(period)), make_org(in_month(period)),
                     make_org(in_month(period), kind="association")]
    for organisation in organisations[:2]:
        interest = TenderInterest.objects.create(
            tender_key=tender.translation_key, organisation=organisation, mode="alone",
            language="fi")
        TenderInterest.objects.filter(pk=interest.pk).update(created_at=in_month(period))
    return period


def month_path(period):
    return f"/admin/metrics/reports/{period.start:%Y-%m}/"


def test_the_command_reports_each_finished_month_once(last_month):
    out = io.StringIO()
    call_command("generate_monthly_reports", stdout=out)
    assert f"Reported {last_month.start:%Y-%m}." in out.getvalue()
    report = MonthlyReport.objects.get(month=last_month.start)
    # Nothing for the month still running, nothing before the first organisation.
    assert not MonthlyReport.objects.filter(month__gt=last_month.start).exists()
    assert MonthlyReport.objects.filter(month__lt=last_month.start).count() == \
        MonthlyReport.objects.count() - 1
    made_at = report.generated_at
    call_command("generate_monthly_reports", stdout=io.StringIO())
    assert MonthlyReport.objects.get(month=last_month.start).generated_at == made_at
    assert generate_monthly_reports.enqueue().return_value == []


def test_a_stored_report_does_not_change_when_records_change(last_month):
    report, made = generate_report(last_month)
    assert made and report.figures["organisations_new"]["value"] >= 3
    before = report.figures
    make_org(in_month(last_month, day=20))  # a late entry, dated into the reported month
    call_command("generate_monthly_reports", stdout=io.StringIO())
    report.refresh_from_db()
    assert report.figures == before
    assert compute(last_month)["organisations_new"].value == \
        before["organisations_new"]["value"] + 1
    call_command("generate_monthly_reports", "--regenerate", f"{last_month.start:%Y-%m}",
                 stdout=io.StringIO())
    report.refresh_from_db()
    assert report.figures["organisations_new"]["value"] == before["organisations_new"]["value"] + 1


def test_only_finished_months_are_reported(db):
    with pytest.raises(ValueError):
        generate_report(Period.for_month(timezone.now()))
    with pytest.raises(Exception, match="YYYY-MM"):
        call_command("generate_monthly_reports", "--regenerate", "2026-13",
                     stdout=io.StringIO())


def test_the_report_has_the_dashboards_figures_for_the_month(client, django_user_model,
                                                             last_month):
    report, _made = generate_report(last_month)
    client.force_login(controller(django_user_model))
    dashboard = client.get(f"/admin/metrics/?kind=month&month={last_month.start:%Y-%m}")
    page = client.get(month_path(last_month))
    assert page.status_code == 200
    on_dashboard = {line.indicator.key: (line.figure.value, line.value)
                    for section in dashboard.context["sections"] for line in section.lines}
    in_report = {line.indicator.key: (line.figure.value, line.value)
                 for section in page.context["sections"] for line in section.lines}
    assert in_report == on_dashboard
    assert set(in_report) == {indicator.key for indicator in INDICATORS}
    html = page.content.decode()
    assert "Asumispalvelut" in html  # the interest per tender breakdown


def test_the_xlsx_has_a_summary_and_a_sheet_per_section_in_either_language(
        client, django_user_model, last_month):
    report, _made = generate_report(last_month)
    client.force_login(controller(django_user_model))
    response = client.get(f"{month_path(last_month)}xlsx/?lang=sv")
    assert response["Content-Type"].startswith("application/vnd.openxmlformats")
    assert f"{last_month.start:%Y-%m}-sv.xlsx" in response["Content-Disposition"]
    workbook = load_workbook(io.BytesIO(response.content))
    with translation.override("sv"):
        assert workbook.sheetnames[0] == _("Summary") == "Sammanfattning"
        assert workbook.sheetnames[1:] == [str(label)[:31] for label in SECTIONS.values()]
        summary = list(workbook.worksheets[0].iter_rows(values_only=True))
        assert summary[0] == (_("Section"), _("Indicator"), _("Value"), _("Unit"))
        new = str(INDICATORS_BY_KEY["organisations_new"].label)
    totals = {row[1]: row[2] for row in summary[1:]}
    assert totals[new] == report.figures["organisations_new"]["value"] >= 3
    assert len(summary) == len(INDICATORS) + 1
    interest = workbook.worksheets[list(SECTIONS).index("interest") + 1]
    assert any(row[2] == "Asumispalvelut [fi]" and row[3] == 2
               for row in interest.iter_rows(values_only=True))
    assert all(cell.data_type != "f" for sheet in workbook.worksheets
               for row in sheet.iter_rows() for cell in row)
    finnish = load_workbook(io.BytesIO(client.get(f"{month_path(last_month)}xlsx/?lang=fi")
                                       .content))
    with translation.override("fi"):
        assert finnish.sheetnames[0] == _("Summary") != "Sammanfattning"


def test_the_csv_defaults_to_the_staff_members_language(client, django_user_model,
                                                        last_month):
    generate_report(last_month)
    client.force_login(controller(django_user_model, language="sv"))
    response = client.get(f"{month_path(last_month)}csv/")
    assert f"{last_month.start:%Y-%m}-sv.csv" in response["Content-Disposition"]
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    with translation.override("sv"):
        assert rows[0] == [_("Section"), _("Indicator"), _("Breakdown"), _("Item"), _("Value")]
        new = str(INDICATORS_BY_KEY["organisations_new"].label)
        assert any(row[1] == new and row[2] == _("Total") for row in rows)
    rows = list(csv.reader(io.StringIO(client.get(f"{month_path(last_month)}csv/?lang=fi")
                                       .content.decode("utf-8-sig"))))
    with translation.override("fi"):
        assert rows[0][:2] == [_("Section"), _("Indicator")]


def test_the_report_list_and_page_in_finnish_and_swedish(client, django_user_model,
                                                         last_month):
    generate_report(last_month)
    for language in ("fi", "sv"):
        client.force_login(controller(django_user_model, language=language,
                                      email=f"{language}@example.fi"))
        html = client.get("/admin/metrics/reports/").content.decode()
        with translation.override(language):
            assert f'lang="{language}"' in html and month_path(last_month) in html
            assert _("Monthly follow-up reports") in html
            assert str(last_month.label).capitalize() in html
        assert client.get(month_path(last_month)).status_code == 200
    assert client.get("/admin/metrics/reports/1999-01/").status_code == 404
    assert client.get("/admin/metrics/reports/nonsense/").status_code == 404
