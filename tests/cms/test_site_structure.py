from cms.factories import ArticlePageFactory


def test_home_and_sections_exist_in_russian(client, home):
    response = client.get("/ru/")
    assert response.status_code == 200
    assert home.get_children().count() == 4


def test_article_is_served_under_materials(client, materials):
    article = ArticlePageFactory(parent=materials, title="Что такое сообщество", slug="what")
    response = client.get(article.url)
    assert response.status_code == 200
    assert "Что такое сообщество" in response.content.decode()
