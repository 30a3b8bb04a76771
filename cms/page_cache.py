"""The anonymous page cache: public pages and APIs served from Django's cache, purged exactly.

A response is stored when a visitor who is not signed in gets a 200 from one of the public
views below, and the response sets no cookie, used no CSRF token and was not marked private
by its view. Everything else is answered `Cache-Control: private, no-cache` (unless its view
said otherwise) and never stored.

Entries are keyed by a version per path: a purge of `/ru/cases/` (cms.purge decides which
paths each change purges) starts a new version of that path, so every cached variant of it,
whatever the query string, is gone at once. A site-wide version drops everything, and the
registry's pages also carry the registry data version, which every registry edit renews.
Versions are cache entries themselves: an evicted version simply starts a new one.
"""

import hashlib
import logging
import pickle
import time
from urllib.error import URLError
from urllib.parse import urlsplit, urlunsplit
from urllib.request import Request, urlopen

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse
from django.utils.cache import (
    get_conditional_response,
    patch_cache_control,
    patch_vary_headers,
    set_response_etag,
)
from django.utils.translation import get_language_from_request
from wagtail.contrib.frontend_cache.backends.base import BaseBackend
from wagtail.contrib.frontend_cache.backends.http import HTTPBackend
from wagtail.contrib.frontend_cache.utils import get_backends

from registry.data_version import CACHE_KEY as REGISTRY_VERSION_KEY

logger = logging.getLogger(__name__)

PREFIX = "page-cache"
SITE_VERSION_KEY = f"{PREFIX}:site"

# The public views whose anonymous answers are cached: Wagtail pages, the registry's public
# pages, the programme's results, the sitemap, and the two APIs (by URL namespace).
CACHED_VIEWS = {
    "wagtail_serve",
    "registry:list",
    "registry:map",
    "registry:community",
    "registry:municipality",
    "programme:results",
    "wagtail.contrib.sitemaps.views.sitemap",
}
CACHED_NAMESPACES = {"wagtailapi", "registry_api"}
# Never looked up: the admin, health probes, files served by other means.
UNCACHED_PATHS = ("/admin/", "/django-admin/", "/health/", "/metrics", "/static/", "/media/")
# Paths whose content follows the registry data version (see registry/data_version.py).
REGISTRY_PATH_PARTS = ("/registry/",)
REGISTRY_API_PATHS = ("/api/registry/",)
# Paths outside the language prefixes answer in the language the request asks for.
LANGUAGE_PREFIXES = tuple(f"/{code}/" for code, _name in settings.LANGUAGES)


def cache_seconds() -> int:
    return settings.PAGE_CACHE_SECONDS


def _hash(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()[:32]


def _path_key(path: str) -> str:
    return f"{PREFIX}:path:{_hash(path)}"


def paths_purge(paths) -> None:
    """Start a new version of each path: every cached variant of it is gone."""
    version = time.time_ns()
    cache.set_many({_path_key(path): version for path in paths}, timeout=None)


def site_purge() -> None:
    """Start a new site-wide version: every cached page is gone."""
    cache.set(SITE_VERSION_KEY, time.time_ns(), timeout=None)


class PageCacheBackend(BaseBackend):
    """A Wagtail frontend-cache backend that drops the app's own cached entries of a URL
    (of its path: every query string and variant)."""

    def purge(self, url) -> None:
        paths_purge([urlsplit(url).path])

    def purge_batch(self, urls) -> None:
        paths_purge({urlsplit(url).path for url in urls})


class VarnishBackend(HTTPBackend):
    """Wagtail's PURGE of one address per request, and a BAN that drops everything Varnish
    stores in one (deploy/varnish/konstruktor.vcl), for changes shown on every page."""

    def ban_everything(self) -> None:
        address = urlunsplit((self.cache_scheme, self.cache_netloc, "/", "", ""))
        try:
            urlopen(Request(address, method="BAN"), timeout=5)  # noqa: S310 (the setting's URL)
        except (URLError, OSError) as error:
            logger.error("Could not ban everything from the HTTP cache %s: %s", address, error)


def ban_everything(backend_names) -> list[str]:
    """Drop everything from these frontend-cache backends where one request can; the names
    of those that cannot (they need every address purged)."""
    rest = []
    for name, backend in get_backends(backends=backend_names).items():
        if hasattr(backend, "ban_everything"):
            backend.ban_everything()
        else:
            rest.append(name)
    return rest


def _versions(path: str) -> str:
    """The versions an entry of this path is stored under, in one round trip to the cache."""
    keys = [SITE_VERSION_KEY, _path_key(path)]
    if _follows_registry(path):
        keys.append(REGISTRY_VERSION_KEY)
    found = cache.get_many(keys)
    missing = {key: time.time_ns() for key in keys if key not in found}
    if missing:
        cache.set_many(missing, timeout=None)
    return ".".join(str(found.get(key) or missing[key]) for key in keys)


def _follows_registry(path: str) -> bool:
    return path.startswith(REGISTRY_API_PATHS) or any(p in path for p in REGISTRY_PATH_PARTS)


def _entry_key(request) -> str:
    """The cached variant: address, host, compression, and the language where the address
    does not say it."""
    gzip = "gzip" in request.headers.get("Accept-Encoding", "")
    language = ""
    if not request.path.startswith(LANGUAGE_PREFIXES):
        language = get_language_from_request(request)
    variant = f"{request.get_host()}|{request.get_full_path()}|{gzip}|{language}"
    return f"{PREFIX}:entry:{_versions(request.path)}:{_hash(variant)}"


def _may_look_up(request) -> bool:
    return (
        cache_seconds() > 0
        and request.method in ("GET", "HEAD")
        and settings.SESSION_COOKIE_NAME not in request.COOKIES
        and not request.path.startswith(UNCACHED_PATHS)
    )


def _is_public_view(request) -> bool:
    match = getattr(request, "resolver_match", None)
    if match is None:
        return False
    return match.view_name in CACHED_VIEWS or bool(CACHED_NAMESPACES & set(match.namespaces))


def _is_cacheable(request, response) -> bool:
    user = getattr(request, "user", None)
    cache_control = response.get("Cache-Control", "")
    return (
        request.method in ("GET", "HEAD")
        and response.status_code == 200
        and not response.streaming
        and not (user is not None and user.is_authenticated)
        and settings.SESSION_COOKIE_NAME not in request.COOKIES
        and not response.cookies
        # A page that rendered a CSRF token holds a value meant for one visitor.
        and "CSRF_COOKIE_NEEDS_UPDATE" not in request.META
        and not any(word in cache_control for word in ("private", "no-store", "no-cache"))
    )


def _mark_public(request, response) -> None:
    """Browsers revalidate every time (a publish reaches them at once); shared caches keep
    the answer until it is purged or PAGE_CACHE_SECONDS pass."""
    for header in ("Cache-Control", "Expires"):
        if header in response:
            del response[header]
    patch_cache_control(
        response, public=True, max_age=0, must_revalidate=True, s_maxage=cache_seconds()
    )
    vary = ["Cookie"]
    if not request.path.startswith(LANGUAGE_PREFIXES):
        vary.append("Accept-Language")
    patch_vary_headers(response, vary)
    if not response.has_header("ETag"):
        set_response_etag(response)


def _mark_private(response) -> None:
    for header in ("Cache-Control", "Expires"):
        if header in response:
            del response[header]
    patch_cache_control(response, private=True, no_cache=True)
    patch_vary_headers(response, ["Cookie"])


def _stored(response) -> bytes:
    return pickle.dumps(
        {
            "status": response.status_code,
            "headers": list(response.headers.items()),
            "content": response.content,
        }
    )


def _restored(data: bytes) -> HttpResponse:
    stored = pickle.loads(data)  # noqa: S301 - written by _stored above, into our own cache
    response = HttpResponse(stored["content"], status=stored["status"])
    for name, value in stored["headers"]:
        response[name] = value
    return response


class AnonymousPageCacheMiddleware:
    """Serve visitors who are not signed in from the cache; mark every answer for browsers
    and shared caches (see the contract in the README's "Page cache and invalidation").

    Placed first after the metrics, so a hit runs no other middleware and no query, and an
    entry holds the headers the other middleware add (security, CSP).
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        key = _entry_key(request) if _may_look_up(request) else None
        if key is not None:
            data = cache.get(key)
            if data is not None:
                response = _restored(data)
                return get_conditional_response(
                    request, etag=response.get("ETag"), response=response
                )
        response = self.get_response(request)
        if not _is_public_view(request):
            if not response.has_header("Cache-Control"):
                _mark_private(response)
            return response
        if not _is_cacheable(request, response):
            _mark_private(response)
            return response
        _mark_public(request, response)
        if key is not None and request.method == "GET":
            cache.set(key, _stored(response), cache_seconds())
        return get_conditional_response(request, etag=response.get("ETag"), response=response)
