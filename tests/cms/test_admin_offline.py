"""The admin loads nothing from other sites and points nowhere at wagtail.org or Gravatar."""

import re

import pytest

from registry.factories import UserFactory

# Any address on another site, in an attribute or in the menu's JSON.
EXTERNAL = re.compile(r"""(?:https?:)?//[a-z0-9.-]+\.[a-z]{2,}[^"'\s<>]*""")
# What a browser fetches by itself: scripts, images, styles, frames.
FETCHED = re.compile(r"""<(?:script|img|link|iframe|source)\b[^>]*\b(?:src|href)=["']([^"']+)""")


@pytest.mark.django_db
@pytest.mark.parametrize("path", ["/admin/", "/admin/account/", "/admin/users/"])
def test_admin_fetches_nothing_from_other_sites(client, path):
    admin = UserFactory(username="admin", email="admin@example.org", is_superuser=True)
    client.force_login(admin)
    response = client.get(path)
    assert response.status_code == 200
    html = response.content.decode()
    wagtail_or_gravatar = [url for url in EXTERNAL.findall(html) if "gravatar" in url]
    wagtail_or_gravatar += [url for url in EXTERNAL.findall(html) if "wagtail.org" in url]
    assert wagtail_or_gravatar == []
    assert [url for url in FETCHED.findall(html) if EXTERNAL.match(url)] == []
