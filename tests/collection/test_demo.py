"""The demo seeds a published, built edition a new user can download at once."""

import io
import time

import pypdf
import pytest
from django.urls import reverse

from cms.demo.seeding import seed_demo
from collection.demo import seed_edition
from collection.models import BuildKind, BuildStatus, EditionStatus

from .test_epub import epubcheck


@pytest.mark.django_db(transaction=False)
def test_demo_seeds_a_published_built_edition_once(client, tmp_path):
    started = time.monotonic()
    seed_demo()
    print(f"demo seeding with the edition: {time.monotonic() - started:.1f} s")
    edition = seed_edition()
    edition.full_clean()  # the ISBN's check digit among the rest

    assert edition.status == EditionStatus.PUBLISHED
    assert edition.print_run == 500 and edition.year == 2026
    parts = {part.title: part for part in edition.parts.all()}
    assert {"Теория", "Технологии и методы", "Кейсы успешных сообществ", "Ярмарки сообществ"} <= (
        parts.keys()
    )
    assert all(part.entries.exists() for part in parts.values() if not part.generated)
    assert {part.generated for part in parts.values()} >= {
        "rules_digest",
        "communities_directory",
        "communities_map",
    }
    assert all(entry.revision_id for part in parts.values() for entry in part.entries.all())
    builds = edition.builds.all()
    assert {(b.kind, b.status) for b in builds} == {
        (BuildKind.PRINT_PDF, BuildStatus.SUCCEEDED),
        (BuildKind.COVER, BuildStatus.SUCCEEDED),
        (BuildKind.SCREEN_PDF, BuildStatus.SUCCEEDED),
        (BuildKind.EPUB, BuildStatus.SUCCEEDED),
    }, [b.log for b in builds]
    books = [b for b in builds if b.kind != BuildKind.COVER]
    assert all(len(b.generated_parts) == 3 for b in books)
    assert all(b.page_count > 20 for b in books if b.kind != BuildKind.EPUB)

    # A visitor downloads the books from the public page right away; the EPUB is valid.
    page = client.get(reverse("collection:edition", args=[edition.pk])).content.decode()
    epub = edition.current_build(BuildKind.EPUB)
    url = reverse("collection:download", args=[edition.pk, epub.pk])
    assert url in page
    path = tmp_path / "demo.epub"
    path.write_bytes(b"".join(client.get(url).streaming_content))
    epubcheck(path)
    # The cover too: one sheet of back, spine and front, wider than two trimmed pages.
    cover = edition.current_build(BuildKind.COVER)
    url = reverse("collection:download", args=[edition.pk, cover.pk])
    assert url in page
    sheet = pypdf.PdfReader(io.BytesIO(b"".join(client.get(url).streaming_content)))
    assert len(sheet.pages) == 1
    assert float(sheet.pages[0].trimbox.width) > 2 * 148 * 72 / 25.4

    seed_edition()
    assert edition.builds.count() == len(builds)
