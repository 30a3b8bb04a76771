"""The demo edition's print and screen PDFs read as an editor and a printing house read them:
page by page, line by line, with pypdf."""

import re
from decimal import ROUND_HALF_UP, Decimal

import pypdf

from .demo_book import Book, Line

MM = 72 / 25.4
# WeasyPrint draws in CSS px (0.75 pt): sizes and positions come out of pypdf in px.
PX = 96 / 25.4  # a millimetre
BODY_PX = 10.5 / 0.75
PART_TITLE_PX = round(20 / 0.75, 1)
CHAPTER_TITLE_PX = round(15 / 0.75, 1)
A5_HEIGHT_PX = 210 * PX
MARGIN_PX = 20 * PX  # top and bottom: running heads above, folios below


def letters(text: str) -> str:
    """Only the letters and digits: line breaks, hyphenation and spacing do not count."""
    return re.sub(r"[\W_]", "", text.casefold())


def test_no_lead_is_printed_twice(book):
    """Lectures' leads and summaries used to be the same words, one after the other."""
    assert book.leads
    whole = letters("".join(book.texts))
    for lead in book.leads:
        assert whole.count(letters(lead)) == 1, lead


def test_a_fair_prints_its_dates_place_participants_and_report(book):
    """A fair's chapter is its record, not only its title and lead."""
    fair = [text for text in book.texts if "Ярмарка сообществ Бирского района" in text]
    record = letters(" ".join(text for text in fair if "Участников" in text))
    for words in ("Даты", "Место", "Муниципалитет", "Отчёт", "Свои площадки представили"):
        assert letters(words) in record, words


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
    """WeasyPrint has no hyphenate-limit-lines: the make-up pass keeps the third line's broken
    word whole (collection/renderers/makeup.py)."""
    whole = compounds(book)
    for number, lines in enumerate(book.lines):
        run = 0
        for line, following in zip(lines, lines[1:], strict=False):
            run = run + 1 if hyphenated(line, following, whole) else 0
            assert run <= 2, (number + 1, line.text)


CALLOUT_KINDS = {"Примечание", "Совет", "Предупреждение"}


def test_a_callout_carries_one_label(book):
    """Its title, or its kind when it has none: never «Примечание» over «Важно»."""
    labels = [
        (line, following)
        for lines in book.lines
        for line, following in zip(lines, lines[1:], strict=False)
        if line.text.strip() in CALLOUT_KINDS
    ]
    titles = [line for lines in book.lines for line in lines if line.text in {"Важно", "Совет"}]
    assert titles  # the demo's callouts have titles
    for line, following in labels:
        assert following.font != line.font, (line.text, following.text)


def test_a_photo_credit_is_set_off_from_its_caption(book):
    """«Субботник во дворе. Фото: архив сообщества», not «Субботник во дворе Фото: …»."""
    text = " ".join(book.texts).replace("\n", " ")
    assert text.count("Фото:") > 10
    assert not re.search(r"[^.!?…\s]\s+Фото:", text), re.findall(r"\S+\s+Фото:", text)[:5]


def test_the_title_is_centred_on_the_title_page(book):
    title, *others = [line for line in book.lines[0] if line.font.startswith("PT-Sans")]
    assert title.text == "Конструктор сообществ" and not others
    widest = min(line.x for line in book.lines[0])  # the longest centred line starts first
    assert title.x > widest + 10 * MM


def annotations(book: Book) -> list:
    return [a.get_object() for page in book.pdf.pages for a in page.get("/Annots", [])]


def test_the_print_pdf_has_no_link_annotations(book, screen_book):
    assert annotations(book) == []
    assert len(annotations(screen_book)) > 50  # the screen PDF keeps its links


def test_screen_links_go_to_the_public_site(screen_book, settings):
    uris = [a["/A"]["/URI"] for a in annotations(screen_book) if "/URI" in a.get("/A", {})]
    assert uris
    assert not [uri for uri in uris if re.search(r"//(127\.0\.0\.1|localhost|testserver)", uri)]
    assert any(uri.startswith(settings.COLLECTION_PUBLIC_BASE_URL + "/") for uri in uris)


def figures(node):
    """The /Figure structure elements of a tagged PDF's structure tree."""
    node = node.get_object()
    if isinstance(node, pypdf.generic.ArrayObject):
        for child in node:
            yield from figures(child)
    elif isinstance(node, pypdf.generic.DictionaryObject):
        if node.get("/S") == "/Figure":
            yield node
        if "/K" in node:
            yield from figures(node["/K"])


def test_every_figure_of_the_screen_pdf_has_alternative_text(screen_book):
    """PDF/UA: photos and the generated map alike."""
    tree = screen_book.pdf.trailer["/Root"]["/StructTreeRoot"]
    found = list(figures(tree))
    assert len(found) > 10
    assert [figure.get("/Alt") for figure in found if not figure.get("/Alt")] == []


def running_head(lines: list[Line]) -> str:
    return " ".join(line.text for line in lines if line.y < MARGIN_PX).replace("\xa0", " ")


def folio(lines: list[Line]) -> str:
    return " ".join(line.text for line in lines if line.y > A5_HEIGHT_PX - MARGIN_PX)


def body(lines: list[Line]) -> list[Line]:
    return [line for line in lines if MARGIN_PX <= line.y <= A5_HEIGHT_PX - MARGIN_PX]


def opening(lines: list[Line], size: float, titles: list[str]) -> str | None:
    """The title a part or chapter opening page starts with, if the page is one."""
    first = body(lines)[:1]
    if not first or first[0].size != size or "Bold" not in first[0].font:
        return None
    return next((t for t in titles if letters(t).startswith(letters(first[0].text))), None)


def last_content_page(book: Book) -> int:
    """The number of the last page with text before the blank pages and the output data."""
    return max(n for n, lines in enumerate(book.lines[:-1], start=1) if lines)


def test_running_heads_and_folios_follow_the_book_rules(book):
    """No running head on part titles, chapter openings and blank pages; no folio on part
    titles and blank pages; a verso carries its part's title, a recto its chapter's."""
    first_part = next(
        n for n, lines in enumerate(book.lines) if opening(lines, PART_TITLE_PX, book.parts)
    )
    for lines in book.lines[:first_part] + book.lines[-1:]:  # front matter, output data
        assert not running_head(lines) and not folio(lines)
    end = last_content_page(book)
    part = chapter = None
    for number, lines in enumerate(book.lines[first_part:end], start=first_part + 1):
        where = (number, running_head(lines), folio(lines))
        if not lines:  # blank: only ever the verso before a part that opens on a recto
            assert number % 2 == 0 and opening(book.lines[number], PART_TITLE_PX, book.parts)
        elif title := opening(lines, PART_TITLE_PX, book.parts):
            part, chapter = title, None
            assert number % 2 == 1 and not running_head(lines) and not folio(lines), where
        elif title := opening(lines, CHAPTER_TITLE_PX, book.chapters):
            chapter = title
            assert not running_head(lines) and folio(lines) == str(number), where
        elif number % 2 == 0:
            assert running_head(lines) == part and folio(lines) == str(number), where
        else:
            head = running_head(lines)
            assert head and head != part and folio(lines) == str(number), where
            if chapter:  # the chapter's title, shortened when long
                assert letters(chapter).startswith(letters(head.removesuffix("…"))), where


def test_the_book_block_fills_whole_sheets_blanks_before_the_output_data(book):
    """Sixteen-page sheets (the edition's default signature): the blank pages that fill the
    last one stand together before the output data, none in the middle of a part."""
    assert len(book.pdf.pages) % 16 == 0
    assert "Тираж 500 экз." in book.texts[-1]
    end = last_content_page(book)
    assert 0 <= len(book.pdf.pages) - 1 - end < 16  # none when the text fills the sheets
    assert not any(book.texts[n].strip() for n in range(end, len(book.pdf.pages) - 1))


def flat(text: str) -> str:
    """The text on one line, single-spaced (no-break spaces too)."""
    return " ".join(text.split())


def test_the_title_page_names_the_compilers_the_editor_and_the_age_mark(book):
    title = flat(book.texts[0])
    assert "Составители: Г. Р. Ахметова, И. В. Соколов" in title
    assert "Под редакцией Е. В. Морозовой" in title  # the surname in the genitive
    assert "12+" in title  # Federal Law 436-FZ


def test_the_bibliographic_record_states_the_printed_books_extent(book, screen_book):
    """«Title : other title information / responsibility. — Place : Publisher, Year. —
    96 с. : ил.», the count being the print PDF's own, padded to whole sheets."""
    pages = len(book.pdf.pages)
    assert pages % 16 == 0
    record = flat(book.texts[1])
    assert "Конструктор сообществ : сборник материалов программы" in record
    assert "Редактор: Е. В. Морозова" in record  # one editor: the singular
    unbroken = re.sub(r"(?<=\w)- (?=\w)", "", record)  # words hyphenated at a line's end
    assert "/ составители: Г. Р. Ахметова, И. В. Соколов ; под редакцией Е. В. Морозовой." in (
        unbroken
    )
    assert f"2026. — {pages} с. : ил." in record
    # The screen PDF is a copy of the printed book: it states the same extent.
    assert f"— {pages} с. : ил." in flat(screen_book.texts[1])


def test_the_output_data_state_the_printing_figures(book):
    pages = len(book.pdf.pages)
    # 60×84/16: pages over the 16 leaves of a printed sheet, times 0.93 (60×84 over 60×90).
    sheets = (Decimal(pages) / 16 * Decimal("0.93")).quantize(Decimal("0.01"), ROUND_HALF_UP)
    output = flat(book.texts[-1])
    assert "Усл. печ. л. {}.".format(str(sheets).replace(".", ",")) in output
    for figure in [
        "Ответственный редактор Е. В. Морозова",
        "Подписано в печать 20.11.2026.",
        "Формат 60×84/16.",
        "Уч.-изд. л. 6,80.",
        "Тираж 500 экз. Заказ № 2611.",
        "Отпечатано: Типография «Демонстрационная» 450005, Республика Башкортостан",
    ]:
        assert figure in output, figure


# Make-up: what an editor checks on every page of a laid-out book.


def test_the_demo_book_has_the_length_of_the_real_collection(book):
    """The programme plans a collection of 150–250 pages: the demo is laid out at that length,
    so the make-up rules are exercised on realistic pages."""
    assert 150 <= len(book.pdf.pages) <= 250


def test_a_table_caption_stands_on_the_page_of_its_table(book):
    """Never a caption at the foot of one page and its table on the next."""
    assert len(book.tables) >= 10
    pages = [letters(text) for text in book.texts]
    for caption, heading, cell, _last in book.tables:
        number, text = next((n, t) for n, t in enumerate(pages, 1) if letters(caption) in t)
        below = text[text.index(letters(caption)) + len(letters(caption)) :]
        assert letters(heading) in below and letters(cell) in below, (number, caption)


def test_a_long_table_breaks_between_rows_with_its_heading_row_repeated(book):
    """A table kept whole would jump to the next page and leave the foot of this one empty:
    a table of four rows or more breaks between its rows, at least two on each page, and the
    next page starts with its heading row again."""
    pages = [letters(text) for text in book.texts]
    broken = 0
    for caption, heading, _first, last in book.tables:
        start = letters(caption + heading)  # the caption, then the heading row
        number = next(n for n, t in enumerate(pages) if start in t)
        if letters(last) in pages[number].split(start, 1)[1]:
            continue  # the table is whole on its page
        broken += 1
        top = " ".join(line.text for line in text_rows(book.lines[number + 1])[0])
        assert letters(top).startswith(letters(heading)), (number + 2, caption)
        assert letters(last) in pages[number + 1], (number + 2, caption)
    assert broken  # the demo has long tables that would leave half a page empty


def text_rows(lines: list[Line]) -> list[list[Line]]:
    """The body's lines of text top to bottom, each as the runs set on it."""
    rows: dict[float, list[Line]] = {}
    for line in body(lines):
        rows.setdefault(round(line.y), []).append(line)
    return [rows[y] for y in sorted(rows)]


def is_heading(row: list[Line]) -> bool:
    """A section heading or a step's title: a line set in bold at the body size or larger."""
    return all("Bold" in line.font and line.size >= BODY_PX for line in row)


def chapter_pages(book: Book) -> list[range]:
    """The pages of each chapter, from its opening to the page before what follows it."""
    starts = [
        n
        for n, lines in enumerate(book.lines)
        if opening(lines, CHAPTER_TITLE_PX, book.chapters)
        or opening(lines, PART_TITLE_PX, book.parts)
        or not lines
    ]
    chapters = [n for n in starts if opening(book.lines[n], CHAPTER_TITLE_PX, book.chapters)]
    return [range(n, next(s for s in starts if s > n)) for n in chapters]


def test_no_chapter_ends_on_a_page_of_under_five_lines(book):
    """A chapter's last page holds five lines of text or more, not a line or two; a chapter
    of a single page may be short."""
    chapters = chapter_pages(book)
    assert len(chapters) >= 20
    short = [
        (pages[-1] + 1, len(text_rows(book.lines[pages[-1]])))
        for pages in chapters
        if len(pages) > 1 and len(text_rows(book.lines[pages[-1]])) < 5
    ]
    assert short == []


def test_a_heading_keeps_at_least_two_lines_of_what_follows(book):
    """No heading or list-item title of a chapter ends a page: at least two lines of its text
    follow it on the same page. (A golden rule's statement, bold too, closes its box.)"""
    rules = [letters(rule) for rule in book.rules]
    stranded = []
    for number in [n + 1 for pages in chapter_pages(book) for n in pages]:
        rows = text_rows(book.lines[number - 1])
        for index, row in enumerate(rows):
            if not is_heading(row) or any(letters(row[0].text) in rule for rule in rules):
                continue
            following = [r for r in rows[index + 1 :] if not is_heading(r)]
            if len(following) < 2:
                stranded.append((number, " ".join(line.text for line in row)))
    assert stranded == []
