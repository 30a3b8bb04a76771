"""The header in Chromium: compact on a phone with a menu button, open on wide screens, and
still usable without JavaScript."""

import pytest

PHONE = {"width": 375, "height": 812}


@pytest.fixture
def phone_page(chromium):
    context = chromium.new_context(locale="ru-RU", viewport=PHONE)
    yield context.new_page()
    context.close()


def _heading_top(page) -> float:
    return page.locator("h1").first.bounding_box()["y"]


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_phone_header_leaves_the_heading_in_view_and_opens_by_keyboard(
    live_server, phone_page, cases_section
):
    page = phone_page
    page.goto(f"{live_server.url}{cases_section.url}")
    button = page.get_by_role("button", name="Меню")
    navigation = page.get_by_role("navigation", name="Главное меню")

    assert _heading_top(page) < 160  # was 350 px: name, search, languages and eight links
    assert button.get_attribute("aria-expanded") == "false"
    assert not navigation.is_visible()

    # Keyboard only: the skip link, then the site name, then the menu button.
    for _ in range(3):
        page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.classList.contains('menu-toggle')")
    page.keyboard.press("Enter")
    assert button.get_attribute("aria-expanded") == "true"
    assert navigation.is_visible()
    assert page.get_by_role("searchbox").is_visible()
    navigation.get_by_role("link", name="Реестр сообществ").focus()

    page.keyboard.press("Escape")
    assert button.get_attribute("aria-expanded") == "false"
    assert not navigation.is_visible()
    assert page.evaluate("document.activeElement.classList.contains('menu-toggle')")


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_wide_screens_show_the_menu_without_a_button(live_server, page, cases_section):
    page.goto(f"{live_server.url}{cases_section.url}")
    assert page.get_by_role("navigation", name="Главное меню").is_visible()
    assert not page.get_by_role("button", name="Меню").is_visible()
    assert page.console_errors == []


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_without_javascript_the_phone_menu_stays_open(live_server, chromium, cases_section):
    context = chromium.new_context(locale="ru-RU", viewport=PHONE, java_script_enabled=False)
    page = context.new_page()
    page.goto(f"{live_server.url}{cases_section.url}")
    assert page.get_by_role("navigation", name="Главное меню").is_visible()
    assert not page.get_by_role("button", name="Меню").is_visible()
    context.close()
