"""Imports stop reading at the row limit, refuse zip bombs, and save nothing when they refuse."""

import io
import re
import zipfile

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from openpyxl import Workbook

from registry.importers import COMMUNITIES
from registry.models import Community

pytestmark = pytest.mark.django_db

TOO_MANY_ROWS = "В файле больше 5000 строк. Разделите его на файлы не больше чем по 5000 строк."
NOTHING_IMPORTED = "Ничего не импортировано: в файле есть ошибки."


def xlsx_of_rows(count: int) -> bytes:
    """A real workbook (openpyxl's streaming writer): a header and `count` valid rows."""
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet()
    sheet.append(["Название", "ОКТМО"])
    for number in range(count):
        sheet.append([f"Клуб {number}", "80601000"])
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def with_sheet(workbook: bytes, edit) -> bytes:
    """The workbook with its first sheet's XML changed by `edit`."""
    source, target = zipfile.ZipFile(io.BytesIO(workbook)), io.BytesIO()
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as archive:
        for member in source.infolist():
            data = source.read(member)
            if member.filename == "xl/worksheets/sheet1.xml":
                data = edit(data.decode()).encode()
            archive.writestr(member.filename, data)
    return target.getvalue()


def a_million_rows_then_broken_xml(sheet: str) -> str:
    """A million numeric rows (about 150 KB packed) and XML that breaks after them."""
    rows = "<row><c><v>1</v></c></row>" * 1_000_000
    sheet = re.sub(r"<dimension [^>]*/>", "", sheet)
    return sheet.replace("</sheetData>", rows + "<row><c><v>broken")


def import_upload(client, content: bytes, name: str):
    upload = SimpleUploadedFile(name, content)
    url = reverse("registry_admin:import")
    preview = client.post(url, {"kind": COMMUNITIES, "file": upload}).content.decode()
    applied = client.post(url, {"action": "apply"}, follow=True).content.decode()
    return preview, applied


def csv_of_rows(count: int) -> bytes:
    lines = ["Название;ОКТМО"] + [f"Клуб {n};80601000" for n in range(count)]
    return "\n".join(lines).encode()


# After a million rows, a field longer than Python's csv module accepts: reading it would fail.
UNREADABLE_TAIL = b'"' + b"x" * 200_000 + b'"\n'
ZIP_BOMB = "<!--" + " " * 100_000_000 + "-->"


@pytest.mark.parametrize(
    "name, make, message",
    [
        ("c.xlsx", lambda: xlsx_of_rows(5001), TOO_MANY_ROWS),
        # The broken XML at the end is never reached: the limit stops the reader first.
        (
            "c.xlsx",
            lambda: with_sheet(xlsx_of_rows(1), a_million_rows_then_broken_xml),
            TOO_MANY_ROWS,
        ),
        ("c.csv", lambda: csv_of_rows(5001), TOO_MANY_ROWS),
        ("c.csv", lambda: csv_of_rows(1) + b"\n1" * 1_000_000 + UNREADABLE_TAIL, TOO_MANY_ROWS),
        ("c.csv", lambda: csv_of_rows(1) + b"\n;" * 1_000_000 + UNREADABLE_TAIL, TOO_MANY_ROWS),
        (
            "c.xlsx",
            lambda: with_sheet(xlsx_of_rows(1), lambda sheet: sheet + ZIP_BOMB),
            "Книга слишком велика в распакованном виде.",
        ),
    ],
    ids=[
        "xlsx-limit-plus-one",
        "xlsx-million-rows",
        "csv-limit-plus-one",
        "csv-million-rows",
        "csv-million-blank-rows",
        "xlsx-zip-bomb",
    ],
)
def test_an_oversized_file_is_refused_and_nothing_saved(client, superuser, name, make, message):
    client.force_login(superuser)
    content = make()
    assert len(content) < 2_500_000
    preview, applied = import_upload(client, content, name)
    assert message in preview
    assert NOTHING_IMPORTED in applied and message in applied
    assert not Community.objects.exists()


def test_a_file_of_exactly_the_limit_is_imported(client, superuser, settings):
    settings.REGISTRY_IMPORT_MAX_ROWS = 3
    client.force_login(superuser)
    import_upload(client, xlsx_of_rows(3), "c.xlsx")
    assert Community.objects.filter(name__startswith="Клуб ").count() == 3
    preview, _applied = import_upload(client, xlsx_of_rows(4), "c.xlsx")
    assert "В файле больше 3 строк." in preview
