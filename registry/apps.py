from django.apps import AppConfig
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.utils.translation import gettext_lazy as _


class RegistryConfig(AppConfig):
    name = "registry"
    verbose_name = _("Registry of communities")

    def ready(self):
        from wagtail.permissions import register_permission_policy

        from registry.models import (
            Activity,
            Community,
            CommunityPhoto,
            CuratorConfirmation,
            IdentifiedLeader,
            Leadership,
            Municipality,
            Person,
            Sphere,
            TeamMember,
        )
        from registry.policies import MunicipalityScopedPermissionPolicy
        from registry.purge import connect as connect_purges
        from registry.signals import evidence_changed, registry_data_changed

        for model in (Community, Person, TeamMember, IdentifiedLeader):
            register_permission_policy(model, MunicipalityScopedPermissionPolicy(model))

        for model in (Activity, CuratorConfirmation):
            post_save.connect(
                evidence_changed, sender=model, dispatch_uid=f"verify-{model.__name__}"
            )
            post_delete.connect(
                evidence_changed, sender=model, dispatch_uid=f"verify-del-{model.__name__}"
            )

        # What the public API and map show: any change starts a new data version.
        public = (Community, CommunityPhoto, Leadership, Person, Municipality, Sphere)
        for model in (*public, Activity, CuratorConfirmation):
            for signal in (post_save, post_delete):
                signal.connect(
                    registry_data_changed, sender=model, dispatch_uid=f"version-{model.__name__}"
                )
        m2m_changed.connect(
            registry_data_changed, sender=Community.spheres.through, dispatch_uid="version-spheres"
        )
        connect_purges()
