"""Selection rules: applications, blind scoring, conflicts of interest, ranking, confirmation."""

import datetime
import re

import pytest
from django.core import mail
from django.core.exceptions import ValidationError
from django.utils import timezone

from programme.models import Application, ConflictOfInterest
from programme.selection_selectors import (
    applications_for_expert,
    scores_visible_to_expert,
    selection_ranking,
)
from programme.selection_services import score_sheet_save, selection_confirm
from registry.factories import UserFactory
from registry.models import Municipality, Person, TeamMember, TeamRole
from tests.programme.selection_helpers import DAY, apply, criteria, home, neighbours, team


@pytest.mark.django_db
def test_application_is_saved_with_its_team_and_confirmed_by_email(selection_round):
    (municipality,) = home(1)
    application = apply(selection_round, municipality)
    assert sorted(application.members.values_list("role", flat=True)) == sorted(TeamRole.values)
    (message,) = mail.outbox
    assert message.to == ["team@example.org"] and municipality.name in message.body


@pytest.mark.django_db
def test_duplicate_closed_and_incomplete_applications_are_refused(selection_round):
    (municipality,) = home(1)
    apply(selection_round, municipality)
    with pytest.raises(ValidationError) as duplicate:
        apply(selection_round, municipality)
    assert duplicate.value.code == "duplicate"
    with pytest.raises(ValidationError) as incomplete:
        apply(selection_round, home(2)[1], members=team()[:3])
    assert incomplete.value.code == "team"
    selection_round.closes_at = timezone.now() - datetime.timedelta(minutes=1)
    selection_round.save()
    with pytest.raises(ValidationError) as closed:
        apply(selection_round, home(3)[2])
    assert closed.value.code == "closed"
    assert Application.objects.count() == 1


@pytest.mark.django_db
def test_blind_scoring_and_conflicts_of_interest(selection_round):
    first, second = home(2)
    application = apply(selection_round, first)
    other_application = apply(selection_round, second)
    alice, bob, conflicted = (UserFactory(username=n) for n in ["alice", "bob", "carol"])
    ConflictOfInterest.objects.create(expert=conflicted, municipality=first)
    motivation, communities = criteria(selection_round)

    assert list(applications_for_expert(expert=conflicted, selection_round=selection_round)) == [
        other_application
    ]
    with pytest.raises(ValidationError) as conflict:
        score_sheet_save(
            application=application, expert=conflicted, values={motivation.pk: 10}, submit=False
        )
    assert conflict.value.code == "conflict"

    score_sheet_save(
        application=application,
        expert=alice,
        values={motivation.pk: 10, communities.pk: 5},
        submit=True,
    )
    # Bob has not submitted: he sees nobody's scores, not even after saving a draft.
    assert scores_visible_to_expert(expert=bob, application=application) is None
    score_sheet_save(application=application, expert=bob, values={motivation.pk: 4}, submit=False)
    assert scores_visible_to_expert(expert=bob, application=application) is None
    with pytest.raises(ValidationError) as incomplete:
        score_sheet_save(
            application=application, expert=bob, values={motivation.pk: 4}, submit=True
        )
    assert incomplete.value.code == "incomplete"
    with pytest.raises(ValidationError) as scale:
        score_sheet_save(
            application=application,
            expert=bob,
            values={motivation.pk: 4, communities.pk: 6},
            submit=True,
        )
    assert scale.value.code == "scale"
    score_sheet_save(
        application=application,
        expert=bob,
        values={motivation.pk: 4, communities.pk: 2},
        submit=True,
    )
    (alice_sheet,) = scores_visible_to_expert(expert=bob, application=application)
    assert alice_sheet.total == 100.0
    # Submitted scores are final.
    with pytest.raises(ValidationError) as final:
        score_sheet_save(
            application=application,
            expert=bob,
            values={motivation.pk: 10, communities.pk: 5},
            submit=True,
        )
    assert final.value.code == "submitted"


@pytest.mark.django_db
def test_ranking_by_weighted_average_with_spread(selection_round):
    first, second, third = home(3)
    strong = apply(selection_round, first)
    weak = apply(selection_round, second)
    unscored = apply(selection_round, third)
    motivation, communities = criteria(selection_round)
    experts = [UserFactory(username=f"expert{n}") for n in range(2)]
    # Weighted totals: (2 * m/10 + 1 * c/5) / 3 * 100.
    for expert, (m, c) in zip(experts, [(10, 5), (7, 2)], strict=True):
        score_sheet_save(
            application=strong,
            expert=expert,
            values={motivation.pk: m, communities.pk: c},
            submit=True,
        )
    score_sheet_save(
        application=weak,
        expert=experts[0],
        values={motivation.pk: 1, communities.pk: 1},
        submit=True,
    )
    # A draft does not count.
    score_sheet_save(application=weak, expert=experts[1], values={motivation.pk: 10}, submit=False)
    ranking = selection_ranking(selection_round=selection_round)
    assert [row.application for row in ranking] == [strong, weak, unscored]
    assert ranking[0].average == round((100 + (2 * 0.7 + 0.4) / 3 * 100) / 2, 1) == 80.0
    assert ranking[0].spread == 40.0 and ranking[0].sheets == 2
    assert ranking[1].average == round((2 * 0.1 + 0.2) / 3 * 100, 1) and ranking[1].sheets == 1
    assert ranking[2].average is None and ranking[2].sheets == 0


@pytest.mark.django_db
def test_confirmation_warns_on_the_split_and_creates_the_teams(selection_round):
    chosen = [apply(selection_round, m) for m in home(2) + neighbours(1)]
    with pytest.raises(ValidationError) as split:
        selection_confirm(selection_round=selection_round, applications=chosen)
    assert split.value.code == "split"
    assert "в этом отборе — 2 и 1" in split.value.messages[0]
    assert not Municipality.objects.filter(participating=True).exists()
    assert not TeamMember.objects.exists()

    created = selection_confirm(
        selection_round=selection_round, applications=chosen, accept_warnings=True
    )
    assert created == 12
    participating = Municipality.objects.filter(participating=True)
    assert set(participating) == {a.municipality for a in chosen}
    assert set(participating.values_list("selection_year", flat=True)) == {2026}
    for application in chosen:
        members = TeamMember.objects.filter(municipality=application.municipality)
        assert sorted(members.values_list("role", flat=True)) == sorted(TeamRole.values)
    person = Person.objects.get(email=f"ngo{chosen[0].municipality.pk}@example.org")
    assert person.contacts_sharing_consent and person.municipality == chosen[0].municipality
    with pytest.raises(ValidationError) as again:
        selection_confirm(selection_round=selection_round, applications=chosen)
    assert again.value.code == "confirmed"


@pytest.mark.django_db
def test_a_25_plus_2_selection_needs_no_warning(selection_round):
    chosen = [apply(selection_round, m) for m in home(25) + neighbours(2)]
    assert selection_confirm(selection_round=selection_round, applications=chosen) == 108
    assert TeamMember.objects.count() == 108


APPLY = "/ru/programme/selection/apply/"


def form_data(municipality, **overrides):
    data = {
        "municipality": municipality.pk,
        "motivation": "Хотим развивать сообщества",
        "existing_communities": "",
        "contact_email": "team@example.org",
        "consent": "on",
    }
    for role in TeamRole.values:
        data[f"{role}_name"] = f"Участник {role}"
        data[f"{role}_email"] = ""
        data[f"{role}_phone"] = ""
    data["ngo_phone"] = "8 917 123-45-67"
    return {**data, **overrides}


def confirmation_path(message):
    """The confirmation link of an application e-mail, without the site's address."""
    match = re.search(r"http://testserver(/ru/programme/selection/confirm/[^/\s]+/)", message.body)
    assert match, message.body
    return match.group(1)


@pytest.mark.django_db
def test_public_application_form(client, selection_round):
    (municipality,) = home(1)
    page = client.get(APPLY).content.decode()
    assert page.count("<fieldset") == 4
    response = client.post(APPLY, form_data(municipality), follow=True)
    assert response.redirect_chain == [("/ru/programme/selection/applied/", 302)]
    html = response.content.decode()
    assert "Ваша заявка получена" in html and "в течение 48 ч." in html
    application = Application.objects.get()
    assert application.members.get(role=TeamRole.NGO).phone == "+79171234567"
    assert application.confirmed_at is None
    (message,) = mail.outbox
    assert message.to == ["team@example.org"] and municipality.name in message.body

    link = confirmation_path(message)
    assert "Подтвердить" in client.get(link).content.decode()
    assert Application.objects.get().confirmed_at is None  # opening the link is not enough
    confirmed = client.post(link).content.decode()
    assert "Ваша заявка подтверждена" in confirmed
    assert Application.objects.get().confirmed_at is not None

    again = client.post(APPLY, form_data(municipality)).content.decode()
    assert 'role="alert"' in again and "уже подал(а) заявку в этом раунде" in again
    assert Application.objects.count() == 1

    missing = client.post(APPLY, form_data(home(2)[1], consent="", opinion_leader_name=""))
    html = missing.content.decode()
    assert "Отметьте галочку, чтобы дать согласие" in html
    assert 'id="id_opinion_leader_name-error"' in html
    assert Application.objects.count() == 1


@pytest.mark.django_db
def test_an_unconfirmed_application_does_not_take_the_municipalitys_place(client, selection_round):
    (municipality,) = home(1)
    squatter = form_data(municipality, contact_email="someone-else@example.org")
    assert client.post(APPLY, squatter).status_code == 302
    # The squatter cannot confirm from an address they do not read: experts see nothing.
    assert selection_ranking(selection_round=selection_round) == []

    real = client.post(APPLY, form_data(municipality), follow=True)
    assert real.redirect_chain == [("/ru/programme/selection/applied/", 302)]
    team_link = confirmation_path(mail.outbox[1])
    client.post(team_link)
    (row,) = selection_ranking(selection_round=selection_round)
    assert row.application.contact_email == "team@example.org"

    # Now the confirmed application holds the place: no second one, not even by the link.
    refused = client.post(APPLY, form_data(municipality, contact_email="third@example.org"))
    assert "уже подал(а) заявку в этом раунде" in refused.content.decode()
    late = client.post(confirmation_path(mail.outbox[0]))
    assert late.status_code == 400
    assert "уже подал(а) заявку в этом раунде" in late.content.decode()
    assert Application.objects.confirmed().count() == 1


@pytest.mark.django_db
def test_an_expired_confirmation_link_is_refused(client, selection_round):
    (municipality,) = home(1)
    client.post(APPLY, form_data(municipality))
    Application.objects.update(created_at=timezone.now() - datetime.timedelta(hours=49))
    link = confirmation_path(mail.outbox[0])
    for response in [client.get(link), client.post(link)]:
        assert response.status_code == 400
        html = response.content.decode()
        assert 'role="alert"' in html and "Срок действия ссылки для подтверждения истёк" in html
    assert Application.objects.confirmed().count() == 0
    # The lapsed application blocks nobody, and the next application clears it away.
    assert client.post(APPLY, form_data(municipality)).status_code == 302
    assert Application.objects.count() == 1
    assert client.get("/ru/programme/selection/confirm/forged/").status_code == 404


@pytest.mark.django_db
def test_sixth_application_from_one_address_in_an_hour_is_refused(client, selection_round):
    municipalities = home(6)
    # Forms sent back for correction do not count.
    for _attempt in range(3):
        assert client.post(APPLY, form_data(municipalities[0], consent="")).status_code == 200
    for municipality in municipalities[:5]:
        assert client.post(APPLY, form_data(municipality)).status_code == 302
    mail.outbox.clear()
    response = client.post(APPLY, form_data(municipalities[5]))
    assert response.status_code == 429
    html = response.content.decode()
    assert 'role="alert"' in html
    assert "Слишком много заявок с вашего адреса за последний час" in html
    assert not Application.objects.filter(municipality=municipalities[5]).exists()
    assert mail.outbox == []


@pytest.mark.django_db
def test_a_filled_honeypot_creates_no_application_and_sends_nothing(client, selection_round):
    (municipality,) = home(1)
    page = client.get(APPLY).content.decode()
    assert 'name="homepage"' in page and 'class="form-trap" aria-hidden="true"' in page
    response = client.post(APPLY, form_data(municipality, homepage="http://spam.example"))
    assert response.status_code == 302
    assert not Application.objects.exists()
    assert mail.outbox == []


@pytest.mark.django_db
def test_public_application_form_when_no_round_is_open(client, selection_round):
    selection_round.opens_at = timezone.now() + DAY
    selection_round.closes_at = timezone.now() + 2 * DAY
    selection_round.save()
    page = client.get(APPLY).content.decode()
    assert "Заявки сейчас не принимаются." in page
    client.post(APPLY, form_data(home(1)[0]))
    assert not Application.objects.exists()


@pytest.mark.django_db
def test_the_confirmation_email_names_the_round_without_declining_its_title(selection_round):
    apply(selection_round, home(1)[0], confirm=False)
    (message,) = mail.outbox
    assert f"Конкурсный отбор: «{selection_round.title}»" in message.body
    assert "на «" not in message.body
