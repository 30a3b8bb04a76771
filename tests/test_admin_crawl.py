"""The admin walked on the demo content by the demo's administrator and role users: every
screen of our own apps that a link or the menu leads to, and the editor of one page of every
page type, answers without an error (a role without access is redirected or refused, never
shown a crash or a missing page)."""

import io
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


def walk(client, start: list[str]) -> tuple[dict[str, int], set[str]]:
    """Follow links into our screens from `start`: the failures found and the shapes seen."""
    queue = deque(start)
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
    return failures, set(per_shape)


@pytest.mark.django_db
def test_every_admin_screen_of_ours_opens_for_each_demo_role(demo_site, client):
    with override_settings(DEBUG=True):  # the demo users command refuses to run otherwise
        call_command("create_demo_users", stdout=io.StringIO())
    client.raise_request_exception = False  # a crash is a 500 in the list, the walk goes on
    page_editors = [
        f"/admin/pages/{page.pk}/edit/"
        for page in {
            type(page): page for page in Page.objects.filter(depth__gt=1).specific()
        }.values()
    ]
    failures, shapes = {}, {}
    for username in ("admin", "editor", "curator", "author"):
        client.force_login(get_user_model().objects.get(username=username))
        found, shapes[username] = walk(client, ["/admin/", *page_editors])
        failures |= {f"{username} {path}": status for path, status in found.items()}

    assert failures == {}
    assert len(page_editors) >= 10  # every page type of the demo
    assert len(shapes["admin"]) >= 100  # kinds of our own screens reached from the menus
    assert "/admin/collection_edition/builds/<n>/" in shapes["editor"]
    assert "/admin/snippets/registry/community/edit/<n>/" in shapes["curator"]
