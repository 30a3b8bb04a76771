"""Public downloads: published editions to anyone, drafts only to editors; the API lists only
published editions."""

import pytest
import yaml
from django.urls import reverse

from collection.factories import EditionFactory, SucceededBuildFactory
from collection.models import BuildKind, EditionStatus

from .test_admin import editor  # noqa: F401  (the fixture)


@pytest.fixture
def draft_edition(db):
    return EditionFactory(title="Черновик сборника", year=2027)


def download(client, build):
    return client.get(reverse("collection:download", args=[build.edition_id, build.pk]))


def test_anyone_downloads_a_published_build_from_the_edition_page(client, published_edition):
    old = SucceededBuildFactory(edition=published_edition, content=b"%PDF old")
    current = SucceededBuildFactory(edition=published_edition, content=b"%PDF current")
    page = client.get(reverse("collection:edition", args=[published_edition.pk]))
    assert page.status_code == 200
    html = page.content.decode()
    url = reverse("collection:download", args=[published_edition.pk, current.pk])
    assert url in html and "12" in html
    assert reverse("collection:download", args=[published_edition.pk, old.pk]) not in html

    response = download(client, current)
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == b"%PDF current"
    assert download(client, old).status_code == 404  # superseded builds stay internal
    listing = client.get(reverse("collection:list")).content.decode()
    assert published_edition.title in listing and url in listing


def test_drafts_are_not_public_but_editors_download_them(client, draft_edition, editor):  # noqa: F811
    build = SucceededBuildFactory(edition=draft_edition)
    assert client.get(reverse("collection:edition", args=[draft_edition.pk])).status_code == 404
    assert download(client, build).status_code == 404
    assert draft_edition.title not in client.get(reverse("collection:list")).content.decode()

    client.force_login(editor)
    assert download(client, build).status_code == 200


def test_the_api_lists_only_published_editions(
    client, published_edition, draft_edition, django_assert_max_num_queries
):
    build = SucceededBuildFactory(edition=published_edition)
    SucceededBuildFactory(edition=draft_edition)
    with django_assert_max_num_queries(3):
        response = client.get("/api/collection/editions/")
    assert response.status_code == 200
    results = response.json()["results"]
    assert [item["title"] for item in results] == [published_edition.title]
    (item,) = results[0]["downloads"]
    assert item["kind"] == "screen_pdf" and item["page_count"] == 12
    assert item["url"].endswith(
        reverse("collection:download", args=[published_edition.pk, build.pk])
    )


def test_the_api_reads_many_editions_in_fixed_queries(db, client, django_assert_max_num_queries):
    for year in range(2020, 2026):
        edition = EditionFactory(title=f"Сборник {year}", year=year, status=EditionStatus.PUBLISHED)
        for kind in (BuildKind.PRINT_PDF, BuildKind.SCREEN_PDF, BuildKind.EPUB):
            SucceededBuildFactory(edition=edition, kind=kind)
    # A count, a page of editions and their builds, however many editions and builds.
    with django_assert_max_num_queries(3):
        response = client.get("/api/collection/editions/?page_size=4")
    body = response.json()
    assert body["count"] == 6 and body["next"].endswith("page=2&page_size=4")
    assert [item["year"] for item in body["results"]] == [2025, 2024, 2023, 2022]
    assert all(len(item["downloads"]) == 3 for item in body["results"])
    assert client.get("/api/collection/editions/?page_size=1000").status_code == 400


def test_the_api_is_in_the_openapi_schema(client):
    schema = yaml.safe_load(client.get("/api/registry/schema/").content)
    operation = schema["paths"]["/api/collection/editions/"]["get"]
    assert {p["name"] for p in operation["parameters"]} == {"page", "page_size"}
    listing = operation["responses"]["200"]["content"]["application/json"]["schema"]["$ref"]
    assert listing.endswith("/PaginatedEditionList")
    edition = schema["components"]["schemas"]["Edition"]["properties"]
    assert edition["downloads"]["items"]["$ref"].endswith("/Download")


def test_an_editor_publishes_a_frozen_edition(client, edition, editor):  # noqa: F811
    client.force_login(editor)
    url = reverse("collection_edition:builds", args=[edition.pk])
    client.post(url, {"action": "publish"})
    edition.refresh_from_db()
    assert edition.status == EditionStatus.DRAFT  # a draft must be frozen first

    edition.status = EditionStatus.FROZEN
    edition.save()
    client.post(url, {"action": "publish"})
    edition.refresh_from_db()
    assert edition.status == EditionStatus.PUBLISHED


def test_a_build_whose_file_is_gone_from_storage_is_not_found_not_a_server_error(
    client, published_edition, caplog
):
    build = SucceededBuildFactory(edition=published_edition, content=b"%PDF current")
    build.file.storage.delete(build.file.name)  # e.g. a storage restored from an older backup

    assert download(client, build).status_code == 404
    assert build.file.name in caplog.text  # operations learn which file is missing
