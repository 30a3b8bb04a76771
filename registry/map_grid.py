"""The map's view as the GeoJSON API sees it: a bounding box, and a grid of clusters by zoom.

When more communities are in view than the map may be sent one by one, they are counted in the
cells of a grid instead. A cell is a quarter of a web map tile wide (64 pixels at any zoom) and
about as tall on screen, so clusters keep their size and place as the map pans.
"""

import math
from dataclasses import dataclass

MAX_MAP_ZOOM = 18
CELLS_PER_TILE = 4


@dataclass(frozen=True)
class BoundingBox:
    west: float
    south: float
    east: float
    north: float


@dataclass(frozen=True)
class GridCell:
    """A cell's size in degrees."""

    longitude: float
    latitude: float


def grid_cell(*, zoom: int, box: BoundingBox) -> GridCell:
    width = 360 / 2**zoom / CELLS_PER_TILE
    # A degree of latitude is longer on a web map than a degree of longitude by 1/cos(latitude);
    # the latitude is rounded to a whole degree so that panning does not move the cells.
    middle = round((box.south + box.north) / 2)
    return GridCell(longitude=width, latitude=width * math.cos(math.radians(middle)))


def zoom_for(box: BoundingBox) -> int:
    """The zoom at which the box fills a map about a thousand pixels (four tiles) wide."""
    zoom = math.floor(math.log2(360 * 4 / (box.east - box.west)))
    return max(0, min(MAX_MAP_ZOOM, zoom))


# The map on a wide screen (registry.css: two thirds of the layout, min(36rem, 75vh) high), at
# the smallest of the common sizes: the first view is planned for it.
WIDE_MAP_PIXELS = (640, 540)
TILE_PIXELS = 256


def _mercator_y(latitude: float) -> float:
    """A latitude's height on a web map of the whole world 2π high."""
    return math.log(math.tan(math.pi / 4 + math.radians(latitude) / 2))


def fit_zoom(box: BoundingBox, *, width: int, height: int) -> int:
    """The whole zoom at which Leaflet's fitBounds shows the box in a map of that many pixels."""
    box_width = (box.east - box.west) / 360 * TILE_PIXELS
    box_height = (_mercator_y(box.north) - _mercator_y(box.south)) / (2 * math.pi) * TILE_PIXELS
    zoom = math.floor(math.log2(min(width / box_width, height / box_height)))
    return max(0, min(MAX_MAP_ZOOM, zoom))


def first_view(box: BoundingBox) -> tuple[BoundingBox, int]:
    """The part of the map and the zoom asked for on the map's first visit, before the browser
    has laid the map out: the box fitted to a wide screen's map, widened to whole tiles of its
    zoom and one more tile on each side, which holds the view the map then shows. The page
    starts this request early; the map uses it when its view lies inside (see community_map.js)."""
    zoom = fit_zoom(box, width=WIDE_MAP_PIXELS[0], height=WIDE_MAP_PIXELS[1])
    tile = 360 / 2**zoom
    widened = BoundingBox(
        west=max(-180, (math.floor(box.west / tile) - 1) * tile),
        south=max(-90, (math.floor(box.south / tile) - 1) * tile),
        east=min(180, (math.ceil(box.east / tile) + 1) * tile),
        north=min(90, (math.ceil(box.north / tile) + 1) * tile),
    )
    return widened, zoom
