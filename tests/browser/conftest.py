"""Browser tests: Playwright drives Debian's Chromium (/usr/bin/chromium) against live_server.

Playwright's browser download is never used; CHROMIUM_PATH may point elsewhere. When Chromium
is missing the tests are skipped with the reason, unless REQUIRE_BROWSER=1 (CI), where they fail.
"""

import os
import shutil

import pytest
from django.db import connections

CHROMIUM = os.environ.get("CHROMIUM_PATH") or shutil.which("chromium") or "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]

# Playwright's sync API runs an event loop in the test thread; the ORM calls the tests make
# there are still synchronous.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


def _keep_serialized_contents(before):
    """Playwright's sync API runs an event loop in this thread, and from then on Django hands
    out new connection objects (its connection registry is context-local). The snapshot of the
    migrated database that `serialized_rollback` restores after each browser test lives on the
    old objects; copy it over, or every browser test after the first would start empty."""
    for alias, old in before.items():
        if hasattr(old, "_test_serialized_contents"):
            connections[alias]._test_serialized_contents = old._test_serialized_contents


@pytest.fixture(scope="session")
def chromium():
    if not os.path.exists(CHROMIUM):
        message = f"Chromium not found at {CHROMIUM}: install Debian's chromium package"
        if os.environ.get("REQUIRE_BROWSER") == "1":
            pytest.fail(message)
        pytest.skip(message)
    from playwright.sync_api import sync_playwright

    before = {alias: connections[alias] for alias in connections}
    with sync_playwright() as playwright:
        _keep_serialized_contents(before)
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def page(chromium):
    """A fresh browser page that records console errors and failed requests."""
    context = chromium.new_context(locale="ru-RU", viewport={"width": 1280, "height": 900})
    browser_page = context.new_page()
    browser_page.console_errors = []
    browser_page.on(
        "console",
        lambda message: (
            message.type == "error" and browser_page.console_errors.append(message.text)
        ),
    )
    browser_page.on("pageerror", lambda error: browser_page.console_errors.append(str(error)))
    yield browser_page
    context.close()
