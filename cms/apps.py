from django.apps import AppConfig
from django.core import checks
from django.db.models.signals import post_delete, post_save
from django.urls import register_converter
from django.utils.translation import gettext_lazy as _


class CmsConfig(AppConfig):
    name = "cms"
    verbose_name = _("Content")

    def ready(self):
        from cms.admin_forms import admin_form_fields_register
        from cms.checks import private_media_root_check, shared_cache_check
        from cms.images import pillow_limit_apply
        from cms.patches import spreadsheet_export
        from cms.purge import connect as connect_purges
        from cms.signals import content_signals_connect
        from cms.sqlite import sqlite_functions_register
        from core.converters import DatabaseIdConverter
        from registry.purge import community_record_changed
        from registry.signals import evidence_changed, registry_data_changed

        # Before any URLconf is imported: every app's URLs use `<id:...>` for database ids.
        register_converter(DatabaseIdConverter, "id")
        admin_form_fields_register()
        checks.register(private_media_root_check, checks.Tags.security)
        checks.register(shared_cache_check, checks.Tags.caches)
        pillow_limit_apply()
        spreadsheet_export.apply()
        connect_purges()
        content_signals_connect()
        sqlite_functions_register()
        # A presence at a fair is registry evidence declared here, above the registry: it
        # moves the community's level, the registry data version and the community's page.
        fair_presence = self.get_model("FairPresence")
        for signal in (post_save, post_delete):
            for receiver in (evidence_changed, registry_data_changed, community_record_changed):
                signal.connect(
                    receiver, sender=fair_presence, dispatch_uid=f"{receiver.__name__}-fair"
                )
