"""The registration call an event page shows through {% event_registration page %}."""

import pytest
from django.template import Context, Template

from cms.factories import EventPageFactory
from programme.models import EventRegistration, Registration, RegistrationStatus
from tests.programme.i18n import ru_html

TEMPLATE = Template("{% load programme_tags %}{% event_registration event %}")


def render(event):
    return TEMPLATE.render(Context({"event": event}))


@pytest.mark.django_db
def test_event_registration_call(events_section, django_assert_max_num_queries):
    event = EventPageFactory(parent=events_section, title="Модуль")
    assert render(event).strip() == ""  # no registration set up: nothing shown

    settings = EventRegistration.objects.create(event=event, is_open=True, capacity=1)
    with django_assert_max_num_queries(2):
        html = render(event)
    assert f'href="/ru/programme/events/{event.pk}/register/"' in html

    Registration.objects.create(
        event=event,
        full_name="Гость",
        email="guest@example.org",
        consent_at="2026-05-01T10:00:00Z",
        status=RegistrationStatus.CONFIRMED,
    )
    html = render(event)
    assert ru_html("All places are taken: you can join the waiting list.") in html
    assert "Гость" not in html and "guest@example.org" not in html

    settings.is_open = False
    settings.save()
    html = render(event)
    assert ru_html("Registration for this event is closed.") in html
    assert "/register/" not in html
