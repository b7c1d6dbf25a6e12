"""The shared CSV/XLSX writers: formula-safe cells, lazy labels, sheet names Excel accepts."""

import csv
import io
from decimal import Decimal

from django.utils.translation import gettext_lazy
from openpyxl import load_workbook

from portal.core.exports import Sheet, csv_response, safe_cell, xlsx_response

NASTY = ["=1+1", "+358 40", "-2+3", "@SUM(A1)", "\t=x", "plain"]


def test_text_that_would_start_a_formula_is_shown_as_typed():
    assert [safe_cell(value) for value in NASTY] == \
        ["'=1+1", "'+358 40", "'-2+3", "'@SUM(A1)", "'\t=x", "plain"]
    assert safe_cell(-3) == -3 and safe_cell(Decimal("-1.5")) == Decimal("-1.5")
    assert safe_cell(None) is None and safe_cell(gettext_lazy("Yes")) == "Kyllä"


def test_csv_has_a_byte_order_mark_and_safe_cells():
    response = csv_response("ä report.csv", ["=Name", gettext_lazy("Yes")], [NASTY[:2], [1, 2]])
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Content-Disposition"].startswith("attachment;")
    assert response.content.startswith("\ufeff".encode())
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert rows == [["'=Name", "Kyllä"], ["'=1+1", "'+358 40"], ["1", "2"]]


def test_xlsx_has_the_sheets_in_order_without_formulas():
    response = xlsx_response("report.xlsx", [
        Sheet("Summary: [all]", ["Key", "Value"], [["=cmd|' /C calc'!A0", 3], ["b", -4]]),
        Sheet("summary: [all]", None, [[Decimal("12.5")]]),
        Sheet("x" * 40, ["only header"]),
    ])
    workbook = load_workbook(io.BytesIO(response.content))
    assert workbook.sheetnames == ["Summary   all", "summary   all (2)", "x" * 31]
    first = workbook.worksheets[0]
    assert list(first.iter_rows(values_only=True)) == \
        [("Key", "Value"), ("'=cmd|' /C calc'!A0", 3), ("b", -4)]
    assert all(cell.data_type != "f" for row in first.iter_rows() for cell in row)
    assert first.freeze_panes == "A2"
    assert workbook.worksheets[1]["A1"].value == 12.5
