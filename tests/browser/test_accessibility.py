"""axe-core, the accessibility checker, on one public page of every kind and on the admin
screens of our own, in Chromium, at a desktop and a phone width. It checks WCAG 2.1 A and AA
(contrast, names, labels, landmarks, keyboard access to scrolling regions...) and axe's best
practices, on the demo content."""

from pathlib import Path

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.urls import reverse
from wagtail.models import Page

from cms.models import EventPage
from collection.models import Edition
from registry.models import Community, CommunityStatus, Municipality

AXE = Path(settings.BASE_DIR) / "node_modules" / "axe-core" / "axe.min.js"
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
# Best practices for our public pages; not for the admin, where Wagtail's own sidebar has two
# landmarks of one name (upstream).
PUBLIC_TAGS = [*WCAG_TAGS, "best-practice"]
WIDTHS = [1280, 375]


def public_paths() -> list[str]:
    """The first live Russian page of each page type, and the registry, collection, programme
    and search pages that are views rather than pages."""
    paths = {}
    for page in Page.objects.live().filter(depth__gt=1, locale__language_code="ru").specific():
        paths.setdefault(type(page), page.url)
    community = Community.objects.filter(status=CommunityStatus.PUBLISHED).first()
    municipality = Municipality.objects.filter(participating=True).first()
    edition = Edition.objects.get()
    return [
        *paths.values(),
        "/ru/registry/",
        "/ru/registry/?sphere=sport",
        reverse("registry:community", args=[community.slug]),
        reverse("registry:municipality", args=[municipality.slug]),
        "/ru/registry/map/",
        "/ru/registry/add/",
        "/ru/programme/results/",
        "/ru/programme/open-data/",
        "/ru/collection/",
        reverse("collection:edition", args=[edition.pk]),
        "/ru/search/?q=сообщество",
        "/ru/no-such-page/",
        "/ba/",
        "/en/",
    ]


def our_admin_paths() -> list[str]:
    """The admin screens with templates of our own (Wagtail's forms and listings are Wagtail's)."""
    edition = Edition.objects.get()
    event = EventPage.objects.filter(locale__language_code="ru").first()
    return [
        "/admin/",  # the dashboard carries the programme's panels
        f"/admin/collection_edition/builds/{edition.pk}/",
        f"/admin/collection_edition/builds/{edition.pk}/?preflight=1",
        "/admin/registry/moderation/",
        "/admin/registry/import/",
        "/admin/programme/events/",
        f"/admin/programme/events/{event.pk}/attendance/",
        f"/admin/programme/events/{event.pk}/attendance/import/",
        "/admin/programme/selection/scoring/",
    ]


def audit(page, url: str, tags: list[str]) -> dict[str, list[str]]:
    """axe's findings on the page at each width, by width."""
    page.set_viewport_size({"width": WIDTHS[0], "height": 900})
    page.goto(url)
    page.wait_for_load_state("networkidle")
    # Evaluated through the browser's debugging channel: a <script> tag with axe's source
    # would be inline, which the site's Content-Security-Policy refuses.
    page.evaluate(AXE.read_text())
    found = {}
    # The same page at each width: the layout is the stylesheet's media queries.
    for width in WIDTHS:
        page.set_viewport_size({"width": width, "height": 900})
        if problems := violations(page, tags):
            found[f"{url} at {width}px"] = problems
    return found


def violations(page, tags: list[str]) -> list[str]:
    result = page.evaluate(
        "tags => axe.run(document, {runOnly: {type: 'tag', values: tags}})", tags
    )
    return [
        f"{violation['id']} ({violation['impact']}): {violation['help']}: "
        + ", ".join(str(node["target"]) for node in violation["nodes"][:3])
        for violation in result["violations"]
    ]


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_public_pages_pass_the_accessibility_checker(live_server, page, demo_site):
    assert AXE.exists(), "axe-core is missing: run npm ci"
    paths = public_paths()
    found = {}
    for path in paths:
        found |= audit(page, live_server.url + path, PUBLIC_TAGS)
    get_user_model().objects.create_superuser("axe", "axe@example.invalid", "axe-password")
    page.goto(f"{live_server.url}/admin/login/")
    page.fill("#id_username", "axe")
    page.fill("#id_password", "axe-password")
    page.click("button[type=submit]")
    page.wait_for_url(f"{live_server.url}/admin/")
    for path in our_admin_paths():
        found |= audit(page, live_server.url + path, WCAG_TAGS)

    assert len(paths) > 20
    assert found == {}
