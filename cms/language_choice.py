"""Which translation of a page a list shows: a pure helper, free of app imports, so both the
editorial and the registry selectors can use it."""

from collections.abc import Iterable

from django.conf import settings
from wagtail.models import Page


def pages_in_language(pages: Iterable[Page], *, language_code: str) -> list[Page]:
    """One page per translation key, in order of first appearance: the one in
    `language_code` where there is one, else the one in the source language (the template
    marks it by its `locale`). For lists that cross from one page or registry record to
    pages whose translations all point at it; the pages must come with their locale."""
    rank = {language_code: 0, settings.LANGUAGE_CODE: 1}
    chosen: dict = {}
    for page in pages:
        current = chosen.get(page.translation_key)
        new_rank = rank.get(page.locale.language_code, 2)
        if current is None or new_rank < rank.get(current.locale.language_code, 2):
            chosen[page.translation_key] = page
    return list(chosen.values())
