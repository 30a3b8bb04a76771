import pytest
from django.contrib.auth.models import Group

from core import roles


def _member_of(group_name, username):
    """A fixture giving a staff user who belongs to one editorial group."""

    @pytest.fixture
    def member(db, django_user_model):
        user = django_user_model.objects.create_user(
            username=username, email=f"{username}@example.org", password="x"
        )
        user.groups.add(Group.objects.get(name=group_name))
        return user

    return member


author = _member_of(roles.AUTHORS, "author")
reviewer = _member_of(roles.REVIEWERS, "reviewer")
methodologist = _member_of(roles.METHODOLOGICAL_GROUP, "methodologist")
collection_editor = _member_of(roles.COLLECTION_EDITORS, "collection_editor")
curator = _member_of(roles.CURATORS, "curator")
