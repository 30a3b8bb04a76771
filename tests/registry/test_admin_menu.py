"""The registry's menu offers its moderation queue and import only to those who may open them."""

import pytest
from django.contrib.auth.models import Group

from core import roles
from registry.factories import UserFactory

SCREENS = ["/admin/registry/moderation/", "/admin/registry/import/"]


@pytest.mark.django_db
@pytest.mark.parametrize(
    "role", [roles.AUTHORS, roles.REVIEWERS, roles.COLLECTION_EDITORS, roles.CURATORS]
)
def test_the_menu_offers_only_screens_the_role_may_open(client, role):
    user = UserFactory(username="staff")
    user.groups.add(Group.objects.get(name=role))
    client.force_login(user)
    menu = client.get("/admin/").content.decode()
    for url in SCREENS:
        offered = f'"{url}"' in menu
        opens = client.get(url).status_code == 200
        assert offered == opens, url
