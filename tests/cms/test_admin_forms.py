"""Bad input in the page editor: a clear message, what was typed kept, nothing saved."""

from django.urls import reverse
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

from cms.factories import CasePageFactory, ThemeFactory
from cms.models import EventPage, GoldenRulePage


def add_url(model_name, parent):
    return reverse("wagtailadmin_pages:add", args=("cms", model_name, parent.pk))


def test_event_ending_before_it_starts_is_rejected(admin_client, events_section):
    form = nested_form_data(
        {
            "title": "Ярмарка сообществ в Бирске",
            "slug": "birsk-fair",
            "kind": "fair",
            "start_date": "2026-06-06",
            "end_date": "2026-06-01",
            "body": streamfield([]),
            "comments": inline_formset([]),
            "action-publish": "1",
        }
    )

    response = admin_client.post(add_url("eventpage", events_section), form)

    assert response.status_code == 200
    assert "Мероприятие не может закончиться раньше, чем начнётся." in str(
        response.context["form"].errors["end_date"]
    )
    assert "Ярмарка сообществ в Бирске" in response.content.decode()
    assert not EventPage.objects.exists()


def test_golden_rule_without_a_supporting_case_is_rejected(admin_client, rulebook):
    form = nested_form_data(
        {
            "title": "Начинайте с малого",
            "slug": "start-small",
            "statement": "Начинайте с малого дела, которое видно всем",
            "supporting_cases": inline_formset([]),
            "comments": inline_formset([]),
            "action-publish": "1",
        }
    )

    response = admin_client.post(add_url("goldenrulepage", rulebook), form)

    assert response.status_code == 200
    formset = response.context["form"].formsets["supporting_cases"]
    assert formset.non_form_errors()
    assert "Начинайте с малого дела, которое видно всем" in response.content.decode()
    assert not GoldenRulePage.objects.exists()


def test_golden_rule_with_a_case_is_saved(admin_client, rulebook, cases_section):
    case = CasePageFactory(parent=cases_section)
    form = nested_form_data(
        {
            "title": "Начинайте с малого",
            "slug": "start-small",
            "statement": "Начинайте с малого дела, которое видно всем",
            "theme": ThemeFactory().pk,
            "supporting_cases": inline_formset([{"case": case.pk}]),
            "comments": inline_formset([]),
            "action-publish": "1",
        }
    )

    response = admin_client.post(add_url("goldenrulepage", rulebook), form)

    assert response.status_code == 302
    assert GoldenRulePage.objects.get().supporting_cases.get().case_id == case.pk
