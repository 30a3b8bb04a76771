"""What each editorial role may do in the admin."""

import pytest
from django.urls import reverse
from wagtail.models import Locale

from cms.factories import ArticlePageFactory
from core import roles


@pytest.mark.parametrize("role", ["author", "reviewer"])
@pytest.mark.parametrize("url_name", ["wagtailusers_users:index", "wagtailusers_groups:index"])
def test_authors_and_reviewers_cannot_manage_users_or_groups(client, request, role, url_name):
    client.force_login(request.getfixturevalue(role))
    response = client.get(reverse(url_name))
    assert response.status_code == 302
    assert response.url == reverse("wagtailadmin_home")


@pytest.mark.parametrize(
    "role", ["author", "reviewer", "methodologist", "collection_editor", "curator"]
)
def test_every_role_reaches_the_admin(client, request, role):
    client.force_login(request.getfixturevalue(role))
    assert client.get(reverse("wagtailadmin_home")).status_code == 200


@pytest.mark.parametrize(
    ("role", "can_add", "can_publish"),
    [
        ("author", True, False),
        ("reviewer", False, False),
        ("methodologist", True, True),
        ("collection_editor", False, False),
        ("curator", False, False),
    ],
)
def test_page_permissions_of_each_role(request, materials, role, can_add, can_publish):
    user = request.getfixturevalue(role)
    page = ArticlePageFactory(parent=materials)
    permissions = page.permissions_for_user(user)
    assert materials.permissions_for_user(user).can_add_subpage() is can_add
    assert permissions.can_publish() is can_publish
    assert permissions.can_edit() is (role in ("author", "reviewer", "methodologist"))
    assert permissions.can_lock() is (role == "methodologist")


def test_grants_cover_translated_trees(home, methodologist):
    """Permissions hang on the root, so a Bashkir tree created later is covered too."""
    ba_home = home.copy_for_translation(Locale.objects.get(language_code="ba"))
    assert ba_home.permissions_for_user(methodologist).can_publish()
    assert ba_home.get_workflow().name == roles.WORKFLOW_NAME


@pytest.mark.parametrize(("role", "status"), [("author", 200), ("curator", 302)])
def test_expert_snippets_are_open_to_editorial_roles(client, request, role, status):
    client.force_login(request.getfixturevalue(role))
    assert client.get(reverse("wagtailsnippets_cms_expert:add")).status_code == status
    assert client.get(reverse("wagtailsnippets_cms_expert:list")).status_code == status


@pytest.mark.parametrize(
    ("role", "status"),
    [("author", 200), ("methodologist", 200), ("reviewer", 302), ("curator", 302)],
)
@pytest.mark.parametrize("url_name", ["wagtailimages:add", "wagtaildocs:add"])
def test_authors_and_methodologists_upload_images_and_documents(
    client, request, role, status, url_name
):
    client.force_login(request.getfixturevalue(role))
    assert client.get(reverse(url_name)).status_code == status
