from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ProgrammeConfig(AppConfig):
    name = "programme"
    verbose_name = _("Programme")

    def ready(self):
        from programme.signals import connect_dashboard_invalidation, connect_open_data_rebuild

        connect_dashboard_invalidation()
        connect_open_data_rebuild()
