"""The API's images and documents: only those a live public page uses, never documents of a
private collection; the others answer 404 in detail too."""

import pytest
from wagtail.models import Collection, CollectionViewRestriction, PageViewRestriction

from cms import factories
from cms.models import ConferenceMaterial

pytestmark = pytest.mark.usefixtures("own_media")


def listed_ids(client, endpoint):
    response = client.get(f"/api/v2/{endpoint}/")
    assert response.status_code == 200
    return {item["id"] for item in response.json()["items"]}


def detail_status(client, endpoint, pk):
    return client.get(f"/api/v2/{endpoint}/{pk}/").status_code


def test_images_used_on_live_public_pages_only(client, materials):
    used, draft_only, unpublished, restricted, unused = (
        factories.ImageFactory(title=title)
        for title in ("на странице", "в черновике", "не опубликована", "закрыта", "нигде")
    )
    page = factories.ArticlePageFactory(parent=materials, listing_image=used)
    page.listing_image = draft_only
    page.save_revision()  # a draft change: the live page still shows `used`
    factories.ArticlePageFactory(parent=materials, listing_image=unpublished, live=False)
    closed = factories.ArticlePageFactory(parent=materials, listing_image=restricted)
    PageViewRestriction.objects.create(page=closed, restriction_type=PageViewRestriction.LOGIN)

    assert listed_ids(client, "images") == {used.pk}
    response = client.get(f"/api/v2/images/{used.pk}/")
    assert response.status_code == 200
    # A rendition: the web server does not serve originals (/media/original_images/).
    assert "/media/images/" in response.json()["meta"]["download_url"]
    for image in (draft_only, unpublished, restricted, unused):
        assert detail_status(client, "images", image.pk) == 404


def test_documents_used_on_live_pages_outside_private_collections(client, materials):
    private = Collection.get_first_root_node().add_child(name="Для команды программы")
    CollectionViewRestriction.objects.create(
        collection=private, restriction_type=CollectionViewRestriction.LOGIN
    )
    used = factories.DocumentFactory(title="Слайды доклада")
    internal = factories.DocumentFactory(title="Внутренняя записка", collection=private)
    unused = factories.DocumentFactory(title="Черновик программы")
    conference = factories.ConferencePageFactory(parent=materials)
    for document in (used, internal):
        ConferenceMaterial.objects.create(page=conference, title=document.title, slides=document)

    assert listed_ids(client, "documents") == {used.pk}
    response = client.get(f"/api/v2/documents/{used.pk}/")
    assert response.status_code == 200
    assert response.json()["meta"]["download_url"].endswith(f"/documents/{used.pk}/example.dat")
    for document in (internal, unused):
        assert detail_status(client, "documents", document.pk) == 404
