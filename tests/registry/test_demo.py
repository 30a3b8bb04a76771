"""The registry demo seeding: the programme's numbers, every level of evidence, idempotent."""

import re

import pytest

from cms.demo.registry import seed_registry
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
    assert Community.objects.count() >= 100
    assert not Community.objects.exclude(municipality__participating=True).exists()
    assert TeamMember.objects.count() == 27 * 4
    assert IdentifiedLeader.objects.count() == 27 * 5
    levels = set(Community.objects.values_list("verification_level", flat=True))
    assert levels == set(VerificationLevel.values)  # fairs count even before their pages exist
    assert Snapshot.objects.dates("date", "year").count() == 2
    names = list(Community.objects.values_list("name", flat=True))
    assert len(set(names)) == len(names)  # no name repeated from one district to the next

    before = counts()
    seed_registry()
    assert counts() == before


def test_the_demo_communities_read_as_real_ones():
    """Distinct names with no place in brackets, spheres that fit, descriptions that repeat no
    sentence of another, and member figures that agree with the growth chart."""
    seed_registry()
    communities = list(Community.objects.prefetch_related("spheres"))
    names = [c.name for c in communities]
    assert len(set(names)) == len(names) >= 100
    assert not [n for n in names if "(г " in n or "(с " in n or re.search(r"\(.*\)$", n)]
    sentences = [s for c in communities for s in re.split(r"(?<=[.!?])\s+", c.description.strip())]
    assert len(set(sentences)) == len(sentences)
    spheres = {c.name: {s.slug for s in c.spheres.all()} for c in communities}
    assert "environment" in spheres["Инициативная группа «Чистый пруд»"]
    assert "sport" in spheres["Лыжный клуб «Лыжня»"]
    assert spheres["ТОС «Заречье»"] == {"neighbourhood"}
    for community in communities:
        members = list(
            Snapshot.objects.filter(community=community)
            .order_by("date")
            .values_list("members", flat=True)
        )
        assert members == sorted(members), community.name  # growth never falls back
        assert members[-1] == community.members_reported, community.name
