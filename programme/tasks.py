"""Scheduling the open-data archive's build in the background (django-tasks).

Changes to the data schedule one build at a time: a burst of saves queues a single build
(OpenDataBuildRequest records the waiting one). A failed build is tried again after a growing
pause, PROGRAMME_OPEN_DATA_BUILD_ATTEMPTS times in all; after the last failure the request
stays, marked failed, until the next change or `manage.py retry_failed_builds` (cron) queues a
fresh build. The task requeues itself, so it lives here with the queueing.
"""

import datetime
import logging

from django.conf import settings
from django.db import transaction
from django.db.models import Q
from django.utils import timezone
from django_tasks import task

from programme.models import OpenDataArchive, OpenDataBuildRequest
from programme.open_data_publishing import open_data_publish

logger = logging.getLogger(__name__)

# A request older than this belongs to a build that never ran (a worker lost its queue).
STALE_REQUEST = datetime.timedelta(hours=1)


def open_data_schedule() -> None:
    """Queue a build once the current transaction commits, unless one is already waiting."""
    transaction.on_commit(_enqueue_unless_queued)


def _enqueue_unless_queued() -> None:
    now = timezone.now()
    # A request that never ran (a worker lost its queue) or whose attempts all failed does
    # not stand in the way of a new change.
    OpenDataBuildRequest.objects.filter(
        Q(requested_at__lt=now - STALE_REQUEST) | Q(failed_at__isnull=False)
    ).delete()
    _request_build(attempt=1)


def _request_build(*, attempt: int) -> bool:
    """Queue attempt number `attempt` unless a build already waits; True when queued."""
    now = timezone.now()
    # One row with a fixed key: of two processes racing here, one creates it and one finds it.
    request, created = OpenDataBuildRequest.objects.get_or_create(
        pk=1, defaults={"requested_at": now, "attempt": attempt}
    )
    if not created:
        return False
    task = build_open_data
    if attempt > 1 and task.get_backend().supports_defer:
        # 1, 2, 4 … times PROGRAMME_OPEN_DATA_RETRY_DELAY: a passing fault has time to pass.
        pause = settings.PROGRAMME_OPEN_DATA_RETRY_DELAY * 2 ** (attempt - 2)
        task = task.using(run_after=now + datetime.timedelta(seconds=pause))
    try:
        task.enqueue(attempt=attempt)
    except Exception:
        request.delete()
        raise
    return True


def open_data_build_queued(*, attempt: int = 1) -> OpenDataArchive:
    """The task's body: take the request first, so changes made during the build queue another.

    A failure queues the next attempt, or after the last one leaves the request marked failed.
    """
    OpenDataBuildRequest.objects.all().delete()
    try:
        return open_data_publish()
    except Exception:
        attempts = settings.PROGRAMME_OPEN_DATA_BUILD_ATTEMPTS
        logger.exception("Open-data build failed (attempt %d of %d)", attempt, attempts)
        if attempt < attempts:
            _request_build(attempt=attempt + 1)
        else:
            OpenDataBuildRequest.objects.update_or_create(
                pk=1,
                defaults={
                    "requested_at": timezone.now(),
                    "attempt": attempt,
                    "failed_at": timezone.now(),
                },
            )
        raise


def open_data_retry_failed() -> bool:
    """Queue a fresh build if the last one gave up or its request was lost; True when queued."""
    stale = Q(failed_at__isnull=False) | Q(requested_at__lt=timezone.now() - STALE_REQUEST)
    if not OpenDataBuildRequest.objects.filter(stale).delete()[0]:
        return False
    return _request_build(attempt=1)


@task()
def build_open_data(attempt: int = 1) -> None:
    open_data_build_queued(attempt=attempt)
