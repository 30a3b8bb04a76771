"""GeoJSON written as text: DRF serialisers are too slow for 100,000 points."""

import json

from registry.map_grid import BoundingBox, GridCell
from registry.public_selectors import (
    community_map_clusters,
    community_point_features,
    municipality_names,
    municipality_outlines,
)


def _dumps(data) -> bytes:
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"), default=str).encode()


def communities_geojson(queryset) -> bytes:
    """Points of communities: what the map draws and its popup shows, nothing more.

    A feature's municipality is a key into the collection's own "municipalities" member
    (key: name), so a name is written once, not 100,000 times.
    """
    names = _dumps(municipality_names())
    features = community_point_features(queryset=queryset)
    return b"".join(
        [
            b'{"type":"FeatureCollection","clustered":false,"municipalities":',
            names,
            b',"features":[',
            features,
            b"]}",
        ]
    )


def community_clusters_geojson(queryset, *, box: BoundingBox, cell: GridCell) -> bytes:
    """Communities in the box counted by grid cell: a point per cell, at the mean of its
    communities, with their number (`count`) and nothing else."""
    features = [
        {
            "type": "Feature",
            "geometry": {
                "type": "Point",
                "coordinates": [round(row["longitude"], 5), round(row["latitude"], 5)],
            },
            "properties": {"count": row["count"]},
        }
        for row in community_map_clusters(queryset=queryset, box=box, cell=cell)
    ]
    return _dumps({"type": "FeatureCollection", "clustered": True, "features": features})


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
