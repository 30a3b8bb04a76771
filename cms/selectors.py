"""Reads of editorial content, shared by pages, the API and the print edition."""

from itertools import groupby

from wagtail.models import Locale

from cms.models import CasePage, GoldenRulePage

HOME_LATEST_CASES = 6
HOME_LATEST_RULES = 6


def golden_rules_by_theme(*, locale: Locale) -> list[tuple]:
    """Live golden rules of a locale as [(theme or None, [rules...]), ...] in theme order."""
    rules = (
        GoldenRulePage.objects.live()
        .public()
        .filter(locale=locale)
        .select_related("theme")
        .order_by("theme__sort_order", "theme__name", "path")
    )
    return [(theme, list(group)) for theme, group in groupby(rules, key=lambda r: r.theme)]


def home_page_highlights(*, locale: Locale) -> dict:
    cases = (
        CasePage.objects.live()
        .public()
        .filter(locale=locale)
        .select_related("municipality", "sphere", "listing_image")
        .order_by("-first_published_at")[:HOME_LATEST_CASES]
    )
    rules = (
        GoldenRulePage.objects.live()
        .public()
        .filter(locale=locale)
        .select_related("theme")
        .order_by("-first_published_at")[:HOME_LATEST_RULES]
    )
    return {"latest_cases": cases, "latest_rules": rules}
