"""Registry permissions of the roles created by cms/0004_editorial_roles.

The Methodological group (programme staff) gets every registry permission; Curators get to
view, add, change and delete communities and people, and to view the reference data. What a
curator actually sees is narrowed to their municipalities by registry.access.
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

METHODOLOGICAL_GROUP = "Методическая группа"
CURATORS = "Кураторы"

ALL_ACTIONS = ("add", "change", "delete", "view")
CURATED_MODELS = ("community", "person", "teammember", "identifiedleader")
REFERENCE_MODELS = ("municipality", "region", "sphere")
STAFF_MODELS = CURATED_MODELS + REFERENCE_MODELS + ("curatorassignment",)


def grant(apps, schema_editor):
    Group = apps.get_model("auth.Group")
    Permission = apps.get_model("auth.Permission")
    app_config = apps.get_app_config("registry")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None

    def codenames(models, actions):
        return [f"{action}_{model}" for model in models for action in actions]

    grants = {
        METHODOLOGICAL_GROUP: codenames(STAFF_MODELS, ALL_ACTIONS),
        CURATORS: codenames(CURATED_MODELS, ALL_ACTIONS) + codenames(REFERENCE_MODELS, ["view"]),
    }
    for group_name, names in grants.items():
        group, _ = Group.objects.get_or_create(name=group_name)
        group.permissions.add(
            *Permission.objects.filter(content_type__app_label="registry", codename__in=names)
        )


class Migration(migrations.Migration):
    dependencies = [
        ("registry", "0003_reference_data"),
        ("cms", "0004_editorial_roles"),
    ]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
