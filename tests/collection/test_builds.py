"""Real builds with WeasyPrint, read back with pypdf."""

import hashlib
import io
import re

import pypdf
import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError
from PIL import Image, ImageCms
from pypdf.generic import ContentStream

from collection.builds import build_request
from collection.factories import BuildFactory, SucceededBuildFactory
from collection.models import Build, BuildKind, BuildStatus, TrimSize
from collection.prepress import output_condition, pdf_findings
from collection.renderers.base import DEFAULT_CMYK_PROFILE
from collection.tasks import build_edition

from .conftest import BASHKIR, GHOSTSCRIPT_CMYK

MM = 72 / 25.4


def built(edition, kind):
    build = build_request(edition=edition, kind=kind)
    build.refresh_from_db()
    assert build.status == BuildStatus.SUCCEEDED, build.log
    return build


def read(build):
    with build.file.open("rb") as file:
        content = file.read()
    return content, pypdf.PdfReader(io.BytesIO(content))


def xobjects(page):
    """The forms (SVG, crop marks) and images a page draws, those inside forms included."""
    pending = [page["/Resources"]]
    while pending:
        resources = pending.pop()
        for xobject in resources.get("/XObject", {}).values():
            xobject = xobject.get_object()
            yield xobject
            pending.append(xobject.get("/Resources", {}))


def box(rectangle):
    return [round(float(v), 2) for v in rectangle]


def test_print_pdf_is_print_ready(small_edition):
    build = built(small_edition, BuildKind.PRINT_PDF)
    content, pdf = read(build)
    texts = [page.extract_text() for page in pdf.pages]

    assert build.page_count == len(pdf.pages)
    assert build.sha256 == hashlib.sha256(content).hexdigest()
    assert [r["title"] for r in build.pinned_revisions] == [
        "Что такое сообщество",
        "Ҡыҙыҡлы тарих",
        "Соседский центр",
    ]
    # A5 trim with 3 mm bleed on every side.
    for page in pdf.pages:
        assert box(page.trimbox) == box([0, 0, 148 * MM, 210 * MM])
        assert box(page.bleedbox) == box([-3 * MM, -3 * MM, 151 * MM, 213 * MM])
    # PDF/X-4 with every font embedded.
    assert b"PDF/X-4" in content
    fonts = {
        name: font.get_object()
        for page in pdf.pages
        for name, font in page["/Resources"].get("/Font", {}).items()
    }
    assert fonts
    for font in fonts.values():
        descriptor = font["/DescendantFonts"][0].get_object()["/FontDescriptor"]
        assert "/FontFile2" in descriptor, font["/BaseFont"]

    # The imprint page and the output data.
    assert "УДК 316.4" in texts[1] and "ISBN 978-5-907000-00-1" in texts[1]
    assert "Тираж 500 экз." in texts[-1]
    # Russian typesetting: words hyphenated at line ends, short words bound to the next.
    lines = [line for text in texts for line in text.splitlines()]
    assert any(re.search(r"[а-я]-$", line) for line in lines)
    assert any("начинается с\xa0общего" in text for text in texts)
    # Bashkir letters come back out of the PDF intact.
    assert any(BASHKIR in text for text in texts)

    # The photo is embedded; paper has no links, so the file has no link annotations.
    images = [image for page in pdf.pages for image in page.images]
    assert {image.image.size for image in images} == {(1600, 1000)}  # at full resolution
    assert [page.get("/Annots") for page in pdf.pages if page.get("/Annots")] == []

    # The table of contents points at the pages where the chapters start.
    toc = next(text for text in texts if text.startswith("Содержание"))
    entries = re.findall(r"^(.+?)\s*\.{3,}\s*(\d+)$", toc, re.MULTILINE)
    assert [title for title, _page in entries] == [
        "Теория",
        "Что такое сообщество",
        "Ҡыҙыҡлы тарих",
        "Кейсы",
        "Соседский центр",
    ]
    for title, number in entries:
        assert texts[int(number) - 1].startswith(title), (title, number)
    # Parts open on a right-hand (odd) page with neither running head nor folio; a chapter's
    # opening page has its folio but no running head, the pages after it have both.
    opening = {title: texts[int(number) - 1] for title, number in entries}
    assert [opening[p].split() for p in ("Теория", "Кейсы")] == [["Теория"], ["Кейсы"]]
    assert [int(number) for _title, number in entries[::3]] == [5, 9]
    assert opening["Что такое сообщество"].split()[-1] == "6"
    assert "Теория" not in opening["Что такое сообщество"]
    assert texts[6].rstrip().endswith("Что такое сообщество\n7")


def test_print_pdf_has_crop_marks_on_every_page_in_the_bleed(small_edition):
    _content, pdf = read(built(small_edition, BuildKind.PRINT_PDF))
    for page in pdf.pages:
        assert page.get_contents().get_data().rstrip().endswith(b"Do")
        forms = [xobject.get_object() for xobject in page["/Resources"]["/XObject"].values()]
        [marks] = [form for form in forms if form["/Subtype"] == "/Form"]
        numbers = re.findall(rb"([-\d.]+) ([-\d.]+) m ([-\d.]+) ([-\d.]+) l", marks.get_data())
        segments = [[round(float(n), 2) for n in segment] for segment in numbers]
        trim, media = box(page.trimbox), box(page.mediabox)
        # Two hairlines at each corner, on the trim lines, in the outer half of the 3 mm bleed.
        assert len(segments) == 8
        for x1, y1, x2, y2 in segments:
            if y1 == y2:  # horizontal: at the top or bottom trim line, left or right of it
                assert y1 in (trim[1], trim[3])
                assert {x1, x2} & {media[0], media[2]} and not trim[0] < x1 < trim[2]
                assert abs(x2 - x1) == round(1.5 * MM, 2)
            else:
                assert x1 == x2 and x1 in (trim[0], trim[2])
                assert {y1, y2} & {media[1], media[3]} and not trim[1] < y1 < trim[3]
                assert abs(y2 - y1) == round(1.5 * MM, 2)


def test_print_is_cmyk_by_default_in_the_shipped_fogra39_condition(small_edition, settings):
    """Without the printing house's profile the print is still CMYK: the shipped FOGRA39
    (coated offset) profile is its PDF/X output intent, and black text is black ink alone."""
    settings.COLLECTION_CMYK_PROFILE = ""
    content, pdf = read(built(small_edition, BuildKind.PRINT_PDF))
    catalog = pdf.trailer["/Root"]
    [intent] = [intent.get_object() for intent in catalog["/OutputIntents"]]
    assert intent["/Type"] == "/OutputIntent"
    assert intent["/S"] == "/GTS_PDFX"
    assert intent["/OutputConditionIdentifier"]
    profile = intent["/DestOutputProfile"].get_object()
    assert profile["/N"] == 4
    # The shipped profile, as LittleCMS writes it out (WeasyPrint embeds it through Pillow).
    assert profile.get_data() == ImageCms.ImageCmsProfile(str(DEFAULT_CMYK_PROFILE)).tobytes()
    assert output_condition(pdf).startswith("FOGRA39")
    # PDF/X-4 names its version in the XMP metadata (not in the Info dictionary).
    xmp = catalog["/Metadata"].get_object().get_data().decode()
    assert re.search(r"<pdfxid:GTS_PDFXVersion>PDF/X-4</pdfxid:GTS_PDFXVersion>", xmp)
    cmyk, rgb, images = painted_colours(pdf)
    assert cmyk and not rgb
    assert {Image.open(io.BytesIO(image.get_data())).mode for image in images} == {"CMYK"}
    # Body text is set in black ink alone: no cyan, magenta or yellow under it.
    text_colours = {(family, values) for _page, family, values in pdf_findings(pdf).text_colours}
    assert ("CMYK", (0.0, 0.0, 0.0, 1.0)) in text_colours
    assert all(family == "CMYK" for family, _values in text_colours)
    assert not [v for _f, v in text_colours if v[3] >= 0.95 and sum(v[:3]) > 0]


def painted_colours(pdf):
    """Which colour spaces a PDF paints in: DeviceCMYK fills and strokes, device RGB ones,
    and the images."""
    cmyk = rgb = 0
    images = []
    for page in pdf.pages:
        drawn = list(xobjects(page))
        forms = [xobject for xobject in drawn if xobject["/Subtype"] == "/Form"]
        for stream in [page.get_contents(), *forms]:
            operations = ContentStream(stream, pdf).operations
            cmyk += sum(
                operator in (b"cs", b"CS") and operands == ["/DeviceCMYK"]
                for operands, operator in operations
            )
            rgb += sum(operator in (b"rg", b"RG") for _, operator in operations)
        images += [xobject for xobject in drawn if xobject["/Subtype"] == "/Image"]
    return cmyk, rgb, images


def test_print_in_the_printing_houses_cmyk(small_edition, settings):
    settings.COLLECTION_CMYK_PROFILE = GHOSTSCRIPT_CMYK
    _content, pdf = read(built(small_edition, BuildKind.PRINT_PDF))
    [intent] = [intent.get_object() for intent in pdf.trailer["/Root"]["/OutputIntents"]]
    assert intent["/S"] == "/GTS_PDFX"
    profile = intent["/DestOutputProfile"].get_object()
    assert profile["/N"] == 4
    with open(GHOSTSCRIPT_CMYK, "rb") as file:
        assert profile.get_data() == file.read()  # the configured profile, embedded whole
    # PDF/X-4 with a CMYK output intent carries no device RGB: text, rules, the map and the
    # photos are all in process colours.
    cmyk, rgb, images = painted_colours(pdf)
    assert cmyk and not rgb
    assert images and {image["/ColorSpace"] for image in images} == {"/DeviceCMYK"}
    # The embedded photos are CMYK data themselves, not the RGB upload declared as CMYK.
    assert {Image.open(io.BytesIO(image.get_data())).mode for image in images} == {"CMYK"}
    # The cover too: its colours and the barcode.
    _content, cover = read(built(small_edition, BuildKind.COVER))
    cmyk, rgb, _images = painted_colours(cover)
    assert cmyk and not rgb


def test_screen_pdf_has_bookmarks_links_and_tags(small_edition):
    build = built(small_edition, BuildKind.SCREEN_PDF)
    _content, pdf = read(build)
    first = pdf.pages[0]
    assert box(first.mediabox) == box(first.trimbox) == box([0, 0, 148 * MM, 210 * MM])
    outline = [item.title for item in pdf.outline if not isinstance(item, list)]
    assert {"Теория", "Кейсы"} <= set(outline)
    toc_page = next(p for p in pdf.pages if p.extract_text().startswith("Содержание"))
    assert len(toc_page.get("/Annots", [])) >= 5  # clickable contents
    assert "/StructTreeRoot" in pdf.trailer["/Root"]
    # The link to a chapter of the edition jumps inside the file.
    links = [a.get_object() for page in pdf.pages[4:] for a in page.get("/Annots", [])]
    uris = [link["/A"]["/URI"] for link in links if "/URI" in link.get("/A", {})]
    assert uris == []  # the case is in the edition: the link is internal
    assert any("/Dest" in link or "/D" in link.get("/A", {}) for link in links)


def test_frozen_edition_rebuilds_byte_identical(small_edition):
    first = built(small_edition, BuildKind.PRINT_PDF)
    second = built(small_edition, BuildKind.PRINT_PDF)
    assert first.pk != second.pk
    assert read(first)[0] == read(second)[0]
    assert small_edition.current_build(BuildKind.PRINT_PDF) == second


def test_failed_build_says_why_and_keeps_the_previous_one(small_edition, case):
    good = built(small_edition, BuildKind.PRINT_PDF)
    # A build waits in the queue while a page of the edition is unpublished.
    queued = BuildFactory(edition=small_edition, kind=BuildKind.PRINT_PDF)
    case.unpublish()
    build_edition.enqueue(queued.pk)
    queued.refresh_from_db()
    assert queued.status == BuildStatus.FAILED
    assert "Соседский центр" in queued.log
    assert not queued.file
    assert small_edition.current_build(BuildKind.PRINT_PDF) == good


def test_print_build_refuses_to_start_with_blocking_errors(small_edition, case):
    case.unpublish()
    with pytest.raises(ValidationError) as error:
        build_request(edition=small_edition, kind=BuildKind.PRINT_PDF)
    assert any("Соседский центр" in message for message in error.value.messages)
    assert not small_edition.builds.exists()


def test_a_second_request_while_one_is_running_is_refused(small_edition):
    BuildFactory(edition=small_edition, kind=BuildKind.PRINT_PDF, status=BuildStatus.RUNNING)
    with pytest.raises(ValidationError, match="уже в очереди или выполняется"):
        build_request(edition=small_edition, kind=BuildKind.PRINT_PDF)
    # The database refuses a second active build even past the service.
    with pytest.raises(IntegrityError):
        Build.objects.create(edition=small_edition, kind=BuildKind.PRINT_PDF)


def test_a_build_abandoned_by_a_crashed_worker_does_not_block_forever(small_edition, settings):
    settings.COLLECTION_BUILD_TIMEOUT = 0
    stale = BuildFactory(edition=small_edition, status=BuildStatus.RUNNING)
    build = built(small_edition, BuildKind.SCREEN_PDF)
    stale.refresh_from_db()
    assert stale.status == BuildStatus.FAILED
    assert "не завершилась вовремя" in stale.log
    assert small_edition.current_build(BuildKind.SCREEN_PDF) == build


def test_print_pdf_follows_the_chosen_trim_size(small_edition):
    small_edition.trim_size = TrimSize.F60X84_16
    small_edition.save()
    _content, pdf = read(built(small_edition, BuildKind.PRINT_PDF))
    assert box(pdf.pages[0].trimbox) == box([0, 0, 145 * MM, 200 * MM])
    assert "Формат 60×84/16." in pdf.pages[-1].extract_text()


@pytest.mark.parametrize("signature", [4, 32])
def test_print_pdf_fills_the_printing_houses_last_sheet(small_edition, signature):
    small_edition.signature_pages = signature
    small_edition.save(update_fields=["signature_pages"])
    build = built(small_edition, BuildKind.PRINT_PDF)
    _content, pdf = read(build)
    assert build.page_count == len(pdf.pages) and len(pdf.pages) % signature == 0
    texts = [page.extract_text() for page in pdf.pages]
    assert "Тираж 500 экз." in texts[-1]
    # The blank pages stand before the output data; the screen PDF has none of them.
    content = max(n for n, text in enumerate(texts[:-1]) if text.strip())
    assert len(pdf.pages) - 2 - content < signature
    screen = built(small_edition, BuildKind.SCREEN_PDF)
    assert screen.page_count == content + 2


def flat(text: str) -> str:
    return " ".join(text.split())


def test_print_pdf_states_its_own_page_count_not_the_last_builds(small_edition):
    """The imprint is laid out stating the previous build's count (here a wrong one); the
    extent and the conventional printed sheets printed are the new file's."""
    SucceededBuildFactory(edition=small_edition, kind=BuildKind.PRINT_PDF)  # 12 pages
    _content, pdf = read(built(small_edition, BuildKind.PRINT_PDF))
    pages = len(pdf.pages)
    assert pages != 12 and pages % 16 == 0
    assert f"— {pages} с." in flat(pdf.pages[1].extract_text())
    sheets = str(small_edition.conventional_sheets(pages)).replace(".", ",")
    assert f"Усл. печ. л. {sheets}." in flat(pdf.pages[-1].extract_text())
    # A rebuild states the count the last build left, and it is still right.
    _content, again = read(built(small_edition, BuildKind.PRINT_PDF))
    assert len(again.pages) == pages and f"— {pages} с." in flat(again.pages[1].extract_text())


def test_a_build_runs_once_however_often_its_task_is_run(small_edition):
    """Two workers handed the same build (the task run twice): the second finds it claimed."""
    build = BuildFactory(edition=small_edition, kind=BuildKind.EPUB)
    build_edition.enqueue(build.pk)
    build.refresh_from_db()
    assert build.status == BuildStatus.SUCCEEDED
    first = (build.file.name, build.started_at, build.finished_at, build.log)

    build_edition.enqueue(build.pk)
    build.refresh_from_db()
    assert (build.file.name, build.started_at, build.finished_at, build.log) == first
    assert small_edition.builds.count() == 1
