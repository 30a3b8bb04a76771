"""Reference data shipped in registry/data/: municipalities, their outlines and spheres.

The outlines are simplified for the web as one coverage (shared borders stay shared, so
neighbours neither overlap nor leave slivers), and a centre with no surveyed coordinates gets a
point guaranteed to lie inside its outline (not the centroid, which can fall outside a concave
district). Used by the data migration; kept here so tests can check the same functions.
"""

import csv
import json
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

import shapely
from anyascii import anyascii
from django.utils.text import slugify
from shapely.geometry import mapping, shape

from registry.place_names import place_name

DATA_DIR = Path(__file__).resolve().parent / "data"
MUNICIPALITIES_CSV = DATA_DIR / "municipalities_bashkortostan.csv"
NEIGHBOURS_CSV = DATA_DIR / "neighbours_examples.csv"
OUTLINES_GEOJSON = DATA_DIR / "bashkortostan_municipalities_osm.geojson"

HOME_REGION = "Республика Башкортостан"
# Tolerance of the coverage simplification in degrees (about 400-600 m here): the whole set
# comes to about 250 KB of GeoJSON, small enough for the web map.
OUTLINE_TOLERANCE = 0.006
COORDINATE_PRECISION = 0.00001

FEDERAL_DISTRICTS = {"Приволжский": "volga", "Уральский": "ural"}

# (slug, Russian name) in the order they are shown.
DEFAULT_SPHERES = [
    ("socio-cultural", "Социокультурные"),
    ("entrepreneurial", "Предпринимательские"),
    ("science-technology", "Научно-технические"),
    ("professional", "Профессиональные"),
    ("volunteer", "Волонтёрские"),
    ("neighbourhood", "Соседские и ТОС"),
    ("youth", "Молодёжные"),
    ("sport", "Спортивные"),
    ("environment", "Экологические"),
]


@dataclass(frozen=True)
class MunicipalityRow:
    region: str
    federal_district: str
    oktmo: str
    name: str
    slug: str
    kind: str
    centre: str
    latitude: Decimal | None
    longitude: Decimal | None


def municipality_slug(name: str) -> str:
    return slugify(anyascii(name))[:100]


def _coordinate(value: str) -> Decimal | None:
    return Decimal(value).quantize(Decimal("0.00001")) if value else None


def _read_csv(path: Path) -> list[dict]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def _municipality(row: dict, *, region: str, federal_district: str) -> MunicipalityRow:
    return MunicipalityRow(
        region=region,
        federal_district=federal_district,
        oktmo=row["oktmo"],
        name=place_name(row["name_ru"]),
        # From the name as OKTMO writes it: the addresses the registry has always had.
        slug=municipality_slug(row["name_ru"]),
        kind=row["kind"],
        centre=place_name(row["centre_ru"]),
        latitude=_coordinate(row["lat"]),
        longitude=_coordinate(row["lon"]),
    )


def home_municipalities() -> list[MunicipalityRow]:
    return [
        _municipality(row, region=HOME_REGION, federal_district="volga")
        for row in _read_csv(MUNICIPALITIES_CSV)
    ]


def neighbour_municipalities() -> list[MunicipalityRow]:
    return [
        _municipality(
            row,
            region=row["region_ru"],
            federal_district=FEDERAL_DISTRICTS[row["federal_district"]],
        )
        for row in _read_csv(NEIGHBOURS_CSV)
    ]


def web_outlines() -> dict[str, dict]:
    """OKTMO code → simplified GeoJSON geometry of the municipality."""
    features = json.loads(OUTLINES_GEOJSON.read_text(encoding="utf-8"))["features"]
    geometries = [shape(feature["geometry"]) for feature in features]
    simplified = shapely.coverage_simplify(geometries, OUTLINE_TOLERANCE)
    rounded = shapely.set_precision(simplified, COORDINATE_PRECISION)
    return {
        feature["properties"]["oktmo"]: mapping(geometry)
        for feature, geometry in zip(features, rounded, strict=True)
    }


def point_inside(geometry: dict) -> tuple[Decimal, Decimal]:
    """(latitude, longitude) of a point that lies inside the outline."""
    point = shape(geometry).representative_point()
    return _coordinate(f"{point.y:.5f}"), _coordinate(f"{point.x:.5f}")


def contains_point(geometry: dict, *, latitude: Decimal, longitude: Decimal) -> bool:
    return shape(geometry).contains(shapely.Point(float(longitude), float(latitude)))
