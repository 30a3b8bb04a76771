"""What one uncached render of the busiest public pages costs: CPU, wall time and queries.
Not a test: prints JSON.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/konstruktor REDIS_URL=redis://127.0.0.1:6379/4 \
        .venv/bin/python bench/render_bench.py [--runs 30] [--profile PAGE]

Runs in this process with the production settings (`cms.settings.production`; the secret key,
host and HTTPS redirect are set here) on whatever database DATABASE_URL names, which must hold
the demo content (`manage.py seed_demo`). Each page is requested through Django's test client
as an anonymous visitor; middleware that caches whole responses is left out, so every request
renders the page. Fragment caches stay on and are warmed by the first request, as they are on a
running site between two changes: the figures are the cost of a page-cache miss. Static files
are looked up without the collected manifest (no `collectstatic` needed).

For each page: the median, min and max CPU time of the process (`time.process_time`, so the
database server's own work is not in it), the median wall time, the number of queries of one
render and the response size. `--profile home` prints the functions that take the most time in
that page's renders instead (cProfile, cumulative).
"""

import argparse
import cProfile
import io
import json
import os
import pstats
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def setup() -> None:
    sys.path.insert(0, str(ROOT))
    os.environ["DJANGO_SETTINGS_MODULE"] = "cms.settings.production"
    os.environ.setdefault("DJANGO_SECRET_KEY", "render-bench-only")
    os.environ.setdefault("ALLOWED_HOSTS", "testserver")
    os.environ.setdefault("SECURE_SSL_REDIRECT", "0")
    import django
    from django.conf import settings
    from django.test.utils import override_settings

    django.setup()
    override_settings(
        MIDDLEWARE=[path for path in settings.MIDDLEWARE if "cache" not in path.lower()],
        STORAGES={
            **settings.STORAGES,
            "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
        },
    ).enable()


def pages() -> dict[str, str]:
    from cms.models import CasePage

    case = CasePage.objects.live().public().filter(locale__language_code="ru").first()
    return {
        "home": "/ru/",
        "case": case.get_url(),
        "registry": "/ru/registry/",
        "map": "/ru/registry/map/",
        "api_cases_all_fields": "/api/v2/pages/?type=cms.CasePage&fields=*",
    }


def count_queries(client, url: str):
    """(response, number of queries) of one request."""
    from django.db import connection, reset_queries
    from django.test.utils import CaptureQueriesContext

    reset_queries()
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    return response, len(queries)


def measure(client, url: str, runs: int) -> dict:
    first, first_queries = count_queries(client, url)  # warms fragment caches
    assert first.status_code == 200, (url, first.status_code)
    cpu, wall = [], []
    for _ in range(runs):
        cpu_start, wall_start = time.process_time(), time.perf_counter()
        response = client.get(url)
        cpu.append((time.process_time() - cpu_start) * 1000)
        wall.append((time.perf_counter() - wall_start) * 1000)
    _response, queries = count_queries(client, url)
    return {
        "url": url,
        "cpu_ms_median": round(statistics.median(cpu), 1),
        "cpu_ms_min": round(min(cpu), 1),
        "cpu_ms_max": round(max(cpu), 1),
        "wall_ms_median": round(statistics.median(wall), 1),
        "queries": queries,
        "queries_first_request": first_queries,
        "bytes": len(response.content),
    }


def profile(client, url: str, runs: int) -> str:
    client.get(url)
    profiler = cProfile.Profile(time.process_time)  # CPU, as the figures
    profiler.enable()
    for _ in range(runs):
        client.get(url)
    profiler.disable()
    out = io.StringIO()
    pstats.Stats(profiler, stream=out).sort_stats("cumulative").print_stats(60)
    return out.getvalue()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=30)
    parser.add_argument("--profile", metavar="PAGE")
    args = parser.parse_args()
    setup()
    from django.test import Client

    client = Client()
    targets = pages()
    if args.profile:
        print(profile(client, targets[args.profile], args.runs))
        return
    from django.db import connection

    results = {name: measure(client, url, args.runs) for name, url in targets.items()}
    print(
        json.dumps(
            {"database": connection.vendor, "runs": args.runs, "pages": results},
            indent=2,
            ensure_ascii=False,
        )
    )


if __name__ == "__main__":
    main()
