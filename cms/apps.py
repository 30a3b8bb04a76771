from django.apps import AppConfig
from django.core import checks
from django.urls import register_converter
from django.utils.translation import gettext_lazy as _


class CmsConfig(AppConfig):
    name = "cms"
    verbose_name = _("Content")

    def ready(self):
        from cms.admin_forms import admin_form_fields_register
        from cms.checks import private_media_root_check, shared_cache_check
        from cms.converters import DatabaseIdConverter
        from cms.images import pillow_limit_apply
        from cms.patches import spreadsheet_export
        from cms.purge import connect as connect_purges
        from cms.signals import content_signals_connect
        from cms.sqlite import unicode_like_register

        # Before any URLconf is imported: every app's URLs use `<id:...>` for database ids.
        register_converter(DatabaseIdConverter, "id")
        admin_form_fields_register()
        checks.register(private_media_root_check, checks.Tags.security)
        checks.register(shared_cache_check, checks.Tags.caches)
        pillow_limit_apply()
        spreadsheet_export.apply()
        connect_purges()
        content_signals_connect()
        unicode_like_register()
