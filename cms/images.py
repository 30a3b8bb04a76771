"""The image pixel limit (WAGTAILIMAGES_MAX_IMAGE_PIXELS) at every door.

Memory for an image grows with its pixels, not its file size: a 30 KB PNG of 11,000 × 11,000
pixels takes over 600 MB to make one rendition. So:
- uploads over the limit are refused by Wagtail's image field (every upload form: add,
  multiple add, chooser, replace file), with our message in plain words (ImageForm);
- Pillow decodes no image over the limit anywhere in the process (pillow_limit_apply), so an
  image stored before the limit existed fails its rendition (DecompressionBombError) instead
  of exhausting memory;
- `manage.py shrink_large_images` scales such stored images down to the limit (image_shrink).
"""

import contextlib
import io
import math
import warnings

from django.conf import settings
from django.core.files.base import ContentFile
from django.db.models import F
from django.utils.formats import number_format
from django.utils.translation import ngettext
from PIL import Image as PILImage
from wagtail.images import get_image_model
from wagtail.images.forms import BaseImageForm
from wagtail.images.models import AbstractImage


def pillow_limit_apply() -> None:
    """Make Pillow refuse to decode an image over the limit, as it refuses its own bombs.

    Pillow raises DecompressionBombError above twice MAX_IMAGE_PIXELS and only warns above it,
    so MAX_IMAGE_PIXELS is half the limit: the refusal is then exact and needs no warnings
    filter (which a test runner or a `-W` option could undo). The warning it gives for images
    between half and the whole limit, ordinary photos, is noise and is silenced.
    """
    PILImage.MAX_IMAGE_PIXELS = settings.WAGTAILIMAGES_MAX_IMAGE_PIXELS // 2
    warnings.filterwarnings("ignore", category=PILImage.DecompressionBombWarning)


@contextlib.contextmanager
def pillow_limit_lifted():
    """For maintenance only (image_shrink): decode an image whatever its size."""
    limit = PILImage.MAX_IMAGE_PIXELS
    PILImage.MAX_IMAGE_PIXELS = None
    try:
        yield
    finally:
        PILImage.MAX_IMAGE_PIXELS = limit


def _example_size(pixels: int) -> tuple[int, int]:
    """A 3:2 photo within the limit, in round hundreds (6000 × 4000 for 25 megapixels)."""
    height = int(math.sqrt(pixels / 1.5)) // 100 * 100
    return height * 3 // 2, height


def too_many_pixels_message() -> str:
    pixels = settings.WAGTAILIMAGES_MAX_IMAGE_PIXELS
    megapixels = pixels / 1_000_000
    width, height = _example_size(pixels)
    return ngettext(
        "This image has too many pixels: at most %(megapixels)s megapixel is accepted, for "
        "example %(width)s × %(height)s. Reduce it in an image editor and upload it again.",
        "This image has too many pixels: at most %(megapixels)s megapixels are accepted, for "
        "example %(width)s × %(height)s. Reduce it in an image editor and upload it again.",
        math.ceil(megapixels),
    ) % {
        "megapixels": number_format(
            int(megapixels) if megapixels.is_integer() else round(megapixels, 1)
        ),
        "width": width,
        "height": height,
    }


class ImageForm(BaseImageForm):
    """Wagtail's image form (WAGTAILIMAGES_IMAGE_FORM_BASE) with the pixel limit explained."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "file" in self.fields:
            # Wagtail fills in %(num_pixels)s-style placeholders; ours are filled in already.
            message = too_many_pixels_message().replace("%", "%%")
            self.fields["file"].error_messages["file_too_many_pixels"] = message


def images_over_limit():
    """Stored images larger than the limit: uploaded before it existed or was lowered."""
    pixels = settings.WAGTAILIMAGES_MAX_IMAGE_PIXELS
    return (
        get_image_model()
        .objects.annotate(pixels=F("width") * F("height"))
        .filter(pixels__gt=pixels)
        .order_by("pk")
    )


def image_shrink(*, image: AbstractImage) -> None:
    """Replace the image's original with one scaled down to the limit; renditions are redone.

    Decoding the original costs its full size in memory once (JPEG less: Pillow decodes it at a
    reduced scale); it runs in the command, one image at a time, never in a request.
    """
    scale = math.sqrt(settings.WAGTAILIMAGES_MAX_IMAGE_PIXELS / (image.width * image.height))
    size = (max(1, int(image.width * scale)), max(1, int(image.height * scale)))
    old_name, storage = image.file.name, image.file.storage
    with pillow_limit_lifted(), image.open_file() as source, PILImage.open(source) as picture:
        file_format = picture.format
        exif = picture.info.get("exif")
        picture.thumbnail(size, PILImage.Resampling.LANCZOS)
        new_size = picture.size
        output = io.BytesIO()
        picture.save(output, file_format, quality=90, **({"exif": exif} if exif else {}))
    for name in ("focal_point_x", "focal_point_y", "focal_point_width", "focal_point_height"):
        if getattr(image, name) is not None:
            setattr(image, name, round(getattr(image, name) * scale))
    image.file.save(old_name.rsplit("/", 1)[-1], ContentFile(output.getvalue()), save=False)
    image.width, image.height = new_size
    image._set_image_file_metadata()
    image.save()
    image.renditions.all().delete()
    storage.delete(old_name)
