"""PDF renderers with WeasyPrint: the print file (PDF/X-4, bleed, crop marks) and the screen
file (tagged PDF/UA-1 with links and bookmarks)."""

import hashlib
import mimetypes
import re
import uuid
from functools import cached_property
from urllib.parse import urlsplit

import pydyf
from django.core.exceptions import ValidationError
from django.template.loader import render_to_string
from django.utils.translation import gettext as _
from weasyprint import HTML
from weasyprint.document import Document
from weasyprint.urls import URLFetcher, URLFetcherResponse

from collection.assembly import AssembledPart
from collection.barcode import ean13_svg
from collection.fonts import font_faces_css
from collection.models import BuildKind, Edition

from .base import (
    SITE_ORIGIN,
    Progress,
    Renderer,
    RenderResult,
    cmyk_profile_path,
    cmyk_profile_url,
    document_date,
    local_url,
    print_page_count,
    stored_media,
)
from .makeup import ChapterEnds
from .marks import add_crop_marks
from .separation import Separation

XMP_DOCUMENT_ID = re.compile(rb"xmp\.did:[0-9a-f-]{36}")
# The id of the empty page that fills the last printed sheet (collection/print/edition.html).
PADDING_ANCHOR = "book-padding"
# The title page, the imprint on its back, a blank, the output data on a left-hand page.
EXTENT_PAGES = 4


class LocalURLFetcher(URLFetcher):
    """Reads site media, static files and fonts from disk and refuses every network URL.
    With a separation, raster images arrive separated to the printing house's CMYK."""

    def __init__(self, separation: Separation | None = None):
        super().__init__(allowed_protocols=("file", "data"), fail_on_errors=True)
        self.separation = separation

    def fetch(self, url, headers=None):
        if (content := stored_media(url)) is not None:
            kind = mimetypes.guess_type(urlsplit(url).path)[0] or "application/octet-stream"
            response = URLFetcherResponse(url, content, {"Content-Type": kind})
        else:
            response = super().fetch(local_url(url), headers)
        kind = response.content_type
        if self.separation is None or not kind.startswith("image/") or kind == "image/svg+xml":
            return response
        try:
            data = self.separation.image(response.read())
        finally:
            response.close()
        # Under the site URL, not the file's: WeasyPrint would embed the file it names.
        return URLFetcherResponse(url, data, {"Content-Type": "image/jpeg"})


def pad_to_signature(document: Document, signature: int) -> Document:
    """The book block as a whole number of printed sheets: the empty page the template puts
    before the output data, repeated as often as the last sheet needs, or dropped. Laid-out
    pages are reused, so the book is rendered once whatever the padding."""
    pages = document.pages
    padding = [i for i, page in enumerate(pages) if PADDING_ANCHOR in page.anchors]
    if not padding:
        return document
    at = padding[0]
    content = pages[:at] + pages[at + 1 :]
    blanks = -len(content) % signature
    return document.copy(content[:at] + [pages[at]] * blanks + content[at:])


class PdfRenderer(Renderer):
    extension = "pdf"
    pdf_variant = ""
    # WeasyPrint's own sRGB profile, or None to keep the variant's default output intent.
    output_intent = None
    # Set for a print in the printing house's CMYK: colours and images are separated.
    separation: Separation | None = None
    # Whether the file's own page count is the extent its imprint states.
    states_own_page_count = False

    def identifier(self, edition: Edition) -> bytes:
        """A file identifier fixed by the edition, so a frozen edition rebuilds identically."""
        digest = hashlib.sha256(f"edition:{edition.pk}:{self.kind}".encode()).hexdigest()
        return digest[:32].encode()

    def render(
        self, *, edition: Edition, assembled: list[AssembledPart], progress: Progress
    ) -> RenderResult:
        page_count = self.stated_page_count(edition)
        document = self.layout(edition, assembled, page_count, progress)
        if self.states_own_page_count and len(document.pages) != page_count:
            document = self.restate_page_count(document, edition, assembled)
        progress("pdf", 80)
        identifier = self.identifier(edition)
        content = document.write_pdf(
            pdf_variant=self.pdf_variant,
            output_intent=self.output_intent,
            pdf_identifier=identifier,
            finisher=lambda _document, pdf: self.finish(pdf, identifier),
        )
        return RenderResult(content=content, page_count=len(document.pages))

    def stated_page_count(self, edition: Edition) -> int | None:
        """The extent the imprint states: the print book's, from its latest build."""
        return print_page_count(edition)

    def layout(
        self,
        edition: Edition,
        assembled: list[AssembledPart],
        page_count: int | None,
        progress: Progress,
    ) -> Document:
        progress("html", 10)
        html = self.html(edition=edition, assembled=assembled, page_count=page_count)
        progress("layout", 30)
        return self.prepare(self.weasyprint(html), edition, html)

    def weasyprint(self, html: str) -> Document:
        if self.separation:
            html = self.separation.html(html)
        return HTML(
            string=html,
            base_url=SITE_ORIGIN + "/",
            url_fetcher=LocalURLFetcher(self.separation),
        ).render()

    def restate_page_count(
        self, document: Document, edition: Edition, assembled: list[AssembledPart]
    ) -> Document:
        """The book with its imprint and output-data pages stating its true page count. They
        stated the last build's count, or none: only these two pages are laid out again (with
        the title page and a blank, so each falls on the same side), not the whole book."""
        html = self.html(
            edition=edition,
            assembled=assembled,
            page_count=len(document.pages),
            extent_pages=True,
        )
        restated = self.weasyprint(html).pages
        if len(restated) != EXTENT_PAGES:
            raise ValidationError(
                _("The imprint does not fit one page: shorten the annotation or the names.")
            )
        for page in restated:
            page.links.clear()
        _title, imprint, _blank, output_data = restated
        pages = document.pages
        return document.copy([pages[0], imprint, *pages[2:-1], output_data])

    def prepare(self, document: Document, edition: Edition, html: str) -> Document:
        """Changes to the laid-out pages (of the book in `html`) before they are written."""
        return document

    def finish(self, pdf: pydyf.PDF, identifier: bytes) -> None:
        """Changes to the PDF before WeasyPrint writes it."""
        # WeasyPrint writes a random XMP DocumentID for PDF/X-4; a fixed one keeps the bytes.
        document_id = b"xmp.did:" + str(uuid.UUID(identifier.decode())).encode()
        for obj in pdf.objects:
            if isinstance(obj, pydyf.Stream) and obj.extra.get("Type") == "/Metadata":
                obj.stream = [XMP_DOCUMENT_ID.sub(document_id, part) for part in obj.stream]


class PrintPdfRenderer(PdfRenderer):
    kind = BuildKind.PRINT_PDF
    for_print = True
    pdf_variant = "pdf/x-4"
    states_own_page_count = True

    @property
    def output_intent(self) -> str | None:
        """PDF/X needs an output intent with an embedded profile: the printing house's CMYK
        profile (declared as device-cmyk in the CSS) or else the sRGB profile WeasyPrint ships."""
        return None if cmyk_profile_url() else "srgb"

    @cached_property
    def separation(self) -> Separation | None:
        profile = cmyk_profile_path()
        return Separation(profile) if profile else None

    def prepare(self, document: Document, edition: Edition, html: str) -> Document:
        # Paper has nothing to click: a printing house wants no link annotations.
        for page in document.pages:
            page.links.clear()
        document = ChapterEnds(html, self.weasyprint).balance(document)
        return pad_to_signature(document, edition.signature_pages)

    def finish(self, pdf: pydyf.PDF, identifier: bytes) -> None:
        super().finish(pdf, identifier)
        add_crop_marks(pdf)


class ScreenPdfRenderer(PdfRenderer):
    kind = BuildKind.SCREEN_PDF
    pdf_variant = "pdf/ua-1"


class CoverPdfRenderer(PrintPdfRenderer):
    """Back, spine and front on one sheet; the spine as thick as the print PDF's pages."""

    kind = BuildKind.COVER
    states_own_page_count = False
    # Text on the spine needs room for a line of at least 5 pt.
    MIN_SPINE_TEXT_MM = 4

    def render(
        self, *, edition: Edition, assembled: list[AssembledPart], progress: Progress
    ) -> RenderResult:
        spine = edition.spine_width_mm(self._page_count(edition))
        progress(_("spine %(width)s mm") % {"width": spine}, 5)
        return super().render(edition=edition, assembled=assembled, progress=progress)

    @staticmethod
    def _page_count(edition: Edition) -> int:
        printed = edition.current_build(BuildKind.PRINT_PDF)
        if printed is None or not printed.page_count:
            raise ValidationError(
                _("Build the print PDF first: the spine's width comes from its page count.")
            )
        return printed.page_count

    def _html(self, *, edition: Edition, assembled: list[AssembledPart], **_extent) -> str:
        width, height = edition.trim_mm
        spine = edition.spine_width_mm(self._page_count(edition))
        # Strings, not numbers: the Russian locale would write decimal commas into the CSS.
        return render_to_string(
            "collection/cover/cover.html",
            {
                "edition": edition,
                "width": width,
                "height": height,
                "spine": str(spine),
                "cover_width": str(2 * width + spine),
                "front_left": str(width + spine),
                "spine_text": spine >= self.MIN_SPINE_TEXT_MM,
                "spine_font_pt": str(min(12, spine * 2)),
                "barcode": ean13_svg(edition.isbn) if edition.isbn else "",
                "font_faces": font_faces_css(),
                "cmyk_profile": cmyk_profile_url(),
                "document_date": document_date(edition),
            },
        )
