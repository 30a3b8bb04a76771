"""Remove a user's authenticators: recovery when the only superusers have lost their phones
(in the admin, superusers do this under Settings → Two-factor authenticators)."""

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from accounts.two_factor import totp_devices_reset


class Command(BaseCommand):
    help = "Reset a user's two-factor authentication: they enrol again at the next sign-in."

    def add_arguments(self, parser):
        parser.add_argument("username")

    def handle(self, *args, username, **options):
        user = get_user_model().objects.filter(username=username).first()
        if user is None:
            raise CommandError(f"No user named {username!r}.")
        removed = totp_devices_reset(user=user)
        self.stdout.write(f"Removed {removed} authenticator(s) of {username}.")
