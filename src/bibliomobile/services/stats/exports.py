"""The report as CSV (for French Excel) and as an XLSX workbook.

CSV: UTF-8 with a byte-order mark, ``;`` between cells, decimal comma (what Excel in
French expects, as the home-delivery CSV). XLSX (openpyxl): one sheet per table, and a
"Définitions" sheet saying what each figure counts.
"""

from __future__ import annotations

import csv
import io

from openpyxl import Workbook
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter

from bibliomobile.services.stats.common import Cell, Table, stats_text
from bibliomobile.services.stats.report import Report


def _csv_cell(value: Cell) -> str | int:
    if isinstance(value, float):
        return f"{value:.2f}".rstrip("0").rstrip(",.").replace(".", ",") or "0"
    return value


def table_csv(table: Table) -> bytes:
    """One table as CSV: its header, its rows, its total line."""
    return _csv([table], titles=False)


def report_csv(report: Report) -> bytes:
    """Every table of the report in one CSV, each under its title line."""
    return _csv(report.tables(), titles=True, head=report.title)


def _csv(tables: list[Table], *, titles: bool, head: str | None = None) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    if head:
        writer.writerow((head,))
        writer.writerow(())
    for table in tables:
        if titles:
            writer.writerow((table.title,))
        writer.writerow(table.headers)
        for row in table.rows:
            writer.writerow([_csv_cell(v) for v in row])
        if table.total:
            writer.writerow([_csv_cell(v) for v in table.total])
        if titles:
            writer.writerow(())
    return buffer.getvalue().encode("utf-8-sig")


def sheet_name(table: Table) -> str:
    """The sheet of a table: its key (Excel allows 31 characters, no ``/``)."""
    return table.key[:31]


def report_xlsx(report: Report) -> bytes:
    """The workbook: one sheet per table (title, header, rows, total), then definitions."""
    book = Workbook()
    bold = Font(bold=True)
    first = book.active
    if first is not None:
        book.remove(first)
    for table in report.tables():
        sheet = book.create_sheet(sheet_name(table))
        sheet.append([table.title])
        sheet["A1"].font = Font(bold=True, size=13)
        sheet.append(list(table.headers))
        for cell in sheet[2]:
            cell.font = bold
        for row in table.rows:
            sheet.append(list(row))
        if table.total:
            sheet.append(list(table.total))
            for cell in sheet[sheet.max_row]:
                cell.font = bold
        for column, header in enumerate(table.headers, start=1):
            width = max([len(str(header))] + [len(str(r[column - 1])) for r in table.rows[:200]])
            sheet.column_dimensions[get_column_letter(column)].width = min(50, max(10, width + 2))
        sheet.freeze_panes = "B3"
    definitions = book.create_sheet(stats_text("Définitions"))
    definitions.append([report.title])
    definitions["A1"].font = Font(bold=True, size=13)
    definitions.append(
        [stats_text("Périmètre : {scope}").format(scope=stats_text(report.scope.label))]
    )
    definitions.append(
        [stats_text("Feuille"), stats_text("Tableau"), stats_text("Ce qui est compté")]
    )
    for cell in definitions[3]:
        cell.font = bold
    for table in report.tables():
        definitions.append([sheet_name(table), table.title, table.definition])
    definitions.column_dimensions["A"].width = 26
    definitions.column_dimensions["B"].width = 50
    definitions.column_dimensions["C"].width = 120
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()
