from django.core.management.base import BaseCommand
from wagtail import hooks


class Command(BaseCommand):
    help = (
        "Fail collection builds whose worker stopped (so they no longer block) and queue a "
        "fresh open-data build if the last one gave up. Run it every few minutes from cron."
    )

    def handle(self, *args, **options):
        # Each app registers its own retry (hook `retry_failed_jobs`, returning a report line).
        for retry in hooks.get_hooks("retry_failed_jobs"):
            self.stdout.write(retry())
