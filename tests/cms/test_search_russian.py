"""Russian full-text search finds every form of a word: PostgreSQL through its `russian`
configuration, SQLite through the word stems the index stores (cms/word_stems.py)."""

import pytest

from cms.factories import ArticlePageFactory

pytestmark = pytest.mark.django_db


def titles_found(client, query: str) -> str:
    response = client.get("/ru/search/", {"q": query})
    assert response.status_code == 200
    return response.content.decode()


def test_a_word_form_finds_the_page_that_uses_another(client, materials):
    ArticlePageFactory(
        parent=materials,
        title="Как растёт местное сообщество",
        intro="Сообщество начинается с общего дела.",
    )
    ArticlePageFactory(parent=materials, title="Ярмарка проектов", intro="Про ярмарку.")

    content = titles_found(client, "сообщества")

    assert "Как растёт местное сообщество" in content
    assert "Ярмарка проектов" not in content


def test_a_town_is_found_in_every_case_of_its_name(client, materials):
    ArticlePageFactory(
        parent=materials, title="Субботник в Мелеузе", intro="Жители Мелеуза вышли на берег."
    )
    ArticlePageFactory(parent=materials, title="Праздник в Уфе", intro="Двор в центре.")

    for query in ("Мелеуз", "мелеуза", "МЕЛЕУЗЕ", "субботники в Мелеузе"):
        content = titles_found(client, query)
        assert "Субботник в Мелеузе" in content, query
        assert "Праздник в Уфе" not in content, query


def test_the_search_page_no_longer_warns_that_only_exact_forms_match(client, home):
    assert 'class="search-note"' not in titles_found(client, "Мелеузе")


@pytest.mark.parametrize("query", ["***", "!", "-", "__", "NEAR(", "AND OR NOT"])
def test_a_query_without_words_finds_nothing_and_fails_nothing(client, materials, query):
    ArticlePageFactory(parent=materials, title="Субботник в Мелеузе")
    assert "Субботник в Мелеузе" not in titles_found(client, query)
