"""GeoJSON written straight from value rows: DRF serialisers are too slow for 100,000 points."""

import json

from registry.public_selectors import community_points, municipality_outlines


def _dumps(data) -> bytes:
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"), default=str).encode()


FEATURE = (
    '{"type":"Feature","geometry":{"type":"Point","coordinates":[%r,%r]},'
    '"properties":{"name":%s,"slug":"%s","level":"%s","municipality":%s}}'
)


def communities_geojson(queryset) -> bytes:
    """Points of communities; written with string templates, which is 3x faster than dicts.

    Slugs and levels are ASCII identifiers; names go through json.dumps for escaping.
    """
    dumps = json.JSONEncoder(ensure_ascii=False).encode
    places = {}
    features = []
    for lon, lat, name, slug, level, place in community_points(queryset=queryset):
        if place not in places:
            places[place] = dumps(place)
        features.append(FEATURE % (lon, lat, dumps(name), slug, level, places[place]))
    return ('{"type":"FeatureCollection","features":[' + ",".join(features) + "]}").encode()


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
