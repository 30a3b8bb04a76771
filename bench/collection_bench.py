"""Benchmark of the print collection: A5 editions of about 75, 150 and 300 pages built to the
print PDF, to see the cost of the full book and how it grows. Not a test: prints JSON.

    .venv/bin/python bench/collection_bench.py
    BENCH_CHAPTERS=48 .venv/bin/python bench/collection_bench.py   # only the 300-page book
    BENCH_CLOCK=cpu BENCH_CHAPTERS=48 .venv/bin/python bench/collection_bench.py

With BENCH_CLOCK=cpu every figure is this process's CPU time instead of wall time: on a
shared, loaded machine wall time depends on what else runs, CPU time hardly (the build and
bare WeasyPrint are single-threaded), so `per_page_over_bare` compares like with like.

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
CLOCK = time.process_time if os.environ.get("BENCH_CLOCK") == "cpu" else time.perf_counter
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


BARE_STYLESHEET = """
@page { size: A5; margin: 20mm 15mm; @bottom-center { content: counter(page); } }
html { font: 10.5pt/1.4 serif; hyphens: auto; text-align: justify; }
h1 { break-before: page; }
img { width: 100%; height: auto; }
table { border-collapse: collapse; width: 100%; }
th, td { border: 0.5pt solid; }
.toc a::after { content: leader(".") target-counter(attr(href), page); }
"""


def bare_html(chapters: int, images: list) -> str:
    """The bench's chapters as a plain document for bare WeasyPrint: the same text, tables and
    photos, a contents list with target-counter, none of the book's typography."""
    body, toc = [], []
    for number in range(chapters):
        toc.append(f'<li><a href="#c{number}">Глава {number + 1}</a></li>')
        rows = [["Показатель", "2025", "2026"]]
        rows += [[f"Показатель {row}", str(row * 10), str(row * 12)] for row in range(6)]
        table = "".join(
            "<tr>" + "".join(f"<td>{cell}</td>" for cell in row) + "</tr>" for row in rows
        )
        image = Path(images[number % IMAGES].file.path).as_uri()
        body.append(
            f'<h1 id="c{number}">Глава {number + 1}</h1><h2>Что важно знать</h2>'
            + f"<p>{SENTENCE * 6}</p>" * 6
            + f'<table>{table}</table><img src="{image}" alt="">'
            + f"<p>{SENTENCE * 6}</p>" * 2
        )
    return (
        f'<html lang="ru"><head><style>{BARE_STYLESHEET}</style></head><body>'
        f'<ol class="toc">{"".join(toc)}</ol>{"".join(body)}</body></html>'
    )


def bare_weasyprint(chapters: int, images: list) -> dict:
    """The same content through WeasyPrint alone: what this machine's WeasyPrint costs a page."""
    from weasyprint import HTML

    started = CLOCK()
    document = HTML(string=bare_html(chapters, images)).render()
    document.write_pdf()
    seconds = CLOCK() - started
    pages = len(document.pages)
    return {
        "pages": pages,
        "seconds": round(seconds, 2),
        "per_page_ms": round(1000 * seconds / pages, 1),
    }


def build(edition) -> dict:
    from collection.assembly import edition_assemble
    from collection.renderers.pdf import PrintPdfRenderer
    from collection.services import edition_freeze

    edition_freeze(edition=edition)
    renderer = PrintPdfRenderer()
    started = CLOCK()
    assembled = edition_assemble(edition=edition)
    assembled_at = CLOCK()
    renderer.html(edition=edition, assembled=assembled)
    html_at = CLOCK()
    result = renderer.render(edition=edition, assembled=assembled, progress=lambda *a: None)
    rendered_at = CLOCK()
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
            settings.PRIVATE_MEDIA_ROOT = os.path.join(media, "private")  # the builds
            materials = SectionPage.objects.get(slug="materials", locale__language_code="ru")
            images = [
                ImageFactory(
                    title=f"Фото {n}",
                    description=f"Иллюстрация {n}",
                    file=generated_image_file(width=1600, height=1000, label=f"Фото {n}"),
                )
                for n in range(IMAGES)
            ]
            # One untimed build first: templates, fonts and image decoders load once per
            # process, as in a long-running worker, and would otherwise count to the first size.
            build(seed(1, images, materials))
            results = []
            for chapters in CHAPTERS:
                started = CLOCK()
                edition = seed(chapters, images, materials)
                seeded = CLOCK() - started
                figures = build(edition)
                figures["seconds"]["seed"] = round(seeded, 1)
                figures["bare_weasyprint"] = bare = bare_weasyprint(chapters, images)
                figures["per_page_over_bare"] = round(
                    figures["seconds"]["per_page_ms"] / bare["per_page_ms"], 2
                )
                results.append(figures)
    finally:
        teardown_databases(old_config, verbosity=0)
    per_page = {run["pages"]: run["seconds"]["per_page_ms"] for run in results}
    print(
        json.dumps(
            {
                "clock": "cpu" if CLOCK is time.process_time else "wall",
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
