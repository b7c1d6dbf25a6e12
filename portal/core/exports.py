"""Spreadsheet downloads for staff: CSV and XLSX responses whose cells a spreadsheet program
will never run as formulas (CSV/formula injection), shared by every export in the portal,
and the one rule for names and titles in an export's language (`in_language`)."""

import csv
import io
from dataclasses import dataclass, field

from django.conf import settings
from django.http import HttpResponse
from django.utils import translation
from django.utils.functional import Promise
from django.utils.http import content_disposition_header
from openpyxl import Workbook
from openpyxl.utils import get_column_letter

__all__ = ["CSV_TYPE", "XLSX_TYPE", "Sheet", "csv_response", "export_language",
           "in_language", "marked", "safe_cell", "xlsx_bytes", "xlsx_response"]

CSV_TYPE = "text/csv; charset=utf-8"
XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
# A text starting with one of these is taken for a formula by Excel, LibreOffice or Sheets.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
# Characters Excel refuses in a sheet's name, and its length limit.
SHEET_NAME_FORBIDDEN = str.maketrans(dict.fromkeys("[]:*?/\\", " "))
SHEET_NAME_MAX = 31
COLUMN_WIDTH_MAX = 60


def safe_cell(value):
    """A cell value as a spreadsheet should see it: lazy translations as text, and a text that
    would start a formula prefixed with an apostrophe, which shows it as typed. Numbers, dates
    and None pass unchanged (a negative number is a number, not a formula)."""
    if isinstance(value, Promise):
        value = str(value)
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def export_language(request, languages=None):
    """The language a staff export is written in: ?lang= when it names one of `languages`
    (by default the site's), else the active one (the admin's, or the public page's URL
    prefix) when it is one of them, else the site's default."""
    codes = list(languages or (code for code, _name in settings.LANGUAGES))
    asked = request.GET.get("lang")
    if asked in codes:
        return asked
    current = (translation.get_language() or settings.LANGUAGE_CODE).split("-")[0]
    return current if current in codes else settings.LANGUAGE_CODE


def marked(name, language):
    """A name shown in an export of another language, marked with its own: "Vöyri [fi]"."""
    return f"{name} [{language}]"


def in_language(names, language):
    """The name or title of one thing in an export written in `language`, from its names by
    language ({"fi": "Vöyri", "sv": "Vörå"}). Every export follows this rule: the name in the
    export's language; where it has none, the one in the site's default language, else in
    any language, marked with that language ("Vöyri [fi]"); "" when there is none."""
    names = {code: name for code, name in names.items() if name}
    if language in names:
        return names[language]
    for code in (settings.LANGUAGE_CODE, *sorted(names)):
        if code in names:
            return marked(names[code], code)
    return ""


def _attachment(response, filename):
    response["Content-Disposition"] = content_disposition_header(True, filename)
    return response


def csv_response(filename, header, rows):
    """A CSV download: a header row (None for none) and the rows, every cell formula-safe."""
    response = HttpResponse(content_type=CSV_TYPE)
    # A byte-order mark so that spreadsheet programs read the file as UTF-8 (ä, ö, å).
    response.write("\ufeff")
    writer = csv.writer(response)
    if header is not None:
        writer.writerow([safe_cell(title) for title in header])
    for row in rows:
        writer.writerow([safe_cell(value) for value in row])
    return _attachment(response, filename)


@dataclass
class Sheet:
    """One worksheet: its name, a header row (frozen at the top; None for none) and rows."""

    title: str
    header: list | None
    rows: list = field(default_factory=list)


def _sheet_title(title, taken):
    name = str(title).translate(SHEET_NAME_FORBIDDEN).strip()[:SHEET_NAME_MAX] or "Sheet"
    candidate, number = name, 2
    while candidate.lower() in taken:  # Excel's names are unique without regard to case
        suffix = f" ({number})"
        candidate, number = name[:SHEET_NAME_MAX - len(suffix)] + suffix, number + 1
    taken.add(candidate.lower())
    return candidate


def _append(worksheet, values, widths):
    worksheet.append([safe_cell(value) for value in values])
    for index, cell in enumerate(worksheet[worksheet.max_row]):
        if isinstance(cell.value, str):
            # Stored as text: never a formula, whatever a supplier typed.
            cell.data_type = "s"
        widths[index] = max(widths.get(index, 0), len(str(cell.value or "")))


def xlsx_bytes(sheets):
    """The workbook of `sheets` (a list of Sheet) as bytes."""
    workbook = Workbook()
    workbook.remove(workbook.active)
    taken = set()
    for sheet in sheets:
        worksheet = workbook.create_sheet(_sheet_title(sheet.title, taken))
        widths = {}
        if sheet.header is not None:
            _append(worksheet, sheet.header, widths)
            worksheet.freeze_panes = "A2"
        for row in sheet.rows:
            _append(worksheet, row, widths)
        for index, width in widths.items():
            worksheet.column_dimensions[get_column_letter(index + 1)].width = \
                min(max(width, 8) + 2, COLUMN_WIDTH_MAX)
    if not workbook.worksheets:
        workbook.create_sheet("Sheet")
    content = io.BytesIO()
    workbook.save(content)
    return content.getvalue()


def xlsx_response(filename, sheets):
    """An XLSX download of `sheets` (a list of Sheet), every cell formula-safe."""
    return _attachment(HttpResponse(xlsx_bytes(sheets), content_type=XLSX_TYPE), filename)
