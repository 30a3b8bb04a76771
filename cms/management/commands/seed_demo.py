import time

from django.core.management.base import BaseCommand

from cms.demo.seeding import seed_demo


class Command(BaseCommand):
    help = (
        "Seed the demo content of «Конструктор сообществ» (experts, themes, events, the "
        "conference, lectures, articles, cases, golden rules, Bashkir and English pages). "
        "Idempotent: only what is missing is created."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--no-builds",
            action="store_true",
            help="Assemble the demo edition without building its files (print and screen PDF, "
            "cover, EPUB); build them later from the admin.",
        )

    def handle(self, *args, **options):
        started = time.monotonic()
        report = seed_demo(build_files=not options["no_builds"])
        for line in report.lines():
            self.stdout.write(f"  {line}")
        self.stdout.write(
            self.style.SUCCESS(f"Demo content ready in {time.monotonic() - started:.1f} s.")
        )
