"""The read API under /api/registry/: contracts, filters, errors, validators, the schema."""

import gzip
import json

import pytest
import yaml
from django.core.cache import cache
from django.core.management import call_command

from core.api_pagination import LimitedCountPagination
from registry.factories import ActivityFactory, CommunityFactory
from registry.models import Community, CommunityStatus, Sphere

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _fresh_cache():
    cache.clear()  # GeoJSON bodies and rate limits live in the cache between requests


API = "/api/registry/"


@pytest.fixture
def youth(db):
    return Sphere.objects.get(slug="youth", locale__language_code="ru")


def test_community_list_contract(client, municipality_a, youth):
    community = CommunityFactory(name="Клуб", municipality=municipality_a, spheres=[youth])
    CommunityFactory(status=CommunityStatus.SUBMITTED)

    data = client.get(API + "communities/").json()
    assert data["count"] == 1
    assert data["results"] == [
        {
            "slug": community.slug,
            "name": "Клуб",
            "url": f"/ru/registry/{community.slug}/",
            "municipality": {"slug": municipality_a.slug, "name": municipality_a.name},
            "spheres": ["youth"],
            "form": "informal_group",
            "verification_level": "self_declared",
            "founding_year": 2020,
            "members_reported": 25,
            "latitude": None,
            "longitude": None,
        }
    ]


def test_community_filters_match_the_public_list(client, municipality_a, municipality_b, youth):
    CommunityFactory(name="Молодёжь", municipality=municipality_a, spheres=[youth])
    documented = CommunityFactory(name="Двор", municipality=municipality_b)
    ActivityFactory(community=documented)
    ActivityFactory(community=documented)

    def names(**params):
        return [row["name"] for row in client.get(API + "communities/", params).json()["results"]]

    assert names(sphere="youth") == ["Молодёжь"]
    assert names(municipality=municipality_b.slug) == ["Двор"]
    assert names(level="documented") == ["Двор"]
    assert names(q="Моло") == ["Молодёжь"]


@pytest.mark.parametrize(
    "params, field",
    [
        ({"municipality": "atlantis"}, "municipality"),
        ({"level": "famous"}, "level"),
        ({"sphere": "astrology"}, "sphere"),
        ({"page": "two"}, "page"),
        ({"page": "99"}, "page"),
        ({"page_size": "100000"}, "page_size"),
    ],
)
def test_bad_parameters_get_400_with_a_message(client, params, field):
    CommunityFactory()
    response = client.get(API + "communities/", params)
    assert response.status_code == 400
    assert field in response.json() and response.json()[field]


@pytest.mark.parametrize("field", ["municipality", "sphere", "form", "level"])
def test_an_empty_filter_value_is_refused_not_read_as_any(client, field):
    CommunityFactory()
    for path in ("communities/", "geojson/communities/"):
        response = client.get(API + path, {field: ""})
        assert response.status_code == 400
        assert response.json()[field] == ["Укажите значение или не передавайте параметр."]


def test_schema_enums_list_no_empty_value(client):
    schema = client.get(API + "schema/", {"format": "json"}).json()
    enums = [
        parameter["schema"]["enum"]
        for operation in schema["paths"]["/api/registry/communities/"].values()
        for parameter in operation.get("parameters", [])
        if "enum" in parameter.get("schema", {})
    ]
    assert enums and all("" not in enum for enum in enums)


def test_bad_geojson_filter_gets_400(client):
    response = client.get(API + "geojson/communities/", {"level": "famous"})
    assert response.status_code == 400 and "level" in response.json()


@pytest.mark.parametrize("page_size", [2, 20])
def test_list_queries_do_not_grow_with_page_size(
    client, youth, page_size, django_assert_max_num_queries
):
    CommunityFactory.create_batch(25, spheres=[youth])
    with django_assert_max_num_queries(3):
        response = client.get(API + "communities/", {"page_size": page_size})
    assert len(response.json()["results"]) == page_size


def test_pages_link_on_and_count_exactly_below_the_limit(client):
    CommunityFactory.create_batch(5)
    first = client.get(API + "communities/", {"page_size": 2}).json()
    assert (first["count"], first["count_exact"], first["previous"]) == (5, True, None)
    last = client.get(API + "communities/", {"page_size": 2, "page": 3}).json()
    assert [len(first["results"]), len(last["results"]), last["next"]] == [2, 1, None]
    assert "page=2" in last["previous"]


def test_count_stops_at_the_limit_and_next_links_still_lead_on(client, monkeypatch):
    # The limit is 1000 in use; a small one shows the same behaviour with a handful of rows.
    monkeypatch.setattr(LimitedCountPagination, "count_limit", 3)
    CommunityFactory.create_batch(5)
    first = client.get(API + "communities/", {"page_size": 2}).json()
    assert (first["count"], first["count_exact"]) == (3, False)
    names = [row["name"] for row in first["results"]]
    url = first["next"]
    while url:
        page = client.get(url).json()
        names += [row["name"] for row in page["results"]]
        url = page["next"]
    assert sorted(names) == sorted(Community.objects.values_list("name", flat=True))
    beyond = client.get(API + "communities/", {"page_size": 2, "page": 4})
    assert beyond.status_code == 400 and beyond.json()["page"]


def test_detail_has_evidence_and_unpublished_is_404(client):
    community = CommunityFactory()
    ActivityFactory(community=community, title="Субботник", participants=12)
    ActivityFactory(community=community, title="Ярмарка", participants=30)
    data = client.get(f"{API}communities/{community.slug}/").json()
    assert data["verification_level"] == "documented"
    assert data["evidence"]["documented_activities"][0]["title"] == "Субботник"
    assert data["contacts"] is None
    hidden = CommunityFactory(status=CommunityStatus.SUBMITTED)
    # Django's LocaleMiddleware sends every 404 outside /ru/ through a language redirect first.
    assert client.get(f"{API}communities/{hidden.slug}/", follow=True).status_code == 404


def test_responses_carry_an_etag_and_answer_304(client, django_assert_num_queries):
    community = CommunityFactory()
    first = client.get(API + "communities/")
    etag = first["ETag"]
    # Browsers revalidate every time; shared caches keep it until purged (cms/page_cache.py).
    assert "max-age=0" in first["Cache-Control"] and "public" in first["Cache-Control"]
    with django_assert_num_queries(0):
        again = client.get(API + "communities/", headers={"if-none-match": etag})
    assert again.status_code == 304
    community.name = "Новое имя"
    community.save()
    changed = client.get(API + "communities/", headers={"if-none-match": etag})
    assert changed.status_code == 200 and changed["ETag"] != etag


def test_an_edit_shows_at_once_in_the_cached_list_and_map(client, municipality_a):
    community = CommunityFactory(name="Старое имя", municipality=municipality_a)

    def names():
        listed = [row["name"] for row in client.get(API + "communities/").json()["results"]]
        points = client.get(API + "geojson/communities/").json()["features"]
        return listed, [feature["properties"]["name"] for feature in points]

    assert names() == (["Старое имя"], ["Старое имя"])
    community.name = "Новое имя"
    community.save()
    assert names() == (["Новое имя"], ["Новое имя"])
    community.delete()
    assert names() == ([], [])


def test_new_evidence_shows_at_once_with_a_fresh_modification_time(client):
    community = CommunityFactory()
    before = Community.objects.get(pk=community.pk).updated_at
    assert client.get(f"{API}communities/{community.slug}/").json()["verification_level"] == (
        "self_declared"
    )
    ActivityFactory(community=community)
    ActivityFactory(community=community)
    detail = client.get(f"{API}communities/{community.slug}/").json()
    assert detail["verification_level"] == "documented"
    listed = client.get(API + "communities/", {"level": "documented"}).json()
    assert [row["slug"] for row in listed["results"]] == [community.slug]
    assert Community.objects.get(pk=community.pk).updated_at > before


def test_geojson_is_compressed_for_clients_that_accept_gzip(client):
    CommunityFactory.create_batch(5)
    response = client.get(API + "geojson/communities/", headers={"accept-encoding": "gzip"})
    assert response["Content-Encoding"] == "gzip"
    data = json.loads(gzip.decompress(response.content))
    assert len(data["features"]) == 5
    plain = client.get(API + "geojson/communities/")
    assert not plain.has_header("Content-Encoding") and json.loads(plain.content) == data


def test_statistics_count_published_communities(client, municipality_a, youth):
    CommunityFactory(municipality=municipality_a, spheres=[youth])
    CommunityFactory(municipality=municipality_a)
    CommunityFactory(status=CommunityStatus.SUBMITTED)
    data = client.get(API + "statistics/").json()
    assert data["total"] == 2
    assert {"slug": municipality_a.slug, "name": municipality_a.name, "count": 2} in data[
        "by_municipality"
    ]
    assert next(row for row in data["by_sphere"] if row["slug"] == "youth")["count"] == 1
    levels = {row["level"]: row["count"] for row in data["by_verification_level"]}
    assert levels["self_declared"] == 2


def test_geojson_points_and_outlines(client, municipality_a, municipality_b, youth):
    CommunityFactory(name="Без координат", municipality=municipality_a, spheres=[youth])
    CommunityFactory(
        name="С координатами",
        municipality=municipality_b,
        latitude="54.70000",
        longitude="55.90000",
    )

    points = client.get(API + "geojson/communities/").json()
    assert points["type"] == "FeatureCollection"
    by_name = {f["properties"]["name"]: f for f in points["features"]}
    assert by_name["С координатами"]["geometry"]["coordinates"] == [55.9, 54.7]
    # Without its own point a community is drawn at its municipality's centre.
    assert by_name["Без координат"]["geometry"]["coordinates"] == [
        float(municipality_a.longitude),
        float(municipality_a.latitude),
    ]
    # Each point names its municipality by a key into the collection's own table of names.
    place = by_name["С координатами"]["properties"]["municipality"]
    assert points["municipalities"][str(place)] == municipality_b.name
    assert set(by_name["С координатами"]["properties"]) == {"name", "slug", "level", "municipality"}
    youth_only = client.get(API + "geojson/communities/", {"sphere": "youth"}).json()
    assert [f["properties"]["name"] for f in youth_only["features"]] == ["Без координат"]

    outlines = client.get(API + "geojson/municipalities/")
    assert outlines["Content-Type"].startswith("application/geo+json")
    data = outlines.json()
    assert "© OpenStreetMap contributors" in data["attribution"]
    counts = {f["properties"]["slug"]: f["properties"]["communities"] for f in data["features"]}
    assert counts[municipality_a.slug] == 1
    assert len(data["features"]) >= 60


def test_geojson_names_are_escaped(client):
    name = 'Клуб "Ромашка"\tдвор\\1\nвторая строка'
    CommunityFactory(name=name, latitude="54.70000", longitude="55.90000")
    points = client.get(API + "geojson/communities/").json()
    assert [f["properties"]["name"] for f in points["features"]] == [name]


def test_municipalities_and_spheres(client, municipality_a):
    CommunityFactory(municipality=municipality_a)
    municipalities = client.get(API + "municipalities/").json()["results"]
    row = next(item for item in municipalities if item["slug"] == municipality_a.slug)
    assert row["community_count"] == 1 and "outline" not in row
    spheres = client.get(API + "spheres/").json()["results"]
    assert {"slug": "youth"}.items() <= next(s for s in spheres if s["slug"] == "youth").items()


def test_schema_describes_only_the_registry_and_collection_apis(client):
    schema = yaml.safe_load(client.get(API + "schema/").content)
    paths = list(schema["paths"])
    assert paths and all(path.startswith((API, "/api/collection/")) for path in paths)
    assert API + "geojson/communities/" in paths
    parameters = {p["name"] for p in schema["paths"][API + "communities/"]["get"]["parameters"]}
    assert {"municipality", "sphere", "level", "q", "page", "page_size"} <= parameters


def test_schema_generates_without_warnings(capsys):
    call_command("spectacular", "--fail-on-warn", "--file", "/dev/null")
    assert "Warning" not in capsys.readouterr().err
