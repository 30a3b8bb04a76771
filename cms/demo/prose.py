"""Long demo texts written in a light markup, read into the short block form of
`cms.demo.blocks`.

Blocks are separated by blank lines:
  ## Heading                 a section heading (### for a subsection)
  > Quoted words | Who said them
  ! kind | Title | Text      a callout (note, tip, warning)
  - item / 1. item           a bulleted / numbered list; an item may run on several lines
  @ Method title             a method; its steps follow as «* Step | text» lines
  = Table caption            a table; its rows follow as «cell | cell | cell» lines, header first
  [image] label | alt | caption
  [rule] golden-rule-slug
Anything else is a paragraph (its lines joined).
"""

import re

PHOTO_CREDIT = "Фото: пресс-служба программы «Конструктор сообществ»"
NUMBERED = re.compile(r"^\d+\.\s+")
BULLET = re.compile(r"^-\s+")


def _items(lines: list[str], marker: re.Pattern) -> list[str]:
    """List items: a line with the marker starts one, a line without it continues it."""
    items = []
    for line in lines:
        if marker.match(line):
            items.append(marker.sub("", line))
        else:
            items[-1] += " " + line
    return items


def _cells(line: str) -> list[str]:
    return [cell.strip() for cell in line.split("|")]


def _block(chunk: str) -> tuple:
    lines = [line.strip() for line in chunk.strip().splitlines()]
    first = lines[0]
    if first.startswith("### "):
        return ("subheading", first[4:])
    if first.startswith("## "):
        return ("heading", first[3:])
    if first.startswith("> "):
        text, attribution = _cells(" ".join(lines)[2:])
        return ("quote", (text, attribution))
    if first.startswith("! "):
        kind, title, text = _cells(" ".join(lines)[2:])
        return ("callout", (kind, title, text))
    if first.startswith("- "):
        return ("list", (False, _items(lines, BULLET)))
    if NUMBERED.match(first):
        return ("list", (True, _items(lines, NUMBERED)))
    if first.startswith("@ "):
        return ("method", (first[2:], [tuple(_cells(line[2:])) for line in lines[1:]]))
    if first.startswith("= "):
        return ("table", (first[2:], [_cells(line) for line in lines[1:]]))
    if first.startswith("[image] "):
        label, alt, caption = _cells(first[8:])
        return ("image", (label, alt, caption, PHOTO_CREDIT))
    if first.startswith("[rule] "):
        return ("golden_rule", first[7:])
    return ("paragraph", " ".join(lines))


def read(text: str) -> list[tuple]:
    """The blocks of a text in the markup above."""
    return [_block(chunk) for chunk in re.split(r"\n\s*\n", text.strip())]
