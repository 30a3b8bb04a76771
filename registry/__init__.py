"""The registry of communities, people and municipalities."""

OSM_ATTRIBUTION = "© OpenStreetMap contributors"
# The same in the Russian of the printed book (the wording osm.org/copyright uses in Russian).
OSM_ATTRIBUTION_RU = "© участники OpenStreetMap"
OSM_LICENCE = "ODbL 1.0"
OSM_COPYRIGHT_URL = "https://www.openstreetmap.org/copyright"
