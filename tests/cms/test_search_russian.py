"""Russian full-text search on PostgreSQL: word forms match through the `russian` stemmer."""

import pytest
from django.db import connection

from cms.factories import ArticlePageFactory

pytestmark = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="stemming needs PostgreSQL's russian configuration"
)


@pytest.mark.django_db
def test_a_word_form_finds_the_page_that_uses_another(client, materials):
    ArticlePageFactory(
        parent=materials,
        title="Как растёт местное сообщество",
        intro="Сообщество начинается с общего дела.",
    )
    ArticlePageFactory(parent=materials, title="Ярмарка проектов", intro="Про ярмарку.")

    response = client.get("/ru/search/", {"q": "сообщества"})

    assert response.status_code == 200
    content = response.content.decode()
    assert "Как растёт местное сообщество" in content
    assert "Ярмарка проектов" not in content
