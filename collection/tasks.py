"""What the worker runs (django-tasks): a queued build, from assembly to the stored file.

The task and its run live together, below collection.builds which queues them: the task's
path (collection.tasks.build_edition) is stored with every queued task.
"""

import hashlib
import logging

from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.utils import timezone
from django.utils.translation import gettext as _
from django_tasks import task

from .assembly import edition_assemble, edition_generated_parts, edition_pinned_revisions
from .heartbeat import build_heartbeat
from .models import Build, BuildStatus
from .preflight import edition_build_blockers
from .renderers import renderer_for

logger = logging.getLogger(__name__)

# What a finished build writes back, only if it still counts as running.
RESULT_FIELDS = [
    "status",
    "stage",
    "percent",
    "log",
    "finished_at",
    "page_count",
    "size",
    "sha256",
    "file",
    "pinned_revisions",
    "generated_parts",
]


def _log(build: Build, stage: str, percent: int) -> None:
    build.stage, build.percent, build.heartbeat_at = stage, percent, timezone.now()
    build.log += f"{build.heartbeat_at:%H:%M:%S} {stage} {percent}%\n"
    build.save(update_fields=["stage", "percent", "log", "heartbeat_at"])


def build_run(*, build_id: int) -> Build:
    """Run a queued build; on failure record why and leave the last good build current."""
    # Claim the build: of several workers handed the same build (a task run twice, a retry
    # racing a slow worker) only the one whose update finds it still queued runs it.
    now = timezone.now()
    claimed = Build.objects.filter(pk=build_id, status=BuildStatus.QUEUED).update(
        status=BuildStatus.RUNNING, started_at=now, heartbeat_at=now
    )
    build = Build.objects.select_related("edition").get(pk=build_id)
    if not claimed:
        logger.warning("Build %s is %s, not queued: not run again", build.pk, build.status)
        return build
    edition = build.edition
    try:
        if blocking := edition_build_blockers(edition=edition, kind=build.kind):
            raise ValidationError(blocking)
        _log(build, "assembling", 5)
        assembled = edition_assemble(edition=edition)
        build.pinned_revisions = edition_pinned_revisions(assembled=assembled)
        build.generated_parts = edition_generated_parts(assembled=assembled)
        renderer = renderer_for(build.kind)
        with build_heartbeat(build_id=build.pk):
            result = renderer.render(
                edition=edition,
                assembled=assembled,
                progress=lambda stage, percent: _log(build, stage, percent),
            )
        name = f"edition-{edition.pk}-{build.kind}-{build.pk}.{renderer.extension}"
        build.file.save(name, ContentFile(result.content), save=False)
        build.page_count = result.page_count
        build.size = len(result.content)
        build.sha256 = hashlib.sha256(result.content).hexdigest()
        build.status, build.stage, build.percent = BuildStatus.SUCCEEDED, "done", 100
    except Exception as error:  # any failure must end as a failed build, never a stuck one
        logger.exception("Build %s of edition %s failed", build.pk, edition.pk)
        reason = "; ".join(error.messages) if isinstance(error, ValidationError) else str(error)
        build.status = BuildStatus.FAILED
        build.log += f"{_('Failed')}: {type(error).__name__}: {reason}\n"
    build.finished_at = timezone.now()
    still_running = Build.objects.filter(pk=build.pk, status=BuildStatus.RUNNING)
    if not still_running.update(**{name: getattr(build, name) for name in RESULT_FIELDS}):
        # Declared dead while it ran (and maybe retried since): its result is not used.
        logger.warning("Build %s finished after it was declared dead; result dropped", build.pk)
        if build.file:
            build.file.delete(save=False)
    build.refresh_from_db()
    return build


@task()
def build_edition(build_id: int) -> None:
    build_run(build_id=build_id)
