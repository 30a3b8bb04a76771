"""The demo (cms.settings.dev) runs with DEBUG off: a mistyped address shows the site's own
Russian 404 page, never Django's technical page with the URL list; it still serves media."""

import importlib

import pytest
from django.test import override_settings
from django.urls import clear_url_caches

from cms.settings import dev


@pytest.mark.django_db
@pytest.mark.parametrize("address", ["/ru/no-such-page/", "/no-such-page/", "/adminn/"])
def test_a_mistyped_address_on_the_demo_gets_the_russian_404_page(client, home, address):
    with override_settings(DEBUG=dev.DEBUG, DEMO=dev.DEMO):
        response = client.get(address, follow=True)
    html = response.content.decode()
    assert response.status_code == 404
    assert '<html lang="ru">' in html and "<h1>Страница не найдена</h1>" in html
    assert "URLconf" not in html and "Using the URLconf" not in html


@pytest.fixture
def demo_urls(settings, tmp_path):
    """The URLconf as the demo builds it (it decides on DEMO when it is imported)."""
    import cms.urls

    settings.DEMO = True
    settings.MEDIA_ROOT = tmp_path
    importlib.reload(cms.urls)
    clear_url_caches()
    yield
    settings.DEMO = False
    importlib.reload(cms.urls)
    clear_url_caches()


@pytest.mark.django_db
def test_the_demo_serves_uploaded_media(client, demo_urls, tmp_path):
    (tmp_path / "note.txt").write_text("загружено")
    response = client.get("/media/note.txt")
    assert response.status_code == 200
    assert b"".join(response.streaming_content).decode() == "загружено"
