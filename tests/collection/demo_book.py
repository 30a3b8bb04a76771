"""The demo edition's print and screen PDFs, built once per test run and read into memory:
the fixtures `book` and `screen_book` (tests/collection/conftest.py) and the lines they hold."""

import io
from dataclasses import dataclass

import pypdf
import pytest
from django.core.cache import cache
from django.db import transaction
from django.test import override_settings

from cms.demo.seeding import seed_demo
from cms.models import GoldenRulePage
from collection.assembly import edition_assemble
from collection.models import BuildKind, Edition


@dataclass
class Line:
    font: str
    size: float
    x: float
    y: float  # from the top of the page, in points
    text: str


@dataclass
class Book:
    pdf: pypdf.PdfReader
    texts: list[str]
    lines: list[list[Line]]
    leads: list[str]
    parts: list[str]
    chapters: list[str]
    tables: list[tuple[str, str, str, str]]  # caption, the first cells of the heading row,
    # the first body row and the last
    rules: list[str]  # the golden rules' statements


def page_lines(page) -> list[Line]:
    lines = []

    def visit(text, cm, tm, font, size):
        # Only text set on the page (WeasyPrint's px matrix), not the artwork of SVG figures.
        if text.strip() and round(cm[0], 2) == 0.75:
            name = font.get("/BaseFont", "").split("+")[-1] if font else ""
            lines.append(Line(name, round(size, 1), tm[4], tm[5], text.rstrip("\n")))

    page.extract_text(visitor_text=visit)
    return lines


def read_book(content: bytes) -> pypdf.PdfReader:
    return pypdf.PdfReader(io.BytesIO(content))


@pytest.fixture(scope="session")
def demo(django_db_setup, django_db_blocker, tmp_path_factory):
    """The demo seeded once for the whole run (the print tests of several modules read it),
    its builds read into memory, then rolled back."""
    media = tmp_path_factory.mktemp("media")
    tasks = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    with django_db_blocker.unblock(), override_settings(MEDIA_ROOT=media, TASKS=tasks):
        with transaction.atomic():
            seed_demo()
            edition = Edition.objects.get()
            files = {}
            for kind in (BuildKind.PRINT_PDF, BuildKind.SCREEN_PDF):
                with edition.current_build(kind).file.open("rb") as file:
                    files[kind] = file.read()
            assembled = edition_assemble(edition=edition)
            pages = [chapter.page for item in assembled for chapter in item.chapters]
            leads = [page.intro for page in pages if page.intro]
            parts = [item.part.title for item in assembled]
            chapters = [page.title for page in pages]
            tables = [
                (block.value["caption"], data[0][0], data[1][0], data[-1][0])
                for page in pages
                for block in getattr(page, "body", [])
                if block.block_type == "table"
                and (data := block.value["table"]["data"])
                and block.value["caption"]
            ]
            rules = list(GoldenRulePage.objects.values_list("statement", flat=True))
            transaction.set_rollback(True)
    cache.clear()  # Wagtail caches site root paths of the rolled-back pages
    books = {}
    for kind, content in files.items():
        pdf = read_book(content)
        books[kind] = Book(
            pdf=pdf,
            texts=[page.extract_text() for page in pdf.pages],
            lines=[page_lines(page) for page in pdf.pages],
            leads=leads,
            parts=parts,
            chapters=chapters,
            tables=tables,
            rules=rules,
        )
    return books


@pytest.fixture
def book(demo, db) -> Book:
    """The print PDF; `db` makes pytest-django set up the test database for `demo`."""
    return demo[BuildKind.PRINT_PDF]


@pytest.fixture
def screen_book(demo, db) -> Book:
    return demo[BuildKind.SCREEN_PDF]
