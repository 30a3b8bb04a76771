"""The Content-Security-Policy in Chromium: public pages, the map and the admin (dashboard, a
page editor with rich text, the page and image choosers and the preview, a snippet listing)
work under it: the browser reports no violation."""

import pytest
from django.contrib.auth import get_user_model

from cms.factories import CasePageFactory, ImageFactory

# Chromium reports a blocked script, style, image or frame both as a console message and as a
# `securitypolicyviolation` event; the init script (not itself subject to the policy) turns
# the event into a console message too, with the directive and what was blocked.
REPORT_VIOLATIONS = """
document.addEventListener("securitypolicyviolation", (event) => {
    console.error(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI}`
        + ` at ${event.sourceFile}:${event.lineNumber}`);
});
"""

INJECT_INLINE_SCRIPT = """() => {
    const script = document.createElement("script");
    script.textContent = "window.injectedScriptRan = true;";
    document.head.appendChild(script);
    return window.injectedScriptRan === true;
}"""


def violations_of(page) -> list[str]:
    return [
        text
        for text in page.console_errors
        if "Content Security Policy" in text or "CSP violation" in text
    ]


def close_modal(page):
    page.click('.modal-dialog [data-dismiss="modal"]')
    page.wait_for_selector(".modal-dialog", state="detached")


def settle(page, url):
    page.goto(url)
    page.wait_for_load_state("networkidle")


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_the_site_and_the_admin_work_under_the_policy(live_server, page, cases_section):
    page.context.add_init_script(REPORT_VIOLATIONS)
    case = CasePageFactory(parent=cases_section, title="Двор, который вернули жильцы")
    ImageFactory(title="Фото двора")
    get_user_model().objects.create_superuser("csp", "csp@example.invalid", "csp-password")

    for path in ["/ru/", case.url, "/ru/registry/", "/ru/search/?q=двор"]:
        settle(page, live_server.url + path)
    settle(page, f"{live_server.url}/ru/registry/map/")
    page.wait_for_selector(".leaflet-overlay-pane path", state="attached")

    page.goto(f"{live_server.url}/admin/login/")
    page.fill("#id_username", "csp")
    page.fill("#id_password", "csp-password")
    page.click("button[type=submit]")
    page.wait_for_url(f"{live_server.url}/admin/")
    page.wait_for_load_state("networkidle")

    settle(page, f"{live_server.url}/admin/pages/{case.pk}/edit/")
    editor = page.locator(".Draftail-Editor [contenteditable=true]").first
    editor.click()
    page.keyboard.type(" Проверка политики.")
    page.keyboard.press("Shift+Home")
    page.keyboard.press("Control+k")  # Draftail's link: the page chooser
    page.wait_for_selector(".modal-dialog .w-header", state="visible")
    page.wait_for_load_state("networkidle")
    close_modal(page)

    page.click("#id_photos-ADD")
    page.locator("#id_photos-FORMS .chooser__choose-button").first.click()
    page.wait_for_selector(".modal-dialog .w-header", state="visible")
    page.wait_for_load_state("networkidle")
    close_modal(page)

    page.click('[data-side-panel-toggle="preview"]')
    frame = page.frame_locator("iframe#w-preview-iframe")
    frame.locator("h1").wait_for()
    page.wait_for_load_state("networkidle")

    for path in ["/admin/snippets/cms/expert/", "/admin/pages/", "/ru/"]:
        settle(page, live_server.url + path)

    assert violations_of(page) == []
    # And the policy is in force: a script injected into a public page does not run.
    settle(page, f"{live_server.url}/ru/")
    assert page.evaluate(INJECT_INLINE_SCRIPT) is False
    assert len(violations_of(page)) > 0
