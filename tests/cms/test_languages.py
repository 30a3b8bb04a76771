"""Translated pages say everything in their language; menus and lists keep to one language.

Translations are made through wagtail-localize, as the translation editor makes them: every
source string is given a text, and the page is read back through the public site.
"""

import re

import pytest
from django.utils import translation
from wagtail.models import Locale

from cms import factories
from cms.models import CasePhoto, CaseResult, ConferenceMaterial, GoldenRuleCase
from cms.services import translation_create
from registry.factories import CommunityFactory

pytestmark = pytest.mark.django_db

RUSSIAN_HEADINGS = ["Проблема", "Что было сделано", "Результаты в цифрах", "Уроки", "Фотографии"]


def mirrored(text: str) -> str:
    """A stand-in translation that shares no phrase with its source."""
    return f"ба {text[::-1]}"


def translate(page, code, translate=mirrored):
    """Translate a page (its parent first, when that is a section) and return the new page."""
    locale = Locale.objects.get(language_code=code)
    parent = page.get_parent().specific
    if parent.depth > 2 and not parent.has_translation(locale):
        translate_page_only(parent, code, translate)
    return translate_page_only(page, code, translate)


def translate_page_only(page, code, translate=mirrored):
    locale = Locale.objects.get(language_code=code)
    if page.depth > 2 and not page.get_parent().has_translation(locale):
        translate_page_only(page.get_parent().specific, code, translate)
    translation_create(instance=page, locale=locale, translate=translate)
    return page.get_translation(locale)


def visible_text(html: str) -> str:
    return re.sub(r"<[^>]+>", " ", re.sub(r"<script.*?</script>", "", html, flags=re.S))


@pytest.fixture
def full_case(cases_section):
    image = factories.ImageFactory()
    case = factories.CasePageFactory(
        parent=cases_section,
        title="Двор, который вернули жители",
        slug="dvor",
        intro="Жители объединились и благоустроили двор.",
        community_name="Соседи с улицы Ленина",
        problem="<p>Двор превратился в стоянку.</p>",
        actions="<p>Обошли все квартиры и провели собрание.</p>",
        lessons="<p>Лично приглашённые приходят.</p>",
        body=[
            {"type": "heading", "value": {"text": "Как всё начиналось", "level": "h2"}},
            {
                "type": "table",
                "value": {
                    "caption": "Итоги по годам",
                    "table": {
                        "data": [["Год", "Субботники"], ["2025", "шесть субботников"]],
                        "first_row_is_table_header": True,
                        "first_col_is_header": False,
                    },
                },
            },
            {
                "type": "image",
                "value": {
                    "image": {"image": image.pk, "alt_text": "Жители у клумбы"},
                    "caption": "Клумба у подъезда",
                    "credit": "Фото: Анна Ким",
                },
            },
        ],
    )
    CaseResult.objects.create(page=case, value="420", label="квартир опрошено")
    CasePhoto.objects.create(
        page=case, image=image, caption="Субботник во дворе", credit="Фото: архив сообщества"
    )
    case.save_revision().publish()
    return case


SOURCE_TEXTS = [
    "Двор, который вернули жители",
    "Жители объединились и благоустроили двор.",
    "Соседи с улицы Ленина",
    "Двор превратился в стоянку.",
    "Обошли все квартиры и провели собрание.",
    "Лично приглашённые приходят.",
    "Как всё начиналось",
    "Итоги по годам",
    "Субботники",
    "шесть субботников",
    "Жители у клумбы",
    "Клумба у подъезда",
    "Фото: Анна Ким",
    "квартир опрошено",
    "Субботник во дворе",
    "Фото: архив сообщества",
]


def test_a_bashkir_case_shows_no_russian_field_or_heading(client, full_case):
    bashkir = translate(full_case, "ba")

    html = client.get(bashkir.url).content.decode()

    text = visible_text(html)
    assert [source for source in SOURCE_TEXTS if source in html] == []
    assert [heading for heading in RUSSIAN_HEADINGS if heading in text] == []
    for source in ["Двор превратился в стоянку.", "квартир опрошено", "шесть субботников"]:
        assert mirrored(source) in html
    assert "Мәсьәлә" in text  # «The problem» in Bashkir


def test_conference_materials_are_translated_with_their_page(client, materials):
    conference = factories.ConferencePageFactory(parent=materials, title="Конференция")
    ConferenceMaterial.objects.create(
        page=conference, title="Сообщества и власть", text="<p>Тезисы доклада</p>"
    )
    conference.save_revision().publish()

    english = translate(conference, "en")
    html = client.get(english.url).content.decode()

    assert "Сообщества и власть" not in html and "Тезисы доклада" not in html
    assert mirrored("Сообщества и власть") in html and mirrored("Тезисы доклада") in html


def nav_of(html: str) -> str:
    return re.search(r'<nav class="main-nav".*?</nav>', html, flags=re.S).group(0)


@pytest.mark.parametrize(("code", "note"), [("en", "(in Russian)"), ("ba", "(урыҫса)")])
def test_menus_list_translated_sections_and_mark_the_russian_ones(
    client, home, cases_section, materials, code, note
):
    translate_page_only(home, code)
    translated_cases = translate_page_only(cases_section, code)

    nav = nav_of(client.get(f"/{code}/").content.decode())

    items = re.findall(r"<li>(.*?)</li>", nav, flags=re.S)
    cases_item = next(item for item in items if translated_cases.title in item)
    materials_item = next(item for item in items if materials.title in item)
    assert f'href="{translated_cases.url}"' in cases_item and note not in cases_item
    assert f'href="{materials.url}"' in materials_item and 'hreflang="ru"' in materials_item
    assert f'<span lang="ru">{materials.title}</span>' in materials_item and note in materials_item
    assert cases_section.title not in nav  # the Russian section it translates is not repeated


def test_the_russian_menu_has_no_language_notes(client, home, cases_section):
    translate_page_only(cases_section, "ba")

    nav = nav_of(client.get("/ru/").content.decode())

    assert cases_section.title in nav and mirrored(cases_section.title) not in nav
    assert "lang-note" not in nav


def test_a_municipality_page_lists_each_case_once_in_the_readers_language(
    client, cases_section, municipality_a
):
    case = factories.CasePageFactory(
        parent=cases_section, title="Кейс Уфы", municipality=municipality_a
    )
    untranslated = factories.CasePageFactory(
        parent=cases_section, title="Кейс без перевода", municipality=municipality_a
    )
    bashkir = translate(case, "ba")
    address = f"registry/municipality/{municipality_a.slug}/"

    russian_html = client.get(f"/ru/{address}").content.decode()
    bashkir_html = client.get(f"/ba/{address}").content.decode()

    assert russian_html.count("Кейс Уфы") == 1 and bashkir.title not in russian_html
    assert bashkir.title in bashkir_html and "Кейс Уфы" not in bashkir_html
    # The case with no Bashkir version is linked in Russian, and says so.
    assert f'<span lang="ru">{untranslated.title}</span>' in bashkir_html
    assert "(урыҫса)" in bashkir_html


def test_a_community_page_and_its_api_list_each_case_once(client, cases_section):
    community = CommunityFactory(name="Соседи", slug="sosedi")
    case = factories.CasePageFactory(
        parent=cases_section, title="Кейс соседей", community=community
    )
    bashkir = translate(case, "ba")

    html = client.get("/ru/registry/sosedi/").content.decode()
    api = client.get("/api/registry/communities/sosedi/").json()

    assert html.count("Кейс соседей") == 1 and bashkir.title not in html
    assert [item["title"] for item in api["cases"]] == ["Кейс соседей"]


def test_an_event_page_lists_its_lectures_in_its_own_language(client, materials, events_section):
    event = factories.EventPageFactory(parent=events_section, title="Школа организаторов")
    lecture = factories.LecturePageFactory(parent=materials, title="Лекция о лидерах", event=event)
    bashkir_lecture = translate(lecture, "ba")

    html = client.get(event.url).content.decode()

    assert html.count("Лекция о лидерах") == 1 and bashkir_lecture.title not in html


def test_api_listings_hold_one_language_unless_asked(client, cases_section):
    case = factories.CasePageFactory(parent=cases_section, title="Кейс")
    bashkir = translate(case, "ba")

    default = client.get("/api/v2/pages/?type=cms.CasePage&fields=title").json()
    in_bashkir = client.get("/api/v2/pages/?type=cms.CasePage&fields=title&locale=ba").json()
    detail = client.get(f"/api/v2/pages/{bashkir.pk}/")

    assert [item["title"] for item in default["items"]] == ["Кейс"]
    assert [item["title"] for item in in_bashkir["items"]] == [bashkir.title]
    assert detail.status_code == 200


def test_page_lists_keep_to_the_pages_language(client, home, cases_section, rulebook):
    """Section index, home teasers, rulebook and search: Bashkir pages only on /ba/."""
    case = factories.CasePageFactory(parent=cases_section, title="Пруд во дворе")
    rule = factories.GoldenRulePageFactory(parent=rulebook, title="Правило", statement="Правило")
    factories.CasePageFactory(parent=cases_section, title="Кейс без перевода")
    bashkir_home = translate_page_only(home, "ba")
    bashkir_case = translate(case, "ba")
    bashkir_rule = translate(rule, "ba")

    lists = [bashkir_home, bashkir_case.get_parent(), bashkir_rule.get_parent()]
    for page in lists:
        response = client.get(page.url)
        html = response.content.decode()
        assert response.status_code == 200
        assert "Пруд во дворе" not in html and "Кейс без перевода" not in html, page.url
        assert bashkir_case.title in html or bashkir_rule.title in html, page.url
    search = client.get("/ba/search/", {"q": "двор"}).content.decode()
    assert "Пруд во дворе" not in search


@pytest.mark.parametrize("query", ["мелеуз", "МЕЛЕУЗ", "Мелеуз"])
def test_registry_filter_and_site_search_ignore_the_case_of_cyrillic(client, home, query):
    CommunityFactory(name="Экологи Мелеуза", slug="ekologi", description="Чистим берег.")

    registry = client.get("/ru/registry/", {"q": query}).content.decode()
    search = client.get("/ru/search/", {"q": query}).content.decode()

    assert 'href="/ru/registry/ekologi/"' in registry
    assert 'href="/ru/registry/ekologi/"' in search


@pytest.mark.parametrize(
    ("code", "msgid", "expected"),
    [
        ("ba", "The problem", "Мәсьәлә"),
        ("ba", "(in Russian)", "(урыҫса)"),
        ("ba", "Community Constructor", "Берлектәр конструкторы"),
        ("en", "(in Russian)", "(in Russian)"),
        ("ru", "Community Constructor", "Конструктор сообществ"),
    ],
)
def test_interface_catalogues_are_compiled(code, msgid, expected):
    with translation.override(code):
        assert translation.gettext(msgid) == expected


def test_the_site_name_is_in_the_readers_language(client, home):
    translate_page_only(home, "ba")

    html = client.get("/ba/").content.decode()

    assert re.search(
        r'<a class="site-name" href="/ba/">.*<span>Берлектәр конструкторы</span></a>', html
    )


def test_a_bashkir_rule_links_its_untranslated_case_marked_as_russian(
    client, cases_section, rulebook
):
    case = factories.CasePageFactory(parent=cases_section, title="Кейс без перевода")
    rule = factories.GoldenRulePageFactory(
        parent=rulebook, statement="Правило", supporting_cases=[GoldenRuleCase(case=case)]
    )
    bashkir_rule = translate(rule, "ba")

    html = client.get(bashkir_rule.url).content.decode()

    assert f'<a href="{case.url}" hreflang="ru"><span lang="ru">Кейс без перевода</span>' in html
    assert "(урыҫса)" in html
