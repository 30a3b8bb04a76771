from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CmsConfig(AppConfig):
    name = "cms"
    verbose_name = _("Content")

    def ready(self):
        from cms.images import pillow_limit_apply
        from cms.patches import spreadsheet_export

        pillow_limit_apply()
        spreadsheet_export.apply()
