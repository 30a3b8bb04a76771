from django.apps import AppConfig
from django.urls import register_converter
from django.utils.translation import gettext_lazy as _


class CmsConfig(AppConfig):
    name = "cms"
    verbose_name = _("Content")

    def ready(self):
        from cms.admin_forms import admin_form_fields_register
        from cms.converters import DatabaseIdConverter

        # Before any URLconf is imported: every app's URLs use `<id:...>` for database ids.
        register_converter(DatabaseIdConverter, "id")
        admin_form_fields_register()
