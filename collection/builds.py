"""Builds: queueing one (once per edition and kind), retrying it, failing those whose worker
is gone. The worker's side, running a build, is collection.tasks."""

import logging
from datetime import timedelta

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.db.models import Q, Value
from django.db.models.functions import Concat
from django.utils import timezone
from django.utils.translation import gettext as _

from .models import ACTIVE_BUILD_STATUSES, Build, BuildStatus, Edition
from .preflight import edition_build_blockers
from .tasks import build_edition, build_run

logger = logging.getLogger(__name__)


def build_request(*, edition: Edition, kind: str) -> Build:
    """Queue a build, unless one of this kind is already on its way or preflight blocks it."""
    if blocking := edition_build_blockers(edition=edition, kind=kind):
        raise ValidationError(
            [_("The print build cannot start until these errors are fixed:")] + blocking
        )
    busy = ValidationError(
        _("A build of this kind is already queued or running for this edition; wait for it.")
    )
    try:
        with transaction.atomic():
            # The lock makes concurrent requests queue up here; the conditional unique
            # constraint stops any that slip past (other processes, other databases).
            Edition.objects.select_for_update().get(pk=edition.pk)
            builds_fail_dead(edition=edition, kind=kind)
            if edition.builds.filter(kind=kind, status__in=ACTIVE_BUILD_STATUSES).exists():
                raise busy
            build = Build.objects.create(edition=edition, kind=kind)
    except IntegrityError as error:
        raise busy from error
    try:
        build_edition.enqueue(build.pk)
    except Exception:
        # A build nobody will run must not block the next request.
        build.status, build.finished_at = BuildStatus.FAILED, timezone.now()
        build.log += _("Failed: the build could not be queued.") + "\n"
        build.save(update_fields=["status", "finished_at", "log"])
        raise
    return build


def build_now(*, edition: Edition, kind: str) -> Build:
    """Build in this process, without the task queue: for the demo, whose user downloads at once."""
    return build_run(build_id=Build.objects.create(edition=edition, kind=kind).pk)


def build_retry(*, build: Build) -> Build:
    """Queue a failed build again: a new build of the same edition and kind."""
    if build.status != BuildStatus.FAILED:
        raise ValidationError(_("Only a failed build can be retried."))
    return build_request(edition=build.edition, kind=build.kind)


def builds_fail_dead(*, edition: Edition | None = None, kind: str | None = None) -> int:
    """Fail builds whose worker is gone, so they stop blocking; returns how many.

    A running build is dead when its heartbeat is older than COLLECTION_BUILD_DEAD_AFTER
    seconds (its worker was killed or lost). Any queued or running build older than
    COLLECTION_BUILD_TIMEOUT is abandoned too (no worker ever took it).
    """
    now = timezone.now()
    builds = Build.objects.filter(status__in=ACTIVE_BUILD_STATUSES)
    if edition is not None:
        builds = builds.filter(edition=edition)
    if kind is not None:
        builds = builds.filter(kind=kind)
    silent_since = now - timedelta(seconds=settings.COLLECTION_BUILD_DEAD_AFTER)
    dead = builds.filter(status=BuildStatus.RUNNING).filter(
        Q(heartbeat_at__lt=silent_since) | Q(heartbeat_at=None, started_at__lt=silent_since)
    )
    count = _builds_fail(dead, _("Failed: the worker stopped (no sign of life from it)."))
    timeout = timedelta(seconds=settings.COLLECTION_BUILD_TIMEOUT)
    abandoned = builds.filter(created_at__lt=now - timeout)
    return count + _builds_fail(abandoned, _("Failed: no worker finished it in time."))


def _builds_fail(builds, reason: str) -> int:
    count = builds.update(
        status=BuildStatus.FAILED,
        finished_at=timezone.now(),
        log=Concat("log", Value(f"{timezone.now():%H:%M:%S} {reason}\n")),
    )
    if count:
        logger.warning("%d build(s) failed: %s", count, reason)
    return count
