"""A burst of concurrent sign-ups against a real server on a SQLite file: no errors, right counts.

The test database is copied into a file and served by gunicorn (two processes, threads) in a
subprocess, so the requests really run in parallel on separate connections, as in a
deployment; the in-memory test database shares one connection and would hide locks.
"""

import datetime
import os
import re
import socket
import sqlite3
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pytest
from django.conf import settings
from django.db import connection
from wagtail.models import Page

from cms.factories import EventPageFactory
from cms.models import EventKind
from programme.factories import EventRegistrationFactory

SIGN_UPS = 30
PLACES = 10
TIMEOUT = 60  # seconds for any one step; the whole test is bounded by a few of these

pytestmark = pytest.mark.skipif(
    settings.DATABASES["default"]["ENGINE"] != "django.db.backends.sqlite3",
    reason="SQLite's locking is what is tested",
)


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None  # the redirect's status is the answer we want to see


def _status(request: urllib.request.Request) -> int:
    opener = urllib.request.build_opener(_NoRedirect)
    try:
        with opener.open(request, timeout=TIMEOUT) as response:
            return response.status
    except urllib.error.HTTPError as error:
        return error.code


def _start_server(database: Path, port: int) -> subprocess.Popen:
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "cms.settings.test",
        "DATABASE_URL": f"sqlite:///{database}",
        # All requests come from one address; the per-address limit is not under test here.
        "PROGRAMME_REGISTRATIONS_PER_HOUR": str(SIGN_UPS * 2),
    }
    # gunicorn, as in production: two worker processes of 16 threads each.
    command = ["-m", "gunicorn", "cms.wsgi", "--bind", f"127.0.0.1:{port}"]
    return subprocess.Popen(
        [sys.executable, *command, "--workers", "2", "--threads", "16", "--graceful-timeout", "5"],
        cwd=settings.BASE_DIR,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )


def _wait_for(url: str, server: subprocess.Popen) -> str:
    """The page's HTML and cookie once the server answers (bounded by TIMEOUT)."""
    deadline = datetime.datetime.now() + datetime.timedelta(seconds=TIMEOUT)
    while datetime.datetime.now() < deadline:
        assert server.poll() is None, server.stderr.read()
        try:
            with urllib.request.urlopen(url, timeout=TIMEOUT) as response:
                return response.read().decode(), response.headers["Set-Cookie"]
        except OSError:  # not listening yet (URLError, ConnectionError, a timeout)
            time.sleep(0.3)
    raise AssertionError("the server did not start")


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_concurrent_sign_ups_on_sqlite_all_succeed_and_fill_places_then_waiting_list(tmp_path):
    events = Page.objects.get(depth=3, slug="events", locale__language_code="ru")
    school = EventPageFactory(
        parent=events,
        title="Школа организаторов сообществ",
        kind=EventKind.SCHOOL,
        start_date=datetime.date(2099, 10, 3),
    )
    EventRegistrationFactory(event=school, capacity=PLACES)
    database = tmp_path / "db.sqlite3"
    with sqlite3.connect(database) as copy:
        connection.ensure_connection()
        connection.connection.backup(copy)
    copy.close()

    port = _free_port()
    url = f"http://127.0.0.1:{port}/ru/programme/events/{school.pk}/register/"
    server = _start_server(database, port)
    try:
        html, set_cookie = _wait_for(url, server)
        token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html).group(1)
        cookie = set_cookie.split(";", 1)[0]
        start = threading.Barrier(SIGN_UPS)
        statuses = [None] * SIGN_UPS

        def sign_up(number: int) -> None:
            body = urllib.parse.urlencode(
                {
                    "csrfmiddlewaretoken": token,
                    "full_name": f"Участник {number}",
                    "email": f"person{number}@example.org",
                    "consent": "on",
                }
            ).encode()
            request = urllib.request.Request(
                url, data=body, headers={"Cookie": cookie, "Referer": url}
            )
            start.wait(timeout=TIMEOUT)
            statuses[number] = _status(request)

        threads = [threading.Thread(target=sign_up, args=(n,)) for n in range(SIGN_UPS)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=TIMEOUT)
    finally:
        server.terminate()
        try:
            server.wait(timeout=TIMEOUT)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()

    assert statuses == [302] * SIGN_UPS  # every sign-up redirected to its outcome, none 5xx
    with sqlite3.connect(database) as result:
        counts = dict(
            result.execute(
                "SELECT status, COUNT(*) FROM programme_registration WHERE event_id = ? "
                "GROUP BY status",
                [school.pk],
            )
        )
    result.close()
    assert counts == {"confirmed": PLACES, "waitlisted": SIGN_UPS - PLACES}
