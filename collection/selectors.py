"""Reads for the public side of the collection: published editions and their downloads."""

from django.db.models import Prefetch, QuerySet

from .models import Build, BuildStatus, Edition, EditionStatus


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
