"""Russian typesetting rules applied to the text of assembled HTML, never to tags or attributes.

Non-breaking spaces keep short words and abbreviations («г.», «ул.») with the next word and
dashes with the word before, straight quotes become «ёлочки» („лапки“ inside), spaced hyphens
become em dashes. The print book sets its whole text so; the site keeps the abbreviations of
its page titles with their names (`abbreviations_bound`), so a narrow card never ends a line
with «г.».
"""

import re

NBSP = "\u00a0"
SHORT_WORDS = "а в и к о с у я во да до за из ко на не ни но об от по со то уж".split()
TAG_OR_TEXT = re.compile(r"(<[^>]*>)")
RAW_TEXT_TAGS = re.compile(r"<(script|style|pre|code)\b", re.IGNORECASE)
SHORT_WORD = re.compile(
    r"(?<![\w\-])(" + "|".join(sorted(SHORT_WORDS, key=len, reverse=True)) + r") +",
    re.IGNORECASE,
)
# Abbreviations of place kinds and of «имени» that stand before a name.
ABBREVIATIONS = "г д с п ул им пос обл".split()
ABBREVIATION = re.compile(
    r"(?<![\w\-])(" + "|".join(sorted(ABBREVIATIONS, key=len, reverse=True)) + r")\. +",
    re.IGNORECASE,
)
SPACED_DASH = re.compile(r"[ \u00a0]+(?:--?|–|—)(?= )")
QUOTE = re.compile(r'"|&quot;|&#34;')
OPENING_CONTEXT = set(" \u00a0\t\n([{«„—-/")


def _quotes(text: str, previous: str, depth: int) -> tuple[str, int]:
    """Straight quotes to «» at the outer level and „“ inside, deciding by the character before."""
    out = []
    position = 0
    for match in QUOTE.finditer(text):
        before = text[match.start() - 1] if match.start() else previous
        following = text[match.end() : match.end() + 1]
        opening = (before in OPENING_CONTEXT or before == "") and not following.isspace()
        if opening:
            out.append(text[position : match.start()] + ("«" if depth == 0 else "„"))
            depth += 1
        else:
            depth = max(depth - 1, 0)
            out.append(text[position : match.start()] + ("»" if depth == 0 else "“"))
        position = match.end()
    out.append(text[position:])
    return "".join(out), depth


def typeset_text(text: str, previous: str = "", depth: int = 0) -> tuple[str, int]:
    text, depth = _quotes(text, previous, depth)
    text = SPACED_DASH.sub(NBSP + "—", text)
    text = SHORT_WORD.sub(lambda m: m.group(1) + NBSP, text)
    return abbreviations_bound(text), depth


def abbreviations_bound(text: str) -> str:
    """«г. Бирск» with a non-breaking space: the abbreviation never ends a line."""
    return ABBREVIATION.sub(lambda m: m.group(1) + "." + NBSP, text)


def typeset_html(html: str) -> str:
    """Apply the rules to every text node of an HTML fragment; markup passes through as is."""
    pieces = TAG_OR_TEXT.split(html)
    raw_until = None
    previous = ""
    depth = 0
    for index, piece in enumerate(pieces):
        if index % 2:  # a tag
            if raw_until is None and (raw := RAW_TEXT_TAGS.match(piece)):
                raw_until = f"</{raw.group(1).lower()}"
            elif raw_until and piece.lower().startswith(raw_until):
                raw_until = None
            elif re.match(r"</?(p|li|h\d|td|th|blockquote|figcaption|div)\b", piece, re.I):
                previous, depth = "", 0  # quotes never run across blocks
            continue
        if raw_until is None and piece:
            pieces[index], depth = typeset_text(piece, previous, depth)
            previous = piece[-1]
    return "".join(pieces)
