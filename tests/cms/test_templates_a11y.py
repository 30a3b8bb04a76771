"""Language, alternates and accessibility of the shared layout, seen by a reader."""

import re

import pytest
from django.conf import settings
from django.contrib.staticfiles import finders
from fontTools.ttLib import TTFont

from cms import factories

from .translation_helpers import publish_translation

pytestmark = pytest.mark.django_db

BASHKIR_LETTERS = "ӘәӨөҮүҒғҠҡҢңҘҙҪҫҺһ"


def switcher_links(html):
    """{language code: <a> tag} for the language switcher."""
    nav = html.split('class="language-switcher"')[1].split("</nav>")[0]
    return {
        re.search(r'hreflang="(\w+)"', tag).group(1): tag for tag in re.findall(r"<a [^>]*>", nav)
    }


def alternates(html):
    found = re.findall(r'<link rel="alternate" hreflang="([\w-]+)" href="([^"]+)">', html)
    return dict(found)


@pytest.fixture
def case_in_two_languages(cases_section):
    case = factories.CasePageFactory(parent=cases_section, slug="pond")
    return case, publish_translation(case, "ba")


def test_switcher_links_to_the_bashkir_translation_and_marks_the_current_language(
    client, case_in_two_languages
):
    case, bashkir = case_in_two_languages
    assert bashkir.url.startswith("/ba/")

    links = switcher_links(client.get(case.url).content.decode())

    assert f'href="{bashkir.url}"' in links["ba"]
    assert 'lang="ba"' in links["ba"]
    assert f'href="{case.url}"' in links["ru"] and 'aria-current="true"' in links["ru"]
    assert "aria-current" not in links["ba"]
    # No English translation: the link leads to the English home page instead.
    assert 'href="/en/"' in links["en"]


def test_the_bashkir_page_is_marked_bashkir(client, case_in_two_languages):
    case, bashkir = case_in_two_languages

    html = client.get(bashkir.url).content.decode()

    assert '<html lang="ba">' in html
    assert 'aria-current="true"' in switcher_links(html)["ba"]
    assert f'href="{case.url}"' in switcher_links(html)["ru"]


def test_alternates_list_existing_translations_and_x_default(client, case_in_two_languages):
    case, bashkir = case_in_two_languages

    found = alternates(client.get(bashkir.url).content.decode())

    assert found == {
        "ru": f"http://testserver{case.url}",
        "ba": f"http://testserver{bashkir.url}",
        "x-default": f"http://testserver{case.url}",
    }


@pytest.mark.parametrize("language_code", [code for code, _name in settings.LANGUAGES])
def test_html_lang_follows_the_address(client, home, language_code):
    response = client.get(f"/{language_code}/search/")
    assert f'<html lang="{language_code}">' in response.content.decode()


def test_search_page_switcher_keeps_the_query(client, home):
    links = switcher_links(client.get("/ru/search/", {"q": "ярмарка"}).content.decode())
    assert 'href="/ba/search/?q=%D1%8F%D1%80%D0%BC%D0%B0%D1%80%D0%BA%D0%B0"' in links["ba"]
    assert 'aria-current="true"' in links["ru"]


def test_layout_has_landmarks_skip_link_and_labelled_search(client, home):
    html = client.get(home.url).content.decode()
    assert '<a class="skip-link" href="#main">' in html
    assert '<main id="main"' in html
    assert '<nav class="main-nav" aria-label=' in html
    assert "<footer" in html and "<header" in html
    label = re.search(r'<label for="([\w-]+)"', html).group(1)
    assert f'<input id="{label}" type="search" name="q"' in html
    assert "Конструктор сообществ" in html


def test_breadcrumbs_lead_from_home_to_the_current_page(client, home, cases_section):
    case = factories.CasePageFactory(parent=cases_section)
    html = client.get(case.url).content.decode()
    crumbs = html.split('class="breadcrumbs"')[1].split("</nav>")[0]
    assert crumbs.index(f'href="{home.url}"') < crumbs.index(f'href="{cases_section.url}"')
    assert f'<span aria-current="page">{case.title}</span>' in crumbs


def test_every_image_has_alt_text(client, home, cases_section):
    case = factories.CasePageFactory(parent=cases_section, listing_image=factories.ImageFactory())
    case.photos.create(image=factories.ImageFactory(description="Общий сбор"))
    case.save()
    for page in (home, case):
        html = client.get(page.url).content.decode()
        images = re.findall(r"<img [^>]*>", html)
        assert images
        for image in images:
            assert re.search(r'alt="[^"]+"', image), image


def test_nothing_is_loaded_from_another_site(client, home):
    html = client.get(home.url).content.decode()
    for address in re.findall(r'(?:src|href)="([^"]+)"', html):
        assert not address.startswith(("http://", "https://", "//")) or address.startswith(
            "http://testserver"
        ), address


def test_font_subset_for_bashkir_has_every_bashkir_letter():
    with open(finders.find("cms/css/fonts.css"), encoding="utf-8") as stylesheet:
        css = stylesheet.read()
    for family in ("pt-sans", "pt-serif"):
        name = f"{family}-cyrillic-ext-400-normal.woff2"
        rule = next(r for r in css.split("@font-face")[1:] if name in r)
        assert "U+0460-052F" in rule
        font = TTFont(finders.find(f"vendor/{family}/{name}"))
        missing = [letter for letter in BASHKIR_LETTERS if ord(letter) not in font.getBestCmap()]
        assert not missing, (family, missing)


def test_server_error_page_renders_without_a_request():
    from django.template.loader import render_to_string

    html = render_to_string("500.html")
    assert "<main" in html and "<h1>" in html


def test_headings_do_not_skip_levels(client, home, materials, cases_section, rulebook):
    factories.ArticlePageFactory(parent=materials)
    factories.CasePageFactory(parent=cases_section, listing_image=factories.ImageFactory())
    factories.GoldenRulePageFactory(parent=rulebook)
    for page in (home, materials, rulebook):
        html = client.get(page.url).content.decode()
        levels = [int(level) for level in re.findall(r"<h([1-6])[ >]", html)]
        assert levels[0] == 1 and levels.count(1) == 1, page
        assert all(b - a <= 1 for a, b in zip(levels, levels[1:], strict=False)), (page, levels)
