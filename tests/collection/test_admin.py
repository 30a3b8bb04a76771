import io

import pypdf
import pytest
from django.contrib.auth.models import Group
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text

from cms.factories import ArticlePageFactory, CasePageFactory
from cms.models import Expert
from collection.models import Build, BuildStatus, Edition
from collection.services import edition_freeze
from core import roles

from .conftest import add_entry, published


def staff(django_user_model, username, role):
    user = django_user_model.objects.create_user(username=username, password="x")
    user.groups.add(Group.objects.get(name=role))
    return user


@pytest.fixture
def editor(db, django_user_model):
    return staff(django_user_model, "editor", roles.COLLECTION_EDITORS)


@pytest.fixture
def author(db, django_user_model):
    return staff(django_user_model, "author", roles.AUTHORS)


def edition_form(article, **changes):
    return nested_form_data(
        {
            "title": "Конструктор сообществ",
            "subtitle": "",
            "year": 2026,
            "edition_number": 1,
            "isbn": "978-5-907000-00-1",
            "udc": "316.4",
            "bbk": "60.5",
            "author_mark": "К65",
            "annotation": "",
            "publisher": "Центр",
            "publisher_address": "",
            "city": "Уфа",
            "printer_name": "",
            "printer_address": "",
            "print_run": 500,
            "signature_pages": 16,
            "trim_size": "a5",
            "bleed_mm": 3,
            "paper_name": "офсетная",
            "paper_thickness_mm": "0.100",
            "parts": inline_formset(
                [
                    {
                        "title": "Теория",
                        "introduction": rich_text("<p>О теории</p>"),
                        "entries": inline_formset(
                            [{"page": article.pk, "include_children": False}]
                        ),
                    }
                ]
            ),
            **changes,
        }
    )


def test_editor_creates_an_edition_with_parts_and_entries(client, editor, article):
    client.force_login(editor)
    response = client.post(reverse("collection_edition:add"), edition_form(article))
    assert response.status_code == 302, response.context["form"].errors
    edition = Edition.objects.get()
    part = edition.parts.get()
    assert [entry.page_id for entry in part.entries.all()] == [article.pk]
    builds = reverse("collection_edition:builds", args=[edition.pk])
    edit = client.get(reverse("collection_edition:edit", args=[edition.pk]))
    assert edit.status_code == 200
    assert "Теория" in edit.content.decode() and builds in edit.content.decode()
    listing = client.get(reverse("collection_edition:index"))
    assert listing.status_code == 200
    assert builds in listing.content.decode()


def test_editor_enters_the_output_data(client, editor, article):
    expert = Expert.objects.create(name="Ахметова Гульнара Рашитовна")
    client.force_login(editor)
    data = edition_form(
        article,
        age_mark="16+",
        responsible_editor="Е. В. Морозова",
        sheet_format="70x100/16",
        signed_to_print="2026-11-20",
        publisher_sheets="6.8",
        order_number="2611",
    )
    data["compilers"] = [expert.pk]  # a multiple choice, not a nested list
    response = client.post(reverse("collection_edition:add"), data)
    assert response.status_code == 302, response.context["form"].errors
    edition = Edition.objects.get()
    assert list(edition.compilers.all()) == [expert]
    assert (edition.age_mark, edition.sheet_format_label, edition.order_number) == (
        "16+",
        "70×100/16",
        "2611",
    )
    assert str(edition.publisher_sheets) == "6.80" and edition.signed_to_print.day == 20


def test_wrong_isbn_is_refused_with_a_message_and_nothing_saved(client, editor, article):
    client.force_login(editor)
    response = client.post(
        reverse("collection_edition:add"), edition_form(article, isbn="978-5-907000-00-6")
    )
    assert response.status_code == 200
    assert "isbn" in response.context["form"].errors
    assert not Edition.objects.exists()


@pytest.mark.parametrize(
    "kind, content_type, magic",
    [("screen_pdf", "application/pdf", b"%PDF"), ("epub", "application/epub+zip", b"PK")],
)
def test_editor_builds_and_downloads_from_the_admin(
    client, editor, small_edition, django_assert_max_num_queries, kind, content_type, magic
):
    client.force_login(editor)
    url = reverse("collection_edition:builds", args=[small_edition.pk])
    response = client.post(url, {"action": "build", "kind": kind})
    assert response.status_code == 302
    build = Build.objects.get()
    assert build.status == BuildStatus.SUCCEEDED, build.log
    with django_assert_max_num_queries(40):
        page = client.get(url)
    assert page.status_code == 200
    html = page.content.decode()
    # Entries are listed in the edition's order: part by part.
    positions = [
        html.index(t) for t in ("Что такое сообщество", "Ҡыҙыҡлы тарих", "Соседский центр")
    ]
    assert positions == sorted(positions)
    download = reverse("collection_edition:download", args=[small_edition.pk, build.pk])
    assert download in page.content.decode()
    response = client.get(download)
    assert response["Content-Type"] == content_type
    assert b"".join(response.streaming_content).startswith(magic)


def test_editor_sees_preflight_errors(client, editor, small_edition, case):
    case.unpublish()
    client.force_login(editor)
    url = reverse("collection_edition:builds", args=[small_edition.pk])
    response = client.get(url + "?preflight=1")
    assert "Соседский центр" in response.content.decode()
    response = client.post(url, {"action": "build", "kind": "print_pdf"}, follow=True)
    assert not Build.objects.exists()
    assert "Соседский центр" in response.content.decode()


def test_other_roles_cannot_change_editions(client, author, small_edition):
    client.force_login(author)
    builds = reverse("collection_edition:builds", args=[small_edition.pk])
    for url in [
        reverse("collection_edition:index"),
        reverse("collection_edition:edit", args=[small_edition.pk]),
        builds,
    ]:
        assert client.get(url).status_code in (302, 403), url
    client.post(builds, {"action": "build", "kind": "print_pdf"})
    assert not Build.objects.exists()


def test_editor_previews_one_chapter_as_pdf(client, editor, small_edition):
    entry = small_edition.parts.get(title="Кейсы").entries.get()
    client.force_login(editor)
    builds = client.get(reverse("collection_edition:builds", args=[small_edition.pk]))
    preview = reverse("collection_edition:preview", args=[small_edition.pk, entry.pk])
    assert preview in builds.content.decode()
    response = client.get(preview)
    assert response["Content-Type"] == "application/pdf"
    text = "".join(
        page.extract_text() for page in pypdf.PdfReader(io.BytesIO(response.content)).pages
    )
    assert "Соседский центр" in text
    assert "Ҡыҙыҡлы тарих" not in text.split("Содержание")[-1]


def test_builds_page_finds_changed_entries_in_queries_however_many_entries(
    client, editor, edition, materials, cases_section
):
    """Whether each entry's page or its printed children moved on since pinning is read for
    all entries at once: more entries, however many with child pages, add no query."""
    client.force_login(editor)
    url = reverse("collection_edition:builds", args=[edition.pk])
    for number in range(2):
        published(ArticlePageFactory(parent=materials, title=f"Статья {number}"))
        published(CasePageFactory(parent=cases_section, title=f"Кейс {number}"))
    add_entry(edition, "Материалы", published(materials), include_children=True)
    edition_freeze(edition=edition)
    with CaptureQueriesContext(connection) as one_entry:
        client.get(url)

    cases_entry = add_entry(edition, "Кейсы", published(cases_section), include_children=True)
    add_entry(edition, "Кейсы", materials.get_children().first(), include_children=False)
    add_entry(edition, "Ещё раз", materials, include_children=True)
    edition_freeze(edition=edition)
    with CaptureQueriesContext(connection) as four_entries:
        html = client.get(url).content.decode()
    assert len(four_entries) == len(one_entry)
    assert html.count("без изменений") == 4

    child = cases_section.get_children().last().specific
    child.title = "Кейс с новой редакцией"
    published(child)
    html = client.get(url).content.decode()
    assert html.count("<strong>изменилась</strong>") == 1
    assert html.count("без изменений") == 3
    assert f'name="entry" value="{cases_entry.pk}"' in html  # its "pin again" button
