from django.apps import AppConfig
from django.db.models.signals import post_delete, post_save
from django.utils.translation import gettext_lazy as _


class RegistryConfig(AppConfig):
    name = "registry"
    verbose_name = _("Registry of communities")

    def ready(self):
        from wagtail.permissions import register_permission_policy

        from registry.models import (
            Activity,
            Community,
            CuratorConfirmation,
            FairPresence,
            IdentifiedLeader,
            Person,
            TeamMember,
        )
        from registry.permissions import MunicipalityScopedPermissionPolicy
        from registry.signals import evidence_changed

        for model in (Community, Person, TeamMember, IdentifiedLeader):
            register_permission_policy(model, MunicipalityScopedPermissionPolicy(model))

        for model in (Activity, FairPresence, CuratorConfirmation):
            post_save.connect(
                evidence_changed, sender=model, dispatch_uid=f"verify-{model.__name__}"
            )
            post_delete.connect(
                evidence_changed, sender=model, dispatch_uid=f"verify-del-{model.__name__}"
            )
