"""Public registry pages: the list, community and municipality pages, the map, the form."""

from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.http import urlencode
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from core.abuse import Screening, SubmissionLimit
from registry import OSM_COPYRIGHT_URL
from registry.charts import growth_chart
from registry.data_version import registry_data_version
from registry.filters import CommunityFilter
from registry.forms import CommunitySubmissionForm
from registry.map_grid import MAX_MAP_ZOOM, BoundingBox, first_view
from registry.map_tiles import background_tile_layer
from registry.models import VerificationLevel
from registry.public_selectors import (
    community_growth,
    community_public_detail,
    home_region_bounds,
    municipality_public_page,
    published_communities,
)
from registry.selectors import community_verification_evidence
from registry.submissions import community_submit

LIST_PAGE_SIZE = 20


def _filtered_page(request):
    filterset = CommunityFilter(request.GET, queryset=published_communities(), request=request)
    paginator = Paginator(filterset.qs, LIST_PAGE_SIZE)
    page_obj = paginator.get_page(request.GET.get("page"))
    query = request.GET.copy()
    query.pop("page", None)
    return {
        "filter": filterset,
        "page_obj": page_obj,
        "communities": page_obj.object_list,
        "query_string": query.urlencode(),
    }


def _results_cache_key(request, context, page: str = "registry-list") -> str | None:
    """The key a page's filter form and results (the list's, the map's) are cached under, or
    None when they may not be: only valid filters without search text and no other parameters,
    so there are no more keys than combinations of the filters' choices (search text or
    made-up parameters would let anyone fill the cache)."""
    filterset = context["filter"]
    fields = filterset.form.fields
    if request.GET.get("q") or not set(request.GET) <= {*fields, "page"}:
        return None
    if not filterset.is_valid():
        return None
    filters = urlencode(sorted((name, request.GET.get(name, "")) for name in fields))
    number = context["page_obj"].number
    return f"{page}:{registry_data_version()}:{get_language()}:{number}:{filters}"


def community_list(request):
    context = _filtered_page(request)
    context["results_cache_key"] = _results_cache_key(request, context)
    return render(request, "registry/community_list.html", context)


def community_detail(request, slug):
    community = community_public_detail(slug=slug)
    if community is None:
        raise Http404(_("No published community at this address."))
    return render(
        request,
        "registry/community_detail.html",
        {
            "community": community,
            "evidence": community_verification_evidence(community=community),
            "levels": VerificationLevel,
            "chart": growth_chart(
                community_growth(community=community), caption=_("Members by monitoring date")
            ),
        },
    )


def municipality_detail(request, slug):
    data = municipality_public_page(slug=slug)
    if data is None:
        raise Http404(_("No municipality at this address."))
    return render(
        request,
        "registry/municipality_detail.html",
        {
            "data": data,
            "municipality": data.municipality,
            "chart": growth_chart(
                data.growth, caption=_("Members of its communities by monitoring date")
            ),
        },
    )


def _first_view(request, *, communities_url: str, bounds: list[list[float]]) -> dict | None:
    """The communities request of the map's first view, which the page starts before its
    scripts run: the page's filters as the map's script sends them (no empty values, no page
    number), with the first view's box and zoom. `href` is the preload's and the script's
    address for it; the script checks its own view against `box` and `zoom`."""
    if not bounds:
        return None
    (south, west), (north, east) = bounds
    box, zoom = first_view(BoundingBox(west=west, south=south, east=east, north=north))
    edges = [box.west, box.south, box.east, box.north]
    params = [
        (key, value)
        for key, values in request.GET.lists()
        if key not in ("page", "bbox", "zoom")
        for value in values
        if value
    ]
    params += [("bbox", ",".join(f"{edge:.10g}" for edge in edges)), ("zoom", zoom)]
    return {"href": f"{communities_url}?{urlencode(params)}", "box": edges, "zoom": zoom}


def community_map(request):
    context = _filtered_page(request)
    context["results_cache_key"] = _results_cache_key(request, context, "registry-map")
    tiles = background_tile_layer()
    osm_attribution = _("© OpenStreetMap contributors")
    communities_url = reverse("registry_api:community-geojson")
    bounds = home_region_bounds()
    context["map_config"] = {
        "communitiesUrl": communities_url,
        "firstView": _first_view(request, communities_url=communities_url, bounds=bounds),
        "communityUrl": reverse("registry:community", kwargs={"slug": "__slug__"}),
        "municipalitiesUrl": reverse("registry_api:municipality-geojson"),
        "municipalityUrl": reverse("registry:municipality", kwargs={"slug": "__slug__"}),
        "listUrl": reverse("registry:list"),
        "bounds": bounds,
        "maxZoom": MAX_MAP_ZOOM,
        "tileUrl": tiles.url,
        "tileAttribution": tiles.attribution,
        "osmAttribution": osm_attribution,
        "osmCopyrightUrl": OSM_COPYRIGHT_URL,
        "levels": dict(VerificationLevel.choices),
        "labels": {
            "attributionPrefix": _("Map: Leaflet"),
            "outlines": _("Outlines"),
            "open": _("Open the community page"),
            "shown": _("Communities in view: %(count)s"),
            "cluster": _("Communities here: %(count)s. Zoom in"),
            "municipalityCommunities": _("Published communities: %(count)s"),
            "municipalityPage": _("Municipality page"),
            "municipalityList": _("Its communities in the registry"),
        },
    }
    context["levels"] = VerificationLevel
    context["osm_attribution"] = osm_attribution
    context["osm_copyright_url"] = OSM_COPYRIGHT_URL
    response = render(request, "registry/community_map.html", context)
    if tiles.origin:
        # django-csp's per-response addition: this page alone may show the tile server's images.
        response._csp_update = {"img-src": [tiles.origin]}
    return response


ADD_LIMIT = SubmissionLimit("registry-submissions", "REGISTRY_SUBMISSIONS_PER_HOUR")


@require_http_methods(["GET", "POST"])
def community_add(request):
    form = CommunitySubmissionForm(request.POST or None)
    screening = ADD_LIMIT.screen(request, form) if request.method == "POST" else None
    if screening is Screening.VALID:
        community_submit(community=form.save(commit=False), spheres=form.cleaned_data["spheres"])
    if screening in (Screening.VALID, Screening.SPAM):
        return redirect("registry:thanks")
    status = {Screening.REFUSED: 429, Screening.INVALID: 400}.get(screening, 200)
    return render(request, "registry/community_add.html", {"form": form}, status=status)


def community_add_thanks(request):
    return render(request, "registry/community_add_thanks.html")
