"""Benchmark of the community map page at 100,000 communities, in Chromium. Not a test: prints JSON.

    REDIS_URL=redis://127.0.0.1:6379/5 \\
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/konstruktor_bench \\
        .venv/bin/python bench/map_bench.py

It seeds communities as bench/registry_bench.py does, in a throwaway database made by Django's
test machinery (test_<name> on PostgreSQL, /tmp/map_bench.sqlite3 on SQLite), collects the
static files and serves the site with gunicorn and the production settings (WhiteNoise's
compressed static files, gzip on the API), then opens /ru/registry/map/ in Debian's Chromium
(headless, driven by Playwright as tests/browser do; CHROMIUM_PATH may point elsewhere) at
1280×900, each visit in a fresh browser context, so nothing comes from the browser's cache.

- "cold": the server's cache is emptied before each visit (needs REDIS_URL: the app servers'
  shared cache, flushed between visits; without it the cache is each worker's memory and only
  the first visit is cold);
- "warm": the server has answered the same requests before;
- "zoomed_in": after a warm visit, three presses of "+" on the map (Leaflet's keyboard zoom).

Figures per visit, from the browser's own clocks (milliseconds since the navigation started):
first useful render (the map has drawn its communities: `data-points` set on the map element),
network idle (the last response of the visit ended), bytes transferred (compressed, with
headers), the GeoJSON's share of them, what was drawn (single points and cluster badges), and
the last four responses of the first run ([address, start, end, bytes]) to show what waits.
BENCH_COMMUNITIES and BENCH_RUNS make it smaller or longer.
"""

import json
import os
import shutil
import socket
import statistics
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cms.settings.test")

from django.conf import settings  # noqa: E402
from django.db import connection  # noqa: E402
from django.test.utils import (  # noqa: E402
    setup_databases,
    setup_test_environment,
    teardown_databases,
)
from registry_bench import seed  # noqa: E402  (it sets Django up)

COMMUNITIES = int(os.environ.get("BENCH_COMMUNITIES", "100000"))
RUNS = int(os.environ.get("BENCH_RUNS", "5"))
REDIS_URL = os.environ.get("REDIS_URL", "")
CHROMIUM = os.environ.get("CHROMIUM_PATH") or shutil.which("chromium") or "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking"]
MAP = "/ru/registry/map/"

# Runs before the page's own scripts: notes when the map first says how many it drew.
WATCH_THE_MAP = """
new MutationObserver(function (changes, observer) {
  var map = document.getElementById("community-map");
  if (map && map.dataset.points !== undefined && !window.__mapDrawnAt) {
    window.__mapDrawnAt = performance.now();
  }
}).observe(document, {subtree: true, attributes: true, attributeFilter: ["data-points"]});
"""

MEASURE = """() => {
  const entries = [...performance.getEntriesByType("navigation"),
                   ...performance.getEntriesByType("resource")];
  const geojson = entries.filter(e => e.name.includes("/geojson/"));
  const sum = list => list.reduce((total, e) => total + e.transferSize, 0);
  const map = document.getElementById("community-map");
  return {
    first_useful_render_ms: window.__mapDrawnAt ? Math.round(window.__mapDrawnAt) : null,
    network_idle_ms: Math.round(Math.max(...entries.map(e => e.responseEnd))),
    bytes_transferred: sum(entries),
    geojson_bytes: sum(geojson),
    requests: entries.length,
    single_points_drawn: document.querySelectorAll("path.community-marker").length,
    cluster_badges_drawn: document.querySelectorAll(".marker-cluster").length,
    communities_in_view: Number(map.dataset.points),
    mode: map.dataset.mode || "points",
    zoom: geojson.length ? Number(new URL(geojson.at(-1).name).searchParams.get("zoom")) : null,
    last_responses: entries.sort((a, b) => b.responseEnd - a.responseEnd).slice(0, 4).map(
      e => [e.name.replace(location.origin, ""), Math.round(e.startTime),
            Math.round(e.responseEnd), e.transferSize]),
  };
}"""


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _database_url() -> str:
    db = connection.settings_dict
    if connection.vendor == "sqlite":
        return f"sqlite:///{db['NAME']}"
    return f"postgres://{db['USER']}@{db['HOST']}:{db['PORT'] or 5432}/{db['NAME']}"


def serve(port: int) -> subprocess.Popen:
    """gunicorn with the production settings on the benchmark's database."""
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "cms.settings.production",
        "DJANGO_SECRET_KEY": "map-bench-not-secret",
        "ALLOWED_HOSTS": "127.0.0.1",
        "SECURE_SSL_REDIRECT": "0",
        "DATABASE_URL": _database_url(),
    }
    subprocess.run(
        [sys.executable, "manage.py", "collectstatic", "--noinput", "-v", "0"],
        cwd=ROOT,
        env=env,
        check=True,
    )
    server = subprocess.Popen(
        [
            str(Path(sys.executable).parent / "gunicorn"),
            "cms.wsgi:application",
            "--bind",
            f"127.0.0.1:{port}",
            "--workers",
            "2",
            "--threads",
            "4",
        ],
        cwd=ROOT,
        env=env,
    )
    for _ in range(120):
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}{MAP}", timeout=5)
            return server
        except OSError:
            time.sleep(0.5)
    server.terminate()
    raise RuntimeError("gunicorn did not answer")


def flush_server_cache() -> None:
    if REDIS_URL:
        import redis

        redis.Redis.from_url(REDIS_URL).flushdb()


def visit(browser, url: str, zoom_in: bool = False) -> dict:
    context = browser.new_context(locale="ru-RU", viewport={"width": 1280, "height": 900})
    context.add_init_script(WATCH_THE_MAP)
    page = context.new_page()
    page.route("**/favicon.ico", lambda route: route.fulfill(status=204))
    page.goto(url, wait_until="networkidle")
    figures = page.evaluate(MEASURE)
    if zoom_in:
        page.evaluate("() => performance.clearResourceTimings()")
        page.locator("#community-map").focus()
        started = page.evaluate("() => performance.now()")
        for _ in range(3):
            page.keyboard.press("+")
            page.wait_for_timeout(300)  # as a person presses: each press asks for its view
        page.wait_for_load_state("networkidle")
        after = page.evaluate(MEASURE)
        after["network_idle_ms"] = round(after["network_idle_ms"] - started)
        del after["first_useful_render_ms"]
        figures = after
    context.close()
    return figures


def summarise(visits: list[dict]) -> dict:
    result = {}
    for key, value in visits[0].items():
        values = [v[key] for v in visits]
        if (
            isinstance(value, (int, float))
            and value is not None
            and all(isinstance(v, (int, float)) for v in values)
        ):
            result[key] = {"median": statistics.median(values), "max": max(values)}
        else:
            result[key] = value
    result["runs"] = len(visits)
    return result


def run(base: str) -> dict:
    from playwright.sync_api import sync_playwright

    results = {}
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        visit(browser, base + MAP)  # the app servers' first request: imports, plans
        cold = []
        for _ in range(RUNS if REDIS_URL else 1):
            flush_server_cache()
            cold.append(visit(browser, base + MAP))
        results["cold"] = summarise(cold)
        results["warm"] = summarise([visit(browser, base + MAP) for _ in range(RUNS)])
        results["zoomed_in"] = summarise(
            [visit(browser, base + MAP, zoom_in=True) for _ in range(RUNS)]
        )
        browser.close()
    return results


def main() -> None:
    if connection.vendor == "sqlite":
        connection.settings_dict["TEST"]["NAME"] = "/tmp/map_bench.sqlite3"
    load_at_start = os.getloadavg()
    setup_test_environment()
    old_config = setup_databases(verbosity=0, interactive=False)
    server = None
    try:
        seed(COMMUNITIES)
        with connection.cursor() as cursor:
            cursor.execute("VACUUM ANALYZE" if connection.vendor == "postgresql" else "ANALYZE")
        connection.close()  # the server's processes use the database from here on
        port = _free_port()
        server = serve(port)
        results = {
            "database": connection.vendor,
            "communities": COMMUNITIES,
            "point_limit": settings.REGISTRY_MAP_POINT_LIMIT,
            "server_cache": "redis (flushed before each cold visit)" if REDIS_URL else "memory",
            **run(f"http://127.0.0.1:{port}"),
            "load_average": {
                "start": [round(load, 2) for load in load_at_start],
                "end": [round(load, 2) for load in os.getloadavg()],
                "cores": os.cpu_count(),
            },
        }
    finally:
        if server is not None:
            server.terminate()
            server.wait()
        teardown_databases(old_config, verbosity=0)
    print(json.dumps(results, ensure_ascii=False, indent=2))


if __name__ == "__main__":
    main()
