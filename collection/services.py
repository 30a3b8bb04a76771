"""Writes and assembly for editions: pinning approved revisions, freezing, collecting content."""

from dataclasses import dataclass, field

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.models import Page, Revision

from .models import Edition, EditionStatus, Entry, Part


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
    is_child: bool = False


@dataclass
class AssembledPart:
    part: Part
    anchor: str
    chapters: list[Chapter] = field(default_factory=list)


def edition_assemble(*, edition: Edition) -> list[AssembledPart]:
    """The edition's content in part and entry order, read from the pinned revisions.

    Entries not pinned yet are pinned first, so a draft edition prints what is approved now.
    """
    parts = list(edition.parts.prefetch_related("entries__page").order_by("sort_order"))
    entries = [entry for part in parts for entry in part.entries.all()]
    for entry in entries:
        if entry.revision_id is None and entry.page is not None and entry.page.live:
            entry_pin(entry=entry)
    revision_ids = [e.revision_id for e in entries if e.revision_id]
    revision_ids += [rid for e in entries for rid in e.child_revisions]
    revisions = Revision.objects.in_bulk(revision_ids)

    assembled = []
    for part_number, part in enumerate(parts, start=1):
        item = AssembledPart(part=part, anchor=f"part-{part_number}")
        for entry in part.entries.all():
            pinned = [(entry.revision_id, False)]
            pinned += [(rid, True) for rid in entry.child_revisions]
            for revision_id, is_child in pinned:
                if revision_id in revisions:
                    item.chapters.append(
                        Chapter(
                            page=revisions[revision_id].as_object(),
                            revision_id=revision_id,
                            anchor=f"chapter-{revision_id}",
                            is_child=is_child,
                        )
                    )
        assembled.append(item)
    return assembled


def edition_pinned_revisions(*, assembled: list[AssembledPart]) -> list[dict]:
    """What a build records: each printed page and the revision it printed."""
    return [
        {"page": chapter.page.pk, "revision": chapter.revision_id, "title": chapter.page.title}
        for item in assembled
        for chapter in item.chapters
    ]
