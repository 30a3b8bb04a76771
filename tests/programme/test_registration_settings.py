"""Staff cannot open registration for an event that is over."""

import datetime

import pytest
from django.utils import timezone

from cms.factories import EventPageFactory
from cms.models import EventKind
from programme.models import EventRegistration
from registry.factories import UserFactory

ADD = "/admin/programme/registration-settings/new/"


@pytest.mark.django_db
def test_registration_cannot_be_opened_for_a_past_event(client, events_section):
    past = EventPageFactory(
        parent=events_section,
        title="Прошедшая школа",
        kind=EventKind.SCHOOL,
        start_date=timezone.localdate() - datetime.timedelta(days=3),
    )
    client.force_login(UserFactory(username="admin", is_superuser=True, is_staff=True))
    fields = {"event": past.pk, "opens_at": "", "closes_at": "", "capacity": ""}

    response = client.post(ADD, {**fields, "is_open": "on"})
    assert response.status_code == 200
    assert "Мероприятие уже прошло: открыть запись на него нельзя." in response.content.decode()
    assert not EventRegistration.objects.exists()

    # Closed settings for a past event are fine (e.g. to keep its places on record).
    assert client.post(ADD, fields).status_code == 302
    assert EventRegistration.objects.filter(event=past, is_open=False).exists()
