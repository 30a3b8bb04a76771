"""Reads a page template needs beyond the page's own fields, straight from cms.selectors.

Registered as tags rather than added in get_context so templates stay the one place that
decides what a page shows; each selector keeps its query count fixed.
"""

from django import template
from django.utils.formats import date_format

from cms import selectors
from core.typography import abbreviations_bound

register = template.Library()


@register.simple_tag(takes_context=True)
def case_page_details(context, *, case):
    """A preview shows the editor's unsaved version: never cached, nor served from the cache."""
    if getattr(context.get("request"), "is_preview", False):
        return selectors.case_page_details(case=case)
    return selectors.case_page_details_cached(case=case)


register.simple_tag(selectors.home_page_highlights, name="home_page_highlights")
register.simple_tag(selectors.golden_rule_cases, name="golden_rule_cases")
register.simple_tag(selectors.event_lectures, name="event_lectures")
register.simple_tag(selectors.conference_materials, name="conference_materials")
register.simple_tag(selectors.event_page_links, name="event_page_links")


@register.filter
def place_bound(text) -> str:
    """A title whose «г.», «ул.», «с.» stay with the name after them, so a narrow card never
    ends a line with «г.». Plain text in and out: the template escapes it as any other value."""
    return abbreviations_bound(str(text))


@register.filter
def verbose_name(page):
    """The page type as a reader sees it: "case", "lecture or master class"."""
    return page.specific_class._meta.verbose_name if page.specific_class else ""


@register.simple_tag
def date_range_labels(start, end=None) -> tuple[str, str, str]:
    """(start, separator, end) of a date range written the short way: «12–13 февраля 2026»,
    «28 февраля – 2 марта 2026», «30 декабря 2026 – 2 января 2027»; end is "" for one day."""
    if not end or end == start:
        return date_format(start, "j E Y"), "", ""
    if (start.year, start.month) == (end.year, end.month):
        return date_format(start, "j"), "–", date_format(end, "j E Y")
    start_format = "j E" if start.year == end.year else "j E Y"
    return date_format(start, start_format), " – ", date_format(end, "j E Y")
