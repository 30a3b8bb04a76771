"""The site's search backend: Wagtail's database backend, given only text it can search.

Wagtail's database backend hands the words of a query to the database as they are. On SQLite
a double quote ends FTS5's quoted string early ("unterminated string", wagtail#13227), and on
PostgreSQL a NUL character cannot be sent at all: both were a server error (500) for anyone
typing them into a search box or the API's `search` parameter. Quotes and control characters
carry no words, so they are replaced by spaces before the backend sees the query.

On SQLite the words of a search (not of autocomplete) are also reduced to their stems, as the
index stores them there (cms/word_stems.py), so every form of a word is found; PostgreSQL's
`russian` configuration does the same on its side.

WAGTAILSEARCH_BACKENDS names this module; it picks the backend for the database as Wagtail's
does and adds the cleaning (and on SQLite the stems).
"""

import functools
import re

from django.db import connection
from modelsearch.backends import database
from modelsearch.query import Boost, Fuzzy, Not, Phrase, PlainText

from cms.word_stems import text_stems

# Control characters (NUL among them) and the double quote.
UNSEARCHABLE = re.compile(r'[\x00-\x1f\x7f"]')


def search_text_clean(text: str) -> str:
    return UNSEARCHABLE.sub(" ", text).strip()


def text_beginning(text: str, length: int) -> str:
    """The text if it is short enough, else its words that fit in `length` characters (the
    first `length` characters when the first word alone is longer)."""
    if len(text) <= length:
        return text
    head = text[:length]
    if not text[length].isspace():
        head = re.sub(r"\S*$", "", head)  # the cut fell inside a word: leave that word out
    return head.rstrip() or text[:length]


def query_text_map(query, change):
    """The query with `change` applied to every string in it; a string or Wagtail's query
    objects."""
    if isinstance(query, str):
        return change(query)
    if isinstance(query, PlainText):
        return PlainText(change(query.query_string), query.operator, query.boost)
    if isinstance(query, Phrase):
        return Phrase(change(query.query_string))
    if isinstance(query, Fuzzy):
        return Fuzzy(change(query.query_string), query.operator, query.unaccent)
    if isinstance(query, Boost):
        return Boost(query_text_map(query.subquery, change), query.boost)
    if isinstance(query, Not):
        return Not(query_text_map(query.subquery, change))
    if hasattr(query, "subqueries"):  # And, Or
        return type(query)([query_text_map(subquery, change) for subquery in query.subqueries])
    return query  # MatchAll and the like carry no text


def search_query_clean(query):
    return query_text_map(query, search_text_clean)


def _search_text_stems(text: str) -> str:
    return text_stems(search_text_clean(text))


class CleanQueryMixin:
    def _search(self, query_compiler_class, query, model_or_queryset, **kwargs):
        return super()._search(
            query_compiler_class, search_query_clean(query), model_or_queryset, **kwargs
        )


class StemmedQueryMixin:
    """SQLite: a search's words as the stems the index holds; autocomplete, which matches the
    beginnings of words as typed, keeps them."""

    def search(self, query, *args, **kwargs):
        return super().search(query_text_map(query, _search_text_stems), *args, **kwargs)


@functools.cache
def _with_clean_queries(backend_class: type, *, stems: bool) -> type:
    mixins = (StemmedQueryMixin, CleanQueryMixin) if stems else (CleanQueryMixin,)
    return type(backend_class.__name__, (*mixins, backend_class), {})


def SearchBackend(params):  # noqa: N802 - the name Wagtail looks up in a backend module
    # Wagtail's database backend is SQLite's on SQLite (as it picks it, by the default database).
    backend = database.SearchBackend(params)
    backend.__class__ = _with_clean_queries(type(backend), stems=connection.vendor == "sqlite")
    return backend
