"""One cheap site-wide "content version": fragment caches carry it in their keys.

Site chrome (menus, breadcrumbs, language links) and page extras (the home page's latest
cases and rules, a case's results, photos and rules) are cached under keys holding the
version, which is replaced whenever editorial content changes (pages published, unpublished,
moved, deleted or translated; view restrictions, sites, locales, snippets and images edited:
cms.signals). Nothing stale can be served under a new version; old keys simply expire. A
cleared cache starts a new version.

The version also names the release: a digest of the project's code and templates, worked out
once per process. Fragments rendered by one release are never served by the next (a changed
template shows at once after a deploy, not after the next editorial change), and during a
rolling deploy servers of either release keep to their own fragments.
"""

import functools
import hashlib
import threading
import time
from collections.abc import Callable
from pathlib import Path

from django.conf import settings
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
    return f"{cache.get_or_set(CACHE_KEY, time.time_ns, timeout=None)}-{release_digest()}"


# What a release changes in rendered output: the apps' code and the templates.
RELEASE_FOLDERS = ("accounts", "cms", "collection", "core", "programme", "registry", "templates")
RELEASE_SUFFIXES = {".py", ".html", ".txt"}


@functools.cache
def release_digest(root: Path | None = None) -> str:
    """A short digest of the project's code and templates under `root` (BASE_DIR)."""
    root = Path(root or settings.BASE_DIR)
    digest = hashlib.sha256()
    for folder in RELEASE_FOLDERS:
        for path in sorted((root / folder).rglob("*")):
            if path.suffix in RELEASE_SUFFIXES and path.is_file():
                digest.update(str(path.relative_to(root)).encode())
                digest.update(path.read_bytes())
    return digest.hexdigest()[:12]


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
