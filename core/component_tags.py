"""`{% components "slot" name=object %}`: what the apps above add to a page of an app below,
without the page's app naming them. Each app registers a Wagtail hook
`construct_<slot>_components(components, **objects)` that appends template components
(wagtail.admin.ui.components.Component); they render in the hooks' order.

Loaded as `{% load components %}` (TEMPLATES' `libraries` in cms.settings.base).
"""

from django import template
from django.utils.html import format_html_join
from wagtail import hooks

register = template.Library()


@register.simple_tag(takes_context=True)
def components(context, slot: str, **objects):
    parts = []
    for construct in hooks.get_hooks(f"construct_{slot}_components"):
        construct(parts, **objects)
    return format_html_join("", "{}", ((part.render_html(context),) for part in parts))
