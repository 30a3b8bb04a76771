"""What every CSV we export must look like when a Russian spreadsheet opens it."""

import csv
import io
import re

FORMULA_START = ("=", "+", "-", "@")


def russian_csv_rows(raw: bytes) -> list[list[str]]:
    """The rows of a CSV in UTF-8 with a BOM, «;»-separated, every field quoted; else fail."""
    assert raw.startswith(b"\xef\xbb\xbf"), "no byte order mark"
    text = raw.decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(text), delimiter=";"))
    again = io.StringIO()
    csv.writer(again, delimiter=";", quoting=csv.QUOTE_ALL, lineterminator="\r\n").writerows(rows)
    assert again.getvalue() == text, "not every field is quoted and separated by «;»"
    return rows


def runnable_pieces(rows: list[list[str]]) -> list[str]:
    """Pieces of cells, split wherever a spreadsheet may split, that would run as formulas."""
    pieces = (piece for row in rows for cell in row for piece in re.split(r"[;,\t\r\n]", cell))
    return [piece for piece in pieces if piece.lstrip(" ").startswith(FORMULA_START)]
