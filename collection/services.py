"""Writes and assembly for editions: pinning approved revisions, freezing, collecting content."""

import hashlib
import logging
from dataclasses import dataclass, field
from datetime import timedelta

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.db import IntegrityError, transaction
from django.db.models import Q, Value
from django.db.models.functions import Concat
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.models import Page, Revision

from .generated import GeneratedSection, generated_section
from .heartbeat import build_heartbeat
from .models import (
    ACTIVE_BUILD_STATUSES,
    Build,
    BuildKind,
    BuildStatus,
    Edition,
    EditionStatus,
    Entry,
    Part,
)

logger = logging.getLogger(__name__)


def _live_children(page: Page):
    return page.get_children().live().order_by("path")


def entry_pin(*, entry: Entry) -> Entry:
    """Pin the entry to its page's approved revision: the one the workflow published."""
    page = entry.page
    if page is None or not page.live or page.live_revision_id is None:
        raise ValidationError(
            _("“%(page)s” is not published, so it has no approved revision to pin.")
            % {"page": entry}
        )
    entry.revision_id = page.live_revision_id
    entry.child_revisions = (
        [child.live_revision_id for child in _live_children(page)] if entry.include_children else []
    )
    entry.save(update_fields=["revision", "child_revisions"])
    return entry


def entry_has_changed(*, entry: Entry) -> bool:
    """True when the live page (or its children) moved on from what the entry pinned."""
    if entry.page is None or entry.revision_id != entry.page.live_revision_id:
        return True
    if entry.include_children:
        live = [child.live_revision_id for child in _live_children(entry.page)]
        return live != entry.child_revisions
    return False


@transaction.atomic
def edition_freeze(*, edition: Edition) -> Edition:
    """Pin every entry to its approved revision and mark the edition frozen."""
    entries = Entry.objects.filter(part__edition=edition).select_related("page")
    for entry in entries:
        entry_pin(entry=entry)
    edition.status = EditionStatus.FROZEN
    edition.frozen_at = timezone.now()
    edition.save(update_fields=["status", "frozen_at"])
    return edition


@dataclass
class Chapter:
    """One printed page of the site: the pinned revision's content as a page object."""

    page: Page
    revision_id: int
    anchor: str
    entry_id: int
    is_child: bool = False

    @property
    def template_names(self) -> list[str]:
        """The print template of the page's type, falling back to the generic one."""
        return [
            f"collection/print/pages/{self.page._meta.model_name}.html",
            "collection/print/pages/page.html",
        ]


@dataclass
class AssembledPart:
    part: Part
    anchor: str
    chapters: list[Chapter] = field(default_factory=list)
    generated: GeneratedSection | None = None


def _printed_revisions(entry: Entry) -> list[tuple[int, bool]]:
    """(revision id, is a child page) pairs an entry prints: pinned ones, else what is live."""
    if entry.revision_id:
        return [(entry.revision_id, False)] + [(rid, True) for rid in entry.child_revisions]
    if entry.page is None or not entry.page.live:
        return []
    children = _live_children(entry.page) if entry.include_children else []
    return [(entry.page.live_revision_id, False)] + [
        (child.live_revision_id, True) for child in children
    ]


def edition_assemble(*, edition: Edition) -> list[AssembledPart]:
    """The edition's content in part and entry order, read from the pinned revisions.

    Entries not pinned yet print their page's approved live revision, so a draft edition
    shows what is approved now; freezing fixes that choice.
    """
    parts = list(edition.parts.prefetch_related("entries__page").order_by("sort_order"))
    printed = {
        entry.pk: _printed_revisions(entry) for part in parts for entry in part.entries.all()
    }
    revisions = Revision.objects.in_bulk(
        [rid for pairs in printed.values() for rid, _child in pairs]
    )
    assembled = []
    for part_number, part in enumerate(parts, start=1):
        item = AssembledPart(part=part, anchor=f"part-{part_number}")
        if part.generated:
            item.generated = generated_section(kind=part.generated)
        for entry in part.entries.all():
            for revision_id, is_child in printed[entry.pk]:
                if revision_id in revisions:
                    item.chapters.append(
                        Chapter(
                            page=revisions[revision_id].as_object(),
                            revision_id=revision_id,
                            anchor=f"chapter-{revision_id}",
                            entry_id=entry.pk,
                            is_child=is_child,
                        )
                    )
        assembled.append(item)
    return assembled


def entry_assemble(*, entry: Entry) -> list[AssembledPart]:
    """One entry's chapters inside its part, for a preview of just that chapter."""
    for item in edition_assemble(edition=entry.part.edition):
        if item.part.pk == entry.part_id:
            item.chapters = [c for c in item.chapters if c.entry_id == entry.pk]
            return [item]
    return []


def edition_pinned_revisions(*, assembled: list[AssembledPart]) -> list[dict]:
    """What a build records: each printed page and the revision it printed."""
    return [
        {"page": chapter.page.pk, "revision": chapter.revision_id, "title": chapter.page.title}
        for item in assembled
        for chapter in item.chapters
    ]


def edition_generated_parts(*, assembled: list[AssembledPart]) -> list[dict]:
    """What a build records of its generated parts: which part, what kind, which records."""
    return [
        {"part": item.part.title, "kind": item.generated.kind, **item.generated.record}
        for item in assembled
        if item.generated
    ]


def _blocking_issues(*, edition: Edition, kind: str) -> list[str]:
    from .preflight import edition_preflight

    if kind != BuildKind.PRINT_PDF:
        return []
    issues = edition_preflight(edition=edition, blocking_only=True)
    return [issue.message for issue in issues if issue.is_blocking]


def build_request(*, edition: Edition, kind: str) -> Build:
    """Queue a build, unless one of this kind is already on its way or preflight blocks it."""
    from .tasks import build_edition

    if blocking := _blocking_issues(edition=edition, kind=kind):
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


def edition_unfreeze_if_unpinned(*, edition: Edition) -> bool:
    """A frozen edition with an entry that is not pinned (one added since) is a draft again.

    Returns whether it was unfrozen, so the editor can be told to freeze it again.
    """
    unpinned = Entry.objects.filter(part__edition=edition, revision__isnull=True).exists()
    if edition.status != EditionStatus.FROZEN or not unpinned:
        return False
    edition.status, edition.frozen_at = EditionStatus.DRAFT, None
    edition.save(update_fields=["status", "frozen_at"])
    return True


def edition_publish(*, edition: Edition) -> Edition:
    """Publish a frozen edition: its current builds become public downloads."""
    if edition.status == EditionStatus.DRAFT:
        raise ValidationError(_("Freeze the edition before publishing it."))
    edition.status = EditionStatus.PUBLISHED
    edition.save(update_fields=["status"])
    return edition


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


def build_retry(*, build: Build) -> Build:
    """Queue a failed build again: a new build of the same edition and kind."""
    if build.status != BuildStatus.FAILED:
        raise ValidationError(_("Only a failed build can be retried."))
    return build_request(edition=build.edition, kind=build.kind)


def _log(build: Build, stage: str, percent: int) -> None:
    build.stage, build.percent, build.heartbeat_at = stage, percent, timezone.now()
    build.log += f"{build.heartbeat_at:%H:%M:%S} {stage} {percent}%\n"
    build.save(update_fields=["stage", "percent", "log", "heartbeat_at"])


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


def build_run(*, build_id: int) -> Build:
    """Run a queued build; on failure record why and leave the last good build current."""
    from .renderers import renderer_for

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
        if blocking := _blocking_issues(edition=edition, kind=build.kind):
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
