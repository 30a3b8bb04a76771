"""Create (or reset) the demo's admin and one user per editorial role, and print the logins.

Refuses to run outside the demo (the DEMO setting, on only in cms.settings.dev) so it can
never hand out known passwords in production.
"""

import secrets

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand, CommandError
from django.db.models import Count

from core import roles
from registry.models import CuratorAssignment, Municipality

DEMO_ROLE_USERS = {
    "author": roles.AUTHORS,
    "reviewer": roles.REVIEWERS,
    "methodologist": roles.METHODOLOGICAL_GROUP,
    "editor": roles.COLLECTION_EDITORS,
    "curator": roles.CURATORS,
}


class Command(BaseCommand):
    help = "Create the demo admin and role users with fresh passwords and print them."

    def handle(self, *args, **options):
        if not settings.DEMO:
            raise CommandError("create_demo_users only runs in the demo (cms.settings.dev).")
        User = get_user_model()
        password = secrets.token_urlsafe(9)
        admin, _ = User.objects.get_or_create(
            username="admin", defaults={"email": "admin@localhost"}
        )
        admin.is_staff = admin.is_superuser = True
        admin.set_password(password)
        admin.save()
        for username, group_name in DEMO_ROLE_USERS.items():
            user, _ = User.objects.get_or_create(username=username)
            user.set_password(password)
            user.save()
            user.groups.set(Group.objects.filter(name=group_name))
        looked_after = self.assign_demo_curator(User.objects.get(username="curator"))
        self.stdout.write(
            self.style.SUCCESS(
                f"Admin: {settings.WAGTAILADMIN_BASE_URL}/admin/"
                f"  login: admin  password: {password}"
            )
        )
        self.stdout.write(
            "Role users with the same password: " + ", ".join(DEMO_ROLE_USERS) + " (see README)."
        )
        if looked_after:
            self.stdout.write(f"The curator looks after: {looked_after}.")

    @staticmethod
    def assign_demo_curator(curator) -> Municipality | None:
        """Give the demo curator the participating municipality with the most communities,
        so that logging in as the curator shows a registry to keep."""
        municipality = (
            Municipality.objects.filter(participating=True)
            .annotate(community_count=Count("communities"))
            .order_by("-community_count", "name")
            .first()
        )
        if municipality:
            CuratorAssignment.objects.get_or_create(user=curator, municipality=municipality)
        return municipality
