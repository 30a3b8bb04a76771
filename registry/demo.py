"""Demo content of the registry: participants, communities with evidence, teams and leaders.

seed_registry() is deterministic for a given seed and idempotent: every record is found or
created by a natural key (see registry.factories), so running it twice adds nothing. What the
registry cannot know is passed in by the editorial demo above it (cms.demo.registry): where
fairs were held and how many communities presented at each, and the communities of its cases.
"""

import datetime
import random
from dataclasses import dataclass, field
from decimal import Decimal

from anyascii import anyascii
from django.db import transaction
from django.utils.text import slugify
from faker import Faker

from registry import factories, reference_data
from registry.demo_communities import ACTIVITIES, COMMUNITIES
from registry.models import (
    Community,
    CommunityForm,
    CommunityStatus,
    Municipality,
    Sphere,
    TeamRole,
)
from registry.services import communities_verification_recompute_all

SELECTION_YEAR = 2026
PARTICIPANTS_AT_HOME = 25
ZONES = 5
# The municipalities the demo cases and events are set in always take part.
FIXED_PARTICIPANTS = [
    "80601000", "80611000", "80613000", "80621000", "80641000", "80651000",
    "80701000", "80727000", "80735000", "80739000", "80745000",
]  # fmt: skip
# One neighbour from each federal district: Orenburg (Volga) and Magnitogorsk (Ural).
NEIGHBOUR_PARTICIPANTS = ["53701000", "75738000"]

# Members a community of each form reports, (fewest, most).
MEMBERS = {
    CommunityForm.TOS: (25, 120),
    CommunityForm.CLUB: (12, 60),
    CommunityForm.NGO: (8, 35),
    CommunityForm.ASSOCIATION: (10, 45),
    CommunityForm.INITIATIVE_GROUP: (6, 30),
    CommunityForm.INFORMAL_GROUP: (15, 90),
}
COMMUNITIES_PER_MUNICIPALITY = 4
# Where a fair was held, one more community: the fair found it.
COMMUNITIES_AT_A_FAIR_MUNICIPALITY = 5
LEADER_ROLES = ["Председатель", "Руководитель", "Координатор"]
QUARTERS = [datetime.date(2025 + q // 4, 1 + 3 * (q % 4), 1) for q in range(8)]
# The registry filled up over the programme year, from the conference to the round table.
REGISTRY_OPENED = datetime.datetime(2026, 2, 16, 10, tzinfo=datetime.UTC)
REGISTRY_FILLING_DAYS = 280


def _participants(rng: random.Random) -> list[Municipality]:
    home = list(Municipality.objects.filter(region__is_home=True).order_by("oktmo"))
    fixed = [m for m in home if m.oktmo in FIXED_PARTICIPANTS]
    others = [m for m in home if m.oktmo not in FIXED_PARTICIPANTS]
    chosen = fixed + rng.sample(others, PARTICIPANTS_AT_HOME - len(fixed))
    neighbours = list(Municipality.objects.filter(oktmo__in=NEIGHBOUR_PARTICIPANTS))
    return chosen + neighbours


def _mark_participants(participants: list[Municipality]) -> None:
    """Participants take part from SELECTION_YEAR; zones run west to east in equal groups."""
    by_longitude = sorted(participants, key=lambda m: (m.longitude or 0, m.oktmo))
    size = -(-len(by_longitude) // ZONES)
    for index, municipality in enumerate(by_longitude):
        municipality.participating = True
        municipality.selection_year = SELECTION_YEAR
        municipality.zone = index // size + 1
    Municipality.objects.bulk_update(participants, ["participating", "selection_year", "zone"])


def _point_near(municipality: Municipality, rng: random.Random) -> tuple[Decimal, Decimal]:
    """A point a few km from the centre, inside the outline where there is one."""
    lat, lon = municipality.latitude, municipality.longitude
    for _attempt in range(5):
        candidate = (
            lat + Decimal(f"{rng.uniform(-0.05, 0.05):.5f}"),
            lon + Decimal(f"{rng.uniform(-0.08, 0.08):.5f}"),
        )
        if not municipality.outline or reference_data.contains_point(
            municipality.outline, latitude=candidate[0], longitude=candidate[1]
        ):
            return candidate
    return lat, lon


def _record_added(community: Community) -> None:
    """Date the record as added on a day of the programme year, the same on every seed, so the
    results page's running total grows over the year instead of jumping on the seeding day."""
    day = random.Random(f"added-{community.slug}").randrange(REGISTRY_FILLING_DAYS)
    Community.objects.filter(pk=community.pk).update(
        created_at=REGISTRY_OPENED + datetime.timedelta(days=day)
    )


def _growth(final: int, rng: random.Random) -> list[int]:
    """Members at each quarter, never falling, ending at the figure the community reports."""
    first = max(3, round(final * rng.uniform(0.45, 0.7)))
    steps = sorted(rng.randint(first, final) for _ in range(len(QUARTERS) - 2))
    return [first, *steps, final]


@dataclass
class RegistryDemo:
    """What seed_registry touched: counts, and the communities seen at their municipality's
    fair (the caller records their presence there)."""

    counts: dict
    presenters: list[Community] = field(default_factory=list)


class _Seeder:
    def __init__(self, seed: int, *, fairs: dict[str, int], flagship_ids):
        self.fairs = fairs
        self.flagship_ids = set(flagship_ids)
        self.presenters: list[Community] = []
        self.rng = random.Random(seed)
        self.fake = Faker("ru_RU")
        self.fake.seed_instance(seed)
        self.spheres = {
            sphere.slug: sphere for sphere in Sphere.objects.filter(locale__language_code="ru")
        }
        self.names = random.Random(f"{seed}-names").sample(COMMUNITIES, len(COMMUNITIES))
        self.counts = {"communities": 0, "people": 0, "activities": 0, "snapshots": 0}

    def person(self, municipality: Municipality, key: str, **extra):
        self.counts["people"] += 1
        number = self.rng.randrange(10**7)
        return factories.PersonFactory(
            email=f"{key}@demo.example.org",
            full_name=self.fake.name(),
            municipality=municipality,
            phone=f"+7917{number:07d}",
            **extra,
        )

    def team_and_leaders(self, municipality: Municipality) -> list:
        for role in TeamRole.values:
            factories.TeamMemberFactory(
                municipality=municipality,
                role=role,
                person=self.person(municipality, f"team-{municipality.oktmo}-{role}"),
            )
        leaders = []
        for n in range(5):
            consented = self.rng.random() < 0.7
            leader = self.person(
                municipality,
                f"leader-{municipality.oktmo}-{n}",
                public_name_consent=consented,
                public_name_consent_date=datetime.date(2026, 3, 1) if consented else None,
            )
            factories.IdentifiedLeaderFactory(
                person=leader,
                municipality=municipality,
                identified_on=datetime.date(2026, 3, 1) + datetime.timedelta(days=7 * n),
            )
            leaders.append(leader)
        return leaders

    def municipality(self, municipality: Municipality) -> None:
        """Its team, leaders and communities. Where a fair was held, the communities that
        presented there are exactly as many as the fair's report says: the flagship
        communities of its cases first, then the registry's own."""
        leaders = self.team_and_leaders(municipality)
        presented = self.fairs.get(municipality.oktmo)
        flagships = list(
            Community.objects.filter(municipality=municipality, pk__in=self.flagship_ids).order_by(
                "slug"
            )
        )
        for community in flagships:
            self.flagship(community, presented=presented is not None)
        to_present = presented - len(flagships) if presented is not None else 0
        size = (
            COMMUNITIES_AT_A_FAIR_MUNICIPALITY
            if presented is not None
            else COMMUNITIES_PER_MUNICIPALITY
        )
        for index in range(size):
            self.community(municipality, leaders, presents=index < to_present)

    def community(self, municipality: Municipality, leaders: list, *, presents: bool) -> None:
        form, name, sphere_slugs, description = self.names.pop()
        slug = slugify(anyascii(name))
        status = (
            CommunityStatus.PUBLISHED
            if presents
            else self.rng.choices(
                [CommunityStatus.PUBLISHED, CommunityStatus.SUBMITTED, CommunityStatus.ARCHIVED],
                weights=[90, 7, 3],
            )[0]
        )
        latitude, longitude = _point_near(municipality, self.rng)
        founded = self.rng.randint(2008, 2025)
        community = factories.CommunityFactory(
            slug=slug,
            name=name,
            municipality=municipality,
            form=form,
            status=status,
            description=description,
            founding_year=founded,
            members_reported=self.rng.randint(*MEMBERS[form]),
            address=f"{municipality.centre}, {self.fake.street_address()}",
            latitude=latitude,
            longitude=longitude,
            vk_url=f"https://vk.com/{slug[:40]}",
            spheres=[self.spheres[s] for s in sphere_slugs if s in self.spheres],
        )
        self.counts["communities"] += 1
        if leaders and status == CommunityStatus.PUBLISHED and self.rng.random() < 0.8:
            factories.LeadershipFactory(
                community=community,
                person=self.rng.choice(leaders),
                role=self.rng.choice(LEADER_ROLES),
                since=datetime.date(max(founded, 2015), 1, 1),
            )
        # Strength of evidence: 0 self-declared, 1 documented, 2 curator; 3 seen at the fair.
        strength = 3 if presents else self.rng.choices([0, 1, 2], weights=[30, 40, 30])[0]
        self.evidence(community, sphere_slugs[0], strength)
        self.snapshots(community)
        _record_added(community)

    def flagship(self, community, *, presented: bool) -> None:
        """A community whose case is published carries the evidence that earns it: documented
        work, a curator's confirmation and, where its municipality held a fair, the fair."""
        sphere = community.spheres.order_by("sort_order").first()
        self.evidence(community, sphere.slug if sphere else "socio-cultural", 3 if presented else 2)
        self.snapshots(community)
        _record_added(community)
        self.counts["communities"] += 1

    def evidence(self, community, sphere_slug: str, strength: int) -> None:
        titles = ACTIVITIES.get(sphere_slug, ACTIVITIES["socio-cultural"])
        activities = self.rng.randint(0, 1) if strength == 0 else self.rng.randint(2, 4)
        for n in range(activities):
            factories.ActivityFactory(
                community=community,
                title=titles[n],
                date=datetime.date(2025, 1, 15) + datetime.timedelta(days=97 * n + 7),
                participants=self.rng.randint(
                    max(5, community.members_reported // 3), community.members_reported * 2
                ),
                link=f"{community.vk_url or 'https://vk.com/' + community.slug}?w=wall{n}",
            )
            self.counts["activities"] += 1
        if strength >= 2:
            factories.CuratorConfirmationFactory(
                community=community,
                confirmed_on=datetime.date(2026, 5, 20),
                note="Куратор побывал на встрече сообщества",
            )
        if strength == 3 and community.municipality.oktmo in self.fairs:
            self.presenters.append(community)

    def snapshots(self, community) -> None:
        growth = _growth(community.members_reported, self.rng)
        for date, members in zip(QUARTERS, growth, strict=True):
            factories.SnapshotFactory(
                community=community,
                date=date,
                members=members,
                activities_in_period=self.rng.randint(1, 4),
            )
            self.counts["snapshots"] += 1


@transaction.atomic
def seed_registry(
    *, seed: int = 2026, fairs: dict[str, int] | None = None, flagship_ids=()
) -> RegistryDemo:
    """Seed the registry demo. `fairs`: OKTMO of a municipality that held a fair -> how many
    communities presented there; `flagship_ids`: the communities of the demo cases, which
    carry the strongest evidence."""
    seeder = _Seeder(seed, fairs=fairs or {}, flagship_ids=flagship_ids)
    participants = _participants(seeder.rng)
    _mark_participants(participants)
    for municipality in participants:
        seeder.municipality(municipality)
    communities_verification_recompute_all()
    return RegistryDemo(
        counts={"participants": len(participants), **seeder.counts},
        presenters=seeder.presenters,
    )
