import datetime

import pytest
from django.core.cache import cache

from cms.factories import CasePageFactory, EventPageFactory, GoldenRulePageFactory
from cms.models import EventKind, GoldenRuleCase
from collection.factories import EditionFactory
from collection.models import EditionStatus
from registry.factories import (
    CommunityFactory,
    IdentifiedLeaderFactory,
    TeamMemberFactory,
    UserFactory,
)
from registry.models import CommunityStatus, Municipality, TeamRole
from tests.programme.selection_helpers import open_round

PAST = datetime.date(2026, 6, 6)
FUTURE = datetime.date(2099, 6, 6)


@pytest.fixture(autouse=True)
def _fresh_cache():
    """The local-memory cache outlives each test's database; start every test empty."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def superuser(db):
    return UserFactory(username="admin", is_superuser=True, is_staff=True)


def seed_programme(*, events_section, cases_section, rulebook, municipalities, tag=""):
    """A programme with some of everything, including records the dashboard must not count."""
    for index, municipality in enumerate(municipalities):
        municipality.participating = True
        municipality.selection_year = 2026
        municipality.save()
        for role in list(TeamRole)[: 1 + index % 4]:
            TeamMemberFactory(municipality=municipality, role=role)
        IdentifiedLeaderFactory(municipality=municipality)
        CommunityFactory(municipality=municipality)
        CommunityFactory(municipality=municipality, status=CommunityStatus.SUBMITTED)
        EventPageFactory(
            parent=events_section,
            title=f"Ярмарка {municipality.name}",
            kind=EventKind.FAIR,
            municipality=municipality,
            start_date=PAST,
            participants_count=100 + index,
        )
    EventPageFactory(parent=events_section, title=f"Будущая ярмарка{tag}", start_date=FUTURE)
    EventPageFactory(
        parent=events_section, title=f"Черновик ярмарки{tag}", participants_count=999, live=False
    )
    EventPageFactory(
        parent=events_section,
        title=f"Конференция{tag}",
        kind=EventKind.CONFERENCE,
        participants_count=120,
    )
    EventPageFactory(
        parent=events_section, title=f"Школа{tag}", kind=EventKind.SCHOOL, participants_count=250
    )
    EventPageFactory(
        parent=events_section,
        title=f"Зональный модуль{tag}",
        kind=EventKind.ZONAL_MODULE,
        participants_count=60,
    )
    supported = CasePageFactory(parent=cases_section, title=f"Кейс с правилом{tag}")
    CasePageFactory(parent=cases_section, title=f"Кейс без правила{tag}")
    only_draft_rule = CasePageFactory(parent=cases_section, title=f"Кейс с черновиком правила{tag}")
    live_rule = GoldenRulePageFactory(parent=rulebook, title=f"Правило{tag}")
    GoldenRuleCase.objects.create(rule=live_rule, case=supported)
    draft_rule = GoldenRulePageFactory(parent=rulebook, title=f"Черновик правила{tag}", live=False)
    GoldenRuleCase.objects.create(rule=draft_rule, case=only_draft_rule)
    EditionFactory(title="Сборник", year=2026, print_run=500, status=EditionStatus.PUBLISHED)
    EditionFactory(title="Черновик", year=2027, print_run=300)


@pytest.fixture
def programme(events_section, cases_section, rulebook):
    home = list(Municipality.objects.filter(region__is_home=True).order_by("oktmo")[:3])
    neighbour = list(Municipality.objects.filter(region__is_home=False).order_by("oktmo")[:1])
    seed_programme(
        events_section=events_section,
        cases_section=cases_section,
        rulebook=rulebook,
        municipalities=home + neighbour,
    )
    return home + neighbour


@pytest.fixture
def selection_round(db):
    return open_round()
