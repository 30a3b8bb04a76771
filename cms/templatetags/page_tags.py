"""Reads a page template needs beyond the page's own fields, straight from cms.selectors.

Registered as tags rather than added in get_context so templates stay the one place that
decides what a page shows; each selector keeps its query count fixed.
"""

from django import template

from cms import selectors

register = template.Library()


@register.simple_tag(takes_context=True)
def case_page_details(context, *, case):
    """A preview shows the editor's unsaved version: never cached, nor served from the cache."""
    if getattr(context.get("request"), "is_preview", False):
        return selectors.case_page_details(case=case)
    return selectors.case_page_details_cached(case=case)


register.simple_tag(selectors.golden_rule_cases, name="golden_rule_cases")
register.simple_tag(selectors.event_lectures, name="event_lectures")
register.simple_tag(selectors.conference_materials, name="conference_materials")


@register.filter
def verbose_name(page):
    """The page type as a reader sees it: "case", "lecture or master class"."""
    return page.specific_class._meta.verbose_name if page.specific_class else ""
