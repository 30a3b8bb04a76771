"""Reads of the collection: published editions and their downloads, entries that changed."""

from collections import defaultdict
from functools import reduce
from operator import or_

from django.db.models import Prefetch, Q, QuerySet
from wagtail.models import Page

from .models import Build, BuildStatus, Edition, EditionStatus, Entry


def published_editions() -> QuerySet[Edition]:
    """Published editions, each with `succeeded_builds` newest first (two queries in all)."""
    succeeded = Build.objects.filter(status=BuildStatus.SUCCEEDED).order_by(
        "kind", "-finished_at", "-pk"
    )
    return Edition.objects.filter(status=EditionStatus.PUBLISHED).prefetch_related(
        Prefetch("builds", queryset=succeeded, to_attr="succeeded_builds")
    )


def edition_downloads(*, edition: Edition) -> list[Build]:
    """The current build of each kind, from an edition of published_editions()."""
    current = {}
    for build in edition.succeeded_builds:
        current.setdefault(build.kind, build)
    return list(current.values())


def build_is_public(*, build: Build) -> bool:
    """Anyone may download the current build of a kind of a published edition."""
    edition = build.edition
    return (
        edition.status == EditionStatus.PUBLISHED
        and build.status == BuildStatus.SUCCEEDED
        and edition.current_build(build.kind) == build
    )


def changed_entry_ids(*, entries: list[Entry]) -> set[int]:
    """The entries whose live page (or its children) moved on from what they pinned.

    Entries come with their page (select_related); the live children of all the pages whose
    children are printed are read in one query, however many entries there are.
    """
    parents = {
        entry.page.pk: entry.page
        for entry in entries
        if entry.page is not None and entry.include_children
    }
    live_children = defaultdict(list)  # parent path -> children's live revisions, in order
    if parents:
        children = reduce(
            or_, (Q(path__startswith=p.path, depth=p.depth + 1) for p in parents.values())
        )
        rows = Page.objects.live().filter(children).order_by("path")
        for path, revision_id in rows.values_list("path", "live_revision_id"):
            live_children[path[: -Page.steplen]].append(revision_id)
    return {
        entry.pk
        for entry in entries
        if entry.page is None
        or entry.revision_id != entry.page.live_revision_id
        or (entry.include_children and live_children[entry.page.path] != entry.child_revisions)
    }


def entry_has_changed(*, entry: Entry) -> bool:
    """True when the live page (or its children) moved on from what the entry pinned."""
    return entry.pk in changed_entry_ids(entries=[entry])
