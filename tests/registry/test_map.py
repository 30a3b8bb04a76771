"""The map page: server-rendered filters and list, map settings, the OSM attribution."""

import json
import re

import pytest
from django.core.cache import cache
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
