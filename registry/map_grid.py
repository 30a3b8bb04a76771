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
