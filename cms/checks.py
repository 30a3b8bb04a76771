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
