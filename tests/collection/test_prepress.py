"""The prepress report: what a printing house checks on the print PDF, read from the file."""

import io

import pydyf
import pypdf
from django.urls import reverse
from django.utils import translation

from cms.factories import ImageFactory, generated_image_file
from collection.assembly import edition_assemble
from collection.models import BuildKind
from collection.preflight import IssueKind, edition_preflight
from collection.prepress import CheckName, build_prepress_report, prepress_report
from collection.renderers.pdf import PrintPdfRenderer, ScreenPdfRenderer
from collection.services import edition_freeze

from .conftest import add_entry
from .test_admin import editor  # noqa: F401 (a fixture)
from .test_builds import built
from .test_preflight import article_with, image_body

EVERY_CHECK = [
    CheckName.SIGNATURE,
    CheckName.TRIM,
    CheckName.FONTS,
    CheckName.COLOUR_SPACES,
    CheckName.TEXT_BLACK,
    CheckName.INK,
    CheckName.LINES,
    CheckName.RESOLUTION,
    CheckName.GROUPS,
]


def test_the_default_print_build_passes_every_check(small_edition, settings):
    settings.COLLECTION_CMYK_PROFILE = ""
    build = built(small_edition, BuildKind.PRINT_PDF)
    translation.activate("en")
    report = build_prepress_report(build)
    assert [check.label for check in report.checks] == [str(name) for name in EVERY_CHECK]
    assert report.passed, [check for check in report.checks if not check.passed]
    assert report.output_condition.startswith("FOGRA39")
    assert report.page_count % 16 == 0
    assert "148 × 210 mm with 3 mm of bleed" in report.check(CheckName.TRIM).summary
    assert "All 6 fonts are embedded" in report.check(CheckName.FONTS).summary
    # The photo was separated within the coated paper's limit, at more than 300 ppi; the
    # limit is the shipped FOGRA39 profile's own.
    ink = report.check(CheckName.INK).summary
    assert "limit 300 %" in ink
    assert 0 < float(ink.split(" %")[0].rsplit(" ", 1)[-1]) <= 300
    assert "1 images, the lowest at" in report.check(CheckName.RESOLUTION).summary
    assert "The thinnest line is 0.5 pt" in report.check(CheckName.LINES).summary


def test_an_editor_opens_the_report_and_downloads_it_as_pdf(client, editor, small_edition):  # noqa: F811
    build = built(small_edition, BuildKind.PRINT_PDF)
    client.force_login(editor)
    builds = client.get(reverse("collection_edition:builds", args=[small_edition.pk]))
    page_url = reverse("collection_edition:prepress", args=[small_edition.pk, build.pk])
    assert page_url in builds.content.decode()
    page = client.get(page_url)
    assert page.status_code == 200
    html = page.content.decode()
    assert build.sha256 in html
    assert "Проверка перед печатью" in html  # the Russian admin
    assert "Шрифты встроены" in html
    pdf_url = reverse("collection_edition:prepress_pdf", args=[small_edition.pk, build.pk])
    assert pdf_url in html
    response = client.get(pdf_url)
    assert response["Content-Type"] == "application/pdf"
    assert "konstruktor-soobshchestv-2026-print-prepress.pdf" in response["Content-Disposition"]
    text = " ".join(
        page.extract_text() for page in pypdf.PdfReader(io.BytesIO(response.content)).pages
    )
    assert "Проверка перед печатью" in text
    assert build.sha256[:32] in text.replace("\n", "")
    assert "FOGRA39" in text
    # A screen build has no report: the printer gets only the print PDF.
    screen = built(small_edition, BuildKind.SCREEN_PDF)
    other = reverse("collection_edition:prepress", args=[small_edition.pk, screen.pk])
    assert client.get(other).status_code == 404


def test_the_report_flags_a_low_resolution_photo_and_rgb(edition, materials, settings):
    settings.COLLECTION_CMYK_PROFILE = ""
    photo = ImageFactory(file=generated_image_file(width=800, height=500))
    add_entry(edition, "Теория", article_with(materials, "low", image_body(photo)))
    edition = edition_freeze(edition=edition)
    assembled = edition_assemble(edition=edition)
    sizes = {"signature": 16, "trim_mm": edition.trim_mm, "bleed_mm": edition.bleed_mm}
    # Preflight blocks such a print build; the report finds the photo in the file anyway.
    printed = PrintPdfRenderer().render(edition=edition, assembled=assembled, progress=print)
    translation.activate("en")
    report = prepress_report(printed.content, **sizes)
    resolution = report.check(CheckName.RESOLUTION)
    assert not resolution.passed and not report.passed
    [finding] = resolution.findings
    assert finding.startswith("page ") and finding.endswith(" ppi")
    assert int(finding.split(" at ")[1].split()[0]) < 300
    assert report.check(CheckName.COLOUR_SPACES).passed
    # The screen PDF is RGB: sent to the printer by mistake, the report says so.
    screen = ScreenPdfRenderer().render(edition=edition, assembled=assembled, progress=print)
    colours = prepress_report(screen.content, **sizes).check(CheckName.COLOUR_SPACES)
    assert not colours.passed
    assert all(": RGB (" in finding for finding in colours.findings)


def _faulty_pdf() -> bytes:
    """One page with every fault a prepress operator looks for."""
    document = pydyf.PDF()

    def added(item):
        document.add_object(item)
        return item.reference

    font = added(pydyf.Dictionary({"Type": "/Font", "Subtype": "/Type1", "BaseFont": "/Helvetica"}))

    def separation(name, inks):
        tint = pydyf.Dictionary(
            {"FunctionType": 2, "Domain": pydyf.Array([0, 1]), "C0": pydyf.Array([0] * 4)}
        )
        tint["C1"], tint["N"] = pydyf.Array(inks), 1
        return pydyf.Array(["/Separation", name, "/DeviceCMYK", added(tint)])

    # A photo of 20 × 20 pixels shown an inch wide, with 376 % of ink everywhere.
    photo = pydyf.Stream(
        [bytes([240] * 4 * 20 * 20)],
        {
            "Type": "/XObject",
            "Subtype": "/Image",
            "Width": 20,
            "Height": 20,
            "ColorSpace": "/DeviceCMYK",
            "BitsPerComponent": 8,
        },
    )
    content = pydyf.Stream(
        [
            b"q 72 0 0 72 100 100 cm /Photo Do Q",
            b"BT /F1 12 Tf 0.6 0.5 0.4 1 k 20 250 Td (Rich black) Tj ET",
            b"BT /F1 12 Tf /Registration cs 1 scn 20 230 Td (Registration) Tj ET",
            b"0.1 w 0 0 0 1 K 10 10 m 200 10 l S",
            b"/Spot cs 1 scn 10 30 20 20 re f",
            b"1 0 0 rg 40 30 20 20 re f",
        ]
    )
    resources = pydyf.Dictionary(
        {
            "Font": pydyf.Dictionary({"F1": font}),
            "XObject": pydyf.Dictionary({"Photo": added(photo)}),
            "ColorSpace": pydyf.Dictionary(
                {
                    "Registration": separation("/All", [1, 1, 1, 1]),
                    "Spot": separation("/PANTONE#20185#20C", [0, 1, 0.8, 0]),
                }
            ),
        }
    )
    group = pydyf.Dictionary({"Type": "/Group", "S": "/Transparency", "CS": "/DeviceRGB"})
    page = pydyf.Dictionary(
        {
            "Type": "/Page",
            "Parent": document.pages.reference,
            "MediaBox": pydyf.Array([0, 0, 300, 300]),
            "Contents": added(content),
            "Resources": resources,
            "Group": group,
        }
    )
    document.add_page(page)
    output = io.BytesIO()
    document.write(output)
    return output.getvalue()


def test_the_report_flags_each_fault_a_printing_house_rejects(db):
    translation.activate("en")
    report = prepress_report(_faulty_pdf(), signature=16, trim_mm=(148, 210), bleed_mm=3)
    failed = {check.label: check for check in report.checks if not check.passed}
    assert set(failed) == {str(name) for name in EVERY_CHECK}
    assert failed[str(CheckName.SIGNATURE)].findings == ("1 pages",)
    assert "trim 106 × 106 mm, bleed 0.0 mm" in failed[str(CheckName.TRIM)].findings[0]
    assert failed[str(CheckName.FONTS)].findings == ("Helvetica",)
    spaces = " ".join(failed[str(CheckName.COLOUR_SPACES)].findings)
    assert "spot colour (fill)" in spaces and "RGB (fill)" in spaces
    assert "registration colour (fill)" in spaces
    assert failed[str(CheckName.TEXT_BLACK)].findings == (
        "page 1: text in rich black (CMYK 60 50 40 100)",
        "page 1: text in registration colour (CMYK 100)",
    )
    assert failed[str(CheckName.INK)].findings == ("page 1: a photo with 376.5 % of ink",)
    assert failed[str(CheckName.LINES)].findings == ("page 1: a line of 0.1 pt",)
    assert failed[str(CheckName.RESOLUTION)].findings == ("page 1: an image at 20 ppi",)
    assert failed[str(CheckName.GROUPS)].findings == ("page 1: a transparency group in RGB",)


def test_the_ink_limit_is_the_printing_houses_when_it_states_one(db, settings):
    """Without an output profile the file is held to coated paper's 300 %; a printing house
    whose paper and press take more says so in COLLECTION_INK_LIMIT_PERCENT."""
    translation.activate("en")
    sizes = {"signature": 16, "trim_mm": (148, 210), "bleed_mm": 3}
    ink = prepress_report(_faulty_pdf(), **sizes).check(CheckName.INK)
    assert not ink.passed and "300 %" in ink.summary
    settings.COLLECTION_INK_LIMIT_PERCENT = 380
    ink = prepress_report(_faulty_pdf(), **sizes).check(CheckName.INK)
    assert ink.passed and ink.summary.endswith("(limit 380 %).")


def test_a_file_that_is_no_pdf_fails_the_first_check(db):
    translation.activate("en")
    report = prepress_report(b"%PDF-1.7 cut short", signature=16, trim_mm=(148, 210), bleed_mm=3)
    [check] = report.checks
    assert check.label == "The file opens as a PDF" and not check.passed and not report.passed


def test_preflight_warns_of_what_the_latest_print_file_fails(small_edition):
    built(small_edition, BuildKind.PRINT_PDF)
    assert edition_preflight(edition=small_edition) == []
    # The printing house folds 32-page sheets: the 16 pages no longer fill one.
    small_edition.signature_pages = 32
    small_edition.save()
    translation.activate("en")
    [issue] = edition_preflight(edition=small_edition)
    assert issue.kind == IssueKind.PRINT_FILE and not issue.is_blocking
    assert "Page count fits the signature" in issue.message
