"""A tender's interests as CSV and XLSX files, cells safe from spreadsheet formulas."""

import csv
import io

from django.http import HttpResponse
from django.utils.functional import Promise
from django.utils.text import slugify
from django.utils.translation import gettext as _
from openpyxl import Workbook

from portal.tenders.export import _cell

from .report import export_rows, summary_rows

XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def _filename(report, extension):
    return f"{slugify(report.tender.reference) or report.tender.pk}-interests.{extension}"


def _value(value):
    """A formula-safe cell; lazy translations as text."""
    return _cell(str(value) if isinstance(value, Promise) else value)


def csv_response(report):
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{_filename(report, "csv")}"'
    # A byte-order mark so that spreadsheet programs read the file as UTF-8 (ä, ö, å).
    response.write("\ufeff")
    writer = csv.writer(response)
    header, rows = export_rows(report)
    writer.writerow(header)
    for row in rows:
        writer.writerow([_value(value) for value in row])
    return response


def _sheet(sheet, header, rows):
    sheet.append([str(title) for title in header])
    for row in rows:
        sheet.append([_value(value) for value in row])
        for cell in sheet[sheet.max_row]:
            if isinstance(cell.value, str):
                # Stored as text: never a formula, whatever the supplier typed.
                cell.data_type = "s"
    sheet.freeze_panes = "A2"


def xlsx_response(report):
    workbook = Workbook()
    interests = workbook.active
    interests.title = _("Interests")[:31]
    _sheet(interests, *export_rows(report))
    _sheet(workbook.create_sheet(_("Summary")[:31]), *summary_rows(report))
    content = io.BytesIO()
    workbook.save(content)
    response = HttpResponse(content.getvalue(), content_type=XLSX_TYPE)
    response["Content-Disposition"] = f'attachment; filename="{_filename(report, "xlsx")}"'
    return response
