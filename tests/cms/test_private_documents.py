"""Documents are stored outside MEDIA_ROOT, so the web server has no address for them; they are
served only by Wagtail's document view, which applies the privacy of their collection."""

from pathlib import Path

import pytest
from django.contrib.auth import get_user_model
from django.core import checks
from wagtail.models import Collection, CollectionViewRestriction

from cms import factories

pytestmark = pytest.mark.usefixtures("own_media")


@pytest.fixture
def private_collection(db):
    collection = Collection.get_first_root_node().add_child(name="Для команды программы")
    CollectionViewRestriction.objects.create(
        collection=collection, restriction_type=CollectionViewRestriction.LOGIN
    )
    return collection


def slides(**kwargs):
    return factories.DocumentFactory(
        file__filename="slides.pdf", file__data=b"%PDF-1.7 slides", **kwargs
    )


def assert_stored_privately(document, settings):
    assert not [path for path in Path(settings.MEDIA_ROOT).rglob("*") if path.is_file()]
    assert (Path(settings.PRIVATE_MEDIA_ROOT) / document.file.name).is_file()


def test_a_public_document_is_served_by_wagtails_view_only(db, client, settings):
    document = slides()
    assert_stored_privately(document, settings)
    assert document.url == f"/documents/{document.pk}/slides.pdf"

    response = client.get(document.url)
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == b"%PDF-1.7 slides"


def test_a_document_in_a_private_collection_needs_a_login(client, settings, private_collection):
    document = slides(collection=private_collection)
    assert_stored_privately(document, settings)

    response = client.get(document.url)
    assert response.status_code == 302
    assert "login" in response["Location"]

    client.force_login(get_user_model().objects.create_user("member", password="x"))
    response = client.get(document.url)
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == b"%PDF-1.7 slides"


def test_the_web_server_can_send_a_document_after_wagtail_checked(
    client, private_collection, nginx_sendfile
):
    document = slides(collection=private_collection)
    assert client.get(document.url).status_code == 302

    client.force_login(get_user_model().objects.create_user("member", password="x"))
    response = client.get(document.url)
    assert response.status_code == 200
    assert response["X-Accel-Redirect"] == f"/private-media/{document.file.name}"


def test_a_private_root_inside_media_root_is_refused(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.PRIVATE_MEDIA_ROOT = tmp_path / "media" / "private"
    errors = checks.run_checks(tags=[checks.Tags.security])
    assert [error.id for error in errors if error.id.startswith("cms.")] == ["cms.E001"]

    settings.PRIVATE_MEDIA_ROOT = tmp_path / "private"
    assert not [e for e in checks.run_checks(tags=[checks.Tags.security]) if e.id == "cms.E001"]
