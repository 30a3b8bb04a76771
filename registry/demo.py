"""Demo content of the registry: participants, communities with evidence, teams and leaders.

seed_registry() is deterministic for a given seed and idempotent: every record is found or
created by a natural key (see registry.factories), so running it twice adds nothing.
"""

import datetime
import random
from decimal import Decimal

from anyascii import anyascii
from django.db import transaction
from django.utils.text import slugify
from faker import Faker

from cms.models import EventKind, EventPage
from registry import factories, reference_data
from registry.models import (
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

KINDS = [
    (CommunityForm.CLUB, "Клуб", [
        "Родник", "Земляки", "Ремесленник", "Рассвет", "Шахматист", "Краевед", "Вдохновение",
        "Туристы Урала", "Песни у костра", "Золотые руки",
    ]),
    (CommunityForm.TOS, "ТОС", [
        "Звёздный", "Заречье", "Солнечный", "Берёзка", "Центральный", "Родная улица",
        "Молодёжный", "Черёмушки", "Светлый", "Нагорный",
    ]),
    (CommunityForm.INITIATIVE_GROUP, "Инициативная группа", [
        "Наш двор", "Чистый берег", "Зелёный сквер", "Светлая улица", "Детская площадка",
        "Живой родник", "Тропа здоровья",
    ]),
    (CommunityForm.NGO, "АНО", [
        "Доброе сердце", "Открытый мир", "Наследие", "Курай", "Рука помощи", "Новые горизонты",
        "Истоки", "Дом ремёсел",
    ]),
    (CommunityForm.ASSOCIATION, "Ассоциация", [
        "Фермеры Урала", "Мастера Агидели", "Пчеловоды", "Молодые предприниматели",
        "Мастера народных промыслов", "Сельский туризм",
    ]),
    (CommunityForm.INFORMAL_GROUP, "Сообщество", [
        "Мамы района", "Бегущий город", "Книголюбы", "Добрые соседи", "Велодвижение",
        "Серебряные волонтёры", "Зелёный патруль", "Кино по четвергам",
    ]),
]  # fmt: skip
ACTIVITIES = [
    "Субботник на набережной",
    "Праздник двора",
    "Мастер-класс по народным ремёслам",
    "Турнир по мини-футболу",
    "Встреча с администрацией",
    "Экологическая акция",
    "Вечер башкирской поэзии",
    "Сбор помощи пожилым",
]
LEADER_ROLES = ["Председатель", "Руководитель", "Координатор"]
# A description is one of each: what the community does, how often it meets, what it offers.
PURPOSES = [
    "Объединяет жителей, которые хотят сделать свой двор удобным и красивым.",
    "Помогает пожилым соседям с покупками, лекарствами и дровами на зиму.",
    "Возрождает народные ремёсла и учит им детей и взрослых.",
    "Проводит тренировки и турниры для всех возрастов.",
    "Следит за чистотой берегов, сажает деревья и разбивает скверы.",
    "Собирает истории земляков и водит экскурсии по родным местам.",
    "Поддерживает молодые семьи и устраивает досуг для детей.",
    "Помогает начинающим фермерам найти покупателей и обменяться опытом.",
    "Устраивает праздники улицы, концерты и вечера поэзии на башкирском и русском языках.",
    "Учит школьников придумывать и вести собственные проекты для посёлка.",
]
MEETINGS = [
    "Участники встречаются раз в неделю.",
    "Встречи проходят по выходным.",
    "Сообщество собирается дважды в месяц.",
    "Общие сборы проходят раз в месяц.",
]
OFFERS = [
    "Новичкам всегда рады.",
    "Летом сообщество ищет волонтёров для своих проектов.",
    "Анонсы встреч публикуются в группе ВКонтакте.",
    "Помещение для встреч даёт местная библиотека.",
]


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


class _Seeder:
    def __init__(self, seed: int):
        self.rng = random.Random(seed)
        # Its own stream, so that texts can change without changing which records are drawn.
        self.text_rng = random.Random(f"{seed}-texts")
        self.fake = Faker("ru_RU")
        self.fake.seed_instance(seed)
        self.spheres = list(
            Sphere.objects.filter(locale__language_code="ru").order_by("sort_order")
        )
        self.fairs = {
            fair.municipality_id: fair
            for fair in EventPage.objects.filter(kind=EventKind.FAIR).exclude(municipality=None)
        }
        self.counts = {"communities": 0, "people": 0, "activities": 0, "snapshots": 0}
        self.names_used: set[str] = set()

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

    def community_name(self, municipality: Municipality, prefix: str, words: list[str]) -> str:
        """A name no other demo community has: a free one, else one with the place in it."""
        place = municipality.centre or municipality.name
        plain = [f"{prefix} «{word}»" for word in words]
        placed = [f"{prefix} «{word}» ({place})" for word in words]
        name = self.rng.choice(
            [n for n in plain if n not in self.names_used]
            or [n for n in placed if n not in self.names_used]
        )
        self.names_used.add(name)
        return name

    def description(self) -> str:
        choose = self.text_rng.choice
        return f"{choose(PURPOSES)} {choose(MEETINGS)} {choose(OFFERS)}"

    def community(self, municipality: Municipality, index: int, leaders: list) -> None:
        form, prefix, words = self.rng.choice(KINDS)
        name = self.community_name(municipality, prefix, words)
        slug = slugify(anyascii(f"{name} {municipality.oktmo} {index}"))
        status = self.rng.choices(
            [CommunityStatus.PUBLISHED, CommunityStatus.SUBMITTED, CommunityStatus.ARCHIVED],
            weights=[90, 7, 3],
        )[0]
        latitude, longitude = _point_near(municipality, self.rng)
        founded = self.rng.randint(2008, 2025)
        community = factories.CommunityFactory(
            slug=slug,
            name=name,
            municipality=municipality,
            form=form,
            status=status,
            description=self.description(),
            founding_year=founded,
            members_reported=self.rng.randint(8, 150),
            address=f"{municipality.centre}, {self.fake.street_address()}",
            latitude=latitude,
            longitude=longitude,
            vk_url=f"https://vk.com/{slug[:40]}",
            spheres=self.rng.sample(self.spheres, self.rng.randint(1, 2)),
        )
        self.counts["communities"] += 1
        if leaders and status == CommunityStatus.PUBLISHED and self.rng.random() < 0.8:
            factories.LeadershipFactory(
                community=community,
                person=self.rng.choice(leaders),
                role=self.rng.choice(LEADER_ROLES),
                since=datetime.date(max(founded, 2015), 1, 1),
            )
        self.evidence(community, municipality)
        self.snapshots(community)

    def evidence(self, community, municipality) -> None:
        # Strength of evidence: 0 self-declared, 1 documented, 2 curator, 3 fair.
        strength = self.rng.choices([0, 1, 2, 3], weights=[25, 30, 25, 20])[0]
        activities = self.rng.randint(0, 1) if strength == 0 else self.rng.randint(2, 5)
        for n in range(activities):
            factories.ActivityFactory(
                community=community,
                title=self.rng.choice(ACTIVITIES),
                date=datetime.date(2025, 1, 15) + datetime.timedelta(days=45 * n + 7),
                participants=self.rng.randint(10, 200),
                link=f"{community.vk_url}?w=wall{n}",
            )
            self.counts["activities"] += 1
        if strength >= 2:
            factories.CuratorConfirmationFactory(
                community=community,
                confirmed_on=datetime.date(2026, 5, 20),
                note="Куратор побывал на встрече сообщества",
            )
        if strength == 3:
            fair = self.fairs.get(municipality.pk)
            factories.FairPresenceFactory(
                community=community,
                fair=fair,
                date=fair.start_date if fair else datetime.date(2026, 9, 12),
                note="Площадка сообщества на ярмарке",
            )

    def snapshots(self, community) -> None:
        members = max(3, (community.members_reported or 20) // 2)
        for quarter in range(8):  # two years, quarterly
            members += self.rng.randint(0, 6)
            factories.SnapshotFactory(
                community=community,
                date=datetime.date(2025 + quarter // 4, 1 + 3 * (quarter % 4), 1),
                members=members,
                activities_in_period=self.rng.randint(0, 6),
            )
            self.counts["snapshots"] += 1


@transaction.atomic
def seed_registry(*, seed: int = 2026) -> dict:
    """Seed the registry demo; returns counts of what was touched (found or created)."""
    seeder = _Seeder(seed)
    participants = _participants(seeder.rng)
    _mark_participants(participants)
    for municipality in participants:
        leaders = seeder.team_and_leaders(municipality)
        for index in range(seeder.rng.randint(5, 6)):
            seeder.community(municipality, index, leaders)
    communities_verification_recompute_all()
    return {"participants": len(participants), **seeder.counts}
