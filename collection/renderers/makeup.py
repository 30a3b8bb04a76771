"""Make-up after layout, as an editor does it, chapter by chapter: a chapter whose last page
would hold fewer than five lines, or only a callout, or which has three hyphenated lines in a
row, is laid out again on its own with a small adjustment, and its pages replace the old ones.

The adjustments keep the chapter's page count, so every later page keeps its number, its side
and its running head, and only the chapters that need it are laid out a second time. For a
short last page, the chapter's tracking is loosened a little first (more lines from the same
words); failing that, the page before the last ends a few lines early, or early enough to let
a figure move on to the last page; and last, the pages before it each give up a line.

WeasyPrint has no `hyphenate-limit-lines`, so a ladder of three hyphenated lines is mended as
an editor asks a typesetter to: the paragraph it stands in is set again with its letters a
hair looser or tighter (±0.01 em, then ±0.02 em), which moves its line breaks, and its ladders
with them. The paragraph is tracked as a whole (a style on its own tag) and not, say, one
word kept whole in a span: WeasyPrint breaks the line too early before an inline box that
does not fit, which leaves a line of one word. A new layout may make a ladder in another
paragraph, which is then tracked in the next round, for a few rounds. Of all the layouts
tried, the first without a fault is taken, or else the one with the fewest faults when it has
fewer than the book's; a chapter no layout improves is left as it was.
"""

import html as html_lib
import re
from collections import Counter
from collections.abc import Callable, Iterator

from weasyprint.document import Document, Page
from weasyprint.formatting_structure import boxes

# No page at a chapter's end holds fewer lines (ОСТ 29.124-94 asks for at least a third of
# a page in a book; five lines is the programme's editors' rule for short chapters).
MIN_LAST_PAGE_LINES = 5
# At most this many hyphenated lines in a row on a page.
MAX_HYPHENATED_LINES = 2
# A laddered paragraph's tracking, tried in this order; at most this many layouts a chapter.
LADDER_TRACKING = ["0.01em", "-0.01em", "0.02em", "-0.02em"]
LADDER_ROUNDS = 4
# Boxes set off from the running text: a page of only these is no page of text.
ASIDES = {"callout", "golden-rule"}
CHAPTER_START = re.compile(r'<article class="chapter" id="(chapter-\d+)"')
PART_TITLE = re.compile(r'<h1 class="part__title">(.*?)</h1>', re.S)
TAG = re.compile(r"<[^>]+>")
TAG_OR_TEXT = re.compile(r"(<[^>]*>)")
# A line broken inside a word («сооб-»), and the rest of the word on the next line.
BROKEN_WORD = re.compile(r"(\w+)-$")
WORD_REST = re.compile(r"^(\w+)")
# Looser tracking first: lines grow by a letter or two, so paragraphs gain a line here and
# there. Justified text hides the difference.
TRACKING = [
    ".chapter p, .chapter li { letter-spacing: 0.01em; word-spacing: 0.05em; }",
    ".chapter p, .chapter li { letter-spacing: 0.02em; word-spacing: 0.08em; }",
]

# A block of the chapter's text: its tag and which of the chapter's blocks of that tag (from 0).
Block = tuple[str, int]


def _classes(box) -> set[str]:
    element = getattr(box, "element", None)
    return set((element.get("class") or "").split()) if element is not None else set()


def _line_boxes(box) -> Iterator[tuple[boxes.LineBox, bool]]:
    """Each line box with text set on the page (not in its margins), in reading order, and
    whether it is an aside's."""
    for line, aside, _block in _lines_in_blocks(box):
        yield line, aside


def _lines_in_blocks(box, aside: bool = False, block=None) -> Iterator[tuple]:
    """Each line box with text set on the page, whether it is an aside's, and the block box
    that holds it."""
    if isinstance(box, boxes.MarginBox):
        return
    aside = aside or bool(ASIDES & _classes(box))
    if isinstance(box, boxes.LineBox):
        if _text(box).strip():
            yield box, aside, block
        return
    for child in getattr(box, "children", ()):
        yield from _lines_in_blocks(child, aside, box)


def _text(line: boxes.LineBox) -> str:
    return "".join(b.text for b in line.descendants() if isinstance(b, boxes.TextBox))


def lines_wanted(page: Page) -> int:
    """How many more lines of text the page needs to end a chapter: none when it holds five
    lines or more and they are not all a callout's. A line is a height on the page: a list
    item's marker and its text, or a table row's cells, are one line."""
    lines = {round(line.position_y): aside for line, aside in _line_boxes(page._page_box)}
    if len(lines) < MIN_LAST_PAGE_LINES:
        return MIN_LAST_PAGE_LINES - len(lines)
    return 2 if all(lines.values()) else 0


def _blocks(pages: list[Page]) -> dict[int, Block]:
    """Each element of the pages' boxes (by id) as a tag and its index among that tag's
    elements, in the order of the source: the n-th `<p` of the chapter is its n-th p box."""
    found: dict[int, Block] = {}
    counts = Counter()
    for page in pages:
        for box in page._page_box.descendants():
            element = getattr(box, "element", None)
            tag = getattr(box, "element_tag", None)
            if element is not None and tag and id(element) not in found:
                found[id(element)] = (tag, counts[tag])
                counts[tag] += 1
    return found


def ladders(pages: list[Page], source: str) -> list[Block]:
    """The blocks (paragraphs, list items) with three hyphenated lines in a row on a page. A
    break after a compound's own hyphen («научно-|практический», as `source` spells it) is no
    hyphenation."""
    lines = [
        (number, _text(line).rstrip(), block)
        for number, page in enumerate(pages)
        for line, _aside, block in _lines_in_blocks(page._page_box)
    ]
    blocks = None  # walked only when a ladder is found: most chapters have none
    found = []
    run = 0
    for index, (number, text, block) in enumerate(lines):
        following = lines[index + 1][1] if index + 1 < len(lines) else ""
        end, rest = BROKEN_WORD.search(text), WORD_REST.match(following)
        if end and rest and rest[1][0].islower() and f"{end[1]}-{rest[1]}" not in source:
            same_page = index > 0 and lines[index - 1][0] == number
            run = run + 1 if same_page else 1
            if run > MAX_HYPHENATED_LINES:
                blocks = blocks or _blocks(pages)
                where = blocks.get(id(block.element))
                if where and where not in found:
                    found.append(where)
        else:
            run = 0
    return found


def tracked(article: str, tracking: dict[Block, str]) -> str:
    """The article with the given blocks' letters spaced as given."""
    for (tag, index), spacing in tracking.items():
        starts = [m.end() for m in re.finditer(rf"<{tag}(?=[\s>])", article)]
        if index < len(starts):
            at = starts[index]
            article = f'{article[:at]} style="letter-spacing: {spacing}"{article[at:]}'
    return article


def splits_a_figure(pages: list[Page]) -> bool:
    """Whether a figure begins on one page and ends on the next (its caption cut off)."""
    seen = set()
    for page in pages:
        figures = {
            id(box.element)
            for box in page._page_box.descendants()
            if getattr(box, "element_tag", None) == "figure"
        }
        if seen & figures:
            return True
        seen |= figures
    return False


def _line_height(pages: list[Page]) -> float:
    """The running text's line height in CSS px: the commonest among the chapter's lines."""
    heights = Counter(
        round(box.height, 2)
        for page in pages
        for box in page._page_box.descendants()
        if isinstance(box, boxes.LineBox)
    )
    return heights.most_common(1)[0][0]


def _css_string(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", " ") + '"'


class ChapterEnds:
    """Balances the ends of the chapters of one laid-out book and mends its hyphen ladders."""

    def __init__(self, html: str, render: Callable[[str], Document]):
        self.html = html
        self.render = render
        self.head = html[: html.index("</head>")]
        self.body_tag = re.search(r"<body[^>]*>", html)[0]

    def balance(self, document: Document) -> Document:
        pages = list(document.pages)
        for anchor in CHAPTER_START.findall(self.html):
            spans = [i for i, page in enumerate(pages) if anchor in page.anchors]
            first, last = spans[0], spans[-1]
            pages[first : last + 1] = Chapter(self, anchor, first, pages[first : last + 1]).relay()
        return document.copy(pages)


class Chapter:
    """One chapter of the book: its article, where it starts and its laid-out pages."""

    def __init__(self, book: ChapterEnds, anchor: str, first: int, pages: list[Page]):
        self.book = book
        self.anchor = anchor
        self.first = first
        self.pages = pages
        start = book.html.index(f'<article class="chapter" id="{anchor}"')
        self.start = start
        self.article = book.html[start : book.html.index("</article>", start) + len("</article>")]
        self.source = html_lib.unescape(TAG.sub("", self.article))

    def faults(self, pages: list[Page]) -> tuple[int, int]:
        """Lines its last page lacks (a chapter of one page may be short) and its ladders."""
        short = lines_wanted(pages[-1]) if len(pages) > 1 else 0
        return short, len(ladders(pages, self.source))

    def relay(self) -> list[Page]:
        """The chapter's pages laid out again: the first layout without a fault on as many
        pages, else the one with the fewest faults if it has fewer; else the old pages."""
        best, best_faults = self.pages, self.faults(self.pages)
        if best_faults == (0, 0):
            return best
        wanted = best_faults[0]
        for css in self.adjustments(len(self.pages), wanted) if wanted else [""]:
            relaid = self.layout(css)
            if len(relaid) != len(self.pages) or splits_a_figure(relaid):
                continue
            faults = self.faults(relaid)
            if faults < best_faults:
                best, best_faults = relaid, faults
            if best_faults == (0, 0):
                break
        for page in best:
            page.links.clear()
        return best

    def layout(self, css: str) -> list[Page]:
        """The chapter laid out with `css`, and then, for a few rounds, with its laddered
        paragraphs tracked a little differently each time, until it has no ladder."""
        pages = self.pages
        steps: dict[Block, int] = {}
        for _round in range(LADDER_ROUNDS):
            for block in ladders(pages, self.source):
                if steps.get(block, -1) + 1 < len(LADDER_TRACKING):
                    steps[block] = steps.get(block, -1) + 1
            tracking = {block: LADDER_TRACKING[step] for block, step in steps.items()}
            pages = self.book.render(self.html(css, tracking)).pages
            pages = pages[self.first % 2 :]  # without the lead page that puts a verso first
            if not ladders(pages, self.source):
                break
        return pages

    def adjustments(self, count: int, wanted: int) -> Iterator[str]:
        yield from TRACKING
        line = _line_height(self.pages)
        # Page k of the chapter is `:nth(k of chapter)`; the last is `count`.
        # The page before the last ends early: by the lines wanted, then by more, which moves
        # a figure or a table of that page on to the last one.
        for lines in (wanted, 2 * wanted + 2, 4 * wanted + 4, 8 * wanted + 8):
            yield f"@page :nth({count - 1} of chapter) {{ padding-bottom: {lines * line}px; }}"
        if count > 2:
            yield " ".join(
                f"@page :nth({count - 1 - k} of chapter) {{ padding-bottom: {line}px; }}"
                for k in range(min(wanted, count - 1))
            )

    def html(self, css: str, tracking: dict[Block, str]) -> str:
        """The chapter alone, on the same side and with the same folios and running heads."""
        part = PART_TITLE.findall(self.book.html, 0, self.start)[-1]
        part = html_lib.unescape(TAG.sub("", part)).strip()
        number = self.first + 1  # the chapter's first folio
        verso = number % 2 == 0
        # The first page of a document is a recto: a verso needs an empty page before it.
        lead = '<div class="plain"></div>' if verso else ""
        style = (
            f"@page :first {{ counter-reset: page {number - 1 if verso else number}; }}"
            f"#{self.anchor} {{ string-set: part {_css_string(part)}; }}"
            f"{css}"
        )
        article = tracked(self.article, tracking)
        return (
            f"{self.book.head}<style>{style}</style></head>{self.book.body_tag}"
            f"{lead}{article}</body></html>"
        )
