"""Site search as a reader uses it: /ru/search/?q=..."""

import pytest
from django.utils.text import capfirst

from cms import factories
from cms.models import ArticlePage
from cms.views import SEARCH_PAGE_SIZE, SEARCH_QUERY_MAX_LENGTH

from .translation_helpers import publish_translation

pytestmark = pytest.mark.django_db


def search(client, query, **params):
    response = client.get("/ru/search/", {"q": query, **params})
    assert response.status_code == 200
    return response.content.decode()


def test_finds_a_live_page_by_a_word_and_shows_its_type_and_lead(client, materials):
    factories.ArticlePageFactory(
        parent=materials, title="Ярмарка сообществ", slug="fair", intro="Как провести ярмарку"
    )
    html = search(client, "ярмарка")
    assert "Ярмарка сообществ" in html
    assert "Как провести ярмарку" in html
    assert 'href="/ru/materials/fair/"' in html
    assert str(capfirst(ArticlePage._meta.verbose_name)) in html


def test_pages_of_another_language_are_not_found(client, materials):
    article = factories.ArticlePageFactory(parent=materials, title="Ярмарка", slug="fair")
    english = publish_translation(article, "en")
    html = search(client, "ярмарка")
    assert f'href="{article.url}"' in html
    assert english.url.startswith("/en/") and english.url not in html


def test_drafts_are_not_found(client, materials):
    factories.ArticlePageFactory(parent=materials, title="Тайная стратегия", live=False)
    html = search(client, "стратегия")
    assert "Тайная стратегия" not in html
    assert 'class="search-results"' not in html


def test_the_query_stays_in_the_search_box(client, home):
    html = search(client, "субботник")
    assert 'name="q" value="субботник"' in html


def test_empty_query_asks_for_a_word(client, home):
    html = search(client, "")
    assert 'class="empty"' in html
    assert 'class="search-results"' not in html


def test_no_results_say_so(client, home):
    html = search(client, "несуществующееслово")
    assert 'class="empty" role="status"' in html
    assert "несуществующееслово" in html


def test_results_are_paginated_with_the_query_kept(client, materials):
    for number in range(SEARCH_PAGE_SIZE + 2):
        factories.ArticlePageFactory(parent=materials, title=f"Волонтёры {number}")
    first = search(client, "волонтёры")
    assert first.count('class="card__title"') == SEARCH_PAGE_SIZE
    assert 'href="?q=%D0%B2%D0%BE%D0%BB%D0%BE%D0%BD%D1%82%D1%91%D1%80%D1%8B&amp;page=2"' in first
    second = search(client, "волонтёры", page=2)
    assert second.count('class="card__title"') == 2


def test_an_overlong_query_is_searched_by_its_beginning_and_says_so(client, materials):
    factories.ArticlePageFactory(parent=materials, title="Ярмарка сообществ")
    html = search(client, "ярмарка " + "х" * 10_000)
    assert "Ярмарка сообществ" in html
    assert f"по первым {SEARCH_QUERY_MAX_LENGTH} символам" in html
    assert "х" * 10 not in html  # the word cut off is not searched for, nor shown
    assert 'name="q" value="ярмарка"' in html


def test_a_query_within_the_limit_is_searched_whole(client, materials):
    html = search(client, "ярмарка " * (SEARCH_QUERY_MAX_LENGTH // 8))
    assert "символам" not in html


def test_a_title_keeps_a_place_abbreviation_with_the_name(client, materials):
    factories.ArticlePageFactory(parent=materials, title="Ярмарка в г. Бирск, ул. Ленина")
    html = search(client, "ярмарка")
    assert "Ярмарка в г.\u00a0Бирск, ул.\u00a0Ленина</a>" in html
