"""One cheap "registry data version": API cache keys and ETags carry it, so an edit shows at once.

The version is a value in the cache, replaced whenever registry data changes (see
registry.signals and the services that write with .update()). A cleared cache simply starts a
new version: nothing stale can be served under it.
"""

import time

from django.core.cache import cache
from django.db import transaction

CACHE_KEY = "registry:data-version"


def registry_data_version() -> str:
    return str(cache.get_or_set(CACHE_KEY, time.time_ns, timeout=None))


def _bump() -> None:
    cache.set(CACHE_KEY, time.time_ns(), timeout=None)


def registry_data_version_bump() -> None:
    """Start a new version now, and again on commit: a request answered between the change
    and the commit may have cached the old data under the first new version. The app's page
    cache follows the version; HTTP caches in front are purged of what lists the registry."""
    from registry.purge import registry_purge

    _bump()
    transaction.on_commit(_bump)
    registry_purge()
