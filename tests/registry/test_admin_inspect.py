"""The community's inspect view shows the evidence behind its verification level."""

import datetime

import pytest
from django.urls import reverse

from cms.factories import FairPresenceFactory
from registry.factories import (
    ActivityFactory,
    CommunityFactory,
    CuratorConfirmationFactory,
    LeadershipFactory,
    SnapshotFactory,
)

pytestmark = pytest.mark.django_db


def inspect_url(community) -> str:
    return reverse("wagtailsnippets_registry_community:inspect", args=[community.pk])


def test_inspect_view_lists_each_kind_of_evidence(client, curator_a, municipality_a):
    community = CommunityFactory(name="Двор на Ленина", municipality=municipality_a)
    ActivityFactory(
        community=community,
        title="Субботник во дворе",
        date=datetime.date(2026, 5, 16),
        participants=25,
        link="https://vk.com/wall-1_100",
    )
    FairPresenceFactory(community=community, date=datetime.date(2026, 9, 12), note="Стенд №4")
    CuratorConfirmationFactory(
        community=community, confirmed_on=datetime.date(2026, 6, 1), note="Была на встрече"
    )
    LeadershipFactory(community=community, person__full_name="Мария Иванова", role="председатель")
    SnapshotFactory(community=community, date=datetime.date(2026, 1, 1), members=12)
    client.force_login(curator_a)

    page = client.get(inspect_url(community)).content.decode()

    assert "Субботник во дворе" in page and "16.05.2026" in page
    assert "25 участников" in page and "https://vk.com/wall-1_100" in page
    assert "Стенд №4" in page and "12.09.2026" in page
    assert "Была на встрече" in page and "01.06.2026" in page
    assert "Мария Иванова — председатель" in page
    assert "12 участников" in page


def test_inspect_view_says_when_there_is_no_evidence(client, curator_a, municipality_a):
    community = CommunityFactory(name="Новая заявка", municipality=municipality_a)
    client.force_login(curator_a)
    page = client.get(inspect_url(community)).content.decode()
    assert "Новая заявка" in page
    assert "Субботник" not in page
