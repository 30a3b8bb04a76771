"""A running build's heartbeat: the proof that its worker is still alive.

The build renews `Build.heartbeat_at` at every progress step, and a small thread renews it
while one long step (WeasyPrint laying out the whole book) gives no progress. A worker that
is killed stops beating, so its build is found dead in minutes rather than after the hour
of COLLECTION_BUILD_TIMEOUT.
"""

import logging
import threading
from collections.abc import Iterator
from contextlib import contextmanager

from django.conf import settings
from django.db import DatabaseError, connection
from django.utils import timezone

from .models import Build, BuildStatus

logger = logging.getLogger(__name__)


def build_beat(*, build_id: int) -> None:
    Build.objects.filter(pk=build_id, status=BuildStatus.RUNNING).update(
        heartbeat_at=timezone.now()
    )


@contextmanager
def build_heartbeat(*, build_id: int) -> Iterator[None]:
    """Beat every COLLECTION_BUILD_HEARTBEAT_INTERVAL seconds while the block runs."""
    if connection.in_atomic_block:
        # Inside a transaction (the demo builds as it seeds) no other process sees the
        # running build before the commit, and on SQLite the thread's write would only wait
        # for our own lock.
        yield
        return
    stop = threading.Event()

    def beat() -> None:
        try:
            while not stop.wait(settings.COLLECTION_BUILD_HEARTBEAT_INTERVAL):
                try:
                    build_beat(build_id=build_id)
                except DatabaseError:  # a busy database skips one beat, not the build
                    logger.warning("Build %s: heartbeat not recorded", build_id, exc_info=True)
        finally:
            connection.close()  # the thread's own connection

    thread = threading.Thread(target=beat, name=f"build-{build_id}-heartbeat", daemon=True)
    thread.start()
    try:
        yield
    finally:
        stop.set()
        thread.join()
