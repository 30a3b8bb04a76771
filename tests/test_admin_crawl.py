"""An administrator's walk through the admin on the demo content: every screen of our own apps
that a link leads to, and the editor of one page of every page type, answers without an error.
"""

import re
from collections import deque
from html import unescape
from urllib.parse import urlsplit

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.test import override_settings
from wagtail.models import Page

# The admin screens that are ours (Wagtail's own screens have Wagtail's tests).
OUR_AREAS = (
    "/admin/collection_edition/",
    "/admin/registry/",
    "/admin/programme/",
    "/admin/snippets/registry/",
    "/admin/snippets/programme/",
    "/admin/snippets/cms/",
)
# Links that act rather than show, or leave the admin.
SKIPPED = re.compile(r"/(logout|delete|unpublish|revert|copy)/")
# Links, and the sidebar menu's URLs, which Wagtail renders as JSON for its script.
LINK = re.compile(r"""["'](/admin/[^"'#\s<>]*)""")
# Enough of each kind of screen (same path but for the numbers) to meet each state once.
PER_SHAPE = 2


def shape(path: str) -> str:
    return re.sub(r"\d+", "<n>", path)


@pytest.fixture
def demo_admin(db, client, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    # Background tasks are only queued: the admin screens do not need them run.
    with override_settings(TASKS={"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}):
        call_command("seed_demo", verbosity=0)
    admin = get_user_model().objects.create_superuser("admin-crawl", "crawl@example.invalid", "x")
    client.force_login(admin)
    client.raise_request_exception = False  # a crash is a 500 in the list, the walk goes on
    return client


def test_every_admin_screen_of_ours_opens(demo_admin):
    client = demo_admin
    page_editors = [
        f"/admin/pages/{page.pk}/edit/"
        for page in {
            type(page): page for page in Page.objects.filter(depth__gt=1).specific()
        }.values()
    ]
    queue = deque(["/admin/", *page_editors])
    seen, per_shape, failures = set(queue), {}, {}
    while queue:
        path = queue.popleft()
        response = client.get(path)
        if response.status_code >= 500 or response.status_code == 404:
            failures[path] = response.status_code
            continue
        if "text/html" not in response.get("Content-Type", "") or response.status_code != 200:
            continue
        for link in LINK.findall(response.content.decode()):
            target = urlsplit(unescape(link))
            if not target.path.startswith(OUR_AREAS):
                continue
            url = target.path + (f"?{target.query}" if target.query else "")
            key = shape(target.path)
            if url in seen or SKIPPED.search(target.path) or per_shape.get(key, 0) >= PER_SHAPE:
                continue
            seen.add(url)
            per_shape[key] = per_shape.get(key, 0) + 1
            queue.append(url)

    assert failures == {}
    assert len(page_editors) >= 10  # every page type of the demo
    assert len(per_shape) >= 100  # kinds of our own screens reached from the menus
