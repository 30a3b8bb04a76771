"""The methodological group runs registration and records attendance."""

from django.db import migrations

from core import roles
from programme.roles import group_permissions_grant

MODELS = ["eventregistration", "registration", "attendance"]
ACTIONS = ["add", "change", "delete", "view"]


def grant(apps, schema_editor):
    group_permissions_grant(
        apps,
        group_name=roles.METHODOLOGICAL_GROUP,
        codenames=[f"{action}_{model}" for action in ACTIONS for model in MODELS],
    )


class Migration(migrations.Migration):
    dependencies = [
        ("programme", "0003_registration_attendance"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
