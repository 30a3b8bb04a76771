"""The registry demo seeding: the programme's numbers, every level of evidence, idempotent."""

import pytest

from registry.demo import seed_registry
from registry.models import (
    Community,
    IdentifiedLeader,
    Municipality,
    Person,
    Snapshot,
    TeamMember,
    VerificationLevel,
)

pytestmark = pytest.mark.django_db


def counts():
    return {
        model.__name__: model.objects.count()
        for model in (Community, Person, TeamMember, IdentifiedLeader, Snapshot)
    }


def test_seed_registry_builds_the_programme_and_is_idempotent():
    seed_registry()
    participants = Municipality.objects.filter(participating=True)
    assert participants.filter(region__is_home=True).count() == 25
    assert participants.filter(region__is_home=False).count() == 2
    assert set(participants.values_list("zone", flat=True)) == {1, 2, 3, 4, 5}
    assert Community.objects.count() >= 120
    assert not Community.objects.exclude(municipality__participating=True).exists()
    assert TeamMember.objects.count() == 27 * 4
    assert IdentifiedLeader.objects.count() == 27 * 5
    levels = set(Community.objects.values_list("verification_level", flat=True))
    assert levels == set(VerificationLevel.values)
    assert Snapshot.objects.dates("date", "year").count() == 2
    names = list(Community.objects.values_list("name", flat=True))
    assert len(set(names)) == len(names)  # no name repeated from one district to the next

    before = counts()
    seed_registry()
    assert counts() == before
