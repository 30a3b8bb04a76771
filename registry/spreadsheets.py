"""Reading uploaded spreadsheets (XLSX, CSV in UTF-8 with or without BOM, or cp1251)."""

import csv
import io
import zipfile

from django.utils.translation import gettext as _
from openpyxl import Workbook, load_workbook
from openpyxl.styles import Font
from openpyxl.utils.exceptions import InvalidFileException

from registry.exports import neutralise_formula

MAX_ROWS = 5000


class SpreadsheetError(ValueError):
    """The file as a whole cannot be read; the message is for the user."""


def _decode_csv(content: bytes) -> str:
    if b"\x00" in content:
        raise SpreadsheetError(
            _("The CSV file has an unsupported encoding. Save it as CSV in UTF-8 or Windows-1251.")
        )
    try:
        return content.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    try:
        return content.decode("cp1251")
    except UnicodeDecodeError:
        raise SpreadsheetError(
            _("The CSV file has an unsupported encoding. Save it as CSV in UTF-8 or Windows-1251.")
        ) from None


def _csv_rows(content: bytes) -> list[list[str]]:
    text = _decode_csv(content)
    try:
        dialect = csv.Sniffer().sniff(text.split("\n", 1)[0], delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    return [row for row in csv.reader(io.StringIO(text), dialect) if any(c.strip() for c in row)]


def _cell_text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if hasattr(value, "strftime"):
        return value.strftime("%d.%m.%Y")
    return str(value).strip()


def _xlsx_rows(content: bytes) -> list[list[str]]:
    try:
        workbook = load_workbook(io.BytesIO(content), read_only=True, data_only=True)
    except (zipfile.BadZipFile, InvalidFileException, KeyError, OSError, ValueError):
        raise SpreadsheetError(
            _("The file is not a readable XLSX workbook. Open it in a spreadsheet and save again.")
        ) from None
    rows = []
    for values in workbook.worksheets[0].iter_rows(values_only=True):
        row = [_cell_text(value) for value in values]
        if any(row):
            rows.append(row)
    workbook.close()
    return rows


def spreadsheet_read(*, content: bytes, filename: str) -> list[dict[str, str]]:
    """Rows as {header: text}; raises SpreadsheetError with a message for the user."""
    extension = filename.lower().rsplit(".", 1)[-1] if "." in filename else ""
    if extension == "xlsx":
        rows = _xlsx_rows(content)
    elif extension == "csv":
        rows = _csv_rows(content)
    else:
        raise SpreadsheetError(_("Upload an XLSX or CSV file."))
    if not rows:
        raise SpreadsheetError(_("The file is empty."))
    if len(rows) > MAX_ROWS + 1:
        raise SpreadsheetError(_("The file has more than %(max)d rows.") % {"max": MAX_ROWS})
    headers = [header.strip() for header in rows[0]]
    return [
        {header: (row[i].strip() if i < len(row) else "") for i, header in enumerate(headers)}
        for row in rows[1:]
    ]


def spreadsheet_write(*, headers: list[str], rows: list[list], file_format: str) -> bytes:
    """An XLSX or CSV file (UTF-8 with BOM, so Excel reads Cyrillic) with formulas neutralised."""
    safe_rows = [[neutralise_formula(value) for value in row] for row in rows]
    if file_format == "csv":
        buffer = io.StringIO()
        writer = csv.writer(buffer)
        writer.writerow(headers)
        writer.writerows(safe_rows)
        return buffer.getvalue().encode("utf-8-sig")
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(headers)
    for row in safe_rows:
        sheet.append(row)
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for row in sheet.iter_rows():
        for cell in row:
            if cell.data_type == "f":
                cell.data_type = "s"
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()
