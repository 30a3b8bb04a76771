"""What every renderer shares: the assembled HTML document and local-only resource loading."""

import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote, urlsplit

from django.conf import settings
from django.contrib.staticfiles import finders
from django.core.files.storage import storages
from django.template.loader import render_to_string
from django.utils import translation

from collection.assembly import AssembledPart
from collection.fonts import font_faces_css
from collection.generated import BOOK_LANGUAGE
from collection.models import PAGE_MARGINS_MM, BuildKind, Edition
from core.typography import typeset_html

# Relative site URLs (/media/…, /static/…) resolve against this origin and are then read from
# disk; nothing is ever fetched from the network.
SITE_ORIGIN = "http://site.invalid"

SITE_LINK = re.compile(r'href="(/[^"]*)"')

# A picture in the printed text: a photo, a figure or the communities' map.
ILLUSTRATION = re.compile(r"<(img|svg)\b")

# The print's CMYK output condition unless the printing house gives its own: offset on coated
# paper (FOGRA39, ISO Coated v2's condition), ink limited to 300 % (collection/icc/README.md).
DEFAULT_CMYK_PROFILE = Path(__file__).resolve().parents[1] / "icc" / "FOGRA39L-coated-300.icc"

Progress = Callable[[str, int], None]


@dataclass
class RenderResult:
    content: bytes
    page_count: int


def local_path(url_path: str) -> Path:
    """The file behind a site URL path under MEDIA_URL or STATIC_URL."""
    path = unquote(url_path)
    if path.startswith(settings.MEDIA_URL):
        root = Path(settings.MEDIA_ROOT).resolve()
        file = (root / path.removeprefix(settings.MEDIA_URL)).resolve()
        if file.is_relative_to(root) and file.is_file():
            return file
    elif path.startswith(settings.STATIC_URL):
        if found := finders.find(path.removeprefix(settings.STATIC_URL)):
            return Path(found)
    raise ValueError(f"Not a local media or static file: {url_path}")


def stored_media(url: str) -> bytes | None:
    """The content of an upload in object storage (S3_BUCKET) named by its public URL; None
    for any other URL (uploads on disk have site URLs, read through local_path)."""
    storage = storages["default"]
    prefix = storage.url("-")[:-1]
    if "://" not in prefix or not url.startswith(prefix):
        return None
    with storage.open(unquote(url.removeprefix(prefix))) as file:
        return file.read()


def local_url(url: str) -> str:
    """Map a URL on SITE_ORIGIN to a file:// URL; other URLs pass unchanged."""
    if url.startswith(SITE_ORIGIN + "/"):
        return local_path(urlsplit(url).path).as_uri()
    return url


def is_cmyk_profile(path: Path) -> bool:
    """Whether the file is an ICC profile of CMYK data (its header says so)."""
    try:
        with path.open("rb") as file:
            header = file.read(40)
    except OSError:
        return False
    return header[36:40] == b"acsp" and header[16:20] == b"CMYK"


def cmyk_profile_path() -> Path | None:
    """The print's CMYK ICC profile, its PDF/X output intent: the printing house's own
    (COLLECTION_CMYK_PROFILE), else the shipped FOGRA39 one; None when the setting names no
    CMYK profile (preflight then blocks)."""
    path = Path(settings.COLLECTION_CMYK_PROFILE or DEFAULT_CMYK_PROFILE)
    return path.resolve() if is_cmyk_profile(path) else None


def cmyk_profile_url() -> str:
    path = cmyk_profile_path()
    return path.as_uri() if path else ""


def document_date(edition: Edition) -> str:
    """The date a file states: fixed by freezing, so a rebuild gives the same bytes."""
    return (edition.frozen_at or edition.updated_at).isoformat(timespec="seconds")


class Renderer:
    """A renderer builds one kind of output from the assembled edition."""

    kind = ""
    extension = ""
    for_print = False

    def render(
        self, *, edition: Edition, assembled: list[AssembledPart], progress: Progress
    ) -> RenderResult:
        raise NotImplementedError

    def html(
        self,
        *,
        edition: Edition,
        assembled: list[AssembledPart],
        page_count: int | None = None,
        extent_pages: bool = False,
    ) -> str:
        """The book as one HTML document; page_count, when known, is the extent the imprint
        and the output data state. With extent_pages, only the pages that state it."""
        # The book is Russian whatever language the worker or the editor's admin speaks.
        with translation.override(BOOK_LANGUAGE):
            return self._html(
                edition=edition,
                assembled=assembled,
                page_count=page_count,
                extent_pages=extent_pages,
            )

    def _html(
        self,
        *,
        edition: Edition,
        assembled: list[AssembledPart],
        page_count: int | None,
        extent_pages: bool,
    ) -> str:
        width, height = edition.trim_mm
        inside, outside, top, bottom = PAGE_MARGINS_MM
        stylesheet = render_to_string(
            "collection/print/edition.css",
            {
                "edition": edition,
                "width": width,
                "height": height,
                "inside": inside,
                "outside": outside,
                "top": top,
                "bottom": bottom,
                "for_print": self.for_print,
                "font_faces": font_faces_css(),
                "cmyk_profile": cmyk_profile_url() if self.for_print else "",
            },
        )
        context = {"edition": edition, "parts": assembled, "for_print": self.for_print}
        body = "".join(
            render_to_string("collection/print/part.html", {**context, "item": item})
            for item in assembled
        )
        html = render_to_string(
            "collection/print/edition.html",
            {
                **context,
                **extent_context(edition=edition, page_count=page_count, body=body),
                "body": body,
                "extent_pages": extent_pages,
                "stylesheet": stylesheet,
                "document_date": document_date(edition),
            },
        )
        return typeset_html(link_resolver(assembled)(html))


def print_page_count(edition: Edition) -> int | None:
    """The print book's page count from its latest build, or None before the first."""
    printed = edition.current_build(BuildKind.PRINT_PDF)
    return printed.page_count if printed else None


def extent_context(*, edition: Edition, page_count: int | None, body: str) -> dict:
    """What the imprint and the output data say of the book's extent: «96 с. : ил.» and the
    conventional printed sheets; nothing while the page count is unknown."""
    if not page_count:
        return {"page_count": None}
    return {
        "page_count": page_count,
        "illustrated": ILLUSTRATION.search(body) is not None,
        "conventional_sheets": edition.conventional_sheets(page_count),
    }


def public_base_url() -> str:
    """Where readers find the site: COLLECTION_PUBLIC_BASE_URL, else WAGTAILADMIN_BASE_URL.
    Not the default Site's address, which is wherever the site happens to run (127.0.0.1)."""
    configured = settings.COLLECTION_PUBLIC_BASE_URL or getattr(
        settings, "WAGTAILADMIN_BASE_URL", ""
    )
    return configured.rstrip("/")


def link_resolver(assembled: list[AssembledPart]) -> Callable[[str], str]:
    """Links to printed pages jump to their chapter; other site links become absolute URLs."""
    anchors = {
        chapter.page.get_url(): "#" + chapter.anchor
        for item in assembled
        for chapter in item.chapters
    }
    origin = public_base_url()

    def resolve(match):
        path = match.group(1)
        return f'href="{anchors.get(path, origin + path)}"'

    return lambda html: SITE_LINK.sub(resolve, html)
