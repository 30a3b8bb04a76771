"""The book's map of communities as inline SVG: the republic's municipality outlines, the
participating ones shaded and named, every community a point, a legend and a scale bar; a small
inset for communities outside the republic. No tiles: everything is drawn from the outlines.
"""

import math
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

import shapely
from django.utils.html import escape
from shapely.geometry import shape

from registry import OSM_ATTRIBUTION_RU

MAP_WIDTH = 1000
MARGIN = 10
KM_PER_DEGREE = 111.32  # of latitude
# Sizes in viewBox units: the map is printed across the text, 1000 units in about 108 mm,
# so a unit is about 0.3 pt: labels of 6.5 pt and lines of at least 0.3 pt.
LABEL_SIZE = 22
LINE_WIDTH = 1
ROW = 34
INSET_WIDTH = 600
PARTICIPATING_FILL = "#c9d9ea"
OTHER_FILL = "#eeeeee"
POINT_FILL = "#b3261e"
# A bay of another region's land enclosed by the republic's outline (Chelyabinsk oblast's
# Satka and Katav-Ivanovsk districts in the north-east) shows as a hole: it is outlined and
# named. Bays are found by closing the outline by this many degrees (about 20-30 km) ...
BAY_CLOSING = 0.3
# ... and kept when larger than this share of the republic (smaller ones are border wiggles).
BAY_SHARE = 0.02
# A bay is named after the region of the nearest known municipality outside the republic.
BAY_NAMING_DISTANCE = 1.5  # degrees
# Degrees: a community's point just over the border (a village on the line) stays on the map.
BORDER_TOLERANCE = 0.05
# A label's width in units per character at LABEL_SIZE (PT Sans averages half an em).
CHARACTER_WIDTH = 0.52 * LABEL_SIZE
NICE_KILOMETRES = (10, 20, 25, 50, 100, 200, 250, 500, 1000)


@dataclass(frozen=True)
class MapPoint:
    longitude: float
    latitude: float
    name: str
    municipality: str
    region: str


@dataclass(frozen=True)
class Neighbour:
    """A municipality of a neighbouring region with known coordinates of its centre."""

    longitude: float
    latitude: float
    region: str


@dataclass(frozen=True)
class CommunitiesMap:
    svg: str
    inset_svg: str
    # (municipality, region, number of communities) outside the republic, in the inset.
    outside: list[tuple[str, str, int]]
    # Regions whose land the republic's outline encloses, outlined on the map.
    bays: list[str]


def _rings(geometry: dict) -> Iterable[list]:
    """The rings of a GeoJSON Polygon or MultiPolygon."""
    if geometry.get("type") == "Polygon":
        yield from geometry["coordinates"]
    elif geometry.get("type") == "MultiPolygon":
        for polygon in geometry["coordinates"]:
            yield from polygon


class _Projection:
    """Equirectangular, scaled by the cosine of the middle latitude so shapes keep their look."""

    def __init__(self, lonlats: list[tuple[float, float]], width: int = MAP_WIDTH):
        lons = [lon for lon, _lat in lonlats] or [0.0]
        lats = [lat for _lon, lat in lonlats] or [0.0]
        self.west, self.east = min(lons), max(lons)
        self.north, self.south = max(lats), min(lats)
        self.aspect = math.cos(math.radians((self.south + self.north) / 2))
        span_x = max((self.east - self.west) * self.aspect, 1e-6)
        self.scale = (width - 2 * MARGIN) / span_x  # units per degree of latitude
        self.height = round((self.north - self.south) * self.scale + 2 * MARGIN)

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


def _geometry_path(geometry, project: _Projection) -> str:
    return "".join(_path(ring, project) for ring in _rings(shapely.geometry.mapping(geometry)))


def _text(x, y, text, *, size=LABEL_SIZE, anchor="start", style="normal", halo=False) -> str:
    """Text in PT Sans; with a halo, over a white outline of itself so lines do not cross it."""
    attributes = (
        f'x="{x}" y="{y}" font-family="PT Sans" font-size="{size}" text-anchor="{anchor}" '
        f'font-style="{style}"'
    )
    shown = escape(text)
    under = (
        f'<text {attributes} fill="#ffffff" stroke="#ffffff" stroke-width="5" '
        f'stroke-linejoin="round">{shown}</text>'
        if halo
        else ""
    )
    return f'{under}<text {attributes} fill="#000000">{shown}</text>'


class _Labels:
    """Names placed over the map: kept inside it, and moved a line down or up off a name
    placed before them rather than printed over it."""

    SHIFTS = (0, 1, -1, 2, -2)

    def __init__(self):
        self.boxes: list[tuple[float, float, float, float]] = []
        self.texts: list[str] = []

    def add(self, at: tuple[float, float], text: str, style: str = "normal") -> None:
        half = len(text) * CHARACTER_WIDTH / 2
        x = min(max(at[0], MARGIN + half), MAP_WIDTH - MARGIN - half)
        for shift in self.SHIFTS:
            y = at[1] + shift * LABEL_SIZE
            box = (x - half, y - LABEL_SIZE, x + half, y + 4)
            if not any(_overlap(box, other) for other in self.boxes):
                break
        self.boxes.append(box)
        self.texts.append(_text(x, y, text, anchor="middle", style=style, halo=True))


def _overlap(first: tuple, second: tuple) -> bool:
    return not (
        first[2] < second[0] or second[2] < first[0] or first[3] < second[1] or second[3] < first[1]
    )


def short_name(name: str) -> str:
    """A municipality as a map names it: «Абзелиловский р-н», «г. Уфа»."""
    return name.replace(" муниципальный район", " р-н").replace(" муниципальный округ", " м. о.")


def _scale_bar(x: float, y: float, units_per_km: float, width: float) -> str:
    """A bar of a round number of kilometres, about a quarter of the width, with «Масштаб»."""
    kilometres = max(
        (km for km in NICE_KILOMETRES if km * units_per_km <= width / 4), default=NICE_KILOMETRES[0]
    )
    length = round(kilometres * units_per_km, 1)
    half = round(length / 2, 1)
    bar = (
        f'<rect x="{x}" y="{y}" width="{half}" height="8" fill="#000000"/>'
        f'<rect x="{x + half}" y="{y}" width="{half}" height="8" fill="#ffffff" '
        f'stroke="#000000" stroke-width="{LINE_WIDTH}"/>'
    )
    labels = (
        _text(x, y - 8, "Масштаб", size=LABEL_SIZE - 4)
        + _text(x, y + 30, "0", anchor="middle", size=LABEL_SIZE - 4)
        + _text(x + half, y + 30, str(kilometres // 2), anchor="middle", size=LABEL_SIZE - 4)
        + _text(x + length, y + 30, f"{kilometres} км", anchor="middle", size=LABEL_SIZE - 4)
    )
    return f"<g>{bar}{labels}</g>"


def _point(project: _Projection, point: MapPoint, radius: float = 4) -> str:
    x, y = project(point.longitude, point.latitude)
    return f'<circle cx="{x}" cy="{y}" r="{radius}"><title>{escape(point.name)}</title></circle>'


def _points(project: _Projection, points: list[MapPoint], radius: float = 4) -> str:
    dots = "".join(_point(project, point, radius) for point in points)
    return f'<g fill="{POINT_FILL}" stroke="#ffffff" stroke-width="{LINE_WIDTH}">{dots}</g>'


def _bays(republic, neighbours: list[Neighbour]) -> list[tuple[object, str]]:
    """Other regions' land inside the republic's outline, each with its region's name."""
    closed = republic.buffer(BAY_CLOSING, quad_segs=2).buffer(-BAY_CLOSING, quad_segs=2)
    enclosed = closed.difference(republic)
    bays = []
    for bay in getattr(enclosed, "geoms", [enclosed]):
        if bay.area < BAY_SHARE * republic.area:
            continue
        nearest = min(
            neighbours,
            key=lambda n: bay.distance(shapely.Point(n.longitude, n.latitude)),
            default=None,
        )
        near = nearest and bay.distance(shapely.Point(nearest.longitude, nearest.latitude))
        region = nearest.region if near is not None and near <= BAY_NAMING_DISTANCE else ""
        bays.append((bay, region))
    return bays


def _legend_items(bays: list[str]) -> list[tuple[str, str]]:
    swatch = 'width="34" height="22" stroke="#777777" stroke-width="1"'
    items = [
        (f'<rect x="0" y="-17" {swatch} fill="{PARTICIPATING_FILL}"/>', "участник программы"),
        (f'<rect x="0" y="-17" {swatch} fill="{OTHER_FILL}"/>', "другое муниципальное образование"),
        (
            f'<circle cx="17" cy="-6" r="6" fill="{POINT_FILL}" stroke="#ffffff"/>',
            "сообщество реестра (без адреса — в центре муниципалитета)",
        ),
    ]
    if bays:
        territory = f'<rect x="0" y="-17" {swatch} fill="#ffffff" stroke-dasharray="5 3"/>'
        regions = ", ".join(region for region in dict.fromkeys(bays) if region)
        meaning = "территория соседнего региона" + (f" ({regions})" if regions else "")
        items.append((territory, meaning))
    return items


def _legend(y: float, items: list[tuple[str, str]]) -> str:
    rows = [
        f'<g transform="translate({MARGIN} {y + 24 + index * ROW})">{symbol}'
        f"{_text(44, 0, text)}</g>"
        for index, (symbol, text) in enumerate(items)
    ]
    return "<g>" + "".join(rows) + "</g>"


def _svg(width: float, height: float, title: str, content: str, style: str = "") -> str:
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" class="map" viewBox="0 0 {width} {height}" '
        f'role="img" aria-label="{escape(title)}"{style}>'
        # A tagged PDF takes a figure's alternative text from the SVG's own <title>.
        f"<title>{escape(title)}</title>{content}</svg>"
    )


def communities_map(
    *, outlines: list[dict], points: list[MapPoint], neighbours: list[Neighbour], title: str
) -> CommunitiesMap:
    """The map of outlines ({"name", "outline", "participating"}) with the communities' points;
    those outside the republic's frame go to an inset."""
    shapes = [(row, shape(row["outline"])) for row in outlines]
    project = _Projection(
        [(p[0], p[1]) for row in outlines for ring in _rings(row["outline"]) for p in ring]
    )
    republic = shapely.union_all([geometry for _row, geometry in shapes])
    bays = _bays(republic, neighbours) if shapes else []
    # Points on the republic's land (or at its border) are drawn on the map, the rest in the
    # inset: a point of another region inside the frame would stand on the map unexplained.
    land = shapely.union_all([republic.buffer(BORDER_TOLERANCE), *(bay for bay, _r in bays)])
    shapely.prepare(land)
    on_land = [land.contains(shapely.Point(p.longitude, p.latitude)) for p in points]
    inside = [p for p, here in zip(points, on_land, strict=True) if here]
    outside = [p for p, here in zip(points, on_land, strict=True) if not here]

    areas, placed = [], _Labels()
    for row, geometry in shapes:
        fill = PARTICIPATING_FILL if row["participating"] else OTHER_FILL
        areas.append(
            f'<path fill="{fill}" d="{_geometry_path(geometry, project)}">'
            f"<title>{escape(row['name'])}</title></path>"
        )
        if row["participating"]:
            placed.add(project(*geometry.representative_point().coords[0]), short_name(row["name"]))
    for bay, region in bays:
        areas.append(
            f'<path fill="#ffffff" stroke-dasharray="5 3" d="{_geometry_path(bay, project)}"/>'
        )
        if region:
            placed.add(project(*bay.representative_point().coords[0]), region, style="italic")
    labels = placed.texts

    legend = _legend_items([region for _bay, region in bays])
    legend_top = project.height + 6
    height = legend_top + 24 + len(legend) * ROW
    units_per_km = project.scale / KM_PER_DEGREE
    content = (
        f'<g stroke="#777777" stroke-width="{LINE_WIDTH}" stroke-linejoin="round">'
        + "".join(areas)
        + "</g>"
        + _points(project, inside)
        + "<g>"
        + "".join(labels)
        + "</g>"
        + _legend(legend_top, legend)
        + _scale_bar(MAP_WIDTH - MARGIN - MAP_WIDTH / 4, legend_top + 20, units_per_km, MAP_WIDTH)
        + _text(MAP_WIDTH - MARGIN, height - 4, f"Границы: {OSM_ATTRIBUTION_RU}", anchor="end")
    )
    counts = Counter((p.municipality, p.region) for p in outside)
    return CommunitiesMap(
        svg=_svg(MAP_WIDTH, height, title, content),
        inset_svg=_inset(republic, outside) if outside else "",
        outside=[(municipality, region, count) for (municipality, region), count in counts.items()],
        bays=[region for _bay, region in bays if region],
    )


def _inset(republic, outside: list[MapPoint]) -> str:
    """The republic's silhouette and the communities beyond it, on a smaller scale."""
    silhouette = republic.simplify(0.05)
    west, south, east, north = silhouette.bounds
    lonlats = [(west, south), (east, north)] + [(p.longitude, p.latitude) for p in outside]
    project = _Projection(lonlats, width=INSET_WIDTH)
    height = project.height + 60
    names = {}
    for point in outside:
        names.setdefault((point.municipality, point.region), point)
    labels = "".join(
        _inset_label(project, point, short_name(municipality))
        for (municipality, _region), point in names.items()
    )
    title = "Сообщества за пределами республики"
    content = (
        f'<path fill="{OTHER_FILL}" stroke="#777777" stroke-width="{LINE_WIDTH}" '
        f'd="{_geometry_path(silhouette, project)}"/>'
        + _text(
            *project(*silhouette.representative_point().coords[0]),
            "Башкортостан",
            anchor="middle",
            style="italic",
        )
        + _points(project, outside, radius=6)
        + labels
        + _scale_bar(MARGIN, project.height + 24, project.scale / KM_PER_DEGREE, INSET_WIDTH)
    )
    # Printed at a smaller size than the main map, its type the same size.
    share = round(100 * INSET_WIDTH / MAP_WIDTH)
    return _svg(INSET_WIDTH, height, title, content, f' style="width: {share}%"')


def _inset_label(project: _Projection, point: MapPoint, text: str) -> str:
    """A name beside its point, to the left of the points near the inset's right edge."""
    x, y = project(point.longitude, point.latitude)
    if x < INSET_WIDTH * 0.6:
        return _text(x + 10, y + 7, text, halo=True)
    return _text(x - 10, y + 7, text, anchor="end", halo=True)
