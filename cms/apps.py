from django.apps import AppConfig
from django.core import checks
from django.utils.translation import gettext_lazy as _


class CmsConfig(AppConfig):
    name = "cms"
    verbose_name = _("Content")

    def ready(self):
        from cms.checks import private_media_root_check
        from cms.images import pillow_limit_apply
        from cms.patches import spreadsheet_export

        checks.register(private_media_root_check, checks.Tags.security)
        pillow_limit_apply()
        spreadsheet_export.apply()
