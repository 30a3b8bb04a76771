"""One cheap site-wide "content version": fragment caches carry it in their keys.

Site chrome (menus, breadcrumbs, language links) and page extras (the home page's latest
cases and rules, a case's results, photos and rules) are cached under keys holding the
version, which is replaced whenever editorial content changes (pages published, unpublished,
moved, deleted or translated; view restrictions, sites, locales, snippets and images edited:
cms.signals). Nothing stale can be served under a new version; old keys simply expire. A
cleared cache starts a new version.
"""

import time
from collections.abc import Callable

from django.core.cache import cache
from django.db import transaction

CACHE_KEY = "cms:content-version"
# Fragments of old versions are never read again; they leave the cache after this long.
FRAGMENT_TIMEOUT = 24 * 60 * 60


def content_version() -> str:
    return str(cache.get_or_set(CACHE_KEY, time.time_ns, timeout=None))


def _bump() -> None:
    cache.set(CACHE_KEY, time.time_ns(), timeout=None)


def content_version_bump() -> None:
    """Start a new version now, and again on commit: a request answered between the change
    and the commit may have cached the old content under the first new version."""
    _bump()
    transaction.on_commit(_bump)


def content_fragment(name: str, *parts, compute: Callable, versions: tuple = ()):
    """`compute()`, cached under the content version (and any further `versions`, such as
    the registry's data version) with `parts` naming what else the value depends on."""
    key = ":".join(map(str, ("cms:fragment", name, content_version(), *versions, *parts)))
    value = cache.get(key)
    if value is None:
        value = compute()
        cache.set(key, value, timeout=FRAGMENT_TIMEOUT)
    return value
