"""A map of communities as inline SVG: municipality outlines and community points, no tiles."""

import math
from collections.abc import Iterable

from django.utils.html import escape

from registry import OSM_ATTRIBUTION

MAP_WIDTH = 1000
MARGIN = 10


def _rings(geometry: dict) -> Iterable[list]:
    """The rings of a GeoJSON Polygon or MultiPolygon."""
    if geometry.get("type") == "Polygon":
        yield from geometry["coordinates"]
    elif geometry.get("type") == "MultiPolygon":
        for polygon in geometry["coordinates"]:
            yield from polygon


class _Projection:
    """Equirectangular, scaled by the cosine of the middle latitude so shapes keep their look."""

    def __init__(self, lonlats: list[tuple[float, float]]):
        lons = [lon for lon, _lat in lonlats] or [0.0]
        lats = [lat for _lon, lat in lonlats] or [0.0]
        self.west, self.north = min(lons), max(lats)
        self.aspect = math.cos(math.radians((min(lats) + max(lats)) / 2))
        span_x = max((max(lons) - self.west) * self.aspect, 1e-6)
        self.scale = (MAP_WIDTH - 2 * MARGIN) / span_x
        self.height = round((self.north - min(lats)) * self.scale + 2 * MARGIN)

    def __call__(self, lon: float, lat: float) -> tuple[float, float]:
        x = MARGIN + (lon - self.west) * self.aspect * self.scale
        y = MARGIN + (self.north - lat) * self.scale
        return round(x, 1), round(y, 1)


def _path(ring: list, project: _Projection) -> str:
    # Rounding to a tenth of a unit merges the outline's close points: a lighter file.
    points = []
    for lon, lat, *_rest in ring:
        point = project(lon, lat)
        if not points or points[-1] != point:
            points.append(point)
    return "M" + "L".join(f"{x} {y}" for x, y in points) + "Z"


def communities_map_svg(*, outlines: list[dict], points: list[tuple], title: str) -> str:
    """An SVG of outlines ({"name", "outline", "participating"}) and points (lon, lat, name)."""
    lonlats = [
        (ring_point[0], ring_point[1])
        for row in outlines
        for ring in _rings(row["outline"])
        for ring_point in ring
    ] + [(lon, lat) for lon, lat, _name in points]
    project = _Projection(lonlats)
    shapes = []
    for row in outlines:
        d = "".join(_path(ring, project) for ring in _rings(row["outline"]))
        # Presentation attributes, not CSS: WeasyPrint styles inline SVG by attributes only.
        fill = "#dce6f0" if row["participating"] else "#eeeeee"
        shapes.append(f'<path fill="{fill}" d="{d}"><title>{escape(row["name"])}</title></path>')
    dots = []
    for lon, lat, name in points:
        x, y = project(lon, lat)
        dots.append(
            f'<circle class="map__point" cx="{x}" cy="{y}" r="4">'
            f"<title>{escape(name)}</title></circle>"
        )
    height = project.height + 24
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" class="map" viewBox="0 0 {MAP_WIDTH} {height}" '
        f'role="img" aria-label="{escape(title)}">'
        # A tagged PDF takes a figure's alternative text from the SVG's own <title>.
        f"<title>{escape(title)}</title>"
        '<g stroke="#777777" stroke-width="0.8" stroke-linejoin="round">'
        + "".join(shapes)
        + '</g><g fill="#b3261e" stroke="#ffffff" stroke-width="1">'
        + "".join(dots)
        + f'</g><text x="{MAP_WIDTH - MARGIN}" y="{height - 6}" text-anchor="end" '
        f'font-size="14" font-family="PT Sans" fill="#333333">{escape(OSM_ATTRIBUTION)}</text>'
        "</svg>"
    )
