"""System checks for the deployment's settings."""

from pathlib import Path

from django.conf import settings
from django.core import checks


def private_media_root_check(app_configs, **kwargs) -> list[checks.CheckMessage]:
    """Private files inside MEDIA_ROOT would be served by whatever serves media."""
    private = Path(settings.PRIVATE_MEDIA_ROOT).resolve()
    media = Path(settings.MEDIA_ROOT).resolve()
    if private == media or private.is_relative_to(media):
        return [
            checks.Error(
                "PRIVATE_MEDIA_ROOT is inside MEDIA_ROOT, so private files would be public.",
                hint="Point PRIVATE_MEDIA_ROOT at a folder no web server serves.",
                id="cms.E001",
            )
        ]
    return []


PROCESS_LOCAL_CACHES = ("django.core.cache.backends.locmem.LocMemCache",)


def shared_cache_check(app_configs, **kwargs) -> list[checks.CheckMessage]:
    """The page cache's versions, the fragment caches' content version, the registry's data
    version, sessions and form limits live in the cache: with a process-local cache one
    process's change never reaches the others, which serve stale pages until they expire."""
    if not getattr(settings, "SHARED_CACHE_REQUIRED", False):
        return []
    if settings.CACHES["default"]["BACKEND"] not in PROCESS_LOCAL_CACHES:
        return []
    return [
        checks.Error(
            "The cache is the process's own memory, but several processes serve this site.",
            hint="Set REDIS_URL (every app server and worker on the same Redis), or "
            "SINGLE_PROCESS=1 if one process alone serves and changes the site.",
            id="cms.E002",
        )
    ]
