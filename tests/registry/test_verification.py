"""The verification level follows the evidence, whichever way the evidence changes."""

import io

import pytest
from django.core.management import call_command
from django.urls import reverse

from cms.factories import FairPresenceFactory
from registry.factories import (
    ActivityFactory,
    CommunityFactory,
    CuratorConfirmationFactory,
    LeadershipFactory,
    PersonFactory,
)
from registry.models import Community, CommunityStatus, VerificationLevel
from registry.selectors import (
    community_verification_evidence,
    leadership_label,
    person_is_verified_leader,
    person_leadership_level,
)
from registry.verification import DOCUMENTED_ACTIVITIES_REQUIRED

pytestmark = pytest.mark.django_db


def level_of(community):
    return Community.objects.get(pk=community.pk).verification_level


def test_a_new_community_is_self_declared():
    assert level_of(CommunityFactory()) == VerificationLevel.SELF_DECLARED


def test_two_documented_activities_make_it_documented():
    community = CommunityFactory()
    ActivityFactory(community=community)
    assert level_of(community) == VerificationLevel.SELF_DECLARED
    ActivityFactory(community=community)
    assert DOCUMENTED_ACTIVITIES_REQUIRED == 2
    assert level_of(community) == VerificationLevel.DOCUMENTED


def test_activities_without_participants_or_link_do_not_count():
    community = CommunityFactory()
    ActivityFactory(community=community, participants=None)
    ActivityFactory(community=community, link="")
    ActivityFactory(community=community)
    assert level_of(community) == VerificationLevel.SELF_DECLARED


def test_curator_confirmation_outranks_documentation():
    community = CommunityFactory()
    CuratorConfirmationFactory(community=community)
    assert level_of(community) == VerificationLevel.CONFIRMED_BY_CURATOR


def test_a_fair_alone_is_not_enough():
    community = CommunityFactory()
    FairPresenceFactory(community=community)
    assert level_of(community) == VerificationLevel.SELF_DECLARED
    CuratorConfirmationFactory(community=community)
    assert level_of(community) == VerificationLevel.CONFIRMED_AT_FAIR


def test_fair_with_documented_activities_is_confirmed_at_fair():
    community = CommunityFactory()
    ActivityFactory.create_batch(2, community=community)
    FairPresenceFactory(community=community)
    assert level_of(community) == VerificationLevel.CONFIRMED_AT_FAIR


def test_removing_evidence_lowers_the_level():
    community = CommunityFactory()
    confirmation = CuratorConfirmationFactory(community=community)
    activity = ActivityFactory(community=community)
    ActivityFactory(community=community)
    confirmation.delete()
    assert level_of(community) == VerificationLevel.DOCUMENTED
    activity.participants = 0
    activity.save()
    assert level_of(community) == VerificationLevel.SELF_DECLARED


def test_deleting_a_community_with_evidence_works():
    community = CommunityFactory()
    ActivityFactory(community=community)
    community.delete()
    assert not Community.objects.filter(pk=community.pk).exists()


def test_recompute_command_repairs_stale_levels():
    community = CommunityFactory()
    CuratorConfirmationFactory(community=community)
    Community.objects.filter(pk=community.pk).update(verification_level="self_declared")
    call_command("recompute_verification", stdout=io.StringIO())
    assert level_of(community) == VerificationLevel.CONFIRMED_BY_CURATOR


def test_evidence_behind_the_level_lists_what_counts(django_assert_max_num_queries):
    community = CommunityFactory()
    counted = ActivityFactory(community=community)
    ActivityFactory(community=community, link="")
    FairPresenceFactory(community=community)
    CuratorConfirmationFactory(community=community)
    community.refresh_from_db()
    with django_assert_max_num_queries(3):
        evidence = community_verification_evidence(community=community)
    assert evidence.level == VerificationLevel.CONFIRMED_AT_FAIR
    assert evidence.documented_activities == [counted]
    assert len(evidence.curator_confirmations) == 1
    assert len(evidence.fair_presences) == 1


def test_leader_takes_the_best_level_of_published_communities():
    person = PersonFactory()
    weak = LeadershipFactory(person=person).community
    strong = LeadershipFactory(person=person).community
    CuratorConfirmationFactory(community=strong)
    ActivityFactory.create_batch(2, community=weak)
    assert person_leadership_level(person=person) == VerificationLevel.CONFIRMED_BY_CURATOR
    strong.status = CommunityStatus.ARCHIVED
    strong.save()
    assert person_leadership_level(person=person) == VerificationLevel.DOCUMENTED
    assert person_is_verified_leader(person=person)


def test_a_leader_without_a_verified_community_is_unverified():
    nobody = PersonFactory()
    assert person_leadership_level(person=nobody) is None
    assert not person_is_verified_leader(person=nobody)
    poser = LeadershipFactory().person
    assert person_leadership_level(person=poser) == VerificationLevel.SELF_DECLARED
    assert not person_is_verified_leader(person=poser)


def test_the_people_list_marks_unverified_leaders(client, superuser):
    poser = LeadershipFactory(person__full_name="Лидер Без Группы").person
    real = LeadershipFactory(person__full_name="Настоящий Лидер").community
    CuratorConfirmationFactory(community=real)
    client.force_login(superuser)
    page = client.get(reverse("wagtailsnippets_registry_person:list")).content.decode()
    row_of = {
        name: page[page.index(name) :][:2000] for name in ("Лидер Без Группы", "Настоящий Лидер")
    }
    assert leadership_label(None) in row_of["Лидер Без Группы"]
    assert str(VerificationLevel.CONFIRMED_BY_CURATOR.label) in row_of["Настоящий Лидер"]
    assert poser.full_name in page
    assert leadership_label(None) not in row_of["Настоящий Лидер"]
