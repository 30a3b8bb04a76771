"""The read-only registry API: published communities, reference data, statistics, GeoJSON."""

import hashlib
from functools import wraps

from django.conf import settings
from django.http import HttpResponse
from django.utils.decorators import method_decorator
from django.views.decorators.cache import cache_control, cache_page
from django.views.decorators.gzip import gzip_page
from django.views.decorators.http import condition
from django_filters.rest_framework import DjangoFilterBackend
from django_filters.utils import translate_validation
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema, extend_schema_view
from rest_framework import generics, viewsets
from rest_framework.exceptions import NotFound
from rest_framework.response import Response
from rest_framework.views import APIView

from core.api_pagination import LimitedCountPagination
from registry import OSM_ATTRIBUTION, OSM_LICENCE
from registry.api.geojson import (
    communities_geojson,
    community_clusters_geojson,
    municipalities_geojson,
)
from registry.api.serializers import (
    CommunityDetailSerializer,
    CommunityListSerializer,
    MunicipalitySerializer,
    SphereSerializer,
)
from registry.data_version import registry_data_version
from registry.filters import CommunityAPIFilter, CommunityMapFilter
from registry.map_grid import grid_cell, zoom_for
from registry.public_selectors import (
    communities_in_box,
    community_count_exceeds,
    community_public_detail,
    public_municipalities,
    public_spheres,
    published_communities,
    registry_statistics,
)
from registry.selectors import community_verification_evidence

# Responses are kept in the cache for as long as clients are told they may keep them, under
# the registry data version: an edit starts a new version, so it shows at once. The ETag is
# the version with the address, so a revalidation is answered 304 without any query.
CACHE_SECONDS = 60


def versioned_cache(view):
    @wraps(view)
    def wrapper(request, *args, **kwargs):
        prefix = "registry-api-" + registry_data_version()
        return cache_page(CACHE_SECONDS, key_prefix=prefix)(view)(request, *args, **kwargs)

    return wrapper


def data_etag(request, *args, **kwargs) -> str:
    compressed = "gzip" in request.headers.get("Accept-Encoding", "")
    key = f"{registry_data_version()}|{request.get_full_path()}|{compressed}"
    return hashlib.sha256(key.encode()).hexdigest()[:32]


def conditional(view_class):
    """Compressed, cached under the data version, with an ETag; innermost first."""
    for decorator in (
        gzip_page,
        versioned_cache,
        cache_control(public=True, max_age=CACHE_SECONDS),
        condition(etag_func=data_etag),
    ):
        view_class = method_decorator(decorator, name="dispatch")(view_class)
    return view_class


class RegistryAPIMixin:
    pagination_class = LimitedCountPagination
    permission_classes = []
    authentication_classes = []


@conditional
@extend_schema_view(retrieve=extend_schema(responses=CommunityDetailSerializer))
class CommunityViewSet(RegistryAPIMixin, viewsets.ReadOnlyModelViewSet):
    """Published communities; filter with q, municipality, sphere, form and level."""

    serializer_class = CommunityListSerializer
    filter_backends = [DjangoFilterBackend]
    filterset_class = CommunityAPIFilter
    lookup_field = "slug"

    def get_queryset(self):
        return published_communities()

    def retrieve(self, request, slug=None):
        community = community_public_detail(slug=slug)
        if community is None:
            raise NotFound()
        serializer = CommunityDetailSerializer(
            community,
            context={
                "request": request,
                "evidence": community_verification_evidence(community=community),
            },
        )
        return Response(serializer.data)


@conditional
class MunicipalityViewSet(RegistryAPIMixin, viewsets.ReadOnlyModelViewSet):
    """Participating municipalities and those with published communities."""

    serializer_class = MunicipalitySerializer
    lookup_field = "slug"

    def get_queryset(self):
        return public_municipalities()


@conditional
class SphereViewSet(RegistryAPIMixin, viewsets.ReadOnlyModelViewSet):
    serializer_class = SphereSerializer
    lookup_field = "slug"

    def get_queryset(self):
        return public_spheres()


@conditional
class StatisticsView(RegistryAPIMixin, APIView):
    """Counts of published communities by municipality, sphere and verification level."""

    @extend_schema(responses=OpenApiTypes.OBJECT)
    def get(self, request):
        return Response(registry_statistics())


def _geojson_response(body: bytes) -> HttpResponse:
    return HttpResponse(body, content_type="application/geo+json; charset=utf-8")


@conditional
class CommunityGeoJSONView(RegistryAPIMixin, generics.GenericAPIView):
    """Published communities as GeoJSON points, with the same filters as the list.

    With `bbox=west,south,east,north` only those in the box are sent, and when more than
    REGISTRY_MAP_POINT_LIMIT are there, they come counted by the cells of a grid sized by
    `zoom` (`"clustered": true`, each feature a cell's `count`) instead of one by one.
    """

    filter_backends = [DjangoFilterBackend]
    filterset_class = CommunityMapFilter
    pagination_class = None

    def get_queryset(self):
        return published_communities()

    @extend_schema(filters=True, responses={(200, "application/geo+json"): OpenApiTypes.OBJECT})
    def get(self, request):
        filterset = DjangoFilterBackend().get_filterset(request, self.get_queryset(), self)
        if not filterset.is_valid():
            raise translate_validation(filterset.errors)  # a bad parameter stops here: 400
        queryset = filterset.qs
        box = filterset.form.cleaned_data.get("bbox")
        if box is None:
            return _geojson_response(communities_geojson(queryset))
        in_box = communities_in_box(queryset, box=box)
        if not community_count_exceeds(in_box, limit=settings.REGISTRY_MAP_POINT_LIMIT):
            return _geojson_response(communities_geojson(in_box))
        zoom = filterset.form.cleaned_data.get("zoom")
        cell = grid_cell(zoom=zoom_for(box) if zoom is None else int(zoom), box=box)
        return _geojson_response(community_clusters_geojson(queryset, box=box, cell=cell))


@conditional
class MunicipalityGeoJSONView(RegistryAPIMixin, APIView):
    """Municipality outlines with their number of published communities."""

    @extend_schema(responses={(200, "application/geo+json"): OpenApiTypes.OBJECT})
    def get(self, request):
        attribution = f"{OSM_ATTRIBUTION}, {OSM_LICENCE}"
        return _geojson_response(municipalities_geojson(attribution=attribution))
