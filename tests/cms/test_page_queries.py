"""Pages run a fixed number of queries however many items they show."""

import pytest

from cms import factories
from cms.models import CasePhoto, CaseResult, ConferenceMaterial, GoldenRuleCase
from registry.models import Municipality, Sphere

pytestmark = pytest.mark.django_db

# Measured on the second view (renditions and Wagtail's site-root cache are filled by the
# first, as on a running site). The same bound holds for 2 and for 6 items, so a query
# inside a loop would break it. The site chrome, the home page's latest cases and rules and a
# case's extras come from fragment caches, the route and the privacy check from cms.routing
# (cms.content_version): the page itself is one query, the home page's call for applications
# the other. 16, 22 and 16 queries before the fragment caches, 7, 10 and 16 before routing.
HOME_PAGE_QUERIES = 2
CASE_PAGE_QUERIES = 1
CONFERENCE_PAGE_QUERIES = 3


@pytest.mark.parametrize("items", [2, 6])
def test_home_page_queries_do_not_grow_with_cases_and_rules(
    client, home, cases_section, rulebook, django_assert_max_num_queries, items
):
    for _ in range(items):
        factories.CasePageFactory(parent=cases_section, listing_image=factories.ImageFactory())
        factories.GoldenRulePageFactory(parent=rulebook)
    client.get(home.url)

    with django_assert_max_num_queries(HOME_PAGE_QUERIES):
        html = client.get(home.url).content.decode()

    assert html.count('class="card"') == items


@pytest.mark.parametrize("items", [2, 6])
def test_case_page_queries_do_not_grow_with_rules_photos_and_results(
    client, cases_section, rulebook, django_assert_max_num_queries, items
):
    case = factories.CasePageFactory(
        parent=cases_section,
        municipality=Municipality.objects.first(),
        sphere=Sphere.objects.first(),
    )
    for number in range(items):
        CaseResult.objects.create(page=case, value=str(number), label=f"итог {number}")
        CasePhoto.objects.create(page=case, image=factories.ImageFactory())
        rule = factories.GoldenRulePageFactory(parent=rulebook)
        GoldenRuleCase.objects.create(rule=rule, case=case)
    client.get(case.url)

    with django_assert_max_num_queries(CASE_PAGE_QUERIES):
        html = client.get(case.url).content.decode()

    assert html.count('class="result"') == items
    assert html.count('<figure class="figure">') == items
    assert html.count("Золотое правило") == items


@pytest.mark.parametrize("items", [2, 6])
def test_conference_page_queries_do_not_grow_with_materials(
    client, materials, django_assert_max_num_queries, items
):
    conference = factories.ConferencePageFactory(parent=materials)
    for number in range(items):
        ConferenceMaterial.objects.create(
            page=conference,
            title=f"Доклад {number}",
            speaker=factories.ExpertFactory(),
            slides=factories.DocumentFactory(),
        )
    client.get(conference.url)

    with django_assert_max_num_queries(CONFERENCE_PAGE_QUERIES):
        html = client.get(conference.url).content.decode()

    assert html.count('class="material"') == items
