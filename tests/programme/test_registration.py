"""Public registration for an event: places, waiting list, e-mails, errors, privacy."""

import datetime

import pytest
from django.core import mail
from django.utils import timezone

from cms.factories import EventPageFactory
from cms.models import EventKind
from programme.factories import EventRegistrationFactory
from programme.models import EventRegistration, Registration, RegistrationStatus
from registry.factories import UserFactory
from registry.models import Municipality
from tests.cms.translation_helpers import publish_translation
from tests.programme.i18n import ru_html


@pytest.fixture
def school(events_section):
    event = EventPageFactory(
        parent=events_section,
        title="Школа организаторов сообществ",
        kind=EventKind.SCHOOL,
        start_date=datetime.date(2099, 10, 3),
        place="Уфа, Конгресс-холл",
    )
    EventRegistrationFactory(event=event, capacity=2)
    return event


def register_url(event, language="ru"):
    return f"/{language}/programme/events/{event.pk}/register/"


def sign_up(client, event, email, name="Айгуль Хасанова", language="ru", **extra):
    data = {"full_name": name, "email": email, "consent": "on", **extra}
    return client.post(register_url(event, language), data, follow=True)


@pytest.mark.django_db
def test_places_then_waiting_list_with_confirmation_emails(client, school):
    ufa = Municipality.objects.get(oktmo="80701000")
    response = sign_up(
        client, school, "first@example.org", phone="8 (347) 123-45-67", municipality=ufa.pk
    )
    assert "Вы записаны" in response.content.decode()
    sign_up(client, school, "second@example.org")
    response = sign_up(client, school, "third@example.org")
    html = response.content.decode()
    assert "Вы в листе ожидания" in html
    assert "Вы под номером 1 в листе ожидания" in html

    statuses = dict(Registration.objects.values_list("email", "status"))
    assert statuses == {
        "first@example.org": RegistrationStatus.CONFIRMED,
        "second@example.org": RegistrationStatus.CONFIRMED,
        "third@example.org": RegistrationStatus.WAITLISTED,
    }
    first = Registration.objects.get(email="first@example.org")
    assert first.phone == "+73471234567" and first.municipality == ufa
    assert first.consent_at <= timezone.now()

    assert [m.to for m in mail.outbox] == [
        ["first@example.org"],
        ["second@example.org"],
        ["third@example.org"],
    ]
    confirmed, waitlisted = mail.outbox[0], mail.outbox[2]
    assert school.title in confirmed.subject
    assert f"/ru/programme/registrations/{first.token}/cancel/" in confirmed.body
    ((filename, content, mimetype),) = confirmed.attachments
    assert filename == "event.ics" and mimetype.startswith("text/calendar")
    assert "DTSTART;VALUE=DATE:20991003" in content
    assert waitlisted.attachments == []
    assert "в листе ожидания" in waitlisted.body


@pytest.mark.django_db
def test_cancelling_promotes_the_first_on_the_waiting_list(client, school):
    for email in ["a@example.org", "b@example.org", "c@example.org", "d@example.org"]:
        sign_up(client, school, email)
    first = Registration.objects.get(email="a@example.org")
    mail.outbox.clear()

    cancel_url = f"/ru/programme/registrations/{first.token}/cancel/"
    assert client.get(cancel_url).status_code == 200
    assert Registration.objects.get(pk=first.pk).status == RegistrationStatus.CONFIRMED
    response = client.post(cancel_url)
    assert "Ваша запись отменена" in response.content.decode()

    statuses = dict(Registration.objects.values_list("email", "status"))
    assert statuses["a@example.org"] == RegistrationStatus.CANCELLED
    assert statuses["c@example.org"] == RegistrationStatus.CONFIRMED  # first in the queue
    assert statuses["d@example.org"] == RegistrationStatus.WAITLISTED
    (promotion,) = mail.outbox
    assert promotion.to == ["c@example.org"]
    assert "Освободилось место" in promotion.body
    assert promotion.attachments[0][0] == "event.ics"

    # Cancelling twice changes nothing and promotes nobody else.
    client.post(cancel_url)
    assert Registration.objects.get(email="d@example.org").status == RegistrationStatus.WAITLISTED
    # A cancelled registrant may sign up again, at the end of the queue.
    sign_up(client, school, "a@example.org")
    again = Registration.objects.exclude(status=RegistrationStatus.CANCELLED).get(
        email="a@example.org"
    )
    assert again.status == RegistrationStatus.WAITLISTED


@pytest.mark.django_db
def test_duplicate_email_is_refused_with_a_clear_error(client, school):
    sign_up(client, school, "same@example.org")
    response = sign_up(client, school, "Same@Example.org", name="Другой человек")
    html = response.content.decode()
    assert 'role="alert"' in html
    assert "Этот адрес эл. почты уже записан на это мероприятие." in html
    assert Registration.objects.count() == 1
    assert len(mail.outbox) == 1


@pytest.mark.django_db
def test_consent_is_required(client, school):
    response = client.post(
        register_url(school), {"full_name": "Без согласия", "email": "x@example.org"}
    )
    assert "Отметьте галочку, чтобы дать согласие" in response.content.decode()
    assert not Registration.objects.exists()


@pytest.mark.parametrize(
    "settings_change",
    [
        {"is_open": False},
        {"opens_at": timezone.now() + datetime.timedelta(days=1)},
        {"closes_at": timezone.now() - datetime.timedelta(minutes=1)},
    ],
    ids=["not-open", "not-yet", "closed"],
)
@pytest.mark.django_db
def test_closed_registration_is_refused(client, school, settings_change):
    EventRegistration.objects.filter(event=school).update(**settings_change)
    page = client.get(register_url(school)).content.decode()
    assert "Запись на это мероприятие закрыта." in page
    assert "<form" not in page.split("<main", 1)[1]
    response = sign_up(client, school, "late@example.org")
    assert "Запись на это мероприятие закрыта." in response.content.decode()
    assert not Registration.objects.exists()
    assert mail.outbox == []


@pytest.mark.django_db
def test_no_registration_without_settings_or_for_a_draft(client, events_section, school):
    plain = EventPageFactory(parent=events_section, title="Без регистрации")
    assert client.get(register_url(plain)).status_code == 404
    school.unpublish()
    assert client.get(register_url(school)).status_code == 404


@pytest.mark.django_db
def test_registrants_are_never_on_public_pages(client, school):
    sign_up(client, school, "private@example.org", name="Секретная Фамилия", phone="+79171234567")
    registration = Registration.objects.get()
    registration.attended = True
    registration.save()
    for url in [school.url, register_url(school), "/ru/programme/results/"]:
        html = client.get(url).content.decode()
        assert "Секретная Фамилия" not in html
        assert "private@example.org" not in html
        assert "+79171234567" not in html


@pytest.mark.django_db
def test_more_places_let_the_waiting_list_in(client, school):
    for email in ["a@example.org", "b@example.org", "c@example.org", "d@example.org"]:
        sign_up(client, school, email)
    mail.outbox.clear()
    staff = UserFactory(username="admin", is_superuser=True, is_staff=True)
    client.force_login(staff)
    settings = EventRegistration.objects.get(event=school)
    response = client.post(
        f"/admin/programme/registration-settings/edit/{settings.pk}/",
        {"event": school.pk, "is_open": "on", "opens_at": "", "closes_at": "", "capacity": 3},
    )
    assert response.status_code == 302
    statuses = dict(Registration.objects.values_list("email", "status"))
    assert statuses["c@example.org"] == RegistrationStatus.CONFIRMED
    assert statuses["d@example.org"] == RegistrationStatus.WAITLISTED
    assert [m.to for m in mail.outbox] == [["c@example.org"]]


@pytest.mark.django_db
def test_translated_event_pages_share_the_events_registration_and_places(client, school):
    bashkir = publish_translation(school, "ba")
    english = publish_translation(school, "en")
    sign_up(client, school, "first@example.org", name="Первый")

    # Every translation offers the event's registration, with the places the others left.
    html = client.get(bashkir.url).content.decode()
    assert f'href="/ba/programme/events/{school.pk}/register/"' in html
    assert "1 урын ҡалды." in html
    assert f'href="/en/programme/events/{school.pk}/register/"' in (
        client.get(english.url).content.decode()
    )

    # Signing up from the Bashkir page counts against the same capacity (2 places).
    form = client.get(register_url(school, "ba")).content.decode()
    assert bashkir.title in form
    sign_up(client, school, "second@example.org", language="ba")
    sign_up(client, school, "third@example.org", language="ba")

    assert dict(Registration.objects.values_list("email", "status")) == {
        "first@example.org": RegistrationStatus.CONFIRMED,
        "second@example.org": RegistrationStatus.CONFIRMED,
        "third@example.org": RegistrationStatus.WAITLISTED,
    }
    assert set(Registration.objects.values_list("event_id", flat=True)) == {school.pk}
    full = "Бөтә урындар ҙа алынған: һеҙ көтөү исемлегенә яҙыла алаһығыҙ."
    assert full in client.get(bashkir.url).content.decode()
    assert ru_html("All places are taken: you can join the waiting list.") in (
        client.get(school.url).content.decode()
    )


@pytest.mark.django_db
def test_a_flood_of_sign_ups_from_one_address_is_stopped(client, school, settings):
    limit = settings.PROGRAMME_REGISTRATIONS_PER_HOUR = 3
    # A mistyped form sent back for correction does not count.
    assert sign_up(client, school, "not-an-address").status_code == 200
    for number in range(limit):
        sign_up(client, school, f"person{number}@example.org")
    assert Registration.objects.count() == limit
    mail.outbox.clear()

    response = client.post(
        register_url(school),
        {"full_name": "Бот", "email": "victim@example.org", "consent": "on"},
    )
    assert response.status_code == 429
    html = response.content.decode()
    assert 'role="alert"' in html
    assert "Слишком много заявок с вашего адреса за последний час" in html
    assert not Registration.objects.filter(email="victim@example.org").exists()
    assert mail.outbox == []
    # Another client is not affected.
    data = {"full_name": "Соседка", "email": "other@example.org", "consent": "on"}
    assert client.post(register_url(school), data, REMOTE_ADDR="198.51.100.7").status_code == 302


@pytest.mark.django_db
def test_a_filled_honeypot_registers_nobody_and_sends_nothing(client, school):
    page = client.get(register_url(school)).content.decode()
    assert 'name="homepage"' in page and 'class="form-trap" aria-hidden="true"' in page
    sign_up(client, school, "victim@example.org", homepage="http://spam.example")
    assert not Registration.objects.exists()
    assert mail.outbox == []


@pytest.mark.django_db
def test_emails_and_pages_name_the_event_without_declining_its_title(client, school):
    """«на «Школа организаторов сообществ»» would need the title declined; the messages name it
    after a colon, in the nominative, whatever the title is."""
    named = f"Мероприятие: «{school.title}»"
    pages = [sign_up(client, school, email).content.decode() for email in ("a@ex.org", "b@ex.org")]
    pages.append(sign_up(client, school, "c@ex.org").content.decode())  # waiting list
    client.post(
        f"/ru/programme/registrations/{Registration.objects.get(email='a@ex.org').token}/cancel/"
    )

    confirmed, _, waitlisted, promoted = mail.outbox
    for text in (confirmed.body, waitlisted.body, promoted.body, *pages):
        assert named in text
        assert "на «" not in text
