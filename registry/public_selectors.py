"""Reads for the public side: only published communities, never personal data."""

import datetime
import math
from collections import defaultdict
from dataclasses import dataclass

from django.conf import settings
from django.db.models import (
    Avg,
    Case,
    Count,
    FloatField,
    Max,
    Min,
    Prefetch,
    Q,
    QuerySet,
    Sum,
    TextField,
    When,
)
from django.db.models.functions import Cast, Floor
from wagtail import hooks
from wagtail.models import Page

from registry.joined_text import joined_utf8
from registry.map_grid import BoundingBox, GridCell
from registry.models import (
    Community,
    CommunityPhoto,
    CommunityStatus,
    IdentifiedLeader,
    Leadership,
    Municipality,
    Snapshot,
    Sphere,
    TeamMember,
    VerificationLevel,
)
from registry.models.map_features import point_feature


def published_communities() -> QuerySet[Community]:
    """Published communities with what a list row shows, in two queries whatever the page size."""
    return (
        Community.objects.filter(status=CommunityStatus.PUBLISHED)
        .select_related("municipality")
        .prefetch_related(Prefetch("spheres", queryset=Sphere.objects.order_by("sort_order")))
        .only(
            "name",
            "slug",
            "form",
            "description",
            "founding_year",
            "members_reported",
            "verification_level",
            "latitude",
            "longitude",
            "updated_at",
            "municipality__name",
            "municipality__slug",
        )
    )


def communities_matching_text(queryset: QuerySet[Community], *, text: str) -> QuerySet[Community]:
    """Communities whose name or description contains the text, case-insensitively (trigram
    indexes serve this on PostgreSQL). The registry's `q` filter and site search share it."""
    text = text.strip()
    if not text:
        return queryset
    return queryset.filter(Q(name__icontains=text) | Q(description__icontains=text))


def public_spheres() -> QuerySet[Sphere]:
    """The spheres in the default locale: communities are tagged with those."""
    return Sphere.objects.filter(locale__language_code=settings.LANGUAGE_CODE)


def public_municipalities() -> QuerySet[Municipality]:
    """Participating municipalities and any other that has a published community."""
    has_published = Q(communities__status=CommunityStatus.PUBLISHED)
    return (
        Municipality.objects.annotate(community_count=Count("communities", filter=has_published))
        .filter(Q(participating=True) | Q(community_count__gt=0))
        .select_related("region")
        .defer("outline")
        .order_by("name")
    )


def community_public_detail(*, slug: str) -> Community | None:
    """A published community with everything its public page shows (no personal data)."""
    public_leaders = Leadership.objects.filter(person__public_name_consent=True).select_related(
        "person"
    )
    community = (
        Community.objects.filter(status=CommunityStatus.PUBLISHED, slug=slug)
        .select_related("municipality")
        .prefetch_related(
            Prefetch("spheres", queryset=Sphere.objects.order_by("sort_order")),
            Prefetch("leaderships", queryset=public_leaders, to_attr="public_leaderships"),
            Prefetch(
                "photos",
                queryset=CommunityPhoto.objects.select_related("image").order_by("sort_order"),
            ),
        )
        .first()
    )
    if community is not None:
        community.public_cases = _pages_about("registry_community_cases", community=community)
    return community


def _pages_about(hook_name: str, **record) -> list[Page]:
    """The editorial pages about a registry record: the app above the registry registers the
    Wagtail hook (a function of the record returning pages in the current language)."""
    return [page for pages in hooks.get_hooks(hook_name) for page in pages(**record)]


@dataclass(frozen=True)
class GrowthPoint:
    date: datetime.date
    members: int
    activities: int


def community_growth(*, community: Community) -> list[GrowthPoint]:
    return [
        GrowthPoint(date=s.date, members=s.members, activities=s.activities_in_period)
        for s in Snapshot.objects.filter(community=community).order_by("date")
    ]


def municipality_growth(*, municipality: Municipality) -> list[GrowthPoint]:
    """Snapshots of the municipality's published communities, summed by date."""
    rows = (
        Snapshot.objects.filter(
            community__municipality=municipality, community__status=CommunityStatus.PUBLISHED
        )
        .values("date")
        .annotate(members=Sum("members"), activities=Sum("activities_in_period"))
        .order_by("date")
    )
    return [
        GrowthPoint(date=row["date"], members=row["members"], activities=row["activities"])
        for row in rows
    ]


@dataclass(frozen=True)
class MunicipalityPublicPage:
    municipality: Municipality
    team: list[TeamMember]
    leaders: list[IdentifiedLeader]
    communities: list[Community]
    cases: list[Page]
    fairs: list[Page]
    growth: list[GrowthPoint]


def municipality_public_page(*, slug: str) -> MunicipalityPublicPage | None:
    municipality = Municipality.objects.defer("outline").filter(slug=slug).first()
    if municipality is None:
        return None
    return MunicipalityPublicPage(
        municipality=municipality,
        # Names only of those who consented; the template shows roles for all the others.
        team=list(
            TeamMember.objects.filter(municipality=municipality)
            .select_related("person")
            .only("role", "person__full_name", "person__public_name_consent")
            .order_by("role")
        ),
        leaders=list(
            IdentifiedLeader.objects.filter(
                municipality=municipality, person__public_name_consent=True
            )
            .select_related("person")
            .only("identified_on", "person__full_name")
        ),
        communities=list(published_communities().filter(municipality=municipality)),
        cases=_pages_about("registry_municipality_cases", municipality=municipality),
        fairs=_pages_about("registry_municipality_fairs", municipality=municipality),
        growth=municipality_growth(municipality=municipality),
    )


def registry_statistics() -> dict:
    """Counts of published communities by municipality, sphere and verification level."""
    published = Community.objects.filter(status=CommunityStatus.PUBLISHED)
    in_published = Q(communities__status=CommunityStatus.PUBLISHED)
    # values() before annotate(): group by the few columns shown, not by whole rows (a
    # municipality's row carries its outline).
    by_municipality = (
        published.values("municipality__slug", "municipality__name")
        .annotate(count=Count("pk"))
        .order_by("municipality__name")
    )
    by_sphere = (
        public_spheres()
        .values("slug", "name", "sort_order")
        .annotate(count=Count("communities", filter=in_published))
        .order_by("sort_order", "name")
    )
    levels = dict(published.values_list("verification_level").annotate(count=Count("pk")))
    return {
        "total": sum(levels.values()),
        "by_municipality": [
            {
                "slug": row["municipality__slug"],
                "name": row["municipality__name"],
                "count": row["count"],
            }
            for row in by_municipality
        ],
        "by_sphere": [
            {"slug": row["slug"], "name": row["name"], "count": row["count"]} for row in by_sphere
        ],
        "by_verification_level": [
            {"level": level, "label": str(label), "count": levels.get(level, 0)}
            for level, label in VerificationLevel.choices
        ],
    }


# A community is drawn at its own point, or at its municipality's centre when it has none.
OWN_POINT = Q(latitude__isnull=False, longitude__isnull=False)
AT_CENTRE = Q(municipality__latitude__isnull=False, municipality__longitude__isnull=False)


def communities_in_box(queryset: QuerySet[Community], *, box: BoundingBox) -> QuerySet[Community]:
    """Communities drawn inside the box (edges included): at their own point, else at their
    municipality's centre. Compared column by column, not through one expression choosing the
    point, so that PostgreSQL estimates the rows well (a sort on disk at 100,000 otherwise);
    the centres through a list of municipalities, not a join, so that the published
    communities' point index answers alone."""
    longitudes, latitudes = (box.west, box.east), (box.south, box.north)
    own = OWN_POINT & Q(longitude__range=longitudes, latitude__range=latitudes)
    centres_in_box = Municipality.objects.filter(
        longitude__range=longitudes, latitude__range=latitudes
    ).values("pk")
    at_centre = ~OWN_POINT & Q(municipality__in=centres_in_box)
    return queryset.filter(own | at_centre)


def community_point_features(*, queryset: QuerySet[Community]) -> bytes:
    """GeoJSON point features of communities, comma-separated, as UTF-8.

    Communities with their own point have the feature pre-serialised (map_feature); the
    others are drawn at their municipality's centre, written on the fly.
    """
    feature = Case(
        When(OWN_POINT, then="map_feature"),
        default=point_feature("municipality__longitude", "municipality__latitude"),
        output_field=TextField(),
    )
    points = queryset.filter(OWN_POINT | AT_CENTRE).order_by().values(feature=feature)
    return joined_utf8(points, column="feature")


def community_count_exceeds(queryset: QuerySet[Community], *, limit: int) -> bool:
    """Whether more than `limit` communities match, counting no further than that."""
    return queryset.order_by().values("pk")[: limit + 1].count() > limit


def community_map_clusters(
    *, queryset: QuerySet[Community], box: BoundingBox, cell: GridCell
) -> list[dict]:
    """Communities drawn in the box, counted by grid cell: each cell's count and the mean of
    its points.

    Two plain aggregations merged here: communities with their own point in the box by cell
    (read from the published communities' point index alone), those drawn at their
    municipality's centre by municipality (a few dozen rows). One aggregation over the point
    each is drawn at took twice as long at 100,000 communities."""
    longitudes, latitudes = (box.west, box.east), (box.south, box.north)
    longitude, latitude = Cast("longitude", FloatField()), Cast("latitude", FloatField())
    own = (
        queryset.filter(longitude__range=longitudes, latitude__range=latitudes)
        .order_by()
        .values(cell_x=Floor(longitude / cell.longitude), cell_y=Floor(latitude / cell.latitude))
        .annotate(count=Count("pk"), longitude=Avg(longitude), latitude=Avg(latitude))
    )
    centres = (
        queryset.exclude(OWN_POINT)
        .filter(municipality__longitude__range=longitudes, municipality__latitude__range=latitudes)
        .order_by()
        .values("municipality__longitude", "municipality__latitude")
        .annotate(count=Count("pk"))
    )
    cells = {(row["cell_x"], row["cell_y"]): row for row in own}
    for row in centres:
        x, y = float(row["municipality__longitude"]), float(row["municipality__latitude"])
        key = (math.floor(x / cell.longitude), math.floor(y / cell.latitude))
        found = cells.setdefault(key, {"count": 0, "longitude": 0.0, "latitude": 0.0})
        count = found["count"] + row["count"]
        found["longitude"] = (found["longitude"] * found["count"] + x * row["count"]) / count
        found["latitude"] = (found["latitude"] * found["count"] + y * row["count"]) / count
        found["count"] = count
    return [
        {"count": row["count"], "longitude": row["longitude"], "latitude": row["latitude"]}
        for row in cells.values()
    ]


def home_region_bounds() -> list[list[float]]:
    """[[south, west], [north, east]] around the home region's municipal centres, with a margin
    for their territories: the map's first view, before any outline has arrived."""
    margin = 0.5
    edges = Municipality.objects.filter(region__is_home=True, latitude__isnull=False).aggregate(
        south=Min("latitude"), west=Min("longitude"), north=Max("latitude"), east=Max("longitude")
    )
    if edges["south"] is None:
        return []
    return [
        [float(edges["south"]) - margin, float(edges["west"]) - margin],
        [float(edges["north"]) + margin, float(edges["east"]) + margin],
    ]


def municipality_names() -> dict[int, str]:
    return dict(Municipality.objects.values_list("pk", "name"))


def municipality_outlines() -> list[dict]:
    """Municipalities with an outline and their number of published communities."""
    counts = defaultdict(
        int,
        Community.objects.filter(status=CommunityStatus.PUBLISHED)
        .values_list("municipality_id")
        .annotate(count=Count("pk"))
        .order_by(),
    )
    rows = Municipality.objects.filter(outline__isnull=False).values(
        "pk", "slug", "name", "outline", "participating"
    )
    return [{**row, "count": counts[row["pk"]]} for row in rows]
