"""GeoJSON written straight from value rows: DRF serialisers are too slow for 100,000 points."""

import json

from registry.public_selectors import (
    community_point_municipalities,
    community_points,
    municipality_outlines,
)


def _dumps(data) -> bytes:
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"), default=str).encode()


FEATURE = (
    '{"type":"Feature","geometry":{"type":"Point","coordinates":[%r,%r]},'
    '"properties":{"name":%s,"slug":"%s","level":"%s","municipality":%d}}'
)


def communities_geojson(queryset) -> bytes:
    """Points of communities: what the map draws and its popup shows, nothing more.

    A feature's municipality is a key into the collection's own "municipalities" member
    (key: name), so a name is written once, not 100,000 times. Written with string templates,
    3x faster than dicts; slugs and levels are ASCII identifiers, names go through JSON
    escaping. A community without its own point is drawn at its municipality's centre.
    """
    dumps = json.JSONEncoder(ensure_ascii=False).encode
    municipalities = community_point_municipalities()
    features = []
    for lon, lat, name, slug, level, place in community_points(queryset=queryset):
        if lon is None or lat is None:
            lon, lat = municipalities[place][1:]
            if lon is None or lat is None:
                continue
        features.append(FEATURE % (lon, lat, dumps(name), slug, level, place))
    names = {pk: name for pk, (name, *_point) in municipalities.items()}
    return (
        '{"type":"FeatureCollection","municipalities":'
        + dumps(names)
        + ',"features":['
        + ",".join(features)
        + "]}"
    ).encode()


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
