"""The selection in the admin: experts score blind, staff rank and confirm; who may do what."""

import pytest
from django.contrib.auth.models import Group

from core.roles import AUTHORS, METHODOLOGICAL_GROUP
from programme.models import ConflictOfInterest, ScoreSheet
from programme.roles import SELECTION_EXPERTS
from programme.selection_selectors import selection_ranking
from programme.selection_services import score_sheet_save
from registry.factories import UserFactory
from registry.models import Municipality, TeamMember
from tests.programme.i18n import ru_html
from tests.programme.selection_helpers import apply, criteria, home, neighbours


def member_of(group_name, username):
    user = UserFactory(username=username, first_name=username.title(), last_name="")
    user.groups.add(Group.objects.get(name=group_name))
    return user


def score_url(application):
    return f"/admin/programme/selection/scoring/{application.pk}/"


@pytest.mark.django_db
def test_expert_scores_blind_then_sees_the_others(client, selection_round):
    first, second = home(2)
    application = apply(selection_round, first)
    conflicted_application = apply(selection_round, second)
    alice = member_of(SELECTION_EXPERTS, "alice")
    bob = member_of(SELECTION_EXPERTS, "bob")
    ConflictOfInterest.objects.create(expert=bob, municipality=second)
    motivation, communities = criteria(selection_round)
    score_sheet_save(
        application=application,
        expert=alice,
        values={motivation.pk: 9, communities.pk: 4},
        submit=True,
    )

    client.force_login(bob)
    listing = client.get("/admin/programme/selection/scoring/").content.decode()
    assert first.name in listing and second.name not in listing
    refused = client.get(score_url(conflicted_application))
    assert refused.status_code == 302 and refused["Location"] == "/admin/"  # Wagtail's denial

    page = client.get(score_url(application)).content.decode()
    assert "Alice" not in page and 'id="other-scores"' not in page
    assert "Участник ngo" in page  # the team's names and roles, not their contacts
    assert "@example.org" not in page

    draft = {f"criterion_{motivation.pk}": 5, "action": "draft"}
    client.post(score_url(application), draft)
    assert "Alice" not in client.get(score_url(application)).content.decode()

    out_of_scale = {
        f"criterion_{motivation.pk}": 5,
        f"criterion_{communities.pk}": 9,
        "action": "submit",
    }
    client.post(score_url(application), out_of_scale)
    assert not ScoreSheet.objects.get(expert=bob).submitted_at

    final = {f"criterion_{motivation.pk}": 5, f"criterion_{communities.pk}": 3, "action": "submit"}
    response = client.post(score_url(application), final)
    assert response.status_code == 302
    page = client.get(score_url(application)).content.decode()
    assert 'id="other-scores"' in page and "Alice" in page
    assert "<form" not in page.split('id="scores-heading"')[1].split("</section>")[0]


@pytest.mark.django_db
def test_staff_confirm_the_selection_after_the_split_warning(client, selection_round):
    chosen = [apply(selection_round, m) for m in home(1) + neighbours(1)]
    staff = member_of(METHODOLOGICAL_GROUP, "methodologist")
    client.force_login(staff)
    url = f"/admin/programme/selection/rounds/{selection_round.pk}/ranking/"
    page = client.get(url).content.decode()
    assert 'id="ranking"' in page and chosen[0].municipality.name in page

    payload = {"applications": [a.pk for a in chosen]}
    warned = client.post(url, payload).content.decode()
    split = ru_html(
        "The programme selects %(home_target)d municipalities of the republic and "
        "%(neighbours_target)d of neighbouring regions; this selection has %(home)d and "
        "%(neighbours)d.",
        home_target=25,
        neighbours_target=2,
        home=1,
        neighbours=1,
    )
    assert 'role="alert"' in warned and split in warned
    assert not Municipality.objects.filter(participating=True).exists()

    response = client.post(url, {**payload, "accept_warnings": "on"})
    assert response.status_code == 302
    assert Municipality.objects.filter(participating=True).count() == 2
    assert TeamMember.objects.count() == 8


@pytest.mark.django_db
def test_who_may_score_and_rank(client, selection_round):
    application = apply(selection_round, home(1)[0])
    ranking = f"/admin/programme/selection/rounds/{selection_round.pk}/ranking/"
    for url in [ranking, score_url(application), "/admin/programme/applications/"]:
        response = client.get(url)
        assert response.status_code == 302 and "/admin/login/" in response["Location"]

    author = member_of(AUTHORS, "author")
    client.force_login(author)
    for url in [ranking, score_url(application), "/admin/programme/applications/"]:
        assert client.get(url).status_code in (302, 403)

    expert = member_of(SELECTION_EXPERTS, "expert")
    client.force_login(expert)
    assert client.get(score_url(application)).status_code == 200
    assert client.get(ranking).status_code in (302, 403)  # experts do not see the ranking
    assert client.post(ranking, {"applications": [application.pk]}).status_code in (302, 403)
    assert not Municipality.objects.filter(participating=True).exists()


@pytest.mark.django_db
def test_expert_declares_a_conflict_and_their_score_no_longer_counts(client, selection_round):
    application = apply(selection_round, home(1)[0])
    motivation, communities = criteria(selection_round)
    alice = member_of(SELECTION_EXPERTS, "alice")
    bob = member_of(SELECTION_EXPERTS, "bob")
    for expert, value in [(alice, 10), (bob, 0)]:
        score_sheet_save(
            application=application,
            expert=expert,
            values={motivation.pk: value, communities.pk: value // 2},
            submit=True,
        )
    url = f"/admin/programme/selection/rounds/{selection_round.pk}/ranking/"

    client.force_login(bob)
    response = client.post(score_url(application), {"action": "conflict", "note": "Родственник"})
    assert response.status_code == 302
    assert ConflictOfInterest.objects.get(expert=bob).municipality == application.municipality
    listing = client.get("/admin/programme/selection/scoring/").content.decode()
    assert f'href="{score_url(application)}"' not in listing

    client.force_login(member_of(METHODOLOGICAL_GROUP, "methodologist"))
    assert client.get(url).status_code == 200
    (row,) = selection_ranking(selection_round=selection_round)
    assert row.sheets == 1 and row.average == 100.0 and row.spread == 0.0


@pytest.mark.django_db
def test_staff_inspect_an_application_with_its_team(client, selection_round):
    (municipality,) = home(1)
    application = apply(selection_round, municipality)
    client.force_login(member_of(METHODOLOGICAL_GROUP, "methodologist"))
    response = client.get(f"/admin/programme/applications/inspect/{application.pk}/")
    assert response.status_code == 200
    page = response.content.decode()
    assert "Хотим развивать сообщества" in page
    for member in application.members.all():
        assert member.full_name in page and member.email in page
