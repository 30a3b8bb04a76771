"""Build files have no address of their own: they are stored outside MEDIA_ROOT, which the web
server serves, and reach people only through the download views, which check who may see
them (published editions' current builds to anyone, everything else to editors)."""

from pathlib import Path

import pytest
from django.urls import reverse

from collection.builds import build_request
from collection.factories import SucceededBuildFactory
from collection.models import BuildKind, BuildStatus

from .test_admin import editor  # noqa: F401  (the fixture)


def built(edition):
    build = build_request(edition=edition, kind=BuildKind.EPUB)
    build.refresh_from_db()
    assert build.status == BuildStatus.SUCCEEDED, build.log
    return build


def download(client, build):
    return client.get(reverse("collection:download", args=[build.edition_id, build.pk]))


def files_under(root) -> list[Path]:
    return [path for path in Path(root).rglob("*") if path.is_file()]


def assert_stored_privately(build, settings):
    """Not under MEDIA_ROOT (so no guessable /media/collection/... address), but in the
    private storage, which has no URL at all."""
    assert not [path for path in files_under(settings.MEDIA_ROOT) if "collection" in path.parts]
    assert (Path(settings.PRIVATE_MEDIA_ROOT) / build.file.name).is_file()
    with pytest.raises(NotImplementedError):
        build.file.url  # noqa: B018


def test_a_draft_build_is_stored_privately_and_downloaded_only_by_editors(
    client,
    small_edition,
    editor,  # noqa: F811
    settings,
):
    build = built(small_edition)
    assert_stored_privately(build, settings)

    assert download(client, build).status_code == 404
    client.force_login(editor)
    response = download(client, build)
    assert response.status_code == 200
    with build.file.open("rb") as stored:
        assert b"".join(response.streaming_content) == stored.read()


def test_only_the_current_build_of_a_published_edition_is_public(
    client, published_edition, settings
):
    superseded = SucceededBuildFactory(edition=published_edition, content=b"%PDF superseded")
    current = SucceededBuildFactory(edition=published_edition, content=b"%PDF current")

    for build in (superseded, current):
        assert_stored_privately(build, settings)
    assert download(client, superseded).status_code == 404
    response = download(client, current)
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment")


def test_the_web_server_can_send_the_file_after_the_view_checked(
    client, published_edition, nginx_sendfile
):
    build = SucceededBuildFactory(edition=published_edition)

    response = download(client, build)
    assert response.status_code == 200
    assert response["X-Accel-Redirect"] == f"/private-media/{build.file.name}"
    assert not response.content  # nginx sends the bytes from its internal location


@pytest.mark.parametrize(
    "kind, name",
    [
        (BuildKind.PRINT_PDF, "konstruktor-soobshchestv-2026-print.pdf"),
        (BuildKind.SCREEN_PDF, "konstruktor-soobshchestv-2026-screen.pdf"),
        (BuildKind.COVER, "konstruktor-soobshchestv-2026-cover.pdf"),
    ],
)
def test_a_download_is_named_like_the_book(client, published_edition, kind, name):
    """The reader's file is named after the edition's title in Latin letters, its year and
    kind, not after the stored file (edition-1-print_pdf-1.pdf)."""
    build = SucceededBuildFactory(edition=published_edition, kind=kind)

    response = download(client, build)

    assert response["Content-Disposition"] == f'attachment; filename="{name}"'
    assert build.file.name.rsplit("/", 1)[-1] != name  # the stored name stays unique


def test_an_epub_download_is_named_like_the_book(
    client,
    small_edition,
    editor,  # noqa: F811
):
    client.force_login(editor)

    response = download(client, built(small_edition))

    disposition = response["Content-Disposition"]
    assert disposition == 'attachment; filename="konstruktor-soobshchestv-2026.epub"'
