"""A tender's interests as CSV and XLSX files, cells safe from spreadsheet formulas, in the
language asked for (?lang=) or the staff member's: column titles, choices and the lots'
titles in it, a lot without a title in it marked with the language of the one shown."""

from django.utils import translation
from django.utils.text import slugify
from django.utils.translation import gettext as _

from portal.core import exports

from .report import export_rows, summary_rows


def _filename(report, language, extension):
    return f"{slugify(report.tender.reference) or report.tender.pk}-interests-{language}." \
           f"{extension}"


def csv_response(report, language):
    with translation.override(language):
        return exports.csv_response(_filename(report, language, "csv"), *export_rows(report))


def xlsx_response(report, language):
    with translation.override(language):
        return exports.xlsx_response(_filename(report, language, "xlsx"), [
            exports.Sheet(_("Interests"), *export_rows(report)),
            exports.Sheet(_("Summary"), *summary_rows(report, language)),
        ])
