"""Withdrawal of consent (152-FZ): one staff action anonymises the person everywhere."""

import datetime

import pytest
from django.apps import apps
from django.contrib.auth.models import Group
from django.core import serializers
from django.db import connection
from django.utils import timezone
from wagtail.log_actions import log

from cms.factories import EventPageFactory
from core import roles
from programme.factories import RegistrationFactory
from programme.models import ConsentWithdrawal, Registration, RegistrationStatus
from programme.personal_data import subject_hash
from registry.factories import (
    CommunityFactory,
    IdentifiedLeaderFactory,
    LeadershipFactory,
    PersonFactory,
    TeamMemberFactory,
    UserFactory,
)
from registry.models import (
    Community,
    CommunityStatus,
    IdentifiedLeader,
    Leadership,
    Person,
    TeamMember,
)
from tests.programme.selection_helpers import apply, home, open_round, team

URL = "/admin/personal-data/"
AUDIT = "/admin/personal-data/audit/"
EMAIL = "anna.ivanova@example.org"
PHONE = "+79171234567"
NAME = "Иванова Анна Петровна"
ADDRESS = "Уфа, ул. Ленина, 5, кв. 12"
REMOVED = "(персональные данные удалены)"


@pytest.fixture
def methodologist(db):
    user = UserFactory(username="methodologist")
    user.groups.add(Group.objects.get(name=roles.METHODOLOGICAL_GROUP))
    return user


@pytest.fixture
def stored_everywhere(db, events_section, methodologist):
    """The person's data in every place the product keeps personal data, and in history."""
    person = PersonFactory(full_name=NAME, email=EMAIL, phone=PHONE, address=ADDRESS)
    person.birth_year = 1980
    person.save()
    TeamMemberFactory(person=person, municipality=person.municipality)
    IdentifiedLeaderFactory(person=person, municipality=person.municipality, note=f"тел. {PHONE}")
    led = CommunityFactory(name="ТОС «Рассвет»", public_phone=PHONE, show_contacts=True)
    LeadershipFactory(person=person, community=led)
    log(person, "wagtail.edit", user=methodologist)  # the label keeps the name

    event = EventPageFactory(
        parent=events_section, title="Школа", start_date=datetime.date(2099, 1, 1)
    )
    RegistrationFactory(
        event=event,
        full_name=NAME,
        email=EMAIL,
        phone=PHONE,
        consent_at=timezone.now(),
        status=RegistrationStatus.CONFIRMED,
    )

    members = team("x")
    members[0].update(full_name=NAME, email=EMAIL, phone=PHONE)
    apply(open_round(), home(1)[0], contact_email=EMAIL, members=members)

    submitted = CommunityFactory(
        name="Клуб садоводов",
        status=CommunityStatus.SUBMITTED,
        submitter_name=NAME,
        submitter_email=EMAIL,
        description=f"Пишите {EMAIL}, спросите {NAME}.",
    )
    submitted.save_revision(user=methodologist)  # revisions keep the fields as JSON
    log(submitted, "wagtail.create", data={"submitter": {"name": NAME, "email": EMAIL}})

    bystander = PersonFactory(full_name="Петров Пётр", email="petrov@example.org")
    return {"person": person, "submitted": submitted, "bystander": bystander}


def every_stored_text() -> str:
    """Every row of every table of the product, Wagtail and Django, as JSON text."""
    tables = set(connection.introspection.table_names())
    texts = []
    for model in apps.get_models():
        if model._meta.proxy or model._meta.db_table not in tables:
            continue
        texts.append(
            serializers.serialize("json", model._default_manager.all(), ensure_ascii=False)
        )
    return "\n".join(texts)


def test_withdrawal_shows_a_preview_then_anonymises_everywhere(
    client, methodologist, stored_everywhere
):
    assert EMAIL in every_stored_text() and NAME in every_stored_text()
    counts_before = (
        TeamMember.objects.count(),
        Leadership.objects.count(),
        Registration.objects.count(),
    )
    client.force_login(methodologist)
    assert client.get(URL).status_code == 200

    # Step one: what will be anonymised, written as people write it; nothing changes yet.
    preview = client.post(URL, {"email": EMAIL.upper(), "phone": "8 (917) 123-45-67"})
    page = preview.content.decode()
    assert "Что будет обезличено" in page
    assert 'name="confirm" value="1"' in page
    assert Person.objects.filter(email=EMAIL).exists()

    # Step two: confirmed.
    done = client.post(URL, {"email": EMAIL, "phone": PHONE, "confirm": "1"}, follow=True)
    assert done.redirect_chain[-1][0] == AUDIT
    assert "Персональные данные a***@e*** +7******67 обезличены в" in done.content.decode()

    stored = every_stored_text()
    for value in (EMAIL, PHONE, NAME, ADDRESS, "79171234567"):
        assert value not in stored, value

    person = Person.objects.get(pk=stored_everywhere["person"].pk)
    assert person.full_name == REMOVED
    assert (person.email, person.phone, person.address, person.birth_year) == ("", "", "", None)
    assert not IdentifiedLeader.objects.get(person=person).note
    submitted = Community.objects.get(pk=stored_everywhere["submitted"].pk)
    assert (submitted.submitter_name, submitted.submitter_email) == ("", "")
    assert Community.objects.get(name="ТОС «Рассвет»").public_phone == ""
    # The records stay, so the programme's figures stay true; others are untouched.
    assert counts_before == (
        TeamMember.objects.count(),
        Leadership.objects.count(),
        Registration.objects.count(),
    )
    bystander = Person.objects.get(pk=stored_everywhere["bystander"].pk)
    assert bystander.full_name == "Петров Пётр" and bystander.email == "petrov@example.org"

    # The audit: who, when, whose (masked, hashed), what.
    audit = ConsentWithdrawal.objects.get()
    assert audit.actor == methodologist
    assert audit.email_hash == subject_hash(EMAIL) and audit.phone_hash == subject_hash(PHONE)
    assert (audit.email_masked, audit.phone_masked) == ("a***@e***", "+7******67")
    assert audit.counts["people"] == 1
    assert audit.counts["registrations"] == 1
    assert audit.counts["application_members"] == 1
    assert audit.counts["application_contacts"] == 1
    assert audit.counts["community_submitters"] == 1
    assert audit.counts["community_contacts"] == 1
    assert audit.counts["revisions"] >= 1 and audit.counts["log_entries"] >= 2
    listing = client.get(AUDIT).content.decode()
    assert "a***@e***" in listing and "methodologist" in listing


@pytest.mark.parametrize(
    "data, message",
    [
        ({"email": "", "phone": ""}, "Укажите e-mail или телефон человека."),
        ({"email": "", "phone": "12345"}, "Введите российский номер телефона"),
        ({"email": "not-an-address", "phone": ""}, "Введите правильный адрес электронной почты."),
    ],
)
def test_bad_input_is_refused_with_a_message_and_changes_nothing(
    client, methodologist, stored_everywhere, data, message
):
    client.force_login(methodologist)
    response = client.post(URL, {**data, "confirm": "1"})
    assert response.status_code == 200
    assert message in response.content.decode()
    assert not ConsentWithdrawal.objects.exists()
    assert Person.objects.filter(email=EMAIL).exists()


@pytest.mark.parametrize("role", [roles.CURATORS, roles.AUTHORS, roles.COLLECTION_EDITORS])
def test_only_the_methodological_group_and_superusers_may_withdraw(client, stored_everywhere, role):
    user = UserFactory(username="someone")
    user.groups.add(Group.objects.get(name=role))
    client.force_login(user)
    for url in (URL, AUDIT):
        assert client.get(url).status_code in (302, 403)
    response = client.post(URL, {"email": EMAIL, "confirm": "1"})
    assert response.status_code in (302, 403)
    assert not ConsentWithdrawal.objects.exists()
    assert Person.objects.filter(email=EMAIL).exists()
