"""The Russian admin shows no raw values (True, False, None), no English build stages and no
Wagtail phrases that break Russian grammar with our model names."""

import re

import pytest
from django.urls import reverse

from collection.models import Build, BuildKind, BuildStatus, Edition
from registry.factories import PersonFactory, UserFactory
from registry.models import Municipality


@pytest.fixture
def admin_client(client, db):
    client.force_login(UserFactory(username="admin", is_superuser=True, is_staff=True))
    return client


def text(response) -> str:
    html = response.content.decode()
    html = re.sub(r"<(script|style|template)\b.*?</\1>", " ", html, flags=re.S)
    return re.sub(r"<[^>]+>", " ", html)


def test_boolean_columns_read_yes_and_no(admin_client):
    Municipality.objects.filter(oktmo="80601000").update(participating=True)
    visible = text(admin_client.get("/admin/snippets/registry/municipality/"))
    assert not re.search(r"\b(True|False)\b", visible)
    assert re.search(r"\bда\b", visible) and re.search(r"\bнет\b", visible)


def test_inspect_views_show_no_raw_values(admin_client):
    person = PersonFactory(email="", phone="")
    visible = text(admin_client.get(f"/admin/snippets/registry/person/inspect/{person.pk}/"))
    assert not re.search(r"\b(True|False|None)\b", visible)


def test_build_stages_and_add_buttons_read_russian(admin_client):
    edition = Edition.objects.create(title="Сборник", year=2026)
    Build.objects.create(
        edition=edition, kind=BuildKind.EPUB, status=BuildStatus.SUCCEEDED, stage="done"
    )
    Build.objects.create(edition=edition, kind=BuildKind.PRINT_PDF, stage="layout", percent=30)
    visible = text(admin_client.get(reverse("collection_edition:builds", args=[edition.pk])))
    assert "готово" in visible and "вёрстка страниц" in visible
    assert not re.search(r"\b(done|layout)\b", visible)

    listing = text(admin_client.get(reverse("collection_edition:index")))
    assert "Добавить: издание" in listing and "Добавить издание" not in listing
