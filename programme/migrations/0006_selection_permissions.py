"""The methodological group runs the selection; experts score applications in the admin."""

from django.db import migrations

from core import roles
from programme.roles import SELECTION_EXPERTS, group_permissions_grant

STAFF_MODELS = ["selectionround", "criterion", "application", "applicationmember", "conflictofinterest"]
ACTIONS = ["add", "change", "delete", "view"]


def grant(apps, schema_editor):
    group_permissions_grant(
        apps,
        group_name=roles.METHODOLOGICAL_GROUP,
        codenames=[f"{action}_{model}" for action in ACTIONS for model in STAFF_MODELS]
        + ["view_scoresheet"],
    )
    group_permissions_grant(apps, group_name=SELECTION_EXPERTS, codenames=["add_scoresheet"])
    Group = apps.get_model("auth.Group")
    Permission = apps.get_model("auth.Permission")
    Group.objects.get(name=SELECTION_EXPERTS).permissions.add(
        Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin")
    )


class Migration(migrations.Migration):
    dependencies = [
        ("programme", "0005_selection"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
    ]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
