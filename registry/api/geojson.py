"""GeoJSON written straight from value rows: DRF serialisers are too slow for 100,000 points."""

import json

from registry.public_selectors import community_points, municipality_outlines


def _dumps(data) -> bytes:
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"), default=str).encode()


def communities_geojson(queryset) -> bytes:
    features = [
        {
            "type": "Feature",
            "geometry": {"type": "Point", "coordinates": [float(lon), float(lat)]},
            "properties": {"name": name, "slug": slug, "level": level, "municipality": place},
        }
        for lon, lat, name, slug, level, place in community_points(queryset=queryset)
    ]
    return _dumps({"type": "FeatureCollection", "features": features})


def municipalities_geojson(*, attribution: str) -> bytes:
    features = [
        {
            "type": "Feature",
            "geometry": row["outline"],
            "properties": {
                "slug": row["slug"],
                "name": row["name"],
                "participating": row["participating"],
                "communities": row["count"],
            },
        }
        for row in municipality_outlines()
    ]
    return _dumps({"type": "FeatureCollection", "attribution": attribution, "features": features})
