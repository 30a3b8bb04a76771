"""The demo edition's print and screen PDFs read as an editor and a printing house read them:
page by page, line by line, with pypdf."""

import io
import re
from dataclasses import dataclass

import pypdf
import pytest
from django.core.cache import cache
from django.db import transaction
from django.test import override_settings

from cms.demo.seeding import seed_demo
from collection.models import BuildKind, Edition
from collection.services import edition_assemble

MM = 72 / 25.4
# WeasyPrint draws with 1 CSS px = 0.75 pt: font sizes come out of pypdf in px.
BODY_PX = 10.5 / 0.75
RUNNING_HEAD = re.compile(r"\S")


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


def page_lines(page) -> list[Line]:
    lines = []

    def visit(text, _cm, tm, font, size):
        if text.strip():
            name = font.get("/BaseFont", "").split("+")[-1] if font else ""
            lines.append(Line(name, round(size, 1), tm[4], tm[5], text.rstrip("\n")))

    page.extract_text(visitor_text=visit)
    return lines


def read_book(content: bytes) -> pypdf.PdfReader:
    return pypdf.PdfReader(io.BytesIO(content))


@pytest.fixture(scope="module")
def demo(django_db_setup, django_db_blocker, tmp_path_factory):
    """The demo seeded once for this module, its builds read into memory, then rolled back."""
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
            leads = [
                chapter.page.intro
                for item in edition_assemble(edition=edition)
                for chapter in item.chapters
                if chapter.page.intro
            ]
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
        )
    return books


@pytest.fixture
def book(demo, db) -> Book:
    """The print PDF; `db` makes pytest-django set up the test database for `demo`."""
    return demo[BuildKind.PRINT_PDF]


@pytest.fixture
def screen_book(demo, db) -> Book:
    return demo[BuildKind.SCREEN_PDF]


def letters(text: str) -> str:
    """Only the letters and digits: line breaks, hyphenation and spacing do not count."""
    return re.sub(r"[\W_]", "", text.casefold())


def test_no_lead_is_printed_twice(book):
    """Lectures' leads and summaries used to be the same words, one after the other."""
    assert book.leads
    whole = letters("".join(book.texts))
    for lead in book.leads:
        assert whole.count(letters(lead)) == 1, lead


HYPHENATED = re.compile(r"(\w+)-$")
COMPOUND = re.compile(r"\w+-\w+")


def compounds(book: Book) -> set[str]:
    """Hyphenated compounds («научно-технические») printed whole somewhere in the book: a
    line may break after their own hyphen."""
    return {word.casefold() for text in book.texts for word in COMPOUND.findall(text)}


def hyphenated(line: Line, following: Line | None, whole: set[str]) -> bool:
    """Whether the line ends in a word broken by hyphenation (not at a compound's hyphen)."""
    end = HYPHENATED.search(line.text)
    if end is None or following is None or not following.text[:1].islower():
        return False
    return f"{end[1]}-{following.text.split()[0]}".casefold().rstrip(".,;:") not in whole


def is_running_text(line: Line) -> bool:
    """Body text: the serif at the body size, the only text set justified and hyphenated."""
    return line.font.startswith("PT-Serif") and "Bold" not in line.font and line.size >= BODY_PX


def test_titles_headings_captions_and_tables_are_ragged_and_unhyphenated(book):
    """Only running text is justified and hyphenated: the title page, headings, captions,
    table cells and the registry directory are set ragged-right without hyphens."""
    whole = compounds(book)
    imprint = 1  # its annotation is justified running text, set small
    for number, lines in enumerate(book.lines):
        if number == imprint:
            continue
        for line, following in zip(lines, [*lines[1:], None], strict=False):
            if is_running_text(line) and number > 0:  # the title page has none
                continue
            # pypdf writes a justified line's wide word gaps as runs of spaces.
            assert "  " not in line.text, (number + 1, line)
            assert not hyphenated(line, following, whole), (number + 1, line)


def test_no_more_than_two_hyphenated_lines_in_a_row(book):
    whole = compounds(book)
    for number, lines in enumerate(book.lines):
        run = 0
        for line, following in zip(lines, lines[1:], strict=False):
            run = run + 1 if hyphenated(line, following, whole) else 0
            assert run <= 2, (number + 1, line.text)
