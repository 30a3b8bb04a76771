"""Blocks of a template cached as HTML.

    {% load fragment_tags %}
    {% cached_fragment results_cache_key %}...{% endcached_fragment %}
    {% page_fragment "content" %}...{% endpage_fragment %}

`cached_fragment` takes a key the view worked out; it must name everything the block shows (a
data version, the language, the filters); an empty key renders the block every time. Unlike
Django's {% cache %}, which keys by the values it is given, the view decides whether a block
may be cached at all.

`page_fragment` caches a block of a page's own template: the page's text, images and the
pages, documents and registry records it shows, under the site's content version and the
registry's data version (cms/content_version.py), which every change to any of them replaces.
Only for blocks that show nothing else (no form, no programme data, no query string, nothing
personal); a preview (the editor's unsaved version) and a view that is not a Wagtail page
render it afresh and store nothing.
"""

from django import template
from django.core.cache import cache
from django.utils.safestring import mark_safe
from django.utils.translation import get_language
from wagtail.models import Page

from cms.content_version import FRAGMENT_TIMEOUT, content_version
from registry.data_version import registry_data_version

register = template.Library()


def _cached_html(key: str, nodelist, context) -> str:
    cache_key = f"cms:fragment:html:{key}"
    html = cache.get(cache_key)
    if html is None:
        html = str(nodelist.render(context))
        cache.set(cache_key, html, timeout=FRAGMENT_TIMEOUT)
    return mark_safe(html)  # the block's own rendered output, escaped when it was made


class CachedFragmentNode(template.Node):
    def __init__(self, nodelist, key):
        self.nodelist = nodelist
        self.key = key

    def render(self, context):
        key = self.key.resolve(context)
        if not key:
            return self.nodelist.render(context)
        return _cached_html(key, self.nodelist, context)


class PageFragmentNode(template.Node):
    def __init__(self, nodelist, name):
        self.nodelist = nodelist
        self.name = name

    def render(self, context):
        page = context.get("page")
        request = context.get("request")
        if not isinstance(page, Page) or not page.pk or getattr(request, "is_preview", False):
            return self.nodelist.render(context)
        versions = f"{content_version()}:{_registry_data_version(request)}"
        # Absolute links (the language alternates) name the address the page was asked at.
        origin = f"{request.scheme}://{request._get_raw_host()}" if request else ""
        key = f"page:{self.name.resolve(context)}:{versions}:{page.pk}:{get_language()}:{origin}"
        return _cached_html(key, self.nodelist, context)


def _registry_data_version(request) -> str:
    """Read once per request: a page has several fragments, each a round trip to the cache."""
    if request is None:
        return registry_data_version()
    if not hasattr(request, "_registry_data_version"):
        request._registry_data_version = registry_data_version()
    return request._registry_data_version


def _block(parser, token, end: str):
    bits = token.split_contents()
    if len(bits) != 2:
        raise template.TemplateSyntaxError(f"{bits[0]} takes one argument")
    nodelist = parser.parse((end,))
    parser.delete_first_token()
    return nodelist, parser.compile_filter(bits[1])


@register.tag
def cached_fragment(parser, token):
    return CachedFragmentNode(*_block(parser, token, "endcached_fragment"))


@register.tag
def page_fragment(parser, token):
    return PageFragmentNode(*_block(parser, token, "endpage_fragment"))
