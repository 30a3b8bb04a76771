"""What Unicode case folding costs SQLite's LIKE (cms/sqlite.py). Not a test: prints JSON.

    .venv/bin/python bench/sqlite_like_bench.py

A table of community-like rows (a Russian name and a two-sentence description) in an in-memory
SQLite database is searched the way the registry's `q` filter searches it
(`name LIKE '%…%' ESCAPE '\\' OR description LIKE …`), with SQLite's own LIKE (ASCII case
folding only) and with the replacement. BENCH_ROWS sets the table sizes, BENCH_RUNS the
repetitions; the median is reported.
"""

import json
import os
import random
import sqlite3
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from cms.sqlite import like  # noqa: E402

WORDS = "двор сообщество жители Мелеуз Уфа клуб ярмарка берег субботник площадка проект".split()
CONDITION = "name LIKE ? ESCAPE '\\' OR description LIKE ? ESCAPE '\\'"
QUERY = f"SELECT count(*) FROM community WHERE {CONDITION}"


def table(rows: int) -> sqlite3.Connection:
    rng = random.Random(2026)
    connection = sqlite3.connect(":memory:")
    connection.execute("CREATE TABLE community (name TEXT, description TEXT)")
    connection.executemany(
        "INSERT INTO community VALUES (?, ?)",
        [
            (" ".join(rng.choices(WORDS, k=3)), " ".join(rng.choices(WORDS, k=24)))
            for _ in range(rows)
        ],
    )
    return connection


def timed(connection: sqlite3.Connection, pattern: str, runs: int) -> tuple[float, int]:
    times, found = [], 0
    for _ in range(runs):
        start = time.perf_counter()
        found = connection.execute(QUERY, (pattern, pattern)).fetchone()[0]
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000, found


def main():
    sizes = [int(n) for n in os.environ.get("BENCH_ROWS", "1000,10000,100000").split(",")]
    runs = int(os.environ.get("BENCH_RUNS", "5"))
    results = []
    for rows in sizes:
        connection = table(rows)
        builtin_ms, builtin_found = timed(connection, "%мелеуз%", runs)
        connection.create_function("like", 2, like, deterministic=True)
        connection.create_function("like", 3, like, deterministic=True)
        unicode_ms, unicode_found = timed(connection, "%мелеуз%", runs)
        results.append(
            {
                "rows": rows,
                "sqlite_like_ms": round(builtin_ms, 2),
                "sqlite_like_found": builtin_found,
                "unicode_like_ms": round(unicode_ms, 2),
                "unicode_like_found": unicode_found,
            }
        )
    print(
        json.dumps(
            {"query": "мелеуз", "runs": runs, "results": results}, indent=2, ensure_ascii=False
        )
    )


if __name__ == "__main__":
    main()
