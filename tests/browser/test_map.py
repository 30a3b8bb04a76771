"""The community map in Chromium: filter by a sphere, the points change, a popup leads on."""

import pytest

from registry.factories import CommunityFactory
from registry.models import Municipality, Sphere


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_map_filters_points_and_popup_leads_to_the_community(live_server, page):
    ufa = Municipality.objects.get(oktmo="80701000")
    youth = Sphere.objects.get(slug="youth", locale__language_code="ru")
    sport = Sphere.objects.get(slug="sport", locale__language_code="ru")
    CommunityFactory(
        name="Молодёжный штаб",
        slug="youth-hq",
        municipality=ufa,
        spheres=[youth],
        latitude="54.73500",
        longitude="55.95800",
    )
    for number in range(3):
        CommunityFactory(
            name=f"Спортклуб {number}",
            municipality=ufa,
            spheres=[sport],
            latitude=f"54.{700 + number * 20}00",
            longitude=f"56.{number * 30 + 10:03d}00",
        )

    # The site has no favicon yet (base.html); Chromium's request for it is not the map's error.
    page.route("**/favicon.ico", lambda route: route.fulfill(status=204))
    page.goto(f"{live_server.url}/ru/registry/map/")
    markers = page.locator("path.community-marker")
    page.wait_for_selector("#community-map[data-points='4']")
    assert markers.count() == 4
    page.wait_for_selector(".leaflet-overlay-pane path")
    assert page.locator(".leaflet-overlay-pane path").count() > 60  # the outlines
    assert "OpenStreetMap" in page.locator(".leaflet-control-attribution").inner_text()

    page.select_option("#id_sphere", "youth")
    page.locator(".registry-filters button[type=submit]").click()
    page.wait_for_selector("#community-map[data-points='1']")
    assert markers.count() == 1
    assert "sphere=youth" in page.url

    markers.first.click()
    link = page.locator(".leaflet-popup-content a")
    assert "Молодёжный штаб" in page.locator(".leaflet-popup-content").inner_text()
    link.click()
    page.wait_for_url("**/ru/registry/youth-hq/")
    assert page.locator("h1").inner_text() == "Молодёжный штаб"
    assert page.console_errors == []
