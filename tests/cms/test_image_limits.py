"""Images over the pixel limit: refused at every upload door, never decoded, shrunk by command."""

import io
import json

import pytest
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.urls import reverse
from PIL import Image as PILImage
from wagtail.images.models import Image

from cms.images import pillow_limit_lifted
from registry.factories import UserFactory

pytestmark = pytest.mark.django_db

TOO_MANY_PIXELS = (
    "Изображение слишком большое: допускается не больше 25 мегапикселей (например, "
    "6000 × 4000 пикселей). Уменьшите его в графическом редакторе и загрузите снова."
)


@pytest.fixture(autouse=True)
def _own_media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"


@pytest.fixture
def admin(client):
    client.force_login(UserFactory(username="admin", is_superuser=True, is_staff=True))
    return client


def png(width: int, height: int) -> bytes:
    """A PNG small on disk whatever its size in pixels: one bit a pixel, all white."""
    with pillow_limit_lifted():
        buffer = io.BytesIO()
        PILImage.new("1", (width, height), 1).save(buffer, "PNG")
    return buffer.getvalue()


@pytest.fixture(scope="module")
def bomb() -> bytes:
    return png(11_000, 11_000)  # 121 megapixels in about 30 KB


def stored_files(settings) -> list:
    return [p for p in settings.MEDIA_ROOT.rglob("*") if p.is_file()]


def test_an_oversized_png_is_refused_in_the_image_add_view(admin, bomb, settings):
    assert len(bomb) < 400_000
    response = admin.post(
        reverse("wagtailimages:add"),
        {"title": "Бомба", "file": SimpleUploadedFile("bomb.png", bomb, "image/png")},
    )
    assert response.status_code == 200
    assert TOO_MANY_PIXELS in response.content.decode()
    assert not Image.objects.exists()
    assert stored_files(settings) == []


@pytest.mark.parametrize(
    "view, prefix",
    [("wagtailimages:add_multiple", ""), ("wagtailimages_chooser:create", "image-chooser-upload-")],
)
def test_an_oversized_png_is_refused_at_the_other_upload_doors(admin, bomb, settings, view, prefix):
    upload = SimpleUploadedFile("bomb.png", bomb, "image/png")
    field = "files[]" if view.endswith("multiple") else f"{prefix}file"
    response = admin.post(reverse(view), {f"{prefix}title": "Бомба", field: upload})
    assert TOO_MANY_PIXELS in json.dumps(response.json(), ensure_ascii=False)
    assert not Image.objects.exists()
    assert stored_files(settings) == []


def test_a_12_megapixel_phone_photo_is_accepted(admin):
    response = admin.post(
        reverse("wagtailimages:add"),
        {"title": "Фото", "file": SimpleUploadedFile("photo.png", png(4032, 3024), "image/png")},
    )
    assert response.status_code == 302
    assert Image.objects.get().width == 4032


def test_a_stored_image_over_the_limit_gets_no_rendition_until_shrunk():
    # Uploaded before the limit existed: 35 megapixels, under Pillow's own default guard.
    name = default_storage.save("original_images/old.png", ContentFile(png(7000, 5000)))
    image = Image.objects.create(title="Старое", file=name, width=7000, height=5000)

    with pytest.raises(PILImage.DecompressionBombError):
        image.get_rendition("width-800")
    assert not image.renditions.exists()

    out = io.StringIO()
    call_command("shrink_large_images", stdout=out)
    image.refresh_from_db()
    assert "7000 × 5000 → 5915 × 4225" in out.getvalue()
    assert image.width * image.height <= 25_000_000
    assert image.get_rendition("width-800").width == 800
    assert not default_storage.exists(name)
