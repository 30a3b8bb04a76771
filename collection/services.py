"""Writes on editions: pinning entries to approved revisions, freezing and publishing."""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from .models import Edition, EditionStatus, Entry


def entry_pin(*, entry: Entry) -> Entry:
    """Pin the entry to its page's approved revision: the one the workflow published."""
    page = entry.page
    if page is None or not page.live or page.live_revision_id is None:
        raise ValidationError(
            _("“%(page)s” is not published, so it has no approved revision to pin.")
            % {"page": entry}
        )
    entry.revision_id = page.live_revision_id
    entry.child_revisions = [child.live_revision_id for child in entry.live_children()]
    entry.save(update_fields=["revision", "child_revisions"])
    return entry


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
