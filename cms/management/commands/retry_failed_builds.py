from django.core.management.base import BaseCommand

from collection.builds import builds_fail_dead
from programme.tasks import open_data_retry_failed


class Command(BaseCommand):
    help = (
        "Fail collection builds whose worker stopped (so they no longer block) and queue a "
        "fresh open-data build if the last one gave up. Run it every few minutes from cron."
    )

    def handle(self, *args, **options):
        dead = builds_fail_dead()
        self.stdout.write(f"collection builds failed as dead: {dead}")
        queued = open_data_retry_failed()
        self.stdout.write(f"open-data build queued again: {'yes' if queued else 'no'}")
