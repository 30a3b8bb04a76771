"""A reader's path in Chromium: home → a case → its golden rule → the rule in Bashkir."""

import pytest

from cms.factories import CasePageFactory, GoldenRulePageFactory
from cms.models import GoldenRuleCase
from tests.cms.translation_helpers import publish_translation


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_reader_follows_a_case_to_its_rule_and_switches_to_bashkir(
    live_server, page, cases_section, rulebook
):
    case = CasePageFactory(
        parent=cases_section, title="ТОС «Звёздный»", community_name="ТОС «Звёздный»"
    )
    rule = GoldenRulePageFactory(
        parent=rulebook,
        title="Начните с малого дела",
        statement="Начните с малого видимого дела",
        supporting_cases=[GoldenRuleCase(case=case)],
    )
    rule.save_revision().publish()
    bashkir = publish_translation(rule, "ba")
    bashkir.title = bashkir.statement = "Бәләкәй эштән башлағыҙ"
    bashkir.save_revision().publish()

    page.goto(f"{live_server.url}/ru/")
    assert page.locator("html").get_attribute("lang") == "ru"
    page.get_by_role("link", name="ТОС «Звёздный»").first.click()
    page.wait_for_url(f"**{case.url}")
    assert page.locator("h1").inner_text() == "ТОС «Звёздный»"

    page.get_by_role("link", name="Начните с малого видимого дела").click()
    page.wait_for_url(f"**{rule.url}")
    assert "ТОС «Звёздный»" in page.locator("main").inner_text()

    page.locator(".language-switcher a[lang=ba]").click()
    page.wait_for_url("**/ba/**")
    assert page.locator("html").get_attribute("lang") == "ba"
    assert page.locator("h1").inner_text() == "Бәләкәй эштән башлағыҙ"
    assert page.console_errors == []
