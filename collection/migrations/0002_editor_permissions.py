"""The collection editors' group may manage editions, their parts, entries and builds."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

from core import roles

MODELS = ["edition", "part", "entry", "build"]
ACTIONS = ["add", "change", "delete", "view"]


def grant(apps, schema_editor):
    Group = apps.get_model("auth.Group")
    Permission = apps.get_model("auth.Permission")
    # Permissions are normally created after all migrations; the grant needs them now.
    app_config = apps.get_app_config("collection")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None
    group, _ = Group.objects.get_or_create(name=roles.COLLECTION_EDITORS)
    group.permissions.add(
        *Permission.objects.filter(
            content_type__app_label="collection",
            codename__in=[f"{a}_{m}" for a in ACTIONS for m in MODELS],
        )
    )


class Migration(migrations.Migration):
    dependencies = [("collection", "0001_initial"), ("auth", "0012_alter_user_first_name_max_length")]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
