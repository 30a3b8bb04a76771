"""The site's search backend: Wagtail's database backend, given only text it can search.

Wagtail's database backend hands the words of a query to the database as they are. On SQLite
a double quote ends FTS5's quoted string early ("unterminated string", wagtail#13227), and on
PostgreSQL a NUL character cannot be sent at all: both were a server error (500) for anyone
typing them into a search box or the API's `search` parameter. Quotes and control characters
carry no words, so they are replaced by spaces before the backend sees the query.

WAGTAILSEARCH_BACKENDS names this module; it picks the backend for the database as Wagtail's
does and adds the cleaning.
"""

import functools
import re

from modelsearch.backends import database
from modelsearch.query import Boost, Fuzzy, Not, Phrase, PlainText

# Control characters (NUL among them) and the double quote.
UNSEARCHABLE = re.compile(r'[\x00-\x1f\x7f"]')


def search_text_clean(text: str) -> str:
    return UNSEARCHABLE.sub(" ", text).strip()


def search_query_clean(query):
    """The query with every string in it cleaned; a string or Wagtail's query objects."""
    if isinstance(query, str):
        return search_text_clean(query)
    if isinstance(query, PlainText):
        return PlainText(search_text_clean(query.query_string), query.operator, query.boost)
    if isinstance(query, Phrase):
        return Phrase(search_text_clean(query.query_string))
    if isinstance(query, Fuzzy):
        return Fuzzy(search_text_clean(query.query_string), query.operator, query.unaccent)
    if isinstance(query, Boost):
        return Boost(search_query_clean(query.subquery), query.boost)
    if isinstance(query, Not):
        return Not(search_query_clean(query.subquery))
    if hasattr(query, "subqueries"):  # And, Or
        return type(query)([search_query_clean(subquery) for subquery in query.subqueries])
    return query  # MatchAll and the like carry no text


class CleanQueryMixin:
    def _search(self, query_compiler_class, query, model_or_queryset, **kwargs):
        return super()._search(
            query_compiler_class, search_query_clean(query), model_or_queryset, **kwargs
        )


@functools.cache
def _with_clean_queries(backend_class: type) -> type:
    return type(backend_class.__name__, (CleanQueryMixin, backend_class), {})


def SearchBackend(params):  # noqa: N802 - the name Wagtail looks up in a backend module
    backend = database.SearchBackend(params)
    backend.__class__ = _with_clean_queries(type(backend))
    return backend
