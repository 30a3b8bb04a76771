"""The community GeoJSON for the part of the map in view: points, or clusters beyond the limit."""

import pytest
from django.core.cache import cache

from registry.factories import CommunityFactory, LeadershipFactory
from registry.models import CommunityStatus, Sphere

pytestmark = pytest.mark.django_db

URL = "/api/registry/geojson/communities/"
# Around Ufa (55.96 E, 54.73 N), and a box in the south of the republic.
UFA_BOX = "55.5,54.5,56.5,55.0"
SOUTH_BOX = "56.0,52.0,58.0,53.0"


@pytest.fixture(autouse=True)
def _fresh_cache():
    cache.clear()


def _at(longitude, latitude, **kwargs):
    return CommunityFactory(latitude=f"{latitude:.5f}", longitude=f"{longitude:.5f}", **kwargs)


def _names(data):
    return sorted(feature["properties"]["name"] for feature in data["features"])


def test_bbox_sends_only_the_communities_in_view(client, municipality_a, municipality_b):
    _at(55.95, 54.73, name="В Уфе")
    _at(57.0, 52.5, name="На юге")
    _at(55.96, 54.74, name="Черновик", status=CommunityStatus.SUBMITTED)
    # Without a point of its own a community is drawn at its municipality's centre (Ufa's).
    CommunityFactory(name="В центре Уфы", municipality=municipality_b)

    data = client.get(URL, {"bbox": UFA_BOX, "zoom": 9}).json()
    assert data["clustered"] is False
    assert _names(data) == ["В Уфе", "В центре Уфы"]
    assert _names(client.get(URL, {"bbox": SOUTH_BOX}).json()) == ["На юге"]
    # Without a box: every published community, as before.
    assert _names(client.get(URL).json()) == ["В Уфе", "В центре Уфы", "На юге"]


def test_bbox_combines_with_the_filters(client):
    youth = Sphere.objects.get(slug="youth", locale__language_code="ru")
    _at(55.95, 54.73, name="Молодёжный штаб", spheres=[youth])
    _at(55.90, 54.70, name="Клуб ветеранов")
    data = client.get(URL, {"bbox": UFA_BOX, "sphere": "youth"}).json()
    assert _names(data) == ["Молодёжный штаб"]


def test_beyond_the_limit_the_view_comes_as_clusters_with_counts(
    client, settings, django_assert_max_num_queries
):
    settings.REGISTRY_MAP_POINT_LIMIT = 5
    for number in range(4):  # four near each other in Ufa
        _at(55.95 + number * 0.001, 54.73, name=f"Уфа {number}")
    for number in range(3):  # three far away in the south
        _at(57.0 + number * 0.001, 52.5, name=f"Юг {number}")
    whole = "53.0,51.0,60.0,56.5"

    with django_assert_max_num_queries(3):
        data = client.get(URL, {"bbox": whole, "zoom": 7}).json()
    assert data["clustered"] is True
    clusters = sorted(data["features"], key=lambda feature: feature["properties"]["count"])
    assert [feature["properties"] for feature in clusters] == [{"count": 3}, {"count": 4}]
    longitude, latitude = clusters[1]["geometry"]["coordinates"]
    assert abs(longitude - 55.9515) < 0.001 and abs(latitude - 54.73) < 0.001
    # Zoomed in on Ufa there are few enough to send one by one.
    with django_assert_max_num_queries(3):
        zoomed = client.get(URL, {"bbox": UFA_BOX, "zoom": 10}).json()
    assert zoomed["clustered"] is False and len(zoomed["features"]) == 4


def test_cluster_size_follows_the_zoom(client, settings):
    settings.REGISTRY_MAP_POINT_LIMIT = 1
    _at(55.90, 54.73, name="Запад")
    _at(56.00, 54.73, name="Восток")

    def counts(zoom):
        data = client.get(URL, {"bbox": UFA_BOX, "zoom": zoom}).json()
        return sorted(feature["properties"]["count"] for feature in data["features"])

    # At zoom 6 a cell is 1.4 degrees wide and holds both; at zoom 12 a cell is 0.02 wide.
    assert (counts(6), counts(12)) == ([2], [1, 1])


@pytest.mark.parametrize(
    "bbox",
    ["1,2,3", "a,b,c,d", "56,54,55,55", "55,55,56,54", "-200,50,60,55", "50,50,60,95", ""],
)
def test_a_bad_bbox_gets_400(client, bbox):
    response = client.get(URL, {"bbox": bbox})
    assert response.status_code == 400
    assert "bbox" in response.json()


@pytest.mark.parametrize("zoom", ["-1", "19", "7.5", "many"])
def test_a_bad_zoom_gets_400(client, zoom):
    response = client.get(URL, {"bbox": UFA_BOX, "zoom": zoom})
    assert response.status_code == 400
    assert "zoom" in response.json()


def test_points_and_clusters_carry_no_personal_data(client, settings):
    community = _at(55.95, 54.73, name="Клуб", public_email="club@example.org")
    leader = LeadershipFactory(community=community).person
    for parameters in ({"bbox": UFA_BOX}, {"bbox": UFA_BOX, "zoom": 8}):
        for limit in (2000, 0):
            settings.REGISTRY_MAP_POINT_LIMIT = limit
            cache.clear()
            body = client.get(URL, parameters).content.decode()
            for private in (leader.email, leader.phone, leader.full_name, "club@example.org"):
                assert private not in body


def test_a_box_is_cached_under_the_data_version(client):
    community = _at(55.95, 54.73, name="Старое имя")
    first = client.get(URL, {"bbox": UFA_BOX, "zoom": 9})
    assert _names(first.json()) == ["Старое имя"]
    again = client.get(URL, {"bbox": UFA_BOX, "zoom": 9}, headers={"if-none-match": first["ETag"]})
    assert again.status_code == 304
    community.name = "Новое имя"
    community.save()
    assert _names(client.get(URL, {"bbox": UFA_BOX, "zoom": 9}).json()) == ["Новое имя"]
