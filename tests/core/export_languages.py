"""Checks shared by the tests of every export in Swedish or Finnish: the cells of a CSV or
XLSX file, and that no name of the other language slips in unmarked."""

import csv
import io

from openpyxl import load_workbook


def csv_cells(response):
    """The rows of a CSV download, as lists of strings."""
    return list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))


def xlsx_cells(response):
    """{sheet name: rows} of an XLSX download, every cell as text ("" for empty)."""
    workbook = load_workbook(io.BytesIO(response.content))
    return {sheet.title: [["" if value is None else str(value) for value in row]
                          for row in sheet.iter_rows(values_only=True)]
            for sheet in workbook.worksheets}


def all_text(rows):
    return "\n".join("\t".join(str(cell) for cell in row) for row in rows)


def assert_no_unmarked(rows, names, language):
    """Fails when one of `names` (names that exist only in `language`, or names of
    `language` that have a translation) shows in a cell other than marked "name [xx]"."""
    text = all_text(rows)
    for name in names:
        assert name not in text.replace(f"{name} [{language}]", ""), \
            f"{name!r} appears in the file without its language mark"
