"""A tender's interests as CSV and XLSX files, cells safe from spreadsheet formulas."""

from django.utils.text import slugify
from django.utils.translation import gettext as _

from portal.core import exports

from .report import export_rows, summary_rows


def _filename(report, extension):
    return f"{slugify(report.tender.reference) or report.tender.pk}-interests.{extension}"


def csv_response(report):
    return exports.csv_response(_filename(report, "csv"), *export_rows(report))


def xlsx_response(report):
    return exports.xlsx_response(_filename(report, "xlsx"), [
        exports.Sheet(_("Interests"), *export_rows(report)),
        exports.Sheet(_("Summary"), *summary_rows(report)),
    ])
