"""The registry's demo with what only the editorial demo knows: the fairs and the cases.

The registry seeds its participants and communities (registry.demo); the cases' communities
carry the strongest evidence, and at each fair exactly as many communities presented as its
report says. Their presences are recorded here, beside the fair pages (cms.FairPresence).
"""

from django.db import transaction

from cms.factories import FairPresenceFactory
from cms.models import EventKind, EventPage
from registry import demo
from registry.models import Community

from .events import FAIRS

PRESENCE_NOTE = "Площадка сообщества на ярмарке"


@transaction.atomic
def seed_registry(*, seed: int = 2026) -> dict:
    """Seed the registry demo and the fairs' presences; returns counts of what was touched."""
    seeded = demo.seed_registry(
        seed=seed,
        fairs={oktmo: fair["presented"] for oktmo, fair in FAIRS.items()},
        flagship_ids=Community.objects.filter(cases__isnull=False).values_list("pk", flat=True),
    )
    # A fair counts as evidence even before its page exists (the registry demo runs alone).
    fair_pages = {
        fair.municipality_id: fair
        for fair in EventPage.objects.filter(kind=EventKind.FAIR).exclude(municipality=None)
    }
    for community in seeded.presenters:
        FairPresenceFactory(
            community=community,
            fair=fair_pages.get(community.municipality_id),
            date=FAIRS[community.municipality.oktmo]["start_date"],
            note=PRESENCE_NOTE,
        )
    return seeded.counts
