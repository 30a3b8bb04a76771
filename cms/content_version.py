"""One cheap site-wide "content version": fragment caches carry it in their keys.

Site chrome (menus, breadcrumbs, language links) and page extras (the home page's latest
cases and rules, a case's results, photos and rules) are cached under keys holding the
version, which is replaced whenever editorial content changes (pages published, unpublished,
moved, deleted or translated; view restrictions, sites, locales, snippets and images edited:
cms.signals). Nothing stale can be served under a new version; old keys simply expire. A
cleared cache starts a new version.
"""

import threading
import time
from collections.abc import Callable

from django.core.cache import cache
from django.core.signals import request_finished, request_started
from django.db import transaction

CACHE_KEY = "cms:content-version"
# Fragments of old versions are never read again; they leave the cache after this long.
FRAGMENT_TIMEOUT = 24 * 60 * 60


# The version as this request first read it: a page reads it for every fragment (a round
# trip to Redis each), and one request renders against one version. Outside requests
# (workers, commands) it is read every time.
_this_request = threading.local()


def _request_started(**kwargs) -> None:
    _this_request.version = None


def _request_finished(**kwargs) -> None:
    _this_request.__dict__.pop("version", None)


request_started.connect(_request_started)
request_finished.connect(_request_finished)


def content_version() -> str:
    if getattr(_this_request, "version", False) is False:  # not in a request
        return _read()
    if _this_request.version is None:
        _this_request.version = _read()
    return _this_request.version


def _read() -> str:
    return str(cache.get_or_set(CACHE_KEY, time.time_ns, timeout=None))


def _bump() -> None:
    cache.set(CACHE_KEY, time.time_ns(), timeout=None)
    if hasattr(_this_request, "version"):
        _this_request.version = None  # this request's own change shows on its next fragment


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
