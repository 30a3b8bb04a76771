"""The site under load in its production topology. Not a test: prints JSON.

    TOPOLOGY_DATABASE_URL=postgres://postgres@127.0.0.1:5432/konstruktor_bench \\
        .venv/bin/python bench/site_bench.py

Starts deploy/topology.py (Varnish, nginx, two app servers, two workers, PostgreSQL, Redis,
S3), a third app server outside the balancer with PAGE_CACHE_SECONDS=0 and the ceiling
(bench/ceiling.py: a minimal Django view returning 30 KB, same gunicorn configuration), seeds
the demo content (the topology's database starts empty), waits for the task queue to empty
and runs wrk against each address:

- "cached": anonymous requests through Varnish;
- "uncached": straight to the third app server, bypassing Varnish and the app's page cache;

at 16 and 64 connections (BENCH_SECONDS each, default 5), each request saying it accepts
compressed answers, as browsers do. Each figure is also given as a share
of the ceiling's requests/s measured in the same run at the same connection count. Last, it
publishes a case page and measures how long until an anonymous reader sees it through Varnish.
"""

import json
import os
import re
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from deploy.topology import BIN, ROOT, Topology, http_ok, wait_for  # noqa: E402

SECONDS = int(os.environ.get("BENCH_SECONDS", "5"))
CONNECTIONS = (16, 64)
PAGES = {
    "home": "/ru/",
    "case": None,  # the first case page of the demo, found at run time
    "registry": "/ru/registry/",
    "registry_map": "/ru/registry/map/",
    "api_cases_all_fields": "/api/v2/pages/?type=cms.CasePage&fields=*",
    "api_communities": "/api/registry/communities/",
}
UNITS = {"us": 1e-3, "ms": 1.0, "s": 1e3, "m": 60e3}

# Publishes the first case page with a new title inside the topology; prints the moment.
PUBLISH = """
import time
from cms.models import CasePage
case = CasePage.objects.live().filter(locale__language_code="ru").order_by("pk").first()
case.title = case.title.split(" · ")[0] + " · " + str(time.time_ns())
case.save_revision().publish()
print(case.title, time.time(), flush=True)
"""


QUEUED = "from django_tasks_db.models import DBTaskResult as T; print(T.objects.ready().count())"


def wrk(url: str, connections: int) -> dict:
    output = subprocess.run(
        [
            "wrk",
            f"-t{min(connections, 4)}",
            f"-c{connections}",
            f"-d{SECONDS}s",
            "--timeout",
            "10s",
            "--latency",
            # As every browser does: caches then answer with what they stored compressed
            # instead of decompressing it for each request.
            "--header",
            "Accept-Encoding: gzip, deflate, br",
            url,
        ],
        capture_output=True,
        text=True,
        check=True,
    ).stdout

    def latency(percent):
        # wrk pads seconds with a space ("1.51s "); None when no request was answered.
        found = re.search(rf"^\s+{percent}%\s+([\d.]+)(us|ms|s|m)\s*$", output, re.M)
        return round(float(found[1]) * UNITS[found[2]], 2) if found else None

    errors = sum(int(n) for n in re.findall(r"(?:connect|read|write|timeout) (\d+)", output))
    non_2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    if "Latency Distribution" not in output:
        print(output, file=sys.stderr)
    return {
        "requests_per_second": float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1)),
        "p50_ms": latency(50),
        "p99_ms": latency(99),
        "errors": errors + (int(non_2xx.group(1)) if non_2xx else 0),
    }


def fetch(url: str) -> bytes:
    # Long enough to wait out the queue a load run leaves behind in a slow server.
    with urllib.request.urlopen(url, timeout=600) as response:  # noqa: S310 (loopback)
        return response.read()


def first_case_path(base: str) -> str:
    items = json.loads(fetch(base + "/api/v2/pages/?type=cms.CasePage&locale=ru&limit=1"))
    return items["items"][0]["meta"]["html_url"].split("://", 1)[1].partition("/")[2]


def publish_to_visible(topology: Topology, case_url: str) -> float:
    """Seconds from a publish (committed in another process) to the new title through
    Varnish, with the old page cached there first."""
    fetch(case_url)
    publisher = subprocess.Popen(
        [str(BIN / "python"), "manage.py", "shell", "-c", PUBLISH],
        cwd=ROOT,
        env=topology.env(),
        stdout=subprocess.PIPE,
        text=True,
    )
    # The shell's first line counts its automatic imports.
    line = publisher.stdout.readline()
    while "·" not in line:
        line = publisher.stdout.readline()
    title, published = line.rsplit(" ", 1)
    title_bytes = title.encode()
    while title_bytes not in fetch(case_url):
        time.sleep(0.01)
    visible = time.time()
    publisher.wait()
    return round(visible - float(published), 3)


def main() -> None:
    load_before = os.getloadavg()
    with Topology(uncached_server=True) as topology:
        topology.manage("seed_demo")
        # Whatever the seeding queued (search index, builds) is done before the load starts.
        wait_for(
            "the queue", lambda: topology.manage("shell", "-c", QUEUED).split()[-1] == "0", 900
        )
        PAGES["case"] = "/" + first_case_path(topology.uncached_url)

        ceiling = subprocess.Popen(
            [
                str(BIN / "gunicorn"),
                "bench.ceiling:application",
                "--config",
                str(ROOT / "deploy" / "gunicorn.conf.py"),
                "--bind",
                f"127.0.0.1:{topology.ports.ceiling}",
                "--workers",
                str(topology.gunicorn_workers),
            ],
            cwd=ROOT,
            start_new_session=True,
        )
        ceiling_url = f"http://127.0.0.1:{topology.ports.ceiling}/"
        try:
            wait_for("the ceiling", lambda: http_ok(ceiling_url))
            ceilings = {c: wrk(ceiling_url, c) for c in CONNECTIONS}
            results = {}
            for name, path in PAGES.items():
                for mode, base in (
                    ("cached", topology.varnish_url),
                    ("uncached", topology.uncached_url),
                ):
                    for connections in CONNECTIONS:
                        # Wait until the requests of the run before are answered: an
                        # uncached run leaves a queue in the uncached server, which would
                        # otherwise take the CPU from the next (cached) run. Then warm
                        # (Varnish stores the page, the app loads its code).
                        fetch(topology.uncached_url + path)
                        fetch(base + path)
                        figures = wrk(base + path, connections)
                        print(name, mode, connections, figures, file=sys.stderr)
                        share = figures["requests_per_second"] / max(
                            ceilings[connections]["requests_per_second"], 1
                        )
                        figures["share_of_ceiling"] = round(share, 4)
                        results.setdefault(name, {}).setdefault(mode, {})[connections] = figures
            visible = [
                publish_to_visible(topology, topology.varnish_url + PAGES["case"]) for _ in range(3)
            ]
        finally:
            ceiling.terminate()
            ceiling.wait()
    print(
        json.dumps(
            {
                "seconds_per_run": SECONDS,
                "gunicorn_workers_per_server": topology.gunicorn_workers,
                "load_average_before": [round(x, 2) for x in load_before],
                "load_average_after": [round(x, 2) for x in os.getloadavg()],
                "ceiling": ceilings,
                "pages": PAGES,
                "results": results,
                "publish_to_visible_seconds": visible,
            },
            indent=2,
        )
    )


if __name__ == "__main__":
    main()
