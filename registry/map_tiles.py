"""The optional background layer under the community map.

The map needs no tiles: outlines and points come from the product's own GeoJSON. A tile layer is
added only when configured: any XYZ tile server by URL and attribution, or Yandex Maps through
its Tiles API when REGISTRY_YANDEX_MAPS_API_KEY is set in the environment. Yandex's
`projection=web_mercator` tiles fit Leaflet's default projection, so no Yandex script is loaded.
An explicit REGISTRY_MAP_TILE_URL wins over the Yandex key.
"""

from dataclasses import dataclass
from urllib.parse import urlencode, urlsplit

from django.conf import settings
from django.utils.translation import get_language

YANDEX_TILES_URL = "https://tiles.api-maps.yandex.ru/v1/tiles/"
YANDEX_TERMS_URL = "https://yandex.ru/legal/maps_api/"
# The Tiles API labels the map in a few languages only; Bashkir pages get Russian labels.
YANDEX_LANGUAGES = {"en": "en_RU"}


@dataclass(frozen=True)
class TileLayer:
    url: str = ""
    attribution: str = ""

    @property
    def origin(self) -> str:
        """Where the tiles come from, as a Content-Security-Policy source: a `{s}` subdomain
        placeholder becomes a wildcard."""
        if not self.url:
            return ""
        parts = urlsplit(self.url.replace("{s}", "*"))
        return f"{parts.scheme}://{parts.netloc}"


def _yandex_layer(api_key: str) -> TileLayer:
    query = urlencode(
        {
            "l": "map",
            "projection": "web_mercator",
            "lang": YANDEX_LANGUAGES.get(get_language() or "", "ru_RU"),
            "apikey": api_key,
        }
    )
    # Leaflet fills in {x}, {y} and {z}; urlencode would have escaped the braces.
    return TileLayer(
        url=f"{YANDEX_TILES_URL}?x={{x}}&y={{y}}&z={{z}}&{query}",
        attribution=f'© <a href="{YANDEX_TERMS_URL}">Яндекс Карты</a>',
    )


def background_tile_layer() -> TileLayer:
    if settings.REGISTRY_MAP_TILE_URL:
        return TileLayer(settings.REGISTRY_MAP_TILE_URL, settings.REGISTRY_MAP_TILE_ATTRIBUTION)
    if settings.REGISTRY_YANDEX_MAPS_API_KEY:
        return _yandex_layer(settings.REGISTRY_YANDEX_MAPS_API_KEY)
    return TileLayer()
