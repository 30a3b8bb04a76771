import pytest
from django.contrib.auth.models import Group

from cms.roles import CURATORS, METHODOLOGICAL_GROUP
from registry.factories import CuratorAssignmentFactory, UserFactory
from registry.models import Municipality


@pytest.fixture
def municipality_a(db):
    return Municipality.objects.get(oktmo="80601000")  # Абзелиловский район


@pytest.fixture
def municipality_b(db):
    return Municipality.objects.get(oktmo="80701000")  # город Уфа


@pytest.fixture
def curator_a(municipality_a):
    user = UserFactory(username="curator-a")
    user.groups.add(Group.objects.get(name=CURATORS))
    CuratorAssignmentFactory(user=user, municipality=municipality_a)
    return user


@pytest.fixture
def programme_staff(db):
    user = UserFactory(username="methodologist")
    user.groups.add(Group.objects.get(name=METHODOLOGICAL_GROUP))
    return user


@pytest.fixture
def superuser(db):
    return UserFactory(username="admin", is_superuser=True, is_staff=True)
