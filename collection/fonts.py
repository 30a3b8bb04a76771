"""The PT Serif and PT Sans files npm installs (@fontsource), as @font-face rules and glyph sets.

Fontsource splits each face into subsets by Unicode range (Bashkir letters live in
"cyrillic-ext"). WeasyPrint keys embedded fonts by family, weight and style, so subsets of one
face would collide in the PDF and draw wrong glyphs; each face's subsets are therefore merged
into one TrueType file once (fontTools) and cached under COLLECTION_FONT_DIR.
"""

import functools
import json
import logging
from collections.abc import Callable
from pathlib import Path

from django.conf import settings
from fontTools.merge import Merger
from fontTools.ttLib import TTFont

FAMILIES = {"PT Serif": "pt-serif", "PT Sans": "pt-sans"}


def _font_dir() -> Path:
    return Path(settings.COLLECTION_FONT_DIR)


def _metadata(family: str) -> tuple[Path, dict]:
    package = Path(settings.NODE_MODULES) / "@fontsource" / FAMILIES[family]
    return package, json.loads((package / "metadata.json").read_text())


def merged_font(family: str, weight: int, style: str) -> Path:
    """One TrueType file with every subset of the face, built on first use."""
    package, metadata = _metadata(family)
    name = f"{metadata['id']}-{metadata['version']}-{weight}-{style}.ttf"
    path = _font_dir() / name
    if not path.exists():
        files = [
            package / "files" / f"{metadata['id']}-{subset}-{weight}-{style}.woff"
            for subset in metadata["subsets"]
        ]
        # fontTools narrates every merged table at INFO; only its warnings matter here.
        logging.getLogger("fontTools.merge").setLevel(logging.WARNING)
        font = Merger().merge([str(file) for file in files])
        font.flavor = None
        # The merger stamps the time; the sources' dates keep the file (and every PDF that
        # embeds it) the same bytes wherever and whenever it is built.
        source = TTFont(files[0])["head"]
        font["head"].created, font["head"].modified = source.created, source.modified
        font.recalcTimestamp = False
        path.parent.mkdir(parents=True, exist_ok=True)
        partial = path.with_suffix(".part")
        font.save(partial)
        partial.replace(path)
    return path


def book_fonts() -> list[tuple[str, int, str, Path]]:
    """(family, weight, style, merged file) of every face the book is set in."""
    faces = []
    for family in FAMILIES:
        _package, metadata = _metadata(family)
        for weight in metadata["weights"]:
            for style in metadata["styles"]:
                faces.append((family, weight, style, merged_font(family, weight, style)))
    return faces


def font_licences() -> list[Path]:
    """The licence (SIL OFL 1.1) that comes with each family's package."""
    return [_metadata(family)[0] / "LICENSE" for family in FAMILIES]


def font_faces_css(url: Callable[[Path], str] = Path.as_uri) -> str:
    """@font-face rules for the merged files; `url` gives each file's address (file:// URLs
    for WeasyPrint by default, paths inside the book for the EPUB)."""
    return "\n".join(
        f"@font-face {{ font-family: '{family}'; font-weight: {weight}; font-style: {style}; "
        f"src: url('{url(path)}'); }}"
        for family, weight, style, path in book_fonts()
    )


@functools.cache
def font_codepoints(family: str) -> frozenset[int]:
    """Every character the family's regular face can draw."""
    return frozenset(TTFont(merged_font(family, 400, "normal")).getBestCmap())
