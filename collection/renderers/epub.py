"""EPUB 3 from the same parts the PDFs print: one XHTML document per part, a navigation
document, the package metadata, a generated cover and the images, zipped reproducibly."""

import io
import re
import uuid
import xml.etree.ElementTree as ET
import zipfile
from dataclasses import dataclass
from datetime import UTC
from pathlib import PurePosixPath
from urllib.parse import urlsplit

import tinyhtml5
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.html import format_html
from PIL import Image, ImageDraw, ImageFont

from collection.assembly import AssembledPart
from collection.fonts import book_fonts, font_faces_css, font_licences, merged_font
from collection.generated import BOOK_LANGUAGE
from collection.models import BuildKind, Edition
from core.typography import typeset_html

from .base import (
    Progress,
    Renderer,
    RenderResult,
    extent_context,
    link_resolver,
    local_path,
    print_page_count,
    stored_media,
)

XHTML_NS = "http://www.w3.org/1999/xhtml"
XMLNS_NS = "{http://www.w3.org/2000/xmlns/}"
ET.register_namespace("", XHTML_NS)
ET.register_namespace("svg", "http://www.w3.org/2000/svg")

IMAGE_SRC = re.compile(r'src="([^"]+)"')
LOCAL_HREF = re.compile(r'href="#([^"]+)"')
ANCHOR_ID = re.compile(r'\bid="([^"]+)"')
MEDIA_TYPES = {
    ".jpg": "image/jpeg",
    ".jpeg": "image/jpeg",
    ".png": "image/png",
    ".gif": "image/gif",
}
COVER_SIZE = (1200, 1800)
FONT_FOLDER = "fonts"


@dataclass
class Document:
    """One XHTML file of the book."""

    name: str
    title: str
    body: str

    @property
    def properties(self) -> str:
        return "svg" if "<svg" in self.body else ""


def _xhtml(document: Document, language: str) -> bytes:
    """A well-formed XHTML file: Django's HTML parsed as HTML5 and written back as XML."""
    html = render_to_string(
        "collection/epub/document.xhtml",
        {"title": document.title, "body": document.body, "language": language},
    )
    root = tinyhtml5.parse(html)
    # Inline SVG's xmlns stays as a plain attribute after parsing; ElementTree writes the
    # namespaces itself, and a second declaration would make the XML invalid.
    for element in root.iter():
        for name in [n for n in element.attrib if n == "xmlns" or n.startswith(XMLNS_NS)]:
            del element.attrib[name]
    body = ET.tostring(root, encoding="unicode")
    return f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE html>\n{body}\n'.encode()


def _cover_png(edition: Edition) -> bytes:
    """A plain typographic cover: the title and year on the programme's colour."""
    picture = Image.new("RGB", COVER_SIZE, (31, 78, 121))
    draw = ImageDraw.Draw(picture)
    title_font = ImageFont.truetype(str(merged_font("PT Sans", 700, "normal")), 110)
    small_font = ImageFont.truetype(str(merged_font("PT Sans", 400, "normal")), 56)
    lines, line = [], ""
    for word in edition.title.split():
        candidate = f"{line} {word}".strip()
        if line and draw.textlength(candidate, font=title_font) > COVER_SIZE[0] - 200:
            lines.append(line)
            candidate = word
        line = candidate
    lines.append(line)
    y = 500
    for text in lines:
        draw.text((100, y), text, font=title_font, fill=(255, 255, 255))
        y += 140
    footer = f"{edition.city} · {edition.year}"
    draw.text((100, COVER_SIZE[1] - 200), footer, font=small_font, fill=(220, 230, 240))
    buffer = io.BytesIO()
    picture.save(buffer, "PNG", optimize=True)
    return buffer.getvalue()


class EpubRenderer(Renderer):
    kind = BuildKind.EPUB
    extension = "epub"

    def render(
        self, *, edition: Edition, assembled: list[AssembledPart], progress: Progress
    ) -> RenderResult:
        progress("html", 10)
        with translation.override(BOOK_LANGUAGE):
            documents = self._documents(edition, assembled)
        progress("images", 50)
        documents, images = self._images(documents)
        progress("package", 80)
        # The book's own fonts (SIL OFL, their licences beside them), so Bashkir letters show
        # on readers that lack them.
        fonts = {f"{FONT_FOLDER}/{path.name}": path for *_face, path in book_fonts()}
        licences = {
            f"{FONT_FOLDER}/{path.parent.name}-LICENSE.txt": path for path in font_licences()
        }
        identifier = (
            f"urn:isbn:{edition.isbn.replace('-', '')}"
            if edition.isbn
            else uuid.uuid5(uuid.NAMESPACE_URL, f"edition:{edition.pk}").urn
        )
        modified = (edition.frozen_at or edition.updated_at).astimezone(UTC)
        context = {
            "edition": edition,
            "identifier": identifier,
            "modified": modified.strftime("%Y-%m-%dT%H:%M:%SZ"),
            "documents": documents,
            "images": [(name, _media_type(name)) for name in images],
            "font_files": [(name, "font/ttf") for name in fonts]
            + [(name, "text/plain") for name in licences],
            "parts": assembled,
        }
        files = {
            "META-INF/container.xml": render_to_string("collection/epub/container.xml"),
            "OEBPS/package.opf": render_to_string("collection/epub/package.opf", context),
            "OEBPS/nav.xhtml": render_to_string("collection/epub/nav.xhtml", context),
            "OEBPS/book.css": render_to_string(
                "collection/epub/book.css",
                {"font_faces": font_faces_css(lambda path: f"{FONT_FOLDER}/{path.name}")},
            ),
            "OEBPS/images/cover.png": _cover_png(edition),
        }
        for document in documents:
            files[f"OEBPS/{document.name}"] = _xhtml(document, BOOK_LANGUAGE)
        files.update({f"OEBPS/{name}": content for name, content in images.items()})
        for name, path in {**fonts, **licences}.items():
            files[f"OEBPS/{name}"] = path.read_bytes()
        return RenderResult(content=self._zip(files, modified), page_count=None)

    def _documents(self, edition: Edition, assembled: list[AssembledPart]) -> list[Document]:
        resolve = link_resolver(assembled)

        def fragment(template: str, **context) -> str:
            return typeset_html(resolve(render_to_string(template, context)))

        cover = format_html('<img src="images/cover.png" alt="{}" class="cover">', edition.title)
        bodies = [
            (item, fragment("collection/print/part.html", edition=edition, item=item))
            for item in assembled
        ]
        # The imprint states the print book's extent, when it has been built.
        extent = extent_context(
            edition=edition,
            page_count=print_page_count(edition),
            body="".join(body for _item, body in bodies),
        )
        documents = [
            Document("cover.xhtml", edition.title, cover),
            Document(
                "front.xhtml",
                edition.title,
                fragment("collection/print/front_matter.html", edition=edition, **extent),
            ),
        ]
        for item, body in bodies:
            documents.append(Document(f"{item.anchor}.xhtml", item.part.title, body))
        documents.append(
            Document(
                "back.xhtml",
                edition.title,
                fragment("collection/print/output_data.html", edition=edition, **extent),
            )
        )
        return _cross_document_links(documents)

    @staticmethod
    def _images(documents: list[Document]):
        """Site images copied into the book under plain names, the markup pointing at them."""
        images = {}
        by_url = {}

        def replace(match):
            url = match.group(1)
            if url not in by_url:
                # A site URL (on disk) or an upload's URL in object storage; others stay.
                content = stored_media(url)
                if content is None and not url.startswith("/"):
                    return match.group(0)
                suffix = PurePosixPath(urlsplit(url).path).suffix.lower()
                by_url[url] = f"images/image-{len(by_url) + 1}{suffix}"
                images[by_url[url]] = local_path(url).read_bytes() if content is None else content
            return f'src="{by_url[url]}"'

        for document in documents:
            document.body = IMAGE_SRC.sub(replace, document.body)
        return documents, images

    @staticmethod
    def _zip(files: dict, modified) -> bytes:
        """The mimetype first and uncompressed, as the OCF container requires; fixed dates."""
        stamp = modified.timetuple()[:6]
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w") as archive:
            archive.writestr(zipfile.ZipInfo("mimetype", stamp), "application/epub+zip")
            for name, content in files.items():
                info = zipfile.ZipInfo(name, stamp)
                info.compress_type = zipfile.ZIP_DEFLATED
                archive.writestr(info, content)
        return buffer.getvalue()


def _media_type(name: str) -> str:
    suffix = name[name.rfind(".") :]
    if suffix not in MEDIA_TYPES:
        raise ValueError(f"An EPUB cannot carry {suffix} images: upload JPEG or PNG.")
    return MEDIA_TYPES[suffix]


def _cross_document_links(documents: list[Document]) -> list[Document]:
    """Chapter links (#chapter-…) point into the file that holds the chapter."""
    home = {
        anchor: document.name
        for document in documents
        for anchor in ANCHOR_ID.findall(document.body)
    }
    for document in documents:
        document.body = LOCAL_HREF.sub(
            lambda m: f'href="{home.get(m.group(1), "")}#{m.group(1)}"', document.body
        )
    return documents
