"""Benchmark of the programme's dashboard at the programme's full size and beyond. Prints JSON.

    .venv/bin/python bench/programme_bench.py
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/konstruktor \
        .venv/bin/python bench/programme_bench.py

Seeds 27 participating municipalities with their teams and leaders, BENCH_COMMUNITIES
communities (10,000 by default: a hundred times the target), the programme's events (27 fairs
and the rest) with BENCH_REGISTRATIONS registrations, some marked as having come. "Cold" times
empty the cache before each computation; "warm" ones are answered from it. The database is a
throwaway one made by Django's test machinery and dropped at the end.
"""

import datetime
import json
import os
import random
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cms.settings.test")

import django  # noqa: E402

django.setup()

from django.core.cache import cache  # noqa: E402
from django.db import connection  # noqa: E402
from django.test.utils import (  # noqa: E402
    CaptureQueriesContext,
    setup_databases,
    setup_test_environment,
    teardown_databases,
)

COMMUNITIES = int(os.environ.get("BENCH_COMMUNITIES", "10000"))
REGISTRATIONS = int(os.environ.get("BENCH_REGISTRATIONS", "3000"))
RUNS = int(os.environ.get("BENCH_RUNS", "20"))


def seed() -> None:
    from django.utils import timezone
    from wagtail.models import Page

    from cms.factories import EventPageFactory
    from cms.models import EventKind
    from programme.models import Registration, RegistrationStatus
    from registry.models import (
        Community,
        CommunityStatus,
        IdentifiedLeader,
        Municipality,
        Person,
        TeamMember,
        TeamRole,
    )

    rng = random.Random(1)
    home = list(Municipality.objects.filter(region__is_home=True).order_by("oktmo")[:25])
    chosen = home + list(Municipality.objects.filter(region__is_home=False)[:2])
    Municipality.objects.filter(pk__in=[m.pk for m in chosen]).update(
        participating=True, selection_year=2026
    )
    people = Person.objects.bulk_create(
        Person(full_name=f"Участник {n}", municipality=chosen[n % 27]) for n in range(108 + 135)
    )
    if people[0].pk is None:
        people = list(Person.objects.order_by("pk"))
    TeamMember.objects.bulk_create(
        TeamMember(person=person, municipality=person.municipality, role=TeamRole.values[n // 27])
        for n, person in enumerate(people[:108])
    )
    IdentifiedLeader.objects.bulk_create(
        IdentifiedLeader(
            person=person, municipality=person.municipality, identified_on=datetime.date(2026, 4, 1)
        )
        for person in people[108:]
    )
    Community.objects.bulk_create(
        Community(
            name=f"Сообщество {n}",
            slug=f"bench-{n}",
            municipality=rng.choice(chosen),
            status=CommunityStatus.PUBLISHED if rng.random() < 0.9 else CommunityStatus.SUBMITTED,
        )
        for n in range(COMMUNITIES)
    )
    events_section = Page.objects.get(depth=3, slug="events", locale__language_code="ru")
    events = [
        EventPageFactory(
            parent=events_section,
            title=f"Ярмарка {n}",
            kind=EventKind.FAIR,
            municipality=municipality,
            start_date=datetime.date(2026, 5, 1) + datetime.timedelta(days=5 * n),
            participants_count=rng.randint(60, 200),
        )
        for n, municipality in enumerate(chosen)
    ]
    for kind in (EventKind.CONFERENCE, EventKind.SCHOOL, EventKind.ZONAL_MODULE):
        events.append(EventPageFactory(parent=events_section, title=f"Событие {kind}", kind=kind))
    now = timezone.now()
    Registration.objects.bulk_create(
        Registration(
            event=rng.choice(events[-3:]),
            full_name=f"Гость {n}",
            email=f"guest{n}@example.org",
            consent_at=now,
            status=RegistrationStatus.CONFIRMED,
            attended=rng.random() < 0.8,
        )
        for n in range(REGISTRATIONS)
    )


def summary(times):
    times.sort()
    return {
        "p50_ms": round(statistics.median(times), 1),
        "p95_ms": round(times[max(0, int(len(times) * 0.95) - 1)], 1),
        "max_ms": round(times[-1], 1),
        "runs": len(times),
    }


def timed(action, *, cold: bool):
    times = []
    for _ in range(RUNS):
        if cold:
            cache.clear()
        started = time.perf_counter()
        action()
        times.append((time.perf_counter() - started) * 1000)
    return summary(times)


def run() -> dict:
    from django.test import Client

    from programme.selectors import programme_dashboard

    client = Client()

    def results_page():
        assert client.get("/ru/programme/results/").status_code == 200

    cache.clear()
    with CaptureQueriesContext(connection) as context:
        dashboard = programme_dashboard()
    return {
        "database": connection.vendor,
        "targets": {t.code: [t.current, t.target_value] for t in dashboard.targets},
        "dashboard_queries": len(context.captured_queries),
        "dashboard": {
            "cold": timed(programme_dashboard, cold=True),
            "warm": timed(programme_dashboard, cold=False),
        },
        "results_page": {
            "cold": timed(results_page, cold=True),
            "warm": timed(results_page, cold=False),
        },
    }


def main() -> None:
    if connection.vendor == "sqlite":
        connection.settings_dict["TEST"]["NAME"] = "/tmp/programme_bench.sqlite3"
    setup_test_environment()
    started = time.perf_counter()
    old_config = setup_databases(verbosity=0, interactive=False)
    try:
        migrated = time.perf_counter()
        seed()
        seeded = time.perf_counter()
        results = run()
        results["seconds"] = {
            "migrate": round(migrated - started, 1),
            "seed": round(seeded - migrated, 1),
        }
        results["load_average"] = [round(load, 2) for load in os.getloadavg()]
    finally:
        teardown_databases(old_config, verbosity=0)
    print(json.dumps(results, ensure_ascii=False, indent=2))


if __name__ == "__main__":
    main()
