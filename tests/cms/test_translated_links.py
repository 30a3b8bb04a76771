"""Cases and their golden rules stay linked across languages."""

import pytest

from cms.factories import CasePageFactory, GoldenRulePageFactory
from cms.models import GoldenRuleCase
from tests.cms.translation_helpers import publish_translation


@pytest.fixture
def bashkir_case_and_rule(cases_section, rulebook):
    case = CasePageFactory(parent=cases_section, title="ТОС «Звёздный»", slug="tos")
    rule = GoldenRulePageFactory(
        parent=rulebook,
        title="Начните с малого",
        slug="start-small",
        statement="Начните с малого",
        supporting_cases=[GoldenRuleCase(case=case)],
    )
    rule.save_revision().publish()
    ba_case = publish_translation(case, "ba")
    ba_case.title = "«Йондоҙ» ТОС-ы"
    ba_case.save_revision().publish()
    ba_rule = publish_translation(rule, "ba")
    ba_rule.statement = "Бәләкәйҙән башлағыҙ"
    ba_rule.save_revision().publish()
    return ba_case, ba_rule


@pytest.mark.django_db
def test_bashkir_case_lists_the_bashkir_rule(client, bashkir_case_and_rule):
    ba_case, ba_rule = bashkir_case_and_rule

    content = client.get(ba_case.url).content.decode()

    assert "Бәләкәйҙән башлағыҙ" in content
    assert ba_rule.url in content


@pytest.mark.django_db
def test_bashkir_rule_links_to_the_bashkir_case(client, bashkir_case_and_rule):
    ba_case, ba_rule = bashkir_case_and_rule

    content = client.get(ba_rule.url).content.decode()

    assert ba_case.url in content
    assert "«Йондоҙ» ТОС-ы" in content
