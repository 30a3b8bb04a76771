"""The headless API (Wagtail API v2): every page type with its fields, filters, only public
content, bounded queries, and the pinned shape of a case."""

import pytest
from wagtail.models import PageViewRestriction

from cms import factories
from cms.models import CasePhoto, CaseResult, ConferenceMaterial, GoldenRuleCase
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


@pytest.mark.parametrize("count", [3, 10])
def test_listing_queries_do_not_grow_with_pages(
    client, cases_section, municipality, sphere, count, django_assert_max_num_queries
):
    for _ in range(count):
        make_case(cases_section, municipality, sphere)
    # Warm the rendition cache so both runs measure the same work.
    client.get("/api/v2/pages/", {"type": "cms.CasePage", "fields": "*"})

    with django_assert_max_num_queries(16):
        response = client.get("/api/v2/pages/", {"type": "cms.CasePage", "fields": "*"})
    assert len(response.json()["items"]) == count
