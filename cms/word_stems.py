"""Words reduced to their stems, so that site search on SQLite finds every form of a word.

PostgreSQL's `russian` search configuration stems words itself. SQLite's full-text search
(FTS5) matches tokens exactly: «Мелеуз» did not find a page about «Мелеузе». The same Snowball
stemmers PostgreSQL uses (the `snowballstemmer` package) are applied to the indexed text, by a
function the index's triggers call (cms/sqlite.py, migration cms/0015), and to the words of a
query (cms/search_backend.py), so both sides meet on the stem: «Мелеуз», «Мелеуза» and
«Мелеузе» all become «мелеуз». Cyrillic words take the Russian stemmer (Bashkir words come out
consistently cut, which is all matching needs), Latin ones the English stemmer.
"""

import functools
import re

import snowballstemmer

WORD = re.compile(r"\w+")
LATIN = re.compile(r"[a-z]")
_RUSSIAN = snowballstemmer.stemmer("russian")
_ENGLISH = snowballstemmer.stemmer("english")


@functools.lru_cache(maxsize=65536)
def word_stem(word: str) -> str:
    word = word.lower().replace("ё", "е")
    return (_ENGLISH if LATIN.match(word) else _RUSSIAN).stemWord(word)


def text_stems(text: str | None) -> str | None:
    """The text's words as stems, separated by spaces (punctuation carries no words)."""
    if text is None:
        return None
    return " ".join(word_stem(word) for word in WORD.findall(text))
