"""The checks a prepress operator runs on a built print PDF, read back with pypdf.

Every page's content is interpreted as a printer's RIP would walk it (graphics state stack,
transformation matrix, line width, fill colour, forms drawn inside pages): what colour each
piece of text is set in, how thick each stroked line is, at what resolution each image prints,
which colour spaces and transparency groups are used, and whether every font is embedded.
Photos in CMYK are decoded to measure their total ink coverage.
"""

import io
import math
import re
from collections.abc import Iterator
from dataclasses import dataclass, field

import numpy
import pypdf
from django.conf import settings
from django.core.cache import cache
from django.utils.formats import number_format
from django.utils.translation import get_language, gettext_lazy
from django.utils.translation import gettext as _
from PIL import Image, ImageCms
from pypdf.errors import PdfReadError
from pypdf.generic import ArrayObject, DictionaryObject, NameObject

# A file without a CMYK output profile to ask is checked against offset on coated paper
# (FOGRA39, ISO 12647-2 paper types 1 and 2): at most 300 % of ink.
DEFAULT_INK_LIMIT_PERCENT = 300
# The thinnest line a plate and the paper hold: thinner ones break up or vanish.
MIN_LINE_PT = 0.25
MIN_PPI = 300
# Black text is black ink alone; at least this much black with any other ink is rich black.
RICH_BLACK_K = 0.95
# A few findings of each kind are enough to find the rest in the file.
SHOWN_FINDINGS = 5
# Photos are reduced by this factor before their ink is measured: single pixels of JPEG noise
# are no ink a press lays down.
INK_SAMPLE_REDUCTION = 4

TEXT_SHOWING = {b"Tj", b"TJ", b"'", b'"'}
STROKING = {b"S", b"s", b"B", b"B*", b"b", b"b*"}
DEVICE_SPACES = {"/DeviceGray": "Gray", "/DeviceRGB": "RGB", "/DeviceCMYK": "CMYK"}
ICC_SPACES = {1: "Gray", 3: "RGB", 4: "CMYK"}
COMPONENTS = {"Gray": 1, "RGB": 3, "CMYK": 4}
IDENTITY = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)
PT_PER_MM = 72 / 25.4
# Reports of a build's bytes never change: kept a day, so the admin page and its PDF are quick.
REPORT_CACHE_SECONDS = 24 * 3600


# A content stream's tokens. pypdf's own parser builds an object for every string shown, which
# takes seconds a page on a book; the checks need only numbers, names and operators.
TOKEN = re.compile(
    rb"(?:[\x00\t\n\x0c\r ]+|%[^\r\n]*)*"  # white space and comments before the token
    rb"(?:(?P<number>[+-]?(?:\d+\.?\d*|\.\d+))"
    rb"|(?P<name>/[^\x00\t\n\x0c\r ()<>\[\]{}/%]*)"
    rb"|(?P<hex><[0-9A-Fa-f\x00\t\n\x0c\r ]*>)"
    rb"|(?P<open><<|\[|\{)"
    rb"|(?P<close>>>|\]|\})"
    rb"|(?P<string>\()"
    rb"|(?P<operator>[^\x00\t\n\x0c\r ()<>\[\]{}/%]+))?"
)
STRING_PART = re.compile(rb"[()\\]")
INLINE_IMAGE_END = re.compile(rb"\sEI(?=[\s]|$)")
OTHER = object()  # an operand the checks do not read: a string, an array, a dictionary


def _string_end(data: bytes, position: int) -> int:
    """The position after a literal string that opens just before `position`."""
    depth = 1
    while depth:
        found = STRING_PART.search(data, position)
        if found is None:
            return len(data)
        position = found.end()
        if found.group() == b"\\":
            position += 1
        else:
            depth += 1 if found.group() == b"(" else -1
    return position


def operations(data: bytes) -> Iterator[tuple[list, bytes]]:
    """(operands, operator) of a content stream: numbers as floats, names as pypdf names."""
    operands, depth, position = [], 0, 0
    while position < len(data):
        token = TOKEN.match(data, position)
        kind = token.lastgroup
        if kind is None:  # the end, or a stray delimiter: skip it
            position = token.end() + 1
            continue
        position = token.end()
        if kind == "string":
            position = _string_end(data, position)
        if kind == "open":
            depth += 1
        elif kind == "close":
            depth = max(depth - 1, 0)
            if not depth:
                operands.append(OTHER)
        elif depth:
            continue
        elif kind == "number":
            operands.append(float(token.group(kind)))
        elif kind == "name":
            operands.append(NameObject(token.group(kind).decode("latin-1")))
        elif kind in ("hex", "string"):
            operands.append(OTHER)
        else:
            operator = token.group(kind)
            if operator == b"ID":  # inline image data, up to EI
                end = INLINE_IMAGE_END.search(data, position)
                position = end.end() if end else len(data)
            yield operands, operator
            operands = []


def _multiply(first: tuple, second: tuple) -> tuple:
    a, b, c, d, e, f = first
    a2, b2, c2, d2, e2, f2 = second
    return (
        a * a2 + b * c2,
        a * b2 + b * d2,
        c * a2 + d * c2,
        c * b2 + d * d2,
        e * a2 + f * c2 + e2,
        e * b2 + f * d2 + f2,
    )


def colour_family(space, resources) -> str:
    """Gray, RGB, CMYK, Spot, Registration, Lab or Pattern: what a colour space prints as."""
    space = space.get_object() if space is not None else NameObject("/DeviceGray")
    if isinstance(space, NameObject):
        if space in DEVICE_SPACES:
            return DEVICE_SPACES[space]
        if space == "/Pattern":
            return "Pattern"
        named = resources.get("/ColorSpace", DictionaryObject()).get_object().get(space)
        return colour_family(named, resources) if named is not None else "Unknown"
    kind = space[0]
    if kind == "/ICCBased":
        return ICC_SPACES.get(int(space[1].get_object()["/N"]), "Unknown")
    if kind in ("/CalRGB", "/CalGray", "/Lab"):
        return {"/CalRGB": "RGB", "/CalGray": "Gray", "/Lab": "Lab"}[kind]
    if kind == "/Separation":
        return "Registration" if space[1] == "/All" else "Spot"
    if kind == "/DeviceN":
        return "Spot"
    if kind == "/Indexed":
        return colour_family(space[1], resources)
    if kind == "/Pattern":
        return "Pattern"
    return "Unknown"


@dataclass
class _State:
    ctm: tuple = IDENTITY
    line_width: float = 1.0
    fill: tuple = ("Gray", (0.0,))


@dataclass
class Findings:
    """What the walk through the pages found, each with its page number (from 1)."""

    text_colours: set = field(default_factory=set)  # (page, family, values)
    fill_colours: set = field(default_factory=set)  # (page, family, values)
    line_widths: list = field(default_factory=list)  # (page, width in pt)
    images: list = field(default_factory=list)  # (page, xobject, ppi)
    colour_spaces: set = field(default_factory=set)  # (page, family, where)
    groups: set = field(default_factory=set)  # (page, family of the transparency group)
    fonts: dict = field(default_factory=dict)  # font name → embedded


class _Walker:
    def __init__(self, findings: Findings, page_number: int):
        self.found = findings
        self.page = page_number

    def uses(self, family: str, where: str) -> None:
        self.found.colour_spaces.add((self.page, family, where))

    def group(self, xobject, resources) -> None:
        group = xobject.get("/Group")
        if group is not None and group.get_object().get("/S") == "/Transparency":
            space = group.get_object().get("/CS")
            if space is not None:
                self.found.groups.add((self.page, colour_family(space, resources)))

    def fonts(self, resources) -> None:
        for font in resources.get("/Font", DictionaryObject()).get_object().values():
            font = font.get_object()
            name = str(font.get("/BaseFont", font.get("/Name", "Type 3")))
            if name not in self.found.fonts:
                self.found.fonts[name] = _embedded(font)

    def walk(self, content, resources, ctm: tuple) -> None:
        resources = resources.get_object() if resources is not None else DictionaryObject()
        self.fonts(resources)
        for shading in resources.get("/Shading", DictionaryObject()).get_object().values():
            self.uses(
                colour_family(shading.get_object().get("/ColorSpace"), resources), _("shading")
            )
        state, stack = _State(ctm=ctm), []
        for operands, operator in operations(content.get_data()):
            if operator == b"q":
                stack.append(_State(state.ctm, state.line_width, state.fill))
            elif operator == b"Q" and stack:
                state = stack.pop()
            elif operator == b"cm":
                state.ctm = _multiply(tuple(float(n) for n in operands), state.ctm)
            elif operator == b"w":
                state.line_width = float(operands[0])
            elif operator in (b"g", b"rg", b"k"):
                family = {b"g": "Gray", b"rg": "RGB", b"k": "CMYK"}[operator]
                state.fill = (family, tuple(float(n) for n in operands))
                self._fill(state.fill)
            elif operator in (b"G", b"RG", b"K"):
                self.uses({b"G": "Gray", b"RG": "RGB", b"K": "CMYK"}[operator], _("stroke"))
            elif operator == b"cs":
                family = colour_family(operands[0], resources)
                state.fill = (family, (0.0,) * (COMPONENTS.get(family, 1) - 1) + (1.0,))
                self.uses(family, _("fill"))
            elif operator == b"CS":
                self.uses(colour_family(operands[0], resources), _("stroke"))
            elif operator in (b"sc", b"scn"):
                values = tuple(float(n) for n in operands if isinstance(n, (int, float)))
                state.fill = (state.fill[0], values)
                self._fill(state.fill)
            elif operator in TEXT_SHOWING:
                self.found.text_colours.add((self.page, *state.fill))
            elif operator in STROKING:
                scale = math.sqrt(abs(state.ctm[0] * state.ctm[3] - state.ctm[1] * state.ctm[2]))
                self.found.line_widths.append((self.page, state.line_width * scale))
            elif operator == b"Do":
                self.draw(operands[0], resources, state.ctm)

    def _fill(self, fill: tuple) -> None:
        self.found.fill_colours.add((self.page, *fill))
        self.uses(fill[0], _("fill"))

    def draw(self, name, resources, ctm: tuple) -> None:
        xobject = resources.get("/XObject", DictionaryObject()).get_object().get(name)
        if xobject is None:
            return
        xobject = xobject.get_object()
        if xobject.get("/Subtype") == "/Image":
            self.image(xobject, resources, ctm)
        elif xobject.get("/Subtype") == "/Form":
            self.group(xobject, resources)
            matrix = tuple(float(n) for n in xobject.get("/Matrix", IDENTITY))
            inner = xobject.get("/Resources", resources)
            self.walk(xobject, inner, _multiply(matrix, ctm))

    def image(self, xobject, resources, ctm: tuple) -> None:
        if xobject.get("/ImageMask"):
            return  # a stencil painted in the fill colour: no colour of its own
        self.uses(colour_family(xobject.get("/ColorSpace"), resources), _("image"))
        shown_width = math.hypot(ctm[0], ctm[1]) / 72
        shown_height = math.hypot(ctm[2], ctm[3]) / 72
        if shown_width and shown_height:
            ppi = min(int(xobject["/Width"]) / shown_width, int(xobject["/Height"]) / shown_height)
            self.found.images.append((self.page, xobject, ppi))


def _embedded(font) -> bool:
    """Whether a font's glyphs travel in the file (Type 3 glyphs always do)."""
    if font.get("/Subtype") == "/Type3":
        return True
    if font.get("/Subtype") == "/Type0":
        font = font["/DescendantFonts"][0].get_object()
    descriptor = font.get("/FontDescriptor")
    if descriptor is None:
        return False
    descriptor = descriptor.get_object()
    return any(key in descriptor for key in ("/FontFile", "/FontFile2", "/FontFile3"))


def pdf_findings(pdf: pypdf.PdfReader) -> Findings:
    findings = Findings()
    for number, page in enumerate(pdf.pages, start=1):
        walker = _Walker(findings, number)
        walker.group(page, page.get("/Resources", DictionaryObject()).get_object())
        contents = page.get_contents()
        if contents is not None:
            walker.walk(contents, page.get("/Resources"), IDENTITY)
    return findings


def image_ink_percent(xobject) -> float | None:
    """The most ink a CMYK image lays down anywhere (C+M+Y+K, %); None for other images."""
    if colour_family(xobject.get("/ColorSpace"), DictionaryObject()) != "CMYK":
        return None
    filters = xobject.get("/Filter")
    filters = list(filters) if isinstance(filters, ArrayObject) else [filters]
    if "/DCTDecode" in filters:
        image = Image.open(io.BytesIO(xobject._data))  # the JPEG itself; Pillow inverts Adobe CMYK
    else:
        size = (int(xobject["/Width"]), int(xobject["/Height"]))
        image = Image.frombytes("CMYK", size, xobject.get_data())
    reduced = image.convert("CMYK").reduce(INK_SAMPLE_REDUCTION)
    inks = numpy.asarray(reduced, dtype=numpy.uint16).sum(axis=2)
    return round(float(inks.max()) / 255 * 100, 1)


@dataclass(frozen=True)
class Check:
    label: str
    passed: bool
    summary: str
    findings: tuple[str, ...] = ()


@dataclass(frozen=True)
class PrepressReport:
    page_count: int
    output_condition: str
    checks: tuple[Check, ...]

    @property
    def passed(self) -> bool:
        return all(check.passed for check in self.checks)

    def check(self, label) -> Check:
        return next(check for check in self.checks if check.label == label)


class CheckName:
    """The report's checks, in the order a prepress operator reads them."""

    READABLE = gettext_lazy("The file opens as a PDF")
    SIGNATURE = gettext_lazy("Page count fits the signature")
    TRIM = gettext_lazy("Trim size and bleed")
    FONTS = gettext_lazy("Fonts embedded")
    COLOUR_SPACES = gettext_lazy("No RGB or spot colours")
    TEXT_BLACK = gettext_lazy("No rich black or registration colour in text")
    INK = gettext_lazy("Total ink coverage")
    LINES = gettext_lazy("Minimum line weight")
    RESOLUTION = gettext_lazy("Image resolution")
    GROUPS = gettext_lazy("No transparency groups in RGB")


def _check(label, problems: list[str], passed_summary: str, failed_summary: str) -> Check:
    return Check(
        label=str(label),
        passed=not problems,
        summary=failed_summary if problems else passed_summary,
        findings=tuple(problems[:SHOWN_FINDINGS]),
    )


def _page(number: int) -> str:
    return _("page %(page)s") % {"page": number}


def _rich_black(family: str, values: tuple) -> str | None:
    """Why a text colour would print badly: rich black or registration; None if it would not."""
    if family == "Registration":
        return _("registration colour")
    if family == "CMYK" and len(values) == 4:
        cyan, magenta, yellow, black = values
        if min(values) >= RICH_BLACK_K:
            return _("registration colour")
        if black >= RICH_BLACK_K and cyan + magenta + yellow > 0:
            return _("rich black")
    return None


def _formatted(values: tuple) -> str:
    return " ".join(f"{round(value * 100)}" for value in values)


def _output_profile(pdf: pypdf.PdfReader) -> ImageCms.ImageCmsProfile | None:
    """The profile of the PDF/X output intent, if the file has one that can be read."""
    intents = pdf.trailer["/Root"].get("/OutputIntents")
    if not intents:
        return None
    profile = intents[0].get_object()["/DestOutputProfile"].get_object()
    try:
        return ImageCms.ImageCmsProfile(io.BytesIO(profile.get_data()))
    except (OSError, ImageCms.PyCMSError):
        return None


def output_condition(pdf: pypdf.PdfReader) -> str:
    """The PDF/X output intent's condition: its profile's own description."""
    intents = pdf.trailer["/Root"].get("/OutputIntents")
    if not intents:
        return "—"
    profile = _output_profile(pdf)
    described = ImageCms.getProfileDescription(profile) if profile else ""
    return described.strip() or str(intents[0].get_object().get("/OutputConditionIdentifier"))


def ink_limit_percent(pdf: pypdf.PdfReader) -> int:
    """The most ink the output condition takes: COLLECTION_INK_LIMIT_PERCENT when the
    printing house states it, else its CMYK profile's own limit. A profile's separation lays
    down the most ink for the deepest black, so that black's total ink, to the nearest 10 %,
    is the limit it was made with (the shipped FOGRA39 profile: 297.6 %, so 300 %)."""
    if settings.COLLECTION_INK_LIMIT_PERCENT:
        return settings.COLLECTION_INK_LIMIT_PERCENT
    profile = _output_profile(pdf)
    if profile is None or profile.profile.xcolor_space.strip() != "CMYK":
        return DEFAULT_INK_LIMIT_PERCENT
    black = ImageCms.applyTransform(
        Image.new("RGB", (1, 1)),
        ImageCms.buildTransform(ImageCms.createProfile("sRGB"), profile, "RGB", "CMYK"),
    )
    return round(sum(black.getpixel((0, 0))) / 255 * 10) * 10


def _trim_check(pdf: pypdf.PdfReader, trim_mm: tuple, bleed_mm: int) -> Check:
    problems = []
    for number, page in enumerate(pdf.pages, start=1):
        trim, media = page.trimbox, page.mediabox
        size = (round(float(trim.width) / PT_PER_MM), round(float(trim.height) / PT_PER_MM))
        bleed = min(
            float(trim.left) - float(media.left),
            float(media.right) - float(trim.right),
            float(trim.bottom) - float(media.bottom),
            float(media.top) - float(trim.top),
        )
        if size != tuple(trim_mm) or round(bleed / PT_PER_MM, 1) < bleed_mm:
            problems.append(
                _("%(page)s: trim %(width)s × %(height)s mm, bleed %(bleed)s mm")
                % {
                    "page": _page(number),
                    "width": size[0],
                    "height": size[1],
                    "bleed": number_format(round(bleed / PT_PER_MM, 1)),
                }
            )
    return _check(
        CheckName.TRIM,
        problems,
        _("Every page is %(width)s × %(height)s mm with %(bleed)s mm of bleed.")
        % {"width": trim_mm[0], "height": trim_mm[1], "bleed": bleed_mm},
        _("Pages off the trim size or short of bleed:"),
    )


def prepress_report(
    content: bytes, *, signature: int, trim_mm: tuple, bleed_mm: int
) -> PrepressReport:
    """Every check on a print PDF's bytes, each with the first places that fail it."""
    try:
        pdf = pypdf.PdfReader(io.BytesIO(content))
    except PdfReadError as error:
        unreadable = Check(
            label=str(CheckName.READABLE),
            passed=False,
            summary=_("The file cannot be read as a PDF: %(error)s") % {"error": error},
        )
        return PrepressReport(page_count=0, output_condition="—", checks=(unreadable,))
    found = pdf_findings(pdf)
    pages = len(pdf.pages)
    checks = [
        _check(
            CheckName.SIGNATURE,
            [] if pages % signature == 0 else [_("%(pages)s pages") % {"pages": pages}],
            _("%(pages)s pages: %(sheets)s sheets of %(signature)s pages.")
            % {"pages": pages, "sheets": pages // signature, "signature": signature},
            _("%(pages)s pages do not fill whole sheets of %(signature)s pages.")
            % {"pages": pages, "signature": signature},
        ),
        _trim_check(pdf, trim_mm, bleed_mm),
        _check(
            CheckName.FONTS,
            [name.lstrip("/") for name, embedded in found.fonts.items() if not embedded],
            _("All %(count)s fonts are embedded.") % {"count": len(found.fonts)},
            _("Fonts not embedded:"),
        ),
        _colour_space_check(found),
        _text_black_check(found),
        _ink_check(found, ink_limit_percent(pdf)),
        _line_check(found),
        _resolution_check(found),
        _check(
            CheckName.GROUPS,
            [
                _("%(page)s: a transparency group in %(space)s")
                % {"page": _page(page), "space": family}
                for page, family in sorted(found.groups)
                if family == "RGB"
            ],
            _("Transparency is blended in the output condition's colours."),
            _("Transparency groups blend in RGB:"),
        ),
    ]
    return PrepressReport(
        page_count=pages, output_condition=output_condition(pdf), checks=tuple(checks)
    )


def build_prepress_report(build) -> PrepressReport:
    """The report on a print build's file, measured once per file and language."""
    edition = build.edition
    sizes = f"{edition.signature_pages}:{edition.trim_size}:{edition.bleed_mm}"
    limit = settings.COLLECTION_INK_LIMIT_PERCENT
    key = f"collection:prepress:{build.sha256}:{sizes}:{limit}:{get_language()}"
    report = cache.get(key)
    if report is None:
        with build.file.open("rb") as file:
            content = file.read()
        report = prepress_report(
            content,
            signature=edition.signature_pages,
            trim_mm=edition.trim_mm,
            bleed_mm=edition.bleed_mm,
        )
        cache.set(key, report, REPORT_CACHE_SECONDS)
    return report


def _colour_space_check(found: Findings) -> Check:
    names = {
        "Spot": _("spot colour"),
        "Registration": _("registration colour"),
        "Unknown": _("unknown colour space"),
    }
    problems = [
        _("%(page)s: %(space)s (%(where)s)")
        % {"page": _page(page), "space": names.get(family, family), "where": where}
        for page, family, where in sorted(found.colour_spaces)
        if family in ("RGB", "Spot", "Registration", "Lab", "Unknown")
    ]
    return _check(
        CheckName.COLOUR_SPACES,
        problems,
        _("Everything prints in process colours (CMYK, and grey on the black plate)."),
        _("Colours outside CMYK:"),
    )


def _text_black_check(found: Findings) -> Check:
    problems = []
    for page, family, values in sorted(found.text_colours):
        if reason := _rich_black(family, values):
            problems.append(
                _("%(page)s: text in %(reason)s (CMYK %(values)s)")
                % {"page": _page(page), "reason": reason, "values": _formatted(values)}
            )
    return _check(
        CheckName.TEXT_BLACK,
        problems,
        _("Black text is on the black plate alone."),
        _("Text that would blur when the plates are slightly out of register:"),
    )


def _ink_check(found: Findings, limit: int) -> Check:
    problems, most, measured = [], 0.0, {}
    for page, xobject, _ppi in found.images:
        key = id(xobject)
        if key not in measured:
            measured[key] = image_ink_percent(xobject)
        ink = measured[key]
        if ink is None:
            continue
        most = max(most, ink)
        if ink > limit:
            problems.append(
                _("%(page)s: a photo with %(ink)s %% of ink")
                % {"page": _page(page), "ink": number_format(ink)}
            )
    for page, family, values in sorted(found.fill_colours):
        if family == "CMYK" and sum(values) * 100 > limit:
            problems.append(
                _("%(page)s: a colour of %(ink)s %% of ink")
                % {"page": _page(page), "ink": round(sum(values) * 100)}
            )
    return _check(
        CheckName.INK,
        problems,
        _("At most %(most)s %% of ink on photos after separation (limit %(limit)s %%).")
        % {"most": number_format(most), "limit": limit},
        _("More ink than the %(limit)s %% that the output condition takes:") % {"limit": limit},
    )


def _line_check(found: Findings) -> Check:
    thin = [(page, width) for page, width in found.line_widths if width < MIN_LINE_PT]
    thinnest = min((width for _page_number, width in found.line_widths), default=None)
    problems = [
        _("%(page)s: a line of %(width)s pt")
        % {"page": _page(page), "width": number_format(round(width, 3))}
        for page, width in thin
    ]
    return _check(
        CheckName.LINES,
        problems,
        _("The thinnest line is %(width)s pt (at least %(min)s pt).")
        % {
            "width": number_format(round(thinnest, 2)) if thinnest is not None else "—",
            "min": number_format(MIN_LINE_PT),
        },
        _("Lines thinner than %(min)s pt, which may not print:")
        % {"min": number_format(MIN_LINE_PT)},
    )


def _resolution_check(found: Findings) -> Check:
    problems = [
        _("%(page)s: an image at %(ppi)s ppi") % {"page": _page(page), "ppi": round(ppi)}
        for page, _xobject, ppi in found.images
        if ppi < MIN_PPI
    ]
    lowest = min((ppi for _page_number, _xobject, ppi in found.images), default=None)
    return _check(
        CheckName.RESOLUTION,
        problems,
        _("%(count)s images, the lowest at %(ppi)s ppi (at least %(min)s).")
        % {
            "count": len(found.images),
            "ppi": round(lowest) if lowest is not None else "—",
            "min": MIN_PPI,
        },
        _("Images below %(min)s ppi at their printed size:") % {"min": MIN_PPI},
    )
