"""SQL functions the site adds to every SQLite connection: a LIKE that folds the case of
every letter rather than of Latin ones only, and the word stems of site search.

Django's case-insensitive lookups (`icontains`, `iexact`, `istartswith`, ...) are LIKE on
SQLite, and SQLite's own LIKE folds only ASCII letters: «мелеуз» did not find «Мелеуз» in the
registry's filter or the registry part of site search. SQLite lets an application replace
`like()`; the replacement matches as SQLite's does, with Python's Unicode case folding.
PostgreSQL needs none of this (ILIKE folds every letter).

`word_stems(text)` is what the search index's triggers store for a page's title and body
(cms/word_stems.py says why).
"""

import functools
import re

from django.db.backends.signals import connection_created

from cms.word_stems import text_stems


@functools.lru_cache(maxsize=512)
def _like_pattern(pattern: str, escape: str | None) -> re.Pattern:
    parts = []
    characters = iter(pattern)
    for character in characters:
        if character == escape:
            parts.append(re.escape(next(characters, "")))
        elif character == "%":
            parts.append(".*")
        elif character == "_":
            parts.append(".")
        else:
            parts.append(re.escape(character))
    return re.compile("".join(parts), re.IGNORECASE | re.DOTALL)


def like(pattern, value, escape=None) -> bool | None:
    """SQLite's like(pattern, value[, escape]): `value LIKE pattern [ESCAPE escape]`."""
    if pattern is None or value is None:
        return None
    return _like_pattern(str(pattern), escape).fullmatch(str(value)) is not None


def _register_functions(sender, connection, **kwargs):
    if connection.vendor == "sqlite":
        connection.connection.create_function("like", 2, like, deterministic=True)
        connection.connection.create_function("like", 3, like, deterministic=True)
        connection.connection.create_function("word_stems", 1, text_stems, deterministic=True)


def sqlite_functions_register() -> None:
    connection_created.connect(_register_functions, dispatch_uid="cms.sqlite.functions")
