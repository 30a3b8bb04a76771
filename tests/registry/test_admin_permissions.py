"""A curator sees and changes only the records of their own municipalities, by any admin URL."""

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse

from core.roles import AUTHORS, CURATORS
from registry.factories import (
    CommunityFactory,
    IdentifiedLeaderFactory,
    PersonFactory,
    TeamMemberFactory,
    UserFactory,
)
from registry.models import Community, Person

pytestmark = pytest.mark.django_db

OBJECT_VIEWS = ["edit", "inspect", "delete", "history", "usage"]


def assert_denied(response):
    """Wagtail answers a denied admin URL by sending the user to the dashboard with a message."""
    assert response.status_code == 302
    assert response.url == reverse("wagtailadmin_home")


def url(model, view, *args):
    return reverse(f"wagtailsnippets_registry_{model._meta.model_name}:{view}", args=args)


@pytest.fixture
def records(municipality_a, municipality_b):
    return {
        "own_community": CommunityFactory(name="Своё сообщество", municipality=municipality_a),
        "other_community": CommunityFactory(name="Чужое сообщество", municipality=municipality_b),
        "own_person": PersonFactory(full_name="Свой Человек", municipality=municipality_a),
        "other_person": PersonFactory(
            full_name="Чужой Человек", municipality=municipality_b, phone="+79170000099"
        ),
    }


@pytest.mark.parametrize("view", OBJECT_VIEWS)
@pytest.mark.parametrize("key", ["other_community", "other_person"])
def test_curator_cannot_open_another_municipalitys_record(client, curator_a, records, key, view):
    client.force_login(curator_a)
    record = records[key]
    assert_denied(client.get(url(type(record), view, record.pk)))


@pytest.mark.parametrize("view", ["edit", "inspect", "history"])
@pytest.mark.parametrize("key", ["own_community", "own_person"])
def test_curator_opens_own_records(client, curator_a, records, key, view):
    client.force_login(curator_a)
    record = records[key]
    assert client.get(url(type(record), view, record.pk)).status_code == 200


def test_curator_cannot_change_or_delete_another_municipalitys_community(
    client, curator_a, records
):
    client.force_login(curator_a)
    other = records["other_community"]
    assert_denied(client.post(url(Community, "edit", other.pk), {"name": "Взлом"}))
    assert_denied(client.post(url(Community, "delete", other.pk)))
    other.refresh_from_db()
    assert other.name == "Чужое сообщество"


def test_curator_cannot_move_a_community_into_another_municipality(
    client, curator_a, records, municipality_b
):
    client.force_login(curator_a)
    own = records["own_community"]
    data = {
        "name": own.name,
        "slug": own.slug,
        "municipality": municipality_b.pk,
        "form": own.form,
        "status": own.status,
    }
    for prefix in (
        "activities",
        "fair_presences",
        "curator_confirmations",
        "leaderships",
        "snapshots",
        "photos",
    ):
        data |= {f"{prefix}-TOTAL_FORMS": 0, f"{prefix}-INITIAL_FORMS": 0}
    response = client.post(url(Community, "edit", own.pk), data)
    assert response.status_code == 200  # the form comes back with an error
    own.refresh_from_db()
    assert own.municipality_id != municipality_b.pk


@pytest.mark.parametrize("model", [Community, Person])
def test_lists_and_exports_show_only_own_records(client, curator_a, records, model):
    client.force_login(curator_a)
    listing = client.get(url(model, "list")).content.decode()
    assert "Своё сообщество" in listing or "Свой Человек" in listing
    assert "Чужое сообщество" not in listing and "Чужой Человек" not in listing
    for export_format in ("csv", "xlsx"):
        response = client.get(url(model, "list"), {"export": export_format})
        assert response.status_code == 200
        content = b"".join(response.streaming_content) if response.streaming else response.content
        if export_format == "csv":
            text = content.decode()
            assert "Чужое сообщество" not in text and "Чужой Человек" not in text
            assert "+79170000099" not in text


def test_curator_sees_only_own_team_and_leaders(client, curator_a, municipality_a, municipality_b):
    TeamMemberFactory(municipality=municipality_a, person__full_name="Член Своей Команды")
    TeamMemberFactory(municipality=municipality_b, person__full_name="Член Чужой Команды")
    IdentifiedLeaderFactory(municipality=municipality_b, person__full_name="Чужой Лидер")
    client.force_login(curator_a)
    teams = client.get(reverse("wagtailsnippets_registry_teammember:list")).content.decode()
    assert "Член Своей Команды" in teams and "Член Чужой Команды" not in teams
    leaders = client.get(reverse("wagtailsnippets_registry_identifiedleader:list")).content.decode()
    assert "Чужой Лидер" not in leaders


def test_person_chooser_offers_only_own_people(client, curator_a, records):
    client.force_login(curator_a)
    response = client.get(reverse("wagtailsnippetchoosers_registry_person:choose"))
    text = response.json()["html"]
    assert "Свой Человек" in text and "Чужой Человек" not in text


@pytest.mark.parametrize("user_fixture", ["programme_staff", "superuser"])
def test_programme_staff_see_everything(client, request, records, user_fixture):
    client.force_login(request.getfixturevalue(user_fixture))
    listing = client.get(url(Community, "list")).content.decode()
    assert "Своё сообщество" in listing and "Чужое сообщество" in listing
    other = records["other_person"]
    inspect = client.get(url(Person, "inspect", other.pk)).content.decode()
    assert "+79170000099" in inspect


def test_curator_without_assignment_sees_nothing(client, records):
    user = UserFactory(username="idle-curator")
    user.groups.add(Group.objects.get(name=CURATORS))
    client.force_login(user)
    listing = client.get(url(Community, "list")).content.decode()
    assert "Своё сообщество" not in listing and "Чужое сообщество" not in listing


def test_case_editors_choose_among_published_communities(client, records, municipality_b):
    CommunityFactory(
        name="Заявка ещё не проверена", status="submitted", municipality=municipality_b
    )
    author = UserFactory(username="author")
    author.groups.add(Group.objects.get(name=AUTHORS))
    client.force_login(author)
    response = client.get(reverse("wagtailsnippetchoosers_registry_community:choose"))
    text = response.json()["html"]
    assert "Своё сообщество" in text and "Чужое сообщество" in text
    assert "Заявка ещё не проверена" not in text
