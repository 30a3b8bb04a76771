"""The EPUB 3 build: a valid book (EPUBCheck) with the edition's structure and metadata."""

import subprocess
import zipfile
from pathlib import Path

from collection.models import BuildKind, BuildStatus
from collection.services import build_request

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


def test_a_frozen_edition_rebuilds_the_same_epub(small_edition):
    first = build_request(edition=small_edition, kind=BuildKind.EPUB)
    second = build_request(edition=small_edition, kind=BuildKind.EPUB)
    first.refresh_from_db()
    second.refresh_from_db()
    assert first.sha256 == second.sha256 != ""
