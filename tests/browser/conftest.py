"""Browser tests: Playwright drives Debian's Chromium (/usr/bin/chromium) against live_server.

Playwright's browser download is never used; CHROMIUM_PATH may point elsewhere. When Chromium
is missing the tests are skipped with the reason, unless REQUIRE_BROWSER=1 (CI), where they fail.
"""

import os
import shutil

import pytest

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


@pytest.fixture(scope="session")
def chromium():
    if not os.path.exists(CHROMIUM):
        message = f"Chromium not found at {CHROMIUM}: install Debian's chromium package"
        if os.environ.get("REQUIRE_BROWSER") == "1":
            pytest.fail(message)
        pytest.skip(message)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
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
