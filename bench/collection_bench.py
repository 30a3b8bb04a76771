"""Benchmark of the print collection: A5 editions of about 75, 150 and 300 pages built to the
print PDF, to see the cost of the full book and how it grows. Not a test: prints JSON.

    .venv/bin/python bench/collection_bench.py
    BENCH_CHAPTERS=48 .venv/bin/python bench/collection_bench.py   # only the 300-page book

Each chapter is an article of about six A5 pages: paragraphs of Russian text, a table and a
1600 × 1000 photo. "assembly" is our own work (reading the pinned revisions, rendering the
HTML, typography, link resolution), "weasyprint" is layout and PDF writing. "linearity" gives
the milliseconds per page of each size and the largest size's over the smallest's (1.0: the
cost grows in proportion to the pages). Peak memory is the process's maximum resident set size
so far (it includes Django and the seeding); the sizes run smallest first, so each run's figure
is its own peak. The database is a throwaway SQLite file under /tmp; media go to a temporary
folder. The machine may be shared: the load average is printed with the figures.
"""

import json
import os
import resource
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cms.settings.test")

import django  # noqa: E402

django.setup()

from django.conf import settings  # noqa: E402
from django.db import connection  # noqa: E402
from django.test.utils import (  # noqa: E402
    setup_databases,
    setup_test_environment,
    teardown_databases,
)

CHAPTERS = sorted(int(n) for n in os.environ.get("BENCH_CHAPTERS", "12,24,48").split(","))
IMAGES = 10
SENTENCE = (
    "Местное сообщество начинается с общего дела, которое видно всем соседям, и растёт, "
    "когда у людей появляется привычка договариваться и отвечать за своё место. "
)


def seed(chapters: int, images: list, materials):
    from cms.demo.blocks import stream_value
    from cms.factories import ArticlePageFactory
    from collection.models import Edition, Entry, Part

    image_by_label = {f"Фото {n}": image for n, image in enumerate(images)}
    edition = Edition.objects.create(
        title=f"Сборник на {chapters} глав", year=2026, isbn="978-5-00000-000-7"
    )
    parts = [
        Part.objects.create(edition=edition, title=f"Часть {n + 1}", sort_order=n) for n in range(4)
    ]
    for number in range(chapters):
        blocks = [("heading", "Что важно знать")]
        blocks += [("paragraph", SENTENCE * 6) for _ in range(6)]
        blocks.append(
            (
                "table",
                (
                    "Показатели сообщества",
                    [["Показатель", "2025", "2026"]]
                    + [[f"Показатель {row}", str(row * 10), str(row * 12)] for row in range(6)],
                ),
            )
        )
        label = f"Фото {number % IMAGES}"
        blocks.append(("image", (label, f"Иллюстрация {number}", "Подпись", "Фото: автор")))
        blocks += [("paragraph", SENTENCE * 6) for _ in range(2)]
        body = stream_value(blocks, image=lambda label, alt: image_by_label[label], rules={})
        page = ArticlePageFactory(
            parent=materials, title=f"Глава {number + 1}", slug=f"chapter-{chapters}-{number}"
        )
        page.body = body
        page.save_revision().publish()
        Entry.objects.create(part=parts[number % 4], page=page, sort_order=number)
    return edition


def build(edition) -> dict:
    from collection.renderers.pdf import PrintPdfRenderer
    from collection.services import edition_assemble, edition_freeze

    edition_freeze(edition=edition)
    renderer = PrintPdfRenderer()
    started = time.perf_counter()
    assembled = edition_assemble(edition=edition)
    assembled_at = time.perf_counter()
    renderer.html(edition=edition, assembled=assembled)
    html_at = time.perf_counter()
    result = renderer.render(edition=edition, assembled=assembled, progress=lambda *a: None)
    rendered_at = time.perf_counter()
    html_seconds = html_at - assembled_at
    assembly = (assembled_at - started) + html_seconds
    # render() renders the HTML again before WeasyPrint; that share is ours, not WeasyPrint's.
    weasyprint = (rendered_at - html_at) - html_seconds
    total = assembly + weasyprint
    return {
        "chapters": len([c for item in assembled for c in item.chapters]),
        "pages": result.page_count,
        "pdf_megabytes": round(len(result.content) / 1e6, 1),
        "seconds": {
            "total": round(total, 2),
            "assembly": round(assembly, 2),
            "weasyprint": round(weasyprint, 2),
            "assembly_share": round(assembly / total, 3),
            "per_page_ms": round(1000 * total / result.page_count, 1),
            "weasyprint_per_page_ms": round(1000 * weasyprint / result.page_count, 1),
        },
        "peak_rss_megabytes": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
    }


def main() -> None:
    from cms.factories import ImageFactory, generated_image_file
    from cms.models import SectionPage

    connection.settings_dict["TEST"]["NAME"] = "/tmp/collection_bench.sqlite3"
    setup_test_environment()
    old_config = setup_databases(verbosity=0, interactive=False)
    load_at_start = os.getloadavg()
    try:
        with tempfile.TemporaryDirectory() as media:
            settings.MEDIA_ROOT = media
            materials = SectionPage.objects.get(slug="materials", locale__language_code="ru")
            images = [
                ImageFactory(
                    title=f"Фото {n}",
                    description=f"Иллюстрация {n}",
                    file=generated_image_file(width=1600, height=1000, label=f"Фото {n}"),
                )
                for n in range(IMAGES)
            ]
            results = []
            for chapters in CHAPTERS:
                started = time.perf_counter()
                edition = seed(chapters, images, materials)
                seeded = time.perf_counter() - started
                figures = build(edition)
                figures["seconds"]["seed"] = round(seeded, 1)
                results.append(figures)
    finally:
        teardown_databases(old_config, verbosity=0)
    per_page = {run["pages"]: run["seconds"]["per_page_ms"] for run in results}
    print(
        json.dumps(
            {
                "runs": results,
                "linearity": {
                    "per_page_ms": per_page,
                    "largest_over_smallest": round(
                        per_page[max(per_page)] / per_page[min(per_page)], 2
                    ),
                },
                "load_average": {
                    "start": [round(load, 2) for load in load_at_start],
                    "end": [round(load, 2) for load in os.getloadavg()],
                    "cores": os.cpu_count(),
                },
            },
            ensure_ascii=False,
            indent=2,
        )
    )


if __name__ == "__main__":
    main()
