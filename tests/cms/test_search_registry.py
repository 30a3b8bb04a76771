"""Site search finds published registry communities as well as pages: /ru/search/?q=..."""

import pytest

from cms.factories import ArticlePageFactory
from cms.views import SEARCH_PAGE_SIZE
from registry.factories import CommunityFactory
from registry.models import CommunityStatus

from .test_search import search

pytestmark = pytest.mark.django_db


def test_a_community_is_found_by_its_name_with_its_municipality_and_link(client, home):
    community = CommunityFactory(name="Доброе сердце", slug="dobroe-serdtse")

    html = search(client, "Доброе сердце")

    assert 'href="/ru/registry/dobroe-serdtse/"' in html
    assert "Доброе сердце" in html
    assert community.municipality.name in html
    assert 'href="/ru/registry/?q=%D0%94%D0%BE%D0%B1%D1%80%D0%BE%D0%B5%20' in html


def test_a_community_is_found_by_a_word_of_its_description(client, home):
    CommunityFactory(name="Двор", slug="dvor", description="Чиним скамейки у подъезда.")
    assert 'href="/ru/registry/dvor/"' in search(client, "скамейки")


@pytest.mark.parametrize(
    "status", [s for s in CommunityStatus.values if s != CommunityStatus.PUBLISHED]
)
def test_an_unpublished_community_is_not_found(client, home, status):
    CommunityFactory(name="Доброе сердце", slug="dobroe-serdtse")
    CommunityFactory(name="Доброе сердце (черновик)", slug="draft", status=status)
    html = search(client, "Доброе сердце")
    assert 'href="/ru/registry/dobroe-serdtse/"' in html
    assert "/ru/registry/draft/" not in html and "черновик" not in html


def test_no_personal_data_of_a_found_community_is_shown(client, home):
    CommunityFactory(
        name="Доброе сердце",
        slug="dobroe-serdtse",
        submitter_email="submitter@example.org",
        submitter_name="Иван Заявителев",
    )
    html = search(client, "Доброе сердце")
    assert 'href="/ru/registry/dobroe-serdtse/"' in html
    assert "submitter@example.org" not in html
    assert "Заявителев" not in html


def test_query_count_does_not_grow_with_the_matches(client, home, django_assert_max_num_queries):
    for number in range(12):
        CommunityFactory(name=f"Доброе сердце {number}", slug=f"dobroe-serdtse-{number}")
    with django_assert_max_num_queries(12):
        html = search(client, "Доброе сердце")
    assert html.count('href="/ru/registry/dobroe-serdtse-') == 5


def test_communities_are_shown_on_the_first_page_of_results_only(client, materials):
    for number in range(SEARCH_PAGE_SIZE + 1):
        ArticlePageFactory(parent=materials, title=f"Доброе сердце {number}")
    CommunityFactory(name="Доброе сердце", slug="dobroe-serdtse")
    assert "/ru/registry/dobroe-serdtse/" in search(client, "Доброе сердце")
    assert "/ru/registry/dobroe-serdtse/" not in search(client, "Доброе сердце", page="2")
