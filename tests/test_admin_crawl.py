"""The admin walked on the demo content by the demo's administrator and role users: every
screen of our own apps that a link or the menu leads to, and the editor of one page of every
page type, answers without an error; no link or menu item a role is shown leads it to a
refusal (a 403, or Wagtail's redirect to the dashboard with "you do not have permission");
and our screens show no English interface words or raw values (True, False, None)."""

import io
import re
from collections import deque
from html import unescape
from html.parser import HTMLParser
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
# Endpoints of the admin's scripts, which a person never opens as a screen.
SCRIPT_ENDPOINTS = re.compile(r"^/admin/(block-preview|editing-sessions)/")
# Links, and the sidebar menu's URLs, which Wagtail renders as JSON for its script.
LINK = re.compile(r"""["'](/admin/[^"'#\s<>]*)""")
# Not links a person follows: Wagtail's chooser "edit this item" link, rendered without
# knowing the user (upstream), and the addresses the admin's scripts are configured with.
NOT_FOLLOWED = re.compile(
    r'<a data-chooser-edit-link [^>]*>|<script id="wagtail-config"[^>]*>.*?</script>', re.S
)
# Enough of each kind of screen (same path but for the numbers) to meet each state once.
PER_SHAPE = 2


# English interface words and raw Python values that must not reach the Russian admin's
# visible text (Latin names such as ISBN, PDF, EPUB, URL or e-mail are not in the list).
ENGLISH = re.compile(
    r"\b(True|False|None|done|running|failed|queued|pending|succeeded|"
    r"Add|Edit|Delete|Save|Cancel|Search|Choose|Select|Status|Yes|No|Back|Next|Preview|"
    r"Download|Upload|Submit|Publish|Build|the|and|of|is|for|with)\b"
)


class VisibleText(HTMLParser):
    """The text a reader sees: nothing inside scripts, styles, templates or hidden elements."""

    HIDDEN = {"script", "style", "template"}
    VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source"}

    def __init__(self):
        super().__init__()
        self.parts, self.hidden = [], 0

    def handle_starttag(self, tag, attrs):
        if tag not in self.VOID and (self.hidden or tag in self.HIDDEN or "hidden" in dict(attrs)):
            self.hidden += 1

    def handle_endtag(self, tag):
        if tag not in self.VOID and self.hidden:
            self.hidden -= 1

    def handle_data(self, data):
        if not self.hidden:
            self.parts.append(data)


def english_words(path: str, html: str) -> str | None:
    parser = VisibleText()
    parser.feed(html)
    found = sorted(set(ENGLISH.findall(" ".join(parser.parts))))
    return f"English or raw values in the text: {', '.join(found)}" if found else None


def shape(path: str) -> str:
    return re.sub(r"\d+", "<n>", path)


def refused(response) -> bool:
    """Django refuses with 403; Wagtail redirects to the dashboard with an error message."""
    if response.status_code == 403:
        return True
    return response.status_code == 302 and urlsplit(response["Location"]).path == "/admin/"


def links(html: str) -> list[str]:
    return LINK.findall(NOT_FOLLOWED.sub("", html))


def walk(client, start: list[str], check=None) -> tuple[dict[str, str], set[str]]:
    """Follow links into our screens from `start`; open the admin's other screens that our
    screens, the dashboard and the menu link to, without following those further.

    Returns the failures found (by path, with the screen that linked there) and the shapes
    seen; `check(path, html)` may return a problem of an opened screen of ours.
    """
    queue = deque((path, None) for path in start)
    seen, per_shape, failures = set(start), {}, {}
    while queue:
        path, via = queue.popleft()
        response = client.get(path)
        ours = path.startswith(OUR_AREAS)
        if response.status_code >= 500 or response.status_code == 404:
            failures[path] = f"{response.status_code} (linked from {via})"
            continue
        if via and refused(response) and (ours or via.startswith(OUR_AREAS) or via == "/admin/"):
            failures[path] = f"refused (linked from {via})"
            continue
        if "text/html" not in response.get("Content-Type", "") or response.status_code != 200:
            continue
        html = response.content.decode()
        if ours and check and (problem := check(path, html)):
            failures[path] = problem
        if not (ours or path in start):
            continue
        for link in links(html):
            target = urlsplit(unescape(link))
            url = target.path + (f"?{target.query}" if target.query else "")
            key = shape(target.path)
            if (
                url in seen
                or SKIPPED.search(target.path)
                or SCRIPT_ENDPOINTS.search(target.path)
                or per_shape.get(key, 0) >= PER_SHAPE
                or not (target.path.startswith(OUR_AREAS) or ours or path == "/admin/")
            ):
                continue
            seen.add(url)
            per_shape[key] = per_shape.get(key, 0) + 1
            queue.append((url, path))
    return failures, set(per_shape)


@pytest.mark.django_db
def test_every_admin_screen_of_ours_opens_for_each_demo_role(demo_site, client):
    with override_settings(DEMO=True):  # the demo users command refuses to run otherwise
        call_command("create_demo_users", stdout=io.StringIO())
    client.raise_request_exception = False  # a crash is a 500 in the list, the walk goes on
    page_editors = [
        f"/admin/pages/{page.pk}/edit/"
        for page in {
            type(page): page for page in Page.objects.filter(depth__gt=1).specific()
        }.values()
    ]
    failures, shapes = {}, {}
    for username in ("admin", "methodologist", "editor", "reviewer", "curator", "author"):
        client.force_login(get_user_model().objects.get(username=username))
        found, shapes[username] = walk(client, ["/admin/", *page_editors], check=english_words)
        failures |= {f"{username} {path}": status for path, status in found.items()}

    assert failures == {}, "\n".join(f"{key}: {value}" for key, value in sorted(failures.items()))
    assert len(page_editors) >= 10  # every page type of the demo
    assert len(shapes["admin"]) >= 100  # kinds of our own screens reached from the menus
    assert "/admin/collection_edition/builds/<n>/" in shapes["editor"]
    assert "/admin/snippets/registry/community/edit/<n>/" in shapes["curator"]
