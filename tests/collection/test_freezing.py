"""An edition reads as frozen only while every entry is pinned."""

from django.urls import reverse
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text

from collection.models import Edition, EditionStatus
from tests.collection.test_admin import edition_form, editor  # noqa: F401 (fixture)


def test_adding_an_unpinned_entry_unfreezes_the_edition(client, editor, article, case):  # noqa: F811
    client.force_login(editor)
    client.post(reverse("collection_edition:add"), edition_form(article))
    edition = Edition.objects.get()
    builds = reverse("collection_edition:builds", args=[edition.pk])
    client.post(builds, {"action": "freeze"})
    edition.refresh_from_db()
    assert edition.status == EditionStatus.FROZEN

    part = edition.parts.get()
    entry = part.entries.get()
    data = edition_form(article)
    data.update(
        nested_form_data(
            {
                "parts": inline_formset(
                    [
                        {
                            "id": part.pk,
                            "title": part.title,
                            "introduction": rich_text("<p>О теории</p>"),
                            "entries": inline_formset(
                                [
                                    {"id": entry.pk, "page": article.pk, "include_children": False},
                                    {"page": case.pk, "include_children": False},
                                ],
                                initial=1,
                            ),
                        }
                    ],
                    initial=1,
                )
            }
        )
    )
    response = client.post(reverse("collection_edition:edit", args=[edition.pk]), data, follow=True)
    html = response.content.decode()
    assert "edition is no longer frozen" not in html
    assert "поэтому издание больше не заморожено" in html
    edition.refresh_from_db()
    assert edition.status == EditionStatus.DRAFT and edition.frozen_at is None
    page = client.get(builds).content.decode()
    assert "<strong>Черновик</strong>" in page and "Заморожено" not in page
