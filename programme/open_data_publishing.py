"""Building and storing the open-data archive; programme.tasks queues and retries builds.

The archive is written under a new name through Django's storage API and becomes current only
once it is stored and recorded, so a failed build leaves the previous archive in place.
"""

import logging

from django.core.files.base import ContentFile
from django.db import transaction
from django.utils import timezone

from programme.models import OpenDataArchive
from programme.open_data import open_data_zip

logger = logging.getLogger(__name__)


def open_data_current() -> OpenDataArchive | None:
    return OpenDataArchive.objects.order_by("-created_at", "-pk").first()


def open_data_publish() -> OpenDataArchive:
    """Build the archive, store it and make it current; older archives are then removed."""
    generated_at = timezone.now()
    content = open_data_zip(generated_at=generated_at)
    archive = OpenDataArchive(size=len(content), created_at=generated_at)
    archive.file.save(
        f"konstruktor-open-data-{generated_at:%Y%m%d-%H%M%S}.zip", ContentFile(content), save=False
    )
    try:
        with transaction.atomic():
            archive.save()
            older = list(OpenDataArchive.objects.exclude(pk=archive.pk))
            OpenDataArchive.objects.filter(pk__in=[old.pk for old in older]).delete()
    except Exception:
        archive.file.delete(save=False)
        raise
    for old in older:
        old.file.delete(save=False)
    logger.info("Open-data archive %s built (%d bytes)", archive.file.name, archive.size)
    return archive
