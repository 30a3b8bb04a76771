"""The selection's application form in Chromium: reached from the home page while a round is
open, and dressed like the site's other public forms."""

import pytest

from tests.programme.selection_helpers import open_round

# The site's brand colour as the browser resolves --brand (cms/static/cms/css/site.css).
BRAND_SCRIPT = """() => {
    const probe = document.createElement("i");
    probe.style.color = "var(--brand)";
    document.body.append(probe);
    const colour = getComputedStyle(probe).color;
    probe.remove();
    return colour;
}"""


def style(locator, prop: str) -> str:
    return locator.evaluate(f"element => getComputedStyle(element).{prop}")


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_the_home_page_leads_to_a_styled_application_form(live_server, page):
    open_round()
    page.route("**/favicon.ico", lambda route: route.fulfill(status=204))
    page.goto(f"{live_server.url}/ru/")

    brand = page.evaluate(BRAND_SCRIPT)
    assert brand.startswith("rgb(")
    call = page.locator(".selection-call a.button")
    assert style(call, "backgroundColor") == brand
    call.click()
    page.wait_for_url("**/programme/selection/apply/")

    form = page.locator("form.programme-form")
    assert style(page.get_by_role("button", name="Отправить заявку"), "backgroundColor") == brand
    motivation = page.locator("#id_motivation")
    assert motivation.bounding_box()["width"] == form.bounding_box()["width"]
    group = page.locator("fieldset.programme-form__group").first
    assert style(group, "borderTopStyle") == "solid"
    page.screenshot(path="/tmp/names_selection_form.png", full_page=True)
    assert page.console_errors == []
