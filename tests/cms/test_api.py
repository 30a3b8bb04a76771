"""The headless API (Wagtail API v2): every page type with its fields, filters, only public
content, bounded queries, and the pinned shape of a case."""

import pytest
from django.core.cache import cache
from wagtail.models import PageViewRestriction

from cms import factories
from cms.models import CasePhoto, CaseResult, ConferenceMaterial, GoldenRuleCase
from registry.factories import UserFactory
from registry.models import Municipality, Sphere


@pytest.fixture
def municipality(db):
    return Municipality.objects.order_by("pk").first()


@pytest.fixture
def sphere(ru):
    return Sphere.objects.filter(locale=ru).order_by("pk").first()


def make_case(parent, municipality, sphere, **kwargs):
    case = factories.CasePageFactory(
        parent=parent, municipality=municipality, sphere=sphere, **kwargs
    )
    CaseResult.objects.create(page=case, value="120", label="жителей пришли на ярмарку")
    CasePhoto.objects.create(
        page=case, image=factories.ImageFactory(), caption="Ярмарка", credit="Фото: Ирина"
    )
    return case


@pytest.fixture
def site_content(home, materials, cases_section, rulebook, events_section, municipality, sphere):
    expert = factories.ExpertFactory(name="Айгуль Хасанова")
    theme = factories.ThemeFactory(name="Лидерство", slug="leadership")
    slides = factories.DocumentFactory(title="Слайды")
    article = factories.ArticlePageFactory(parent=materials, authors=[expert], themes=[theme])
    conference = factories.ConferencePageFactory(parent=materials)
    ConferenceMaterial.objects.create(
        page=conference, title="Доклад", speaker=expert, slides=slides
    )
    event = factories.EventPageFactory(parent=events_section, municipality=municipality)
    lecture = factories.LecturePageFactory(
        parent=conference, lecturers=[expert], event=event, slides=slides
    )
    case = make_case(cases_section, municipality, sphere, community_name="Совет дома")
    rule = factories.GoldenRulePageFactory(parent=rulebook, theme=theme)
    GoldenRuleCase.objects.create(rule=rule, case=case)
    return {
        "cms.HomePage": (home, {"title": home.title}),
        "cms.SectionPage": (materials, {"title": materials.title}),
        "cms.RulebookPage": (rulebook, {"title": rulebook.title}),
        "cms.ArticlePage": (article, {"authors": [expert.name], "themes": ["Лидерство"]}),
        "cms.ConferencePage": (conference, {"materials": ["Доклад"]}),
        "cms.EventPage": (event, {"municipality": municipality.name}),
        "cms.LecturePage": (lecture, {"lecturers": [expert.name]}),
        "cms.CasePage": (case, {"sphere": sphere.name, "golden_rules": [rule.title]}),
        "cms.GoldenRulePage": (rule, {"theme": "Лидерство", "supporting_cases": [case.title]}),
    }


def names(value):
    """The readable names inside a serialized reference or list of references."""
    if isinstance(value, str):
        return value
    if isinstance(value, list):
        return [names(item) for item in value]
    return value.get("name") or value.get("title") or value.get("case", {}).get("title")


def test_every_page_type_is_served_with_its_fields(client, site_content):
    for type_name, (page, expected) in site_content.items():
        detail = client.get(f"/api/v2/pages/{page.pk}/").json()
        assert detail["meta"]["type"] == type_name
        for field, value in expected.items():
            assert names(detail[field]) == value, (type_name, field)

        listing = client.get("/api/v2/pages/", {"type": type_name, "fields": "*"}).json()
        [item] = [item for item in listing["items"] if item["id"] == page.pk]
        assert {item["meta"]["type"] for item in listing["items"]} == {type_name}
        for field in expected.keys() - {"golden_rules"}:  # golden_rules: detail only
            assert field in item, (type_name, field)


def test_case_detail_shape(client, site_content, municipality, sphere):
    """Contract test: the shape consumers of a case rely on."""
    case, _ = site_content["cms.CasePage"]
    data = client.get(f"/api/v2/pages/{case.pk}/").json()

    assert set(data) == {
        "id", "meta", "title", "intro", "listing_image", "body", "community_name", "community",
        "municipality", "sphere", "problem", "actions", "results", "lessons", "photos",
        "golden_rules",
    }  # fmt: skip
    assert data["meta"]["type"] == "cms.CasePage"
    assert data["meta"]["locale"] == "ru"
    assert data["meta"]["html_url"].endswith(f"/ru/cases/{case.slug}/")
    assert data["municipality"] == {
        "id": municipality.pk,
        "name": municipality.name,
        "slug": municipality.slug,
    }
    assert data["sphere"] == {"id": sphere.pk, "name": sphere.name, "slug": sphere.slug}
    assert data["results"] == [
        {
            "id": case.results.get().pk,
            "meta": {"type": "cms.CaseResult"},
            "value": "120",
            "label": "жителей пришли на ярмарку",
        }
    ]
    photo = data["photos"][0]
    assert set(photo) == {"id", "meta", "image", "alt_text", "caption", "credit"}
    assert set(photo["image"]) == {"url", "full_url", "width", "height", "alt"}
    assert photo["caption"] == "Ярмарка"
    assert data["golden_rules"] == [
        {"id": rule.pk, "title": rule.title, "html_url": rule.full_url}
        for rule in [site_content["cms.GoldenRulePage"][0]]
    ]
    assert data["body"][0]["type"] == "paragraph"


def test_filter_by_type(client, site_content):
    items = client.get("/api/v2/pages/", {"type": "cms.EventPage"}).json()["items"]
    assert [item["meta"]["type"] for item in items] == ["cms.EventPage"]


def test_filter_by_locale(client, site_content):
    items = client.get("/api/v2/pages/", {"locale": "ba"}).json()["items"]
    assert items == []
    items = client.get("/api/v2/pages/", {"locale": "ru"}).json()["items"]
    assert {item["meta"]["locale"] for item in items} == {"ru"}


def test_only_live_public_pages(client, cases_section, municipality, sphere):
    live = make_case(cases_section, municipality, sphere, title="Открытый кейс", slug="open")
    draft = make_case(
        cases_section, municipality, sphere, title="Черновик кейса", slug="draft", live=False
    )
    unpublished = make_case(
        cases_section, municipality, sphere, title="Снятый кейс", slug="withdrawn"
    )
    unpublished.unpublish()
    private = make_case(cases_section, municipality, sphere, title="Закрытый кейс", slug="private")
    PageViewRestriction.objects.create(
        page=private, restriction_type=PageViewRestriction.PASSWORD, password="secret"
    )

    listing = client.get("/api/v2/pages/", {"type": "cms.CasePage"}).json()
    assert [item["title"] for item in listing["items"]] == [live.title]
    for hidden in (draft, unpublished, private):
        assert client.get(f"/api/v2/pages/{hidden.pk}/").status_code == 404


LISTING = "/api/v2/pages/"
CASES_ALL_FIELDS = {"type": "cms.CasePage", "fields": "*"}


@pytest.mark.parametrize("count", [3, 10])
def test_listing_queries_do_not_grow_with_pages(
    client, cases_section, municipality, sphere, count, django_assert_max_num_queries
):
    for _ in range(count):
        make_case(cases_section, municipality, sphere)
    # Make the renditions first (a listing of the images only, cached apart) so both runs
    # measure the same work.
    client.get(LISTING, {"type": "cms.CasePage", "fields": "listing_image,photos"})

    with django_assert_max_num_queries(12):
        response = client.get(LISTING, CASES_ALL_FIELDS)
    assert len(response.json()["items"]) == count


@pytest.mark.parametrize("count", [3, 10])
def test_listing_of_cached_items_reads_only_which_pages(
    client, cases_section, municipality, sphere, count, django_assert_max_num_queries
):
    """With its items cached, a listing asks the database only which pages it holds: no
    pages' columns, related records or renditions."""
    for _ in range(count):
        make_case(cases_section, municipality, sphere)
    client.get(LISTING, CASES_ALL_FIELDS)

    with django_assert_max_num_queries(6):
        response = client.get(LISTING, CASES_ALL_FIELDS)
    assert len(response.json()["items"]) == count


@pytest.fixture
def cases(cases_section, municipality, sphere):
    return [
        make_case(cases_section, municipality, sphere, title=f"Кейс двора {n}") for n in range(4)
    ]


@pytest.mark.parametrize(
    "query",
    [
        {},
        {"fields": "*"},
        CASES_ALL_FIELDS,
        {**CASES_ALL_FIELDS, "order": "-title", "offset": "1"},
        {**CASES_ALL_FIELDS, "search": "двора"},
        {"type": "cms.CasePage", "fields": "title,municipality", "limit": "3"},
    ],
)
def test_partly_cached_listing_equals_an_uncached_one(client, cases, query):
    uncached = client.get(LISTING, query)
    assert len(uncached.json()["items"]) >= 3
    cache.clear()
    client.get(LISTING, {**query, "offset": "1", "limit": "2"})  # caches two of the items

    assert client.get(LISTING, query).content == uncached.content


def test_listing_follows_edits_after_its_items_were_cached(client, cases):
    renamed, withdrawn, *_ = cases
    client.get(LISTING, CASES_ALL_FIELDS)

    renamed.title = "Двор без заборов"
    renamed.save_revision().publish()
    withdrawn.unpublish()

    listing = client.get(LISTING, CASES_ALL_FIELDS).json()
    assert listing["meta"]["total_count"] == len(cases) - 1
    titles = [item["title"] for item in listing["items"]]
    assert "Двор без заборов" in titles and withdrawn.title not in titles


def test_rich_text_format_has_items_of_its_own(client, cases):
    db_html = client.get(LISTING, CASES_ALL_FIELDS).json()
    markdown = client.get(LISTING, {**CASES_ALL_FIELDS, "rich_text_format": "markdown"}).json()

    assert db_html["items"][0]["problem"].startswith("<p>")
    assert markdown["items"][0]["problem"].strip() == cases[0].problem[3:-4]  # no <p></p>
    assert client.get(LISTING, CASES_ALL_FIELDS).json() == db_html


def test_indented_and_browsable_listings_hold_the_same_items(client, cases):
    compact = client.get(LISTING, CASES_ALL_FIELDS)
    indented = client.get(LISTING, CASES_ALL_FIELDS, HTTP_ACCEPT="application/json; indent=4")
    browsable = client.get(LISTING, {**CASES_ALL_FIELDS, "format": "api"})

    assert indented.content.startswith(b'{\n    "meta": {')
    assert indented.json() == compact.json()
    assert browsable.status_code == 200
    assert cases[0].title in browsable.content.decode()


def test_signed_in_readers_listing_leaves_anonymous_one_unchanged(
    client, cases, cases_section, municipality, sphere
):
    members_only = make_case(cases_section, municipality, sphere, title="Кейс для своих")
    PageViewRestriction.objects.create(
        page=members_only, restriction_type=PageViewRestriction.LOGIN
    )
    anonymous = client.get(LISTING, CASES_ALL_FIELDS).content

    client.force_login(UserFactory())
    signed_in = client.get(LISTING, CASES_ALL_FIELDS).json()
    assert "Кейс для своих" in [item["title"] for item in signed_in["items"]]

    client.logout()
    assert client.get(LISTING, CASES_ALL_FIELDS).content == anonymous
