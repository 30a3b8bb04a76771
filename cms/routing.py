"""Wagtail's site lookup and page routing, remembered per content version.

Wagtail finds the site of a request with a query, walks the page tree with two queries per
level of the address (`Page.route`) and checks the page's view restrictions with two more.
Their outcome depends on sites, pages, locales and view restrictions only, and each change to
those starts a new content version (cms.signals). So the outcome is kept in this process's
memory under the version: a page already routed is loaded with one query and, when no view
restriction applies to it, checked with none. Only the version is shared (read once per
request from the cache); what an old version found is dropped when a request sees a new one.
Addresses that find no page are not kept, so made-up addresses cannot fill the memory.
"""

import functools
from dataclasses import dataclass

from django.db import DEFAULT_DB_ALIAS
from django.utils import translation
from wagtail.models import Page, Site
from wagtail.url_routing import RouteResult

from cms.content_version import content_version

# Sites and routed pages kept at most (all of them on a site of a few thousand pages).
MAX_ENTRIES = 10_000


class _VersionMemo:
    """A dict that empties itself when the content version changes."""

    def __init__(self):
        self._state = (None, {})  # one attribute: threads never pair a version with old values

    def _current(self) -> dict:
        version = content_version()
        state_version, values = self._state
        if state_version != version or len(values) >= MAX_ENTRIES:
            values = {}
            self._state = (version, values)
        return values

    def get(self, key):
        return self._current().get(key)

    def set(self, key, value) -> None:
        self._current()[key] = value


_memo = _VersionMemo()


@dataclass(frozen=True)
class _Route:
    model: type
    pk: int
    unrestricted: bool  # no view restriction applies to the page


def site_for_request(request) -> Site | None:
    """`Site.find_for_request`, which Wagtail then reads from the request."""
    if not hasattr(request, "_wagtail_site"):
        # The unchecked host, as Wagtail reads it: the 400 page for a bad host has a menu too.
        key = ("site", request._get_raw_host(), request.get_port())
        values = _memo.get(key)
        if values is None:
            site = Site.find_for_request(request)
            if site is not None:
                _memo.set(key, [getattr(site, name) for name in _site_fields()])
        else:
            request._wagtail_site = Site.from_db(DEFAULT_DB_ALIAS, _site_fields(), values)
    return request._wagtail_site


@functools.cache
def _site_fields() -> list[str]:
    return [field.attname for field in Site._meta.concrete_fields]


def route_for_request(request, path: str) -> None:
    """Route the request as `Page.route_for_request` does and leave the result where Wagtail's
    view reads it."""
    if hasattr(request, "_wagtail_route_for_request"):
        return
    site = site_for_request(request)
    if site is None:
        return
    components = tuple(component for component in path.split("/") if component)
    key = ("route", site.pk, translation.get_language(), components)
    route = _memo.get(key)
    if route is not None:
        try:  # no ordering: `.first()` would order a page model's join by its parents' keys
            page = route.model.objects.get(pk=route.pk, live=True)
        except route.model.DoesNotExist:  # changed by another process, version not seen yet
            return
        request._wagtail_route_for_request = RouteResult(page)
    else:
        result = Page.route_for_request(request, path)
        if result is None or result.args or result.kwargs:
            return
        page = result.page
        if type(page).route is not Page.route:  # a page type with routes of its own
            return
        route = _Route(type(page), page.pk, not page.get_view_restrictions().exists())
        _memo.set(key, route)
    page.no_view_restrictions = route.unrestricted
