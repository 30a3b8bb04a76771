"""A new submission is mailed to its municipality's curators who have an address; when none
has one, nobody else is mailed and the moderation queue tells staff instead."""

import pytest
from django.contrib.auth.models import Group
from django.core import mail
from django.core.cache import cache

from core.roles import CURATORS
from registry.factories import CuratorAssignmentFactory, UserFactory
from registry.models import Sphere
from tests.registry.test_public import ADD_URL, _submission

NOTICE = "нет адреса электронной почты ни у одного куратора"


@pytest.fixture
def youth(db):
    cache.clear()  # the public form's rate limit
    return Sphere.objects.get(slug="youth", locale__language_code="ru")


def curator(municipality, username, email):
    user = UserFactory(username=username, email=email)
    user.groups.add(Group.objects.get(name=CURATORS))
    CuratorAssignmentFactory(user=user, municipality=municipality)
    return user


@pytest.mark.django_db
def test_only_curators_with_an_address_are_mailed(
    client, municipality_a, youth, django_capture_on_commit_callbacks
):
    curator(municipality_a, "no-address", "")
    curator(municipality_a, "with-address", "curator@example.org")
    UserFactory(username="admin", email="admin@example.org", is_superuser=True, is_staff=True)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(ADD_URL, _submission(municipality_a, youth))
    assert [message.to for message in mail.outbox] == [["curator@example.org"]]


@pytest.mark.django_db
def test_without_a_curator_address_staff_see_a_notice_instead_of_a_mail(
    client, municipality_a, municipality_b, youth, django_capture_on_commit_callbacks
):
    curator(municipality_a, "no-address", "")
    curator(municipality_b, "reachable", "ufa@example.org")
    admin = UserFactory(
        username="admin", email="admin@example.org", is_superuser=True, is_staff=True
    )
    with django_capture_on_commit_callbacks(execute=True):
        client.post(ADD_URL, _submission(municipality_a, youth))
    assert mail.outbox == []

    client.force_login(admin)
    html = client.get("/admin/registry/moderation/").content.decode()
    assert NOTICE in html and f"<li>{municipality_a.name}</li>" in html
    assert f"<li>{municipality_b.name}</li>" not in html
