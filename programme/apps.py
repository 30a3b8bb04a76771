from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ProgrammeConfig(AppConfig):
    name = "programme"
    verbose_name = _("Programme")

    def ready(self):
        from wagtail.permissions import register_permission_policy

        from programme.models import MunicipalProgramme
        from programme.signals import connect_dashboard_invalidation, connect_open_data_rebuild
        from registry.policies import MunicipalityScopedPermissionPolicy

        connect_dashboard_invalidation()
        connect_open_data_rebuild()
        register_permission_policy(
            MunicipalProgramme, MunicipalityScopedPermissionPolicy(MunicipalProgramme)
        )
