"""Benchmark of the public registry at 100,000 communities. Not a test: prints JSON.

    .venv/bin/python bench/registry_bench.py              # SQLite file under /tmp
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/konstruktor_bench \
        .venv/bin/python bench/registry_bench.py

"Cold" figures empty the cache before every request (the real work: queries, serialising,
compressing); "warm" ones are answered from the 60 s response cache. Each address gets one
untimed request first, as a long-running server has served it before. GeoJSON is timed plain and
with Accept-Encoding: gzip, as a browser asks for it. The load average at the start and the end
tells how busy the machine was. BENCH_COMMUNITIES and BENCH_RUNS make it smaller or longer.
The database is a throwaway one made by Django's test machinery (test_<name> on PostgreSQL,
/tmp/registry_bench.sqlite3 on SQLite) and dropped at the end. Requests go through the full
Django stack with the test client; times are wall-clock per request on this machine.
"""

import gzip
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

from django.db import connection  # noqa: E402
from django.test.utils import (  # noqa: E402
    CaptureQueriesContext,
    setup_databases,
    setup_test_environment,
    teardown_databases,
)

COMMUNITIES = int(os.environ.get("BENCH_COMMUNITIES", "100000"))
RUNS = int(os.environ.get("BENCH_RUNS", "40"))


def seed(count: int) -> None:
    from registry.models import (
        Community,
        CommunityForm,
        CommunityStatus,
        Municipality,
        Sphere,
        VerificationLevel,
    )

    rng = random.Random(1)
    municipalities = list(
        Municipality.objects.filter(region__is_home=True).values_list("pk", "latitude", "longitude")
    )
    spheres = list(Sphere.objects.values_list("pk", flat=True))
    levels = VerificationLevel.values
    through = Community.spheres.through
    batch = 5000
    for start in range(0, count, batch):
        rows = []
        for number in range(start, min(start + batch, count)):
            pk, lat, lon = rng.choice(municipalities)
            rows.append(
                Community(
                    name=f"Сообщество {number}",
                    slug=f"bench-{number}",
                    municipality_id=pk,
                    description="Соседи вместе благоустраивают двор и проводят праздники.",
                    founding_year=rng.randint(1995, 2026),
                    members_reported=rng.randint(3, 300),
                    form=rng.choice(CommunityForm.values),  # a registry mixes forms
                    latitude=round(float(lat) + rng.uniform(-0.2, 0.2), 5),
                    longitude=round(float(lon) + rng.uniform(-0.3, 0.3), 5),
                    status=(
                        CommunityStatus.PUBLISHED
                        if rng.random() < 0.95
                        else CommunityStatus.SUBMITTED
                    ),
                    verification_level=rng.choice(levels),
                )
            )
        created = Community.objects.bulk_create(rows)
        if created[0].pk is None:  # backends that do not return keys
            created = list(Community.objects.filter(slug__in=[c.slug for c in rows]))
        links = [
            through(community_id=community.pk, sphere_id=sphere)
            for community in created
            for sphere in rng.sample(spheres, rng.randint(1, 2))
        ]
        through.objects.bulk_create(links)


def timed(client, url, runs=RUNS, cold=False, headers=None):
    """Per-request times; cold=True empties the cache first (the GeoJSON bodies live there)."""
    from django.core.cache import cache

    # One untimed request first: a fresh process pays once for imports, URL resolving and
    # the database's first plans, which a long-running server has long paid.
    cache.clear()
    client.get(url, headers=headers)
    times, response = [], None
    for _ in range(runs):
        if cold:
            cache.clear()
        started = time.perf_counter()
        response = client.get(url, headers=headers)
        times.append((time.perf_counter() - started) * 1000)
        assert response.status_code == 200, (url, response.status_code)
    times.sort()
    return times, response


def summary(times):
    return {
        "p50_ms": round(statistics.median(times), 1),
        "p95_ms": round(times[max(0, int(len(times) * 0.95) - 1)], 1),
        "max_ms": round(times[-1], 1),
        "runs": len(times),
    }


def queries(client, url):
    from django.core.cache import cache

    cache.clear()
    with CaptureQueriesContext(connection) as context:
        assert client.get(url).status_code == 200
    return len(context.captured_queries)


def body_sizes(response):
    """The plain size and what gzip makes of it at a few levels (the API sends level 6)."""
    body = response.content
    sizes = {"bytes": len(body)}
    for level in (1, 5, 6, 9):
        started = time.perf_counter()
        packed = gzip.compress(body, level)
        sizes[f"gzip_{level}"] = {
            "bytes": len(packed),
            "ms": round((time.perf_counter() - started) * 1000, 1),
        }
    return sizes


GZIP = {"accept-encoding": "gzip"}


def measure(client, url, runs, compressed=False):
    """Cold: the cache emptied before each request (database and serialising); warm: cached."""
    cold, response = timed(client, url, runs=runs, cold=True)
    warm, _ = timed(client, url, runs=runs)
    timing = {"cold": summary(cold), "warm": summary(warm)}
    if compressed:
        cold_gzip, packed = timed(client, url, runs=runs, cold=True, headers=GZIP)
        assert packed["Content-Encoding"] == "gzip"
        timing["cold_gzip"] = {**summary(cold_gzip), "bytes": len(packed.content)}
    return timing, response


def run() -> dict:
    from django.test import Client

    from registry.models import Community, Municipality

    client = Client()
    biggest = (
        Municipality.objects.filter(region__is_home=True)
        .order_by("-communities__id")
        .values_list("slug", flat=True)
        .first()
    )
    results = {
        "database": connection.vendor,
        "communities": Community.objects.count(),
        "published": Community.objects.filter(status="published").count(),
    }

    filtered = [
        f"/api/registry/communities/?municipality={biggest}&sphere=youth&level=documented",
        "/api/registry/communities/?sphere=sport&form=informal_group",
        "/api/registry/communities/?level=confirmed_at_fair&page=3",
        "/api/registry/communities/?q=Сообщество 4242",
    ]
    cold, warm = [], []
    for url in filtered:
        cold += timed(client, url, runs=RUNS // len(filtered), cold=True)[0]
        warm += timed(client, url, runs=RUNS // len(filtered))[0]
    results["api_filtered_list"] = {
        "cold": summary(sorted(cold)),
        "warm": summary(sorted(warm)),
        "urls": filtered,
    }
    results["api_unfiltered_list"] = measure(client, "/api/registry/communities/", RUNS)[0]

    one_url = f"/api/registry/geojson/communities/?municipality={biggest}"
    timing, one = measure(client, one_url, 10, compressed=True)
    results["geojson_one_municipality"] = {
        **timing,
        **body_sizes(one),
        "features": len(json.loads(one.content)["features"]),
    }
    timing, everything = measure(client, "/api/registry/geojson/communities/", 7, compressed=True)
    results["geojson_whole_republic"] = {
        **timing,
        **body_sizes(everything),
        "features": len(json.loads(everything.content)["features"]),
    }
    timing, outlines = measure(client, "/api/registry/geojson/municipalities/", 5, True)
    results["geojson_municipality_outlines"] = {**timing, **body_sizes(outlines)}
    results["api_statistics"] = measure(client, "/api/registry/statistics/", 10)[0]

    # Pages are not cached: every request is cold.
    page = f"/ru/registry/?municipality={biggest}&sphere=youth"
    results["public_list_page_filtered"] = summary(timed(client, page, runs=20)[0])
    results["public_list_page"] = summary(timed(client, "/ru/registry/", runs=20)[0])
    results["public_list_page_q"] = summary(timed(client, "/ru/registry/?q=4242", runs=20)[0])

    results["queries_per_request"] = {
        "api_list_page_size_10": queries(client, "/api/registry/communities/?page_size=10"),
        "api_list_page_size_200": queries(client, "/api/registry/communities/?page_size=200"),
        "api_filtered_page_size_10": queries(client, filtered[0] + "&page_size=10"),
        "api_filtered_page_size_200": queries(client, filtered[0] + "&page_size=200"),
        "public_list_page": queries(client, "/ru/registry/"),
        "map_page": queries(client, "/ru/registry/map/"),
    }
    return results


def main() -> None:
    if connection.vendor == "sqlite":
        connection.settings_dict["TEST"]["NAME"] = "/tmp/registry_bench.sqlite3"
    load_at_start = os.getloadavg()
    setup_test_environment()
    started = time.perf_counter()
    old_config = setup_databases(verbosity=0, interactive=False)
    try:
        migrated = time.perf_counter()
        seed(COMMUNITIES)
        with connection.cursor() as cursor:  # as autovacuum would soon after such a load
            cursor.execute("VACUUM ANALYZE" if connection.vendor == "postgresql" else "ANALYZE")
        seeded = time.perf_counter()
        results = run()
        results["load_average"] = {
            "start": [round(load, 2) for load in load_at_start],
            "end": [round(load, 2) for load in os.getloadavg()],
            "cores": os.cpu_count(),
        }
        results["seconds"] = {
            "migrate": round(migrated - started, 1),
            "seed": round(seeded - migrated, 1),
        }
    finally:
        teardown_databases(old_config, verbosity=0)
    print(json.dumps(results, ensure_ascii=False, indent=2))


if __name__ == "__main__":
    main()
