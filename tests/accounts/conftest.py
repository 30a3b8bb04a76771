import pytest
from django.contrib.auth.models import Group

from core import roles


def sign_in(client, username, password, *, address="192.0.2.10", forwarded=None):
    """The Wagtail admin's login form, posted from `address` (through a proxy when
    `forwarded` is the X-Forwarded-For header it passes on)."""
    headers = {"REMOTE_ADDR": address}
    if forwarded is not None:
        headers["HTTP_X_FORWARDED_FOR"] = forwarded
    return client.post(
        "/admin/login/",
        {"username": username, "password": password, "next": "/admin/"},
        **headers,
    )


def signed_in(client) -> bool:
    return client.get("/admin/").status_code == 200


@pytest.fixture
def admin(django_user_model):
    return django_user_model.objects.create_superuser("admin", "admin@example.org", "right-pw")


@pytest.fixture
def methodologist(django_user_model):
    user = django_user_model.objects.create_user("methodologist", password="method-pw")
    user.groups.add(Group.objects.get(name=roles.METHODOLOGICAL_GROUP))
    return user


@pytest.fixture
def author(django_user_model):
    user = django_user_model.objects.create_user("author", password="author-pw")
    user.groups.add(Group.objects.get(name=roles.AUTHORS))
    return user
