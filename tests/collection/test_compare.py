"""Collection editors see what changed in a page since it was pinned, without page rights."""

from django.urls import reverse

from collection.models import Entry
from tests.collection.test_admin import editor  # noqa: F401 (fixture)


def test_editor_sees_the_difference_since_pinning(client, editor, small_edition, article):  # noqa: F811
    entry = Entry.objects.get(page=article)
    article.title = "Что такое сообщество и как его вырастить"
    article.save_revision().publish()
    client.force_login(editor)

    builds = client.get(reverse("collection_edition:builds", args=[small_edition.pk]))
    compare = reverse("collection_edition:compare", args=[small_edition.pk, entry.pk])
    assert f'href="{compare}"' in builds.content.decode()
    response = client.get(compare)
    assert response.status_code == 200
    html = response.content.decode()
    assert "Что такое сообщество" in html and "и как его вырастить" in html
    assert f"/admin/pages/{article.pk}/edit/" not in html  # no way into the page editor
