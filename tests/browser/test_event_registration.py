"""Registering for an event in Chromium: the form, a clear error, the confirmation, the e-mail."""

import datetime

import pytest
from django.core import mail
from wagtail.models import Page

from cms.factories import EventPageFactory
from cms.models import EventKind
from programme.models import EventRegistration, Registration, RegistrationStatus


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_register_for_an_event(live_server, page):
    events = Page.objects.get(depth=3, slug="events", locale__language_code="ru")
    school = EventPageFactory(
        parent=events,
        title="Школа организаторов сообществ",
        kind=EventKind.SCHOOL,
        start_date=datetime.date(2099, 10, 3),
        place="Уфа",
    )
    EventRegistration.objects.create(event=school, is_open=True, capacity=1)

    page.route("**/favicon.ico", lambda route: route.fulfill(status=204))
    page.goto(f"{live_server.url}/ru/programme/events/{school.pk}/register/")
    assert "Школа организаторов сообществ" in page.locator("h1").inner_text()

    # Submitting without consent: a clear error, nothing saved.
    page.get_by_label("ФИО").fill("Айгуль Хасанова")
    page.get_by_label("Эл. почта").fill("aigul@example.org")
    page.get_by_role("button", name="Записаться").click()
    assert page.locator("[role=alert]").is_visible()
    assert page.locator("#id_consent-error").is_visible()
    assert not Registration.objects.exists()

    # The keyboard is enough to give consent and send the form.
    page.get_by_label("ФИО").fill("Айгуль Хасанова")
    page.get_by_label("Эл. почта").fill("aigul@example.org")
    page.locator("#id_consent").focus()
    page.keyboard.press("Space")
    page.keyboard.press("Enter")
    page.wait_for_url(f"**/ru/programme/events/{school.pk}/registered/")
    assert page.locator("h1").inner_text() == "Вы записаны"
    registration = Registration.objects.get()
    assert registration.status == RegistrationStatus.CONFIRMED
    (message,) = mail.outbox
    assert message.to == ["aigul@example.org"] and message.attachments[0][0] == "event.ics"

    # The only place is taken: the next person joins the waiting list.
    page.goto(f"{live_server.url}/ru/programme/events/{school.pk}/register/")
    page.get_by_label("ФИО").fill("Тимур Галиев")
    page.get_by_label("Эл. почта").fill("timur@example.org")
    page.locator("#id_consent").check()
    page.get_by_role("button", name="Записаться").click()
    page.wait_for_url(f"**/ru/programme/events/{school.pk}/registered/")
    assert page.locator("h1").inner_text() == "Вы в листе ожидания"
    assert page.console_errors == []
