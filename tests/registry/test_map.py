"""The map page: server-rendered filters and list, map settings, the OSM attribution."""

import json
import re

import pytest
from django.core.cache import cache
from django.db import connection
from django.test import override_settings

from registry.factories import CommunityFactory
from registry.models import Sphere

pytestmark = pytest.mark.django_db

MAP_URL = "/ru/registry/map/"


@pytest.fixture(autouse=True)
def _fresh_cache():
    cache.clear()


def _config(page: str) -> dict:
    match = re.search(
        r'<script id="community-map-config" type="application/json">(.*?)</script>', page
    )
    return json.loads(match.group(1))


def test_map_page_lists_the_filtered_communities_without_javascript(client, municipality_a):
    youth = Sphere.objects.get(slug="youth", locale__language_code="ru")
    CommunityFactory(name="Молодёжный штаб", spheres=[youth])
    CommunityFactory(name="Клуб ветеранов")
    page = client.get(MAP_URL, {"sphere": "youth"}).content.decode()
    assert "Молодёжный штаб" in page and "Клуб ветеранов" not in page
    assert '<option value="youth" selected>' in page
    assert "© участники OpenStreetMap" in page
    assert "/static/vendor/leaflet/leaflet.js" in page
    assert "/static/vendor/leaflet.markercluster/leaflet.markercluster.js" in page


def test_map_has_no_tile_layer_unless_configured(client):
    config = _config(client.get(MAP_URL).content.decode())
    assert config["tileUrl"] == ""
    assert config["communitiesUrl"] == "/api/registry/geojson/communities/"
    assert config["municipalitiesUrl"] == "/api/registry/geojson/municipalities/"
    with override_settings(
        REGISTRY_MAP_TILE_URL="https://tiles.example.org/{z}/{x}/{y}.png",
        REGISTRY_MAP_TILE_ATTRIBUTION="© Tiles",
    ):
        config = _config(client.get(MAP_URL).content.decode())
    assert config["tileUrl"] == "https://tiles.example.org/{z}/{x}/{y}.png"
    assert config["tileAttribution"] == "© Tiles"


@override_settings(REGISTRY_YANDEX_MAPS_API_KEY="key-from-the-environment")
def test_a_yandex_key_turns_on_yandex_tiles_in_the_pages_language(client):
    config = _config(client.get(MAP_URL).content.decode())
    assert config["tileUrl"].startswith("https://tiles.api-maps.yandex.ru/v1/tiles/?")
    # Web Mercator tiles line up with Leaflet's default projection and the OSM outlines.
    for part in ("x={x}", "y={y}", "z={z}", "l=map", "projection=web_mercator", "lang=ru_RU"):
        assert part in config["tileUrl"]
    assert "apikey=key-from-the-environment" in config["tileUrl"]
    assert "Яндекс Карты" in config["tileAttribution"]
    english = _config(client.get("/en/registry/map/").content.decode())
    assert "lang=en_RU" in english["tileUrl"]
    with override_settings(REGISTRY_MAP_TILE_URL="https://tiles.example.org/{z}/{x}/{y}.png"):
        config = _config(client.get(MAP_URL).content.decode())
    assert config["tileUrl"] == "https://tiles.example.org/{z}/{x}/{y}.png"


def test_the_page_starts_the_communities_request_of_its_first_view(client):
    """The map's first communities request is in the page (a preload on wide screens), with
    the page's filters, so the browser fetches it while the scripts load."""
    CommunityFactory(
        name="Молодёжный штаб",
        spheres=[Sphere.objects.get(slug="youth", locale__language_code="ru")],
        latitude="54.73500",
        longitude="55.95800",
    )
    page = client.get(MAP_URL, {"sphere": "youth", "level": "", "page": "1"}).content.decode()
    config = _config(page)
    first = config["firstView"]
    url = first["href"]
    assert url.startswith("/api/registry/geojson/communities/?sphere=youth&bbox=")
    assert "level=" not in url and "page=" not in url
    assert url.endswith(f"&zoom={first['zoom']}")
    # The box holds the republic's map on a wide screen: its first view lies inside.
    (south, west), (north, east) = config["bounds"]
    box_west, box_south, box_east, box_north = first["box"]
    assert box_west < west and box_south < south and east < box_east and north < box_north
    assert first["zoom"] == 6
    preload = f'<link rel="preload" href="{url.replace("&", "&amp;")}" as="fetch"'
    assert preload in page
    # The address answers what the map draws.
    data = client.get(url).json()
    assert [feature["properties"]["name"] for feature in data["features"]] == ["Молодёжный штаб"]


def test_published_communities_points_are_indexed():
    """The map counts published communities by point from one partial index (see README)."""
    with connection.cursor() as cursor:
        constraints = connection.introspection.get_constraints(cursor, "registry_community")
    index = constraints["community_published_point"]
    assert index["index"] and index["columns"] == ["longitude", "latitude", "municipality_id", "id"]
