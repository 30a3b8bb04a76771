"""Building, storing and scheduling the open-data archive.

The archive is written under a new name through Django's storage API and becomes current only
once it is stored and recorded, so a failed build leaves the previous archive in place.
Changes to the data schedule one build at a time: a burst of saves queues a single build
(OpenDataBuildRequest records the waiting one).
"""

import datetime
import logging

from django.core.files.base import ContentFile
from django.db import transaction
from django.utils import timezone

from programme.models import OpenDataArchive, OpenDataBuildRequest
from programme.open_data import open_data_zip

logger = logging.getLogger(__name__)

# A request older than this belongs to a build that never ran (a worker lost its queue).
STALE_REQUEST = datetime.timedelta(hours=1)


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

    now = timezone.now()
    OpenDataBuildRequest.objects.filter(requested_at__lt=now - STALE_REQUEST).delete()
    # One row with a fixed key: of two processes racing here, one creates it and one finds it.
    request, created = OpenDataBuildRequest.objects.get_or_create(
        pk=1, defaults={"requested_at": now}
    )
    if not created:
        return
    try:
        build_open_data.enqueue()
    except Exception:
        request.delete()
        raise


def open_data_build_queued() -> OpenDataArchive:
    """The task's body: take the request first, so changes made during the build queue another."""
    OpenDataBuildRequest.objects.all().delete()
    return open_data_publish()
