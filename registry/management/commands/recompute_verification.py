from django.core.management.base import BaseCommand

from registry.services import communities_verification_recompute_all


class Command(BaseCommand):
    help = "Recompute the verification level of every community from its evidence."

    def handle(self, *args, **options):
        changed = communities_verification_recompute_all()
        self.stdout.write(f"Verification levels recomputed: {changed} changed.")
