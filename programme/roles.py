"""The programme's own group, and grants of its model permissions to the editorial groups
(for migrations), as core.roles is for the editorial roles."""

from django.contrib.auth.management import create_permissions


def group_permissions_grant(apps, *, group_name: str, codenames: list[str]) -> None:
    Group = apps.get_model("auth.Group")
    Permission = apps.get_model("auth.Permission")
    # Permissions are normally created after all migrations; the grant needs them now.
    app_config = apps.get_app_config("programme")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None
    group, _ = Group.objects.get_or_create(name=group_name)
    group.permissions.add(
        *Permission.objects.filter(content_type__app_label="programme", codename__in=codenames)
    )


# Experts who score applications in the competitive selection; created by migration 0006.
SELECTION_EXPERTS = "Эксперты конкурсного отбора"
