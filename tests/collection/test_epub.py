"""The EPUB 3 build: a valid book (EPUBCheck) with the edition's structure and metadata."""

import io
import subprocess
import zipfile
from pathlib import Path

from fontTools.ttLib import TTFont

from collection.builds import build_request
from collection.fonts import merged_font
from collection.models import BuildKind, BuildStatus

from .conftest import BASHKIR

# Debian's /usr/bin/epubcheck is the bare jar, which runs only where binfmt_misc knows Java.
EPUBCHECK = ["java", "-jar", "/usr/share/java/epubcheck.jar"]


def epubcheck(path: Path) -> None:
    check = subprocess.run(EPUBCHECK + [str(path)], capture_output=True, text=True)
    assert check.returncode == 0, check.stdout + check.stderr
    assert "ERROR" not in check.stdout + check.stderr


def built_epub(edition, folder: Path) -> Path:
    """Build the edition's EPUB, save it to the folder and check it with EPUBCheck."""
    build = build_request(edition=edition, kind=BuildKind.EPUB)
    build.refresh_from_db()
    assert build.status == BuildStatus.SUCCEEDED, build.log
    path = folder / "book.epub"
    with build.file.open("rb") as file:
        path.write_bytes(file.read())
    epubcheck(path)
    return path


def test_epub_passes_epubcheck_and_keeps_the_structure(small_edition, tmp_path):
    path = built_epub(small_edition, tmp_path)

    with zipfile.ZipFile(path) as book:
        first = book.infolist()[0]
        assert first.filename == "mimetype" and first.compress_type == zipfile.ZIP_STORED
        package = book.read("OEBPS/package.opf").decode()
        nav = book.read("OEBPS/nav.xhtml").decode()
        text = " ".join(
            book.read(name).decode() for name in book.namelist() if name.endswith(".xhtml")
        )
        images = [name for name in book.namelist() if name.startswith("OEBPS/images/")]
    assert "urn:isbn:9785907000001" in package and "<dc:language>ru</dc:language>" in package
    assert 'properties="cover-image"' in package
    assert [title in nav for title in ("Теория", "Что такое сообщество", "Соседский центр")]
    assert BASHKIR in text and "Тираж 500 экз." in text
    assert len(images) == 2  # the cover and the article's photo
    # The link to the case in the edition opens its chapter in the cases' file.
    assert 'href="part-2.xhtml#chapter-' in text


def test_epub_carries_the_book_fonts_and_their_licence(small_edition, tmp_path):
    path = built_epub(small_edition, tmp_path)  # EPUBCheck passes with the fonts inside

    with zipfile.ZipFile(path) as book:
        names = book.namelist()
        package = book.read("OEBPS/package.opf").decode()
        css = book.read("OEBPS/book.css").decode()
        licences = [book.read(name).decode() for name in names if name.endswith("LICENSE.txt")]
        regular = TTFont(
            io.BytesIO(book.read("OEBPS/fonts/" + merged_font("PT Serif", 400, "normal").name))
        )
    fonts = sorted(name.removeprefix("OEBPS/") for name in names if name.endswith(".ttf"))
    # Both families in regular, italic, bold and bold italic.
    assert len(fonts) == 8
    assert {name.split("-v")[0] for name in fonts} == {"fonts/pt-serif", "fonts/pt-sans"}
    for name in fonts:
        assert f'href="{name}" media-type="font/ttf"' in package
        assert f"url('{name}')" in css
    assert "font-family: 'PT Serif'; font-weight: 700; font-style: italic;" in css
    assert 'font-family: "PT Serif", serif' in css
    # The fonts draw Bashkir letters; the OFL travels with them.
    assert {ord(char) for char in "ҠҙҫһӘөүғң"} <= set(regular.getBestCmap())
    assert len(licences) == 2
    assert all("SIL Open Font License" in text for text in licences)


def test_a_frozen_edition_rebuilds_the_same_epub(small_edition):
    first = build_request(edition=small_edition, kind=BuildKind.EPUB)
    second = build_request(edition=small_edition, kind=BuildKind.EPUB)
    first.refresh_from_db()
    second.refresh_from_db()
    assert first.sha256 == second.sha256 != ""
