"""How an app asks the caches to drop its public addresses without knowing the caches.

An app sends `purge_requested` with `urls` (absolute URLs to purge at once and again on
commit) and/or `later` (a callable giving the URLs that list its data, asked on commit and
only when HTTP caches stand in front). The site's purge machinery (cms.purge) receives it.
Apps also contribute to site-wide purges through Wagtail hooks (see cms.purge).
"""

from django.conf import settings
from django.dispatch import Signal
from django.urls import NoReverseMatch, reverse
from django.utils import translation
from wagtail.models import Site

purge_requested = Signal()


def view_paths(view_name: str, **kwargs) -> set[str]:
    """The address of a public view in every site language."""
    paths = set()
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            try:
                paths.add(reverse(view_name, kwargs=kwargs))
            except NoReverseMatch:  # a slug the address does not take
                pass
    return paths


def absolute_urls(paths) -> set[str]:
    site = Site.objects.filter(is_default_site=True).first()
    base = site.root_url if site else settings.WAGTAILADMIN_BASE_URL
    return {base + path for path in paths}
