import pytest
from django.contrib.auth.models import Group

from core.roles import METHODOLOGICAL_GROUP
from registry.factories import UserFactory


@pytest.fixture
def programme_staff(db):
    user = UserFactory(username="methodologist")
    user.groups.add(Group.objects.get(name=METHODOLOGICAL_GROUP))
    return user


@pytest.fixture
def superuser(db):
    return UserFactory(username="admin", is_superuser=True, is_staff=True)
