"""Reading uploaded spreadsheets (XLSX, CSV in UTF-8 with or without BOM, or cp1251).

Rows are read one at a time and counted as they come: a file longer than
REGISTRY_IMPORT_MAX_ROWS is refused as soon as the reader passes the limit, without reading
the rest. An XLSX file is a ZIP archive, so its unpacked size is checked before it is opened.
"""

import csv
import io
import re
import zipfile
from collections.abc import Iterable
from xml.etree.ElementTree import ParseError

from django.conf import settings
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from openpyxl import Workbook, load_workbook
from openpyxl.styles import Font
from openpyxl.utils.exceptions import InvalidFileException

from registry.exports import csv_bytes, neutralise_formula

# Our templates have at most 17 columns; cells further right are ignored.
MAX_COLUMNS = 100
# A workbook of the largest allowed size unpacks to a few megabytes; an archive that unpacks
# to much more is padding or a zip bomb.
MAX_UNPACKED_BYTES = 64 * 1024 * 1024
# A row of a worksheet, with or without a namespace prefix (<row r="1">, <x:row>).
ROW_TAG = re.compile(rb"<(?:\w{1,10}:)?row[\s/>]")


class SpreadsheetError(ValueError):
    """The file as a whole cannot be read; the message is for the user."""


def _too_many_rows() -> SpreadsheetError:
    limit = settings.REGISTRY_IMPORT_MAX_ROWS
    return SpreadsheetError(
        ngettext(
            "The file has more than %(max)d row. Split it into files of at most %(max)d rows.",
            "The file has more than %(max)d rows. Split it into files of at most %(max)d rows.",
            limit,
        )
        % {"max": limit}
    )


def _unreadable_xlsx() -> SpreadsheetError:
    return SpreadsheetError(
        _("The file is not a readable XLSX workbook. Open it in a spreadsheet and save again.")
    )


def _limited(rows: Iterable[list[str]]) -> list[list[str]]:
    """The non-blank rows, stopping as soon as there are more than the limit allows.

    Blank rows are skipped but counted too (up to twice the limit), so a file of a million
    empty rows is not read to the end either.
    """
    most = settings.REGISTRY_IMPORT_MAX_ROWS + 1  # the header row
    kept, read = [], 0
    for row in rows:
        read += 1
        if any(row):
            kept.append(row)
        if len(kept) > most or read > _most_rows_read():
            raise _too_many_rows()
    return kept


def _most_rows_read() -> int:
    """Rows read, blank ones included, before a file is refused: twice the limit."""
    return 2 * (settings.REGISTRY_IMPORT_MAX_ROWS + 1)


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
    reader = csv.reader(io.StringIO(text), dialect)
    try:
        return _limited([cell.strip() for cell in row[:MAX_COLUMNS]] for row in reader)
    except csv.Error:
        raise SpreadsheetError(
            _("The CSV file cannot be read. Open it in a spreadsheet and save it as CSV again.")
        ) from None


def _cell_text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if hasattr(value, "strftime"):
        return value.strftime("%d.%m.%Y")
    return str(value).strip()


def _check_archive(content: bytes) -> None:
    """Refuse a zip bomb, and a workbook with too many rows before openpyxl reads it.

    openpyxl reads a whole worksheet when opening it if the sheet does not state its size
    (as files written by openpyxl itself do not), so rows are counted here first: row tags in
    the unpacked XML, stopping as soon as there are more than the limit allows.
    """
    try:
        archive = zipfile.ZipFile(io.BytesIO(content))
    except zipfile.BadZipFile:
        raise _unreadable_xlsx() from None
    # Reading never yields more than the sizes the archive declares (zipfile stops there).
    if sum(member.file_size for member in archive.infolist()) > MAX_UNPACKED_BYTES:
        raise SpreadsheetError(
            _(
                "The workbook is too large once unpacked. Copy only the rows to import into a "
                "new workbook and upload that."
            )
        )
    most = _most_rows_read()
    rows = 0
    for member in archive.infolist():
        if member.filename.startswith("xl/worksheets/") and member.filename.endswith(".xml"):
            rows += _row_tags(archive, member, most=most - rows)
            if rows > most:
                raise _too_many_rows()


def _row_tags(archive: zipfile.ZipFile, member: zipfile.ZipInfo, *, most: int) -> int:
    """How many <row> tags the member has, counting no further than one over `most`."""
    found, tail = 0, b""
    try:
        with archive.open(member) as stream:
            while found <= most and (chunk := stream.read(1 << 20)):
                data = tail + chunk
                # A tag cut by the chunk's end is counted with the next chunk.
                found += sum(1 for m in ROW_TAG.finditer(data) if m.start() < len(data) - 16)
                tail = data[-16:]
    except (zipfile.BadZipFile, OSError, EOFError):
        raise _unreadable_xlsx() from None
    return found + len(ROW_TAG.findall(tail))


def _xlsx_rows(content: bytes) -> list[list[str]]:
    _check_archive(content)
    try:
        workbook = load_workbook(io.BytesIO(content), read_only=True, data_only=True)
    except (zipfile.BadZipFile, InvalidFileException, KeyError, OSError, ValueError):
        raise _unreadable_xlsx() from None
    try:
        values = workbook.worksheets[0].iter_rows(max_col=MAX_COLUMNS, values_only=True)
        return _limited([_cell_text(value) for value in row] for row in values)
    except SpreadsheetError:
        raise
    except (ParseError, KeyError, OSError, ValueError, zipfile.BadZipFile):
        raise _unreadable_xlsx() from None
    finally:
        workbook.close()


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
    headers = [header.strip() for header in rows[0]]
    return [
        {header: (row[i].strip() if i < len(row) else "") for i, header in enumerate(headers)}
        for row in rows[1:]
    ]


def spreadsheet_write(*, headers: list[str], rows: list[list], file_format: str) -> bytes:
    """An XLSX or CSV file (registry.exports' CSV format) with formulas neutralised."""
    if file_format == "csv":
        return csv_bytes([headers, *rows])
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(headers)
    for row in rows:
        sheet.append([neutralise_formula(value) for value in row])
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for row in sheet.iter_rows():
        for cell in row:
            if cell.data_type == "f":
                cell.data_type = "s"
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()
