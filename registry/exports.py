"""Spreadsheet safety for exports: one CSV format and one formula guard for every download.

CSV is written the way a Russian spreadsheet opens it without an import dialog: UTF-8 with a
byte order mark (so Cyrillic is read as such), «;» between fields (the list separator of the
Russian locale) and every field in quotes. A spreadsheet that ignores the quotes still splits
a cell at «;», «,», tabs or line breaks, so every piece between them is guarded, not only the
start of the cell: a piece a spreadsheet would run as a formula gets an apostrophe in front.
"""

import csv
import io
import re
from collections.abc import Iterable, Iterator

CSV_DELIMITER = ";"
BOM = "\ufeff"
# What a cell that runs as a formula can start with (OWASP "CSV injection"); a tab or a line
# break can be where a spreadsheet splits the cell, so the piece after it is checked too.
FORMULA_PIECE = re.compile(r"(^|[;,\t\r\n])([ \t\r\n]*)([=+\-@])")


def neutralise_formula(value):
    """Text with an apostrophe before every piece a spreadsheet could run as a formula."""
    if isinstance(value, str):
        return FORMULA_PIECE.sub(r"\1\2'\3", value)
    return value


def _csv_writer(buffer):
    return csv.writer(buffer, delimiter=CSV_DELIMITER, quoting=csv.QUOTE_ALL, lineterminator="\r\n")


def csv_lines(rows: Iterable[Iterable]) -> Iterator[bytes]:
    """CSV as encoded lines (the first one starts with the BOM), for streaming responses."""
    buffer = io.StringIO()
    writer = _csv_writer(buffer)
    buffer.write(BOM)
    for row in rows:
        writer.writerow(["" if v is None else neutralise_formula(v) for v in row])
        yield buffer.getvalue().encode("utf-8")
        buffer.seek(0)
        buffer.truncate()


def csv_bytes(rows: Iterable[Iterable]) -> bytes:
    """The whole CSV file: UTF-8 with BOM, «;»-separated, every field quoted and guarded."""
    return b"".join(csv_lines(rows))
