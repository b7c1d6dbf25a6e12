"""The monthly follow-up reports in the Wagtail admin: the list of reported months, one
report in the staff member's language, and its XLSX and CSV files in Finnish or Swedish."""

from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _

from portal.core import exports

from ..models import MonthlyReport
from ..presentation import report_csv_rows, report_filename, report_sheets, sections
from ..reports import parse_month
from .access import metrics_view

REPORT_LANGUAGES = ("fi", "sv")


def _language(request):
    """The file's language: ?lang=fi|sv, else the staff member's (the admin's) language when
    it is Finnish or Swedish, else the site's default."""
    return exports.export_language(request, REPORT_LANGUAGES)


def _languages():
    """The report's languages named in the admin's language ("suomi", "finska")."""
    return [(code, translation.get_language_info(code)["name_translated"])
            for code in REPORT_LANGUAGES]


def _report(month):
    try:
        period = parse_month(month)
    except ValueError:
        period = None
    return get_object_or_404(MonthlyReport, month=period.start if period else None)


def _crumbs(*items):
    return [{"url": reverse("metrics_dashboard"), "label": _("Metrics")},
            *[{"url": url, "label": label} for url, label in items]]


@metrics_view
def report_list(request):
    title = _("Monthly follow-up reports")
    return TemplateResponse(request, "metrics/admin/report_list.html", {
        "page_title": title, "header_title": title, "header_icon": "doc-full",
        "breadcrumbs_items": _crumbs(("", title)),
        "reports": MonthlyReport.objects.only("month", "generated_at"),
        "languages": _languages(),
    })


@metrics_view
def report_detail(request, month):
    report = _report(month)
    title = _("Monthly follow-up report")
    return TemplateResponse(request, "metrics/admin/report_detail.html", {
        "page_title": f"{title}: {report.period.label}",
        "header_title": f"{title}: {report.period.label}", "header_icon": "doc-full",
        "breadcrumbs_items": _crumbs((reverse("metrics_reports"), _("Monthly follow-up reports")),
                                     ("", report.period.label)),
        "report": report, "period": report.period,
        "sections": sections(report.figure_objects()),
        "languages": _languages(),
    })


@metrics_view
def report_xlsx(request, month):
    report = _report(month)
    language = _language(request)
    with translation.override(language):  # the labels stored as keys, in the file's language
        sheets = report_sheets(report.figure_objects(), language)
    return exports.xlsx_response(report_filename(report.period, language, "xlsx"), sheets)


@metrics_view
def report_csv(request, month):
    report = _report(month)
    language = _language(request)
    with translation.override(language):
        rows = report_csv_rows(report.figure_objects(), language)
    return exports.csv_response(report_filename(report.period, language, "csv"), *rows)
