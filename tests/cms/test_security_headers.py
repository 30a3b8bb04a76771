"""Content-Security-Policy (django-csp) and Permissions-Policy on the public site and the admin."""

import re

import pytest
from django.test import Client, override_settings


def directives(response, header="Content-Security-Policy") -> dict[str, list[str]]:
    policy = {}
    for part in response[header].split(";"):
        name, *sources = part.split()
        policy[name] = sources
    return policy


@pytest.mark.django_db
def test_public_pages_run_only_the_sites_own_scripts(client, home):
    policy = directives(client.get("/ru/"))

    assert policy["script-src"] == ["'self'"]
    assert "'unsafe-inline'" not in policy["style-src"]
    assert policy["object-src"] == ["'none'"]
    assert policy["frame-ancestors"] == ["'self'"]  # Wagtail's preview frame


@pytest.mark.django_db
def test_the_admin_has_a_policy_too(admin_client):
    policy = directives(admin_client.get("/admin/"))

    assert policy["default-src"] == ["'self'"]
    assert policy["frame-ancestors"] == ["'self'"]
    assert "'unsafe-eval'" not in policy["script-src"]


@pytest.mark.django_db
def test_the_map_may_show_the_configured_tile_server_only(client, settings):
    settings.REGISTRY_MAP_TILE_URL = "https://{s}.tiles.example.org/{z}/{x}/{y}.png"

    assert "https://*.tiles.example.org" in directives(client.get("/ru/registry/map/"))["img-src"]
    assert "https://*.tiles.example.org" not in directives(client.get("/ru/registry/"))["img-src"]


@pytest.mark.django_db
def test_browser_features_the_site_never_uses_are_off(client, home):
    policy = client.get("/ru/")["Permissions-Policy"]

    for feature in ["camera", "microphone", "geolocation", "payment"]:
        assert f"{feature}=()" in policy


@pytest.mark.django_db
@override_settings(ROOT_URLCONF="tests.cms.error_urls")
def test_the_500_page_style_carries_the_policys_nonce():
    response = Client(raise_request_exception=False).get("/fail/")

    assert response.status_code == 500
    nonce = re.search(r'<style nonce="([^"]+)"', response.content.decode()).group(1)
    assert f"'nonce-{nonce}'" in directives(response)["style-src"]
