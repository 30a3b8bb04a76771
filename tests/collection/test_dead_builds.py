"""Builds whose worker died: found by their heartbeat, failed, no longer blocking, retried."""

import os
import signal
import sqlite3
import subprocess
import sys
import time
from datetime import timedelta
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from collection.builds import build_request
from collection.factories import BuildFactory
from collection.models import BuildKind, BuildStatus

from .test_admin import author, editor  # noqa: F401  (fixtures)

WORKER_STOPPED = "исполнитель сборки остановился"


def silent_build(edition, minutes=5):
    """A build left running by a worker that stopped beating `minutes` ago."""
    then = timezone.now() - timedelta(minutes=minutes)
    return BuildFactory(
        edition=edition,
        status=BuildStatus.RUNNING,
        started_at=then,
        heartbeat_at=then,
    )


def test_a_build_whose_worker_stopped_is_failed_and_no_longer_blocks(small_edition):
    dead = silent_build(small_edition)
    build = build_request(edition=small_edition, kind=BuildKind.SCREEN_PDF)
    build.refresh_from_db()
    assert build.status == BuildStatus.SUCCEEDED, build.log
    dead.refresh_from_db()
    assert dead.status == BuildStatus.FAILED
    assert WORKER_STOPPED in dead.log
    assert dead.finished_at is not None


def test_a_build_with_a_fresh_heartbeat_still_blocks(small_edition):
    alive = silent_build(small_edition, minutes=0)
    with pytest.raises(Exception, match="уже в очереди или выполняется"):
        build_request(edition=small_edition, kind=BuildKind.SCREEN_PDF)
    alive.refresh_from_db()
    assert alive.status == BuildStatus.RUNNING


def test_the_builds_page_reports_a_dead_build_and_retries_it(client, editor, small_edition):  # noqa: F811
    dead = silent_build(small_edition)
    client.force_login(editor)
    url = reverse("collection_edition:builds", args=[small_edition.pk])
    page = client.get(url)
    assert WORKER_STOPPED in page.content.decode()
    dead.refresh_from_db()
    assert dead.status == BuildStatus.FAILED
    assert 'name="action" value="retry"' in page.content.decode()

    response = client.post(url, {"action": "retry", "build": dead.pk}, follow=True)
    assert "Сборка снова поставлена в очередь." in response.content.decode()
    retried = small_edition.builds.exclude(pk=dead.pk).get()
    assert retried.kind == BuildKind.SCREEN_PDF
    assert retried.status == BuildStatus.SUCCEEDED, retried.log


def test_only_a_failed_build_can_be_retried(client, editor, small_edition):  # noqa: F811
    client.force_login(editor)
    good = build_request(edition=small_edition, kind=BuildKind.SCREEN_PDF)
    url = reverse("collection_edition:builds", args=[small_edition.pk])
    response = client.post(url, {"action": "retry", "build": good.pk}, follow=True)
    assert "Повторить можно только неудавшуюся сборку." in response.content.decode()
    assert small_edition.builds.count() == 1


def test_retry_is_refused_to_those_who_may_not_build(client, author, small_edition):  # noqa: F811
    dead = silent_build(small_edition)
    client.force_login(author)
    url = reverse("collection_edition:builds", args=[small_edition.pk])
    response = client.post(url, {"action": "retry", "build": dead.pk})
    assert response.status_code in (302, 403)
    assert list(small_edition.builds.all()) == [dead]


def test_retry_without_the_csrf_token_is_refused(editor, small_edition):  # noqa: F811
    from django.test import Client

    dead = silent_build(small_edition, minutes=10)
    client = Client(enforce_csrf_checks=True)
    client.force_login(editor)
    url = reverse("collection_edition:builds", args=[small_edition.pk])
    assert client.post(url, {"action": "retry", "build": dead.pk}).status_code == 403
    assert list(small_edition.builds.all()) == [dead]


def test_the_cron_command_fails_dead_builds(small_edition):
    dead = silent_build(small_edition)
    call_command("retry_failed_builds", stdout=open(os.devnull, "w"))
    dead.refresh_from_db()
    assert dead.status == BuildStatus.FAILED


# A real worker, killed: `manage.py db_worker` on a database file of its own.


def _manage(env, *args, timeout=120):
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=settings.BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=True,
    )


def _wait_for(what, condition, seconds=90):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if result := condition():
            return result
        time.sleep(0.2)
    pytest.fail(f"gave up waiting for {what}")


SETUP = """
from collection.models import Edition
from collection.builds import build_request
edition = Edition.objects.create(title="Сборник", year=2026)
print(build_request(edition=edition, kind="screen_pdf").pk)
"""

RETRY = """
from collection.models import Build
from collection.builds import build_retry
print(build_retry(build=Build.objects.get(pk={pk})).pk)
"""


def test_a_killed_worker_is_detected_and_the_retry_succeeds(tmp_path):
    database = tmp_path / "db.sqlite3"
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "tests.subprocess_settings",
        "DATABASE_URL": f"sqlite:///{database}",
        "MEDIA_ROOT": str(tmp_path / "media"),
        "PRIVATE_MEDIA_ROOT": str(tmp_path / "private"),
        "BUILD_GATE": str(tmp_path / "gate"),
    }
    _manage(env, "migrate", "-v0")
    build_id = int(_manage(env, "shell", "-c", SETUP).stdout.split()[-1])

    def row(pk):
        with sqlite3.connect(database) as db:
            return db.execute(
                "SELECT status, heartbeat_at, stage, log FROM collection_build WHERE id = ?", [pk]
            ).fetchone()

    worker = subprocess.Popen(
        [sys.executable, "manage.py", "db_worker", "--interval", "0.2", "--no-startup-delay"],
        cwd=settings.BASE_DIR,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        # The worker takes the build, which waits at the gate; the heartbeat thread keeps
        # beating although the build reports no progress.
        first_beat = _wait_for(
            "the build to wait at the gate", lambda: row(build_id)[2] and row(build_id)[1]
        )
        assert row(build_id)[0] == "running"
        _wait_for("a beat from the heartbeat thread", lambda: row(build_id)[1] != first_beat)
        worker.send_signal(signal.SIGKILL)
        worker.wait(timeout=30)
    finally:
        if worker.poll() is None:
            worker.kill()
    assert row(build_id)[0] == "running"  # nothing told the database

    # No beat any more: once COLLECTION_BUILD_DEAD_AFTER (3 s here) has passed, the cron
    # command fails the build.
    silent_since = _wait_for("a beat", lambda: row(build_id)[1])
    time.sleep(4)
    assert row(build_id)[1] == silent_since
    _manage(env, "retry_failed_builds")
    status, _beat, _stage, log = row(build_id)
    assert status == "failed"
    assert WORKER_STOPPED in log

    # The retry runs to the end in a new worker once the gate is open.
    retry_id = int(_manage(env, "shell", "-c", RETRY.format(pk=build_id)).stdout.split()[-1])
    Path(env["BUILD_GATE"]).touch()
    worker = subprocess.Popen(
        [sys.executable, "manage.py", "db_worker", "--interval", "0.2", "--no-startup-delay"],
        cwd=settings.BASE_DIR,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        _wait_for("the retry to finish", lambda: row(retry_id)[0] in ("succeeded", "failed"))
    finally:
        worker.terminate()
        worker.wait(timeout=30)
    assert row(retry_id)[0] == "succeeded", row(retry_id)[3]
    assert list((tmp_path / "private" / "collection").iterdir())
