"""Make-up after layout, as an editor does it: a chapter whose last page would hold fewer than
five lines, or only a callout, is laid out again on its own with a small adjustment, and its
pages replace the old ones.

The adjustments keep the chapter's page count, so every later page keeps its number, its side
and its running head, and only the short chapter is laid out a second time. First the
chapter's tracking is loosened a little (more lines from the same words); failing that, the
page before the last ends a few lines early, or early enough to let a figure move on to the
last page; and last, the pages before it each give up a line.
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
# Boxes set off from the running text: a page of only these is no page of text.
ASIDES = {"callout", "golden-rule"}
CHAPTER_START = re.compile(r'<article class="chapter" id="(chapter-\d+)"')
PART_TITLE = re.compile(r'<h1 class="part__title">(.*?)</h1>', re.S)
TAG = re.compile(r"<[^>]+>")
# Looser tracking first: lines grow by a letter or two, so paragraphs gain a line here and
# there. Justified text hides the difference.
TRACKING = [
    ".chapter p, .chapter li { letter-spacing: 0.01em; word-spacing: 0.05em; }",
    ".chapter p, .chapter li { letter-spacing: 0.02em; word-spacing: 0.08em; }",
]


def _classes(box) -> set[str]:
    element = getattr(box, "element", None)
    return set((element.get("class") or "").split()) if element is not None else set()


def _lines(box, aside: bool = False) -> Iterator[tuple[int, bool]]:
    """For each line box with text set on the page (not in its margins): its height on the
    page and whether it is an aside's."""
    if isinstance(box, boxes.MarginBox):
        return
    aside = aside or bool(ASIDES & _classes(box))
    if isinstance(box, boxes.LineBox):
        if any(isinstance(b, boxes.TextBox) and b.text.strip() for b in box.descendants()):
            yield round(box.position_y), aside
        return
    for child in getattr(box, "children", ()):
        yield from _lines(child, aside)


def lines_wanted(page: Page) -> int:
    """How many more lines of text the page needs to end a chapter: none when it holds five
    lines or more and they are not all a callout's. A line is a height on the page: a list
    item's marker and its text, or a table row's cells, are one line."""
    lines = dict(_lines(page._page_box))
    if len(lines) < MIN_LAST_PAGE_LINES:
        return MIN_LAST_PAGE_LINES - len(lines)
    return 2 if all(lines.values()) else 0


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
    """Balances the ends of the chapters of one laid-out book."""

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
            wanted = lines_wanted(pages[last])
            if wanted and last > first:
                relaid = self.relay(anchor, first, pages[first : last + 1], wanted)
                if relaid:
                    pages[first : last + 1] = relaid
        return document.copy(pages)

    def relay(self, anchor: str, first: int, pages: list[Page], wanted: int) -> list[Page]:
        """The chapter's pages laid out again with the first adjustment that gives its last
        page enough lines on as many pages; none if no adjustment does."""
        for css in self.adjustments(len(pages), wanted, _line_height(pages)):
            relaid = self.render(self.chapter_html(anchor, first, css)).pages
            relaid = relaid[first % 2 :]  # without the lead page that puts a verso first
            if (
                len(relaid) == len(pages)
                and not lines_wanted(relaid[-1])
                and not splits_a_figure(relaid)
            ):
                for page in relaid:
                    page.links.clear()
                return relaid
        return []

    @staticmethod
    def adjustments(count: int, wanted: int, line: float) -> Iterator[str]:
        yield from TRACKING
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

    def chapter_html(self, anchor: str, first: int, css: str) -> str:
        """The chapter alone, on the same side and with the same folios and running heads."""
        start = self.html.index(f'<article class="chapter" id="{anchor}"')
        article = self.html[start : self.html.index("</article>", start) + len("</article>")]
        part = PART_TITLE.findall(self.html, 0, start)[-1]
        part = html_lib.unescape(TAG.sub("", part)).strip()
        number = first + 1  # the chapter's first folio
        verso = number % 2 == 0
        # The first page of a document is a recto: a verso needs an empty page before it.
        lead = '<div class="plain"></div>' if verso else ""
        style = (
            f"@page :first {{ counter-reset: page {number - 1 if verso else number}; }}"
            f"#{anchor} {{ string-set: part {_css_string(part)}; }}"
            f"{css}"
        )
        return (
            f"{self.head}<style>{style}</style></head>{self.body_tag}{lead}{article}</body></html>"
        )
