"""Generated parts: sections made from the site's live data at build time, not from pages."""

from dataclasses import dataclass, field
from itertools import groupby

from django.db.models import Prefetch, prefetch_related_objects
from django.db.models.functions import Coalesce
from wagtail.models import Locale

from cms.models import GoldenRuleCase
from cms.selectors import golden_rules_by_theme
from registry import OSM_ATTRIBUTION_RU
from registry.models import Municipality
from registry.public_selectors import municipality_outlines, published_communities

from .maps import MapPoint, Neighbour, communities_map
from .models import GeneratedContent

# The book is Russian whatever language the worker runs in.
BOOK_LANGUAGE = "ru"


@dataclass
class GeneratedSection:
    """What a generated part prints (template and context) and what the build records."""

    kind: str
    context: dict
    record: dict = field(default_factory=dict)

    @property
    def template_name(self) -> str:
        return f"collection/print/generated/{self.kind}.html"


def _rules_digest() -> GeneratedSection:
    """Golden rules by theme, each with the live cases it comes from."""
    groups = golden_rules_by_theme(locale=Locale.objects.get(language_code=BOOK_LANGUAGE))
    rules = [rule for _theme, group in groups for rule in group]
    # One query for every rule's cases (golden_rule_cases would ask once per rule).
    live_links = GoldenRuleCase.objects.filter(case__live=True).select_related("case")
    prefetch_related_objects(
        rules,
        Prefetch("supporting_cases", queryset=live_links.order_by("sort_order"), to_attr="cases"),
    )
    return GeneratedSection(
        kind=GeneratedContent.RULES_DIGEST,
        context={"groups": groups},
        record={"rules": [rule.pk for rule in rules]},
    )


def _communities_directory() -> GeneratedSection:
    """Published communities by municipality: no people, links only where contacts are shown."""
    # defer(None) loads every column: the directory prints the public links too.
    communities = list(published_communities().defer(None).order_by("municipality__name", "name"))
    groups = [
        (municipality, list(group))
        for municipality, group in groupby(communities, key=lambda c: c.municipality)
    ]
    return GeneratedSection(
        kind=GeneratedContent.COMMUNITIES_DIRECTORY,
        context={"groups": groups},
        record={"communities": [c.pk for c in communities], "municipalities": len(groups)},
    )


def _community_points() -> list[MapPoint]:
    """Published communities with their municipality and region; the municipality's centre
    stands in for a community without its own coordinates."""
    rows = (
        published_communities()
        .annotate(
            lon=Coalesce("longitude", "municipality__longitude"),
            lat=Coalesce("latitude", "municipality__latitude"),
        )
        .filter(lon__isnull=False, lat__isnull=False)
        .order_by("name")
        .values_list("lon", "lat", "name", "municipality__name", "municipality__region__name")
    )
    return [MapPoint(float(lon), float(lat), *names) for lon, lat, *names in rows]


def _neighbours() -> list[Neighbour]:
    """Municipalities of the neighbouring regions with a known centre: they name the other
    regions' land the republic's outline encloses."""
    rows = Municipality.objects.filter(
        region__is_home=False, longitude__isnull=False, latitude__isnull=False
    ).values_list("longitude", "latitude", "region__name")
    return [Neighbour(float(lon), float(lat), region) for lon, lat, region in rows]


def _communities_map() -> GeneratedSection:
    outlines = municipality_outlines()
    points = _community_points()
    # The figure's alternative text in the tagged screen PDF and the EPUB.
    title = (
        "Карта муниципальных образований республики с опубликованными сообществами реестра: "
        f"участники программы выделены и подписаны, каждое сообщество — точка (всего: "
        f"{len(points)})"
    )
    drawn = communities_map(
        outlines=outlines,
        points=points,
        neighbours=_neighbours(),
        title=title,
    )
    return GeneratedSection(
        kind=GeneratedContent.COMMUNITIES_MAP,
        context={"map": drawn, "attribution": OSM_ATTRIBUTION_RU, "point_count": len(points)},
        record={"municipalities": len(outlines), "points": len(points)},
    )


BUILDERS = {
    GeneratedContent.RULES_DIGEST: _rules_digest,
    GeneratedContent.COMMUNITIES_DIRECTORY: _communities_directory,
    GeneratedContent.COMMUNITIES_MAP: _communities_map,
}


def generated_section(*, kind: str) -> GeneratedSection:
    """Build one generated section from the live data."""
    return BUILDERS[kind]()
