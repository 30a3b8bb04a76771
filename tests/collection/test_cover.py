"""The printable cover: back, spine and front on one sheet, the ISBN as an EAN-13 barcode."""

import io
from decimal import Decimal

import pypdf
import pytest
from django.core.exceptions import ValidationError
from django.utils.translation import override

from collection.barcode import ean13_modules, ean13_svg
from collection.builds import build_request
from collection.models import BuildKind, BuildStatus, isbn13_validate

MM = 72 / 25.4

# Reference patterns from an independent encoder (python-barcode 0.15).
PATTERNS = {
    "978-0-306-40615-7": "10101110110001001010011101111010100111010111101010101110011100101010000"
    "110011010011101000100101",
    "978-5-00000-000-7": "10101110110001001011100100011010100111000110101010111001011100101110010"
    "111001011100101000100101",
}


@pytest.mark.parametrize("isbn", PATTERNS)
def test_ean13_bars_of_known_isbns(isbn):
    assert ean13_modules(isbn) == PATTERNS[isbn]
    svg = ean13_svg(isbn)
    # One rectangle per run of bars, plus the white background.
    runs = [run for run in PATTERNS[isbn].split("0") if run]
    assert svg.count("<rect") == len(runs) + 1
    assert isbn.replace("-", "") in svg


def test_isbn_check_digit():
    isbn13_validate("978-5-00000-000-7")
    with pytest.raises(ValidationError):
        isbn13_validate("978-5-00000-000-8")
    with pytest.raises(ValidationError):
        ean13_modules("978-5-00000-000-8")


def test_cover_needs_the_print_pdf_for_its_spine(small_edition):
    with override("en"):
        build = build_request(edition=small_edition, kind=BuildKind.COVER)
    build.refresh_from_db()
    assert build.status == BuildStatus.FAILED
    assert "print PDF first" in build.log


def test_cover_spans_back_spine_and_front(small_edition):
    printed = build_request(edition=small_edition, kind=BuildKind.PRINT_PDF)
    printed.refresh_from_db()
    small_edition.paper_thickness_mm = Decimal("0.5")  # a thick board, to have a visible spine
    small_edition.save()
    spine = small_edition.spine_width_mm(printed.page_count)
    assert spine == Decimal(-(-printed.page_count // 2)) * Decimal("0.5")

    cover = build_request(edition=small_edition, kind=BuildKind.COVER)
    cover.refresh_from_db()
    assert cover.status == BuildStatus.SUCCEEDED, cover.log
    assert f"{spine} мм" in cover.log  # the editor sees the spine's width in the log
    with cover.file.open("rb") as file:
        content = file.read()
    cover_pdf = pypdf.PdfReader(io.BytesIO(content))
    (page,) = cover_pdf.pages
    width = 2 * 148 + float(spine)
    trim = [round(float(v), 1) for v in page.trimbox]
    assert trim == [0, 0, round(width * MM, 1), round(210 * MM, 1)]
    assert [round(float(v), 1) for v in page.bleedbox][:2] == [round(-3 * MM, 1)] * 2
    assert b"PDF/X-4" in content
    [intent] = cover_pdf.trailer["/Root"]["/OutputIntents"]
    assert intent.get_object()["/S"] == "/GTS_PDFX"
    # Crop marks on the sheet, drawn over the cover's colour.
    assert page.get_contents().get_data().rstrip().endswith(b"Do")
    text = page.extract_text()
    assert "Конструктор сообществ" in text and "9785907000001" in text
