import io
import re

import pytest
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command
from django.test import override_settings

from core import roles
from registry.factories import CommunityFactory
from registry.models import Municipality


@pytest.mark.django_db
@override_settings(DEMO=True)
def test_demo_users_get_a_fresh_password_and_their_roles(client):
    out = io.StringIO()
    call_command("create_demo_users", stdout=out)

    password = re.search(r"login: admin\s+password: (\S+)", out.getvalue()).group(1)
    assert client.login(username="admin", password=password)
    author = get_user_model().objects.get(username="author")
    assert list(author.groups.values_list("name", flat=True)) == [roles.AUTHORS]
    assert client.login(username="curator", password=password)


@pytest.mark.django_db
@override_settings(DEMO=True)
def test_the_demo_curator_looks_after_the_participant_with_most_communities():
    ufa = Municipality.objects.get(oktmo="80701000")
    abzelilovsky = Municipality.objects.get(oktmo="80601000")
    Municipality.objects.filter(pk__in=[ufa.pk, abzelilovsky.pk]).update(participating=True)
    CommunityFactory.create_batch(2, municipality=abzelilovsky)
    CommunityFactory(municipality=ufa)
    out = io.StringIO()
    call_command("create_demo_users", stdout=out)

    curator = get_user_model().objects.get(username="curator")
    assert list(curator.curator_assignments.values_list("municipality", flat=True)) == [
        abzelilovsky.pk
    ]
    assert f"The curator looks after: {abzelilovsky}." in out.getvalue()


@pytest.mark.django_db
def test_demo_users_refuse_to_run_without_debug():
    with pytest.raises(CommandError):
        call_command("create_demo_users", stdout=io.StringIO())
    assert not get_user_model().objects.filter(username="admin").exists()
