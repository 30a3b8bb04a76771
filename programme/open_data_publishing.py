"""Building, storing and scheduling the open-data archive.

The archive is written under a new name through Django's storage API and becomes current only
once it is stored and recorded, so a failed build leaves the previous archive in place.
Changes to the data schedule one build at a time: a burst of saves queues a single build.
"""

import logging

from django.core.cache import cache
from django.core.files.base import ContentFile
from django.db import transaction
from django.utils import timezone

from programme.models import OpenDataArchive
from programme.open_data import open_data_zip

logger = logging.getLogger(__name__)

QUEUED_CACHE_KEY = "programme:open-data-queued"
# A worker that died with the flag set must not stop builds for ever.
QUEUED_TIMEOUT = 60 * 60


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


def open_data_schedule() -> None:
    """Queue a build once the current transaction commits, unless one is already waiting."""
    transaction.on_commit(_enqueue_unless_queued)


def _enqueue_unless_queued() -> None:
    from programme.tasks import build_open_data

    if not cache.add(QUEUED_CACHE_KEY, True, QUEUED_TIMEOUT):
        return
    try:
        build_open_data.enqueue()
    except Exception:
        cache.delete(QUEUED_CACHE_KEY)
        raise


def open_data_build_queued() -> OpenDataArchive:
    """The task's body: clear the flag first, so changes made during the build queue another."""
    cache.delete(QUEUED_CACHE_KEY)
    return open_data_publish()
