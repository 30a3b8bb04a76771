"""Cached parts of pages (menus, breadcrumbs, language links, the home page's latest cases
and rules, a case's extras) follow every change at once for an anonymous reader."""

import re

import pytest
from wagtail.models import PageViewRestriction

from cms import factories
from cms.content_version import content_version, release_digest
from cms.models import CaseResult, GoldenRuleCase
from registry.models import Municipality
from tests.cms.translation_helpers import publish_translation

pytestmark = pytest.mark.django_db


def _menu(html: str) -> str:
    return re.search(r'<nav class="main-nav".*?</nav>', html, re.S).group(0)


def _breadcrumbs(html: str) -> str:
    return re.search(r'<nav class="breadcrumbs".*?</nav>', html, re.S).group(0)


@pytest.fixture
def case(cases_section):
    case = factories.CasePageFactory(
        parent=cases_section, title="Двор без заборов", municipality=Municipality.objects.first()
    )
    CaseResult.objects.create(page=case, value="40", label="семей во дворе")
    return case


def test_renamed_section_shows_in_the_menu_and_breadcrumbs(client, cases_section, case):
    assert "Кейсы-новые" not in client.get(case.url).content.decode()

    cases_section.title = "Кейсы-новые"
    cases_section.save_revision().publish()

    html = client.get(case.url).content.decode()
    assert "Кейсы-новые" in _menu(html)
    assert "Кейсы-новые" in _breadcrumbs(html)


def test_unpublished_section_leaves_the_menu(client, home, materials):
    assert materials.title in _menu(client.get(home.url).content.decode())

    materials.unpublish()

    assert materials.title not in _menu(client.get(home.url).content.decode())


def test_private_section_leaves_the_menu(client, home, materials):
    assert materials.title in _menu(client.get(home.url).content.decode())

    PageViewRestriction.objects.create(page=materials, restriction_type="login")

    assert materials.title not in _menu(client.get(home.url).content.decode())


def test_moved_page_shows_its_new_breadcrumbs(client, materials, cases_section, case):
    assert materials.title not in _breadcrumbs(client.get(case.url).content.decode())

    case.move(materials, pos="last-child")

    case.refresh_from_db()
    assert materials.title in _breadcrumbs(client.get(case.url).content.decode())


def test_published_translation_shows_in_the_language_links(client, case):
    ba_link = r'<a href="([^"]+)" lang="ba"'
    before = re.search(ba_link, client.get(case.url).content.decode()).group(1)

    translated = publish_translation(case, "ba")

    after = re.search(ba_link, client.get(case.url).content.decode()).group(1)
    assert before == "/ba/"
    assert after == translated.url


def test_new_case_and_renamed_theme_show_on_the_home_page(client, home, cases_section, rulebook):
    rule = factories.GoldenRulePageFactory(parent=rulebook, statement="Начните с малого")
    assert "Новый кейс" not in client.get(home.url).content.decode()

    factories.CasePageFactory(parent=cases_section, title="Новый кейс")
    rule.theme.name = "Переименованная тема"
    rule.theme.save()

    html = client.get(home.url).content.decode()
    assert "Новый кейс" in html
    assert "Переименованная тема" in html


def test_published_case_edits_show_on_the_case_page(client, rulebook, case):
    assert "семей во дворе" in client.get(case.url).content.decode()

    case.results = [CaseResult(value="55", label="квартир опрошено")]
    case.save_revision().publish()
    rule = factories.GoldenRulePageFactory(parent=rulebook, statement="Слушайте соседей")
    GoldenRuleCase.objects.create(rule=rule, case=case)
    rule.save_revision().publish()

    html = client.get(case.url).content.decode()
    assert "квартир опрошено" in html
    assert "семей во дворе" not in html
    assert "Слушайте соседей" in html


def test_renamed_municipality_shows_on_the_case_page(client, case):
    assert case.municipality.name in client.get(case.url).content.decode()

    case.municipality.name = "Новое имя района"
    case.municipality.save()

    assert "Новое имя района" in client.get(case.url).content.decode()


def test_a_preview_neither_reads_nor_fills_the_cache(client, case):
    client.get(case.url)  # the live page's extras are cached

    case.results = [CaseResult(value="99", label="черновая цифра")]
    preview = case.make_preview_request()

    assert "черновая цифра" in preview.render().content.decode()
    assert "черновая цифра" not in client.get(case.url).content.decode()


def test_home_page_text_edits_show_at_once(client, home):
    client.get(home.url)

    home.intro = "Новое вступление к программе"
    home.save_revision().publish()

    assert "Новое вступление к программе" in client.get(home.url).content.decode()


def test_an_opened_selection_round_shows_on_the_cached_home_page(client, home):
    """The call for applications is programme data, outside the page's cached blocks."""
    from django.utils import timezone

    from programme.models import SelectionRound

    client.get(home.url)
    now = timezone.now()
    SelectionRound.objects.create(
        title="Отбор 2027",
        year=2027,
        opens_at=now - timezone.timedelta(days=1),
        closes_at=now + timezone.timedelta(days=10),
    )

    assert "Отбор 2027" in client.get(home.url).content.decode()


API_CASES = "/api/v2/pages/?type=cms.CasePage&fields=*"


def test_page_api_items_follow_page_results_and_registry_edits(client, case):
    def item():
        (found,) = [i for i in client.get(API_CASES).json()["items"] if i["id"] == case.pk]
        return found

    assert item()["title"] == "Двор без заборов"

    case.title = "Двор без границ"
    case.results = [CaseResult(value="55", label="квартир опрошено")]
    case.save_revision().publish()
    case.municipality.name = "Новое имя района"
    case.municipality.save()

    found = item()
    assert found["title"] == "Двор без границ"
    assert [r["label"] for r in found["results"]] == ["квартир опрошено"]
    assert found["municipality"]["name"] == "Новое имя района"
    assert client.get(API_CASES.replace("fields=*", "fields=title")).json()["items"][0].keys() == {
        "id",
        "meta",
        "title",
    }


def test_a_new_release_renders_its_fragments_afresh(tmp_path):
    """Fragment keys carry a digest of the code and templates: a deploy that changes a
    template never serves the fragments the release before it cached."""
    (tmp_path / "templates").mkdir()
    (tmp_path / "cms").mkdir()
    template = tmp_path / "templates" / "base.html"
    template.write_text("<header>Меню</header>")
    (tmp_path / "cms" / "views.py").write_text("VIEWS = 1\n")
    first = release_digest(tmp_path)

    template.write_text("<header>Новое меню</header>")
    release_digest.cache_clear()
    changed = release_digest(tmp_path)
    release_digest.cache_clear()

    assert first != changed == release_digest(tmp_path)
    assert content_version().endswith("-" + release_digest())
