"""Curators keep their municipalities' programmes; the methodological group keeps them all."""

from django.db import migrations

from core import roles
from programme.roles import group_permissions_grant

CODENAMES = [f"{action}_municipalprogramme" for action in ("add", "change", "delete", "view")]


def grant(apps, schema_editor):
    for group_name in (roles.METHODOLOGICAL_GROUP, roles.CURATORS):
        group_permissions_grant(apps, group_name=group_name, codenames=CODENAMES)


class Migration(migrations.Migration):
    dependencies = [
        ("programme", "0008_municipal_programme"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
