"""A block of a template cached as HTML under a key the view worked out.

    {% load fragment_tags %}
    {% cached_fragment results_cache_key %}...{% endcached_fragment %}

The key must name everything the block shows (a data version, the language, the filters);
an empty key renders the block every time. Unlike Django's {% cache %}, which keys by the
values it is given, the view decides whether a block may be cached at all.
"""

from django import template
from django.core.cache import cache
from django.utils.safestring import mark_safe

from cms.content_version import FRAGMENT_TIMEOUT

register = template.Library()


class CachedFragmentNode(template.Node):
    def __init__(self, nodelist, key):
        self.nodelist = nodelist
        self.key = key

    def render(self, context):
        key = self.key.resolve(context)
        if not key:
            return self.nodelist.render(context)
        cache_key = f"cms:fragment:html:{key}"
        html = cache.get(cache_key)
        if html is None:
            html = self.nodelist.render(context)
            cache.set(cache_key, str(html), timeout=FRAGMENT_TIMEOUT)
        return mark_safe(html)  # the block's own rendered output, escaped when it was made


@register.tag
def cached_fragment(parser, token):
    bits = token.split_contents()
    if len(bits) != 2:
        raise template.TemplateSyntaxError("cached_fragment takes one argument: the key")
    nodelist = parser.parse(("endcached_fragment",))
    parser.delete_first_token()
    return CachedFragmentNode(nodelist, parser.compile_filter(bits[1]))
