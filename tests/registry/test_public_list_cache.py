"""The registry list's and map's filter form and results come from a cache while the
registry's data is unchanged; any change to it shows at once for an anonymous reader."""

import pytest

from registry.factories import CommunityFactory
from registry.models import CommunityStatus, Sphere

pytestmark = pytest.mark.django_db

LIST_URL = "/ru/registry/"
MAP_URL = "/ru/registry/map/"

# Measured on the second view of the same filters: the site chrome and the list's form and
# results are cached; the count of the paginator remains (8 before the cache; the map's
# also reads its first view's bounds: 8 before).
PAGE_QUERIES = {LIST_URL: 3, MAP_URL: 4}


@pytest.fixture
def youth(db):
    return Sphere.objects.get(slug="youth", locale__language_code="ru")


@pytest.mark.parametrize("url", [LIST_URL, MAP_URL])
@pytest.mark.parametrize("filters", [{}, {"sphere": "youth", "page": "1"}])
def test_a_repeated_list_view_runs_few_queries(
    client, youth, url, filters, django_assert_max_num_queries
):
    CommunityFactory.create_batch(5, spheres=[youth])
    first = client.get(url, filters).content

    with django_assert_max_num_queries(PAGE_QUERIES[url]):
        second = client.get(url, filters).content

    assert second == first


@pytest.mark.parametrize("url", [LIST_URL, MAP_URL])
def test_edits_show_at_once(client, youth, url):
    community = CommunityFactory(name="Клуб «Старт»", spheres=[youth])
    assert "Клуб «Старт»" in client.get(url).content.decode()

    community.name = "Клуб «Финиш»"
    community.save()
    html = client.get(url).content.decode()
    assert "Клуб «Финиш»" in html and "Клуб «Старт»" not in html

    community.status = CommunityStatus.ARCHIVED
    community.save()
    assert "Клуб «Финиш»" not in client.get(url).content.decode()


def test_new_sphere_shows_in_the_filter_form(client, youth):
    assert "Театральная" not in client.get(LIST_URL).content.decode()

    theatre = Sphere.objects.create(name="Театральная", slug="theatre", locale=youth.locale)
    CommunityFactory(spheres=[theatre])

    assert "Театральная" in client.get(LIST_URL).content.decode()


def test_search_text_and_unknown_parameters_are_not_cached(client, youth):
    CommunityFactory(name="Клуб «Старт»", spheres=[youth])
    for query in ({"q": "Старт"}, {"utm_source": "vk"}):
        client.get(LIST_URL, query)
        second = client.get(LIST_URL, query).content.decode()
        assert "Клуб «Старт»" in second

    # The pagination keeps exactly the parameters it was given, per request.
    assert 'value="Старт"' in client.get(LIST_URL, {"q": "Старт"}).content.decode()
