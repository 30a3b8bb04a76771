"""Scale down stored images over WAGTAILIMAGES_MAX_IMAGE_PIXELS, uploaded before the limit.

Pillow refuses to decode such images (cms.images), so their renditions fail until this runs.
Run it once after upgrading, or after lowering the limit.
"""

from django.core.management.base import BaseCommand

from cms.images import image_shrink, images_over_limit


class Command(BaseCommand):
    help = "Scale stored images over the pixel limit down to it (their renditions are redone)."

    def add_arguments(self, parser):
        parser.add_argument("--dry-run", action="store_true", help="Only list them.")

    def handle(self, *args, dry_run=False, **options):
        count = 0
        for image in images_over_limit():
            before = f"{image.width} × {image.height}"
            if not dry_run:
                image_shrink(image=image)
            after = f"{image.width} × {image.height}"
            self.stdout.write(f"{image.pk} {image.title!r}: {before} → {after}")
            count += 1
        self.stdout.write(f"{count} image(s) over the limit{' (dry run)' if dry_run else ''}.")
