"""The community map in Chromium: clusters with counts, points when zoomed in, popups that lead
on, the legend, municipality outlines that answer a click, and a phone's first screen."""

import pytest
from playwright.sync_api import expect

from registry.factories import CommunityFactory
from registry.models import Municipality, Sphere

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

MAP = "/ru/registry/map/"


def _ufa_communities():
    """A youth headquarters and three sports clubs a few kilometres apart in Ufa."""
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
            latitude=f"54.{700 + number * 40}00",
            longitude=f"56.{number * 60 + 10:03d}00",
        )


def _open(page, url):
    # The site has no favicon yet (base.html); Chromium's request for it is not the map's error.
    page.route("**/favicon.ico", lambda route: route.fulfill(status=204))
    page.goto(url)
    page.wait_for_selector("#community-map[data-drawn]")


def test_clusters_with_counts_at_low_zoom_and_points_when_zoomed_in(live_server, page):
    _ufa_communities()
    _open(page, live_server.url + MAP)
    # The whole republic: the four communities of Ufa are one badge that says how many.
    badge = page.locator(".marker-cluster")
    badge.first.wait_for()
    assert badge.count() == 1 and badge.inner_text().strip().startswith("4")
    assert page.locator("path.community-marker").count() == 0
    assert page.locator("#map-status").inner_text() == "Сообществ на карте: 4"

    badge.click()  # zooms in until they stand apart
    expect(page.locator("path.community-marker")).to_have_count(4)
    expect(page.locator(".marker-cluster")).to_have_count(0)

    page.locator("path.community-marker").first.click(force=True)
    popup = page.locator(".leaflet-popup-content")
    popup.wait_for()
    assert "Открыть страницу сообщества" in popup.inner_text()
    assert page.console_errors == []


def test_the_first_view_uses_the_request_the_page_started(live_server, page):
    """The page preloads its first view's communities; the map takes that answer instead of
    asking again, and asks anew once it moves."""
    _ufa_communities()
    requests = []
    page.on(
        "request",
        lambda request: "/geojson/communities/" in request.url and requests.append(request),
    )
    _open(page, live_server.url + MAP)
    preload = page.locator("link[rel=preload][href*='/geojson/communities/']").get_attribute("href")
    assert [request.url for request in requests] == [live_server.url + preload]
    assert page.locator("#community-map").get_attribute("data-points") == "4"

    page.locator("#community-map").focus()
    with page.expect_request(lambda request: "/geojson/communities/" in request.url):
        page.keyboard.press("+")
    assert len(requests) == 2
    assert page.console_errors == []


def test_filters_change_the_points_and_a_popup_leads_to_the_community(live_server, page):
    _ufa_communities()
    _open(page, live_server.url + MAP)
    page.locator(".map-filters summary").click()
    page.select_option("#id_sphere", "youth")
    page.locator(".registry-filters button[type=submit]").click()
    page.wait_for_selector("#community-map[data-points='1'][data-mode='points']")
    assert "sphere=youth" in page.url

    page.locator("path.community-marker").click(force=True)
    assert "Молодёжный штаб" in page.locator(".leaflet-popup-content").inner_text()
    page.locator(".leaflet-popup-content a").click()
    page.wait_for_url("**/ru/registry/youth-hq/")
    assert page.locator("h1").inner_text() == "Молодёжный штаб"
    assert page.console_errors == []


def test_too_many_in_view_come_as_counted_cells_that_zoom_in(live_server, page, settings):
    settings.REGISTRY_MAP_POINT_LIMIT = 2
    _ufa_communities()
    _open(page, live_server.url + MAP)
    assert page.locator("#community-map").get_attribute("data-mode") == "cells"
    badge = page.locator(".marker-cluster")
    assert badge.count() == 1 and badge.inner_text().strip().startswith("4")
    # A badge is reached with the keyboard and Enter zooms in, asking for a smaller view.
    badge.focus()
    with page.expect_request(lambda request: "zoom=" in request.url) as zoomed:
        page.keyboard.press("Enter")
    assert "bbox=" in zoomed.value.url
    assert page.console_errors == []


def test_the_legend_explains_the_colours_and_the_outlines_answer_a_click(live_server, page):
    _open(page, live_server.url + MAP)
    legend = page.locator("#map-legend")
    text = legend.inner_text()
    for label in (
        "Уровень проверки сообщества",
        "Заявлено самим сообществом",
        "Подтверждено на ярмарке",
        "столько сообществ рядом",
        "числу опубликованных сообществ",
    ):
        assert label.lower() in text.lower(), label
    page.wait_for_selector("#map-shades li")
    assert page.locator("#map-shades li").count() >= 2
    # Folded and unfolded from the keyboard.
    legend.locator("summary").focus()
    page.keyboard.press("Enter")
    assert legend.get_attribute("open") is None
    page.keyboard.press("Enter")
    assert legend.get_attribute("open") == ""

    attribution = page.locator(".leaflet-control-attribution").inner_text()
    assert "участники OpenStreetMap" in attribution and "contributors" not in attribution

    page.wait_for_selector("path.municipality-outline")
    page.locator("#community-map").click()  # the middle of the republic
    popup = page.locator(".leaflet-popup-content")
    popup.wait_for()
    name = popup.locator("h3").inner_text()
    assert Municipality.objects.filter(name=name).exists()
    assert "Опубликованных сообществ:" in popup.inner_text()
    links = [popup.locator("a").nth(n).get_attribute("href") for n in range(2)]
    assert links[0].startswith("/ru/registry/municipality/")
    assert links[1].startswith("/ru/registry/?municipality=")
    assert page.console_errors == []


def test_on_a_phone_the_map_starts_within_the_first_screen(live_server, chromium):
    context = chromium.new_context(locale="ru-RU", viewport={"width": 375, "height": 812})
    page = context.new_page()
    page.route("**/favicon.ico", lambda route: route.fulfill(status=204))
    page.goto(live_server.url + MAP)
    page.wait_for_selector("#community-map[data-drawn]")
    box = page.locator("#community-map").bounding_box()
    # Its top, and a good part of it, are on the first screen; the filters are folded below.
    assert box["y"] + 200 <= 812
    assert box["width"] >= 320
    assert not page.locator("#id_sphere").is_visible()
    context.close()
