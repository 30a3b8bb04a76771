"""The open-data archive offered for download: the newest successful build is the current one."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class OpenDataArchive(models.Model):
    """A built ZIP of the programme's public data (files in media, via Django's storage API)."""

    file = models.FileField(_("file"), upload_to="open-data/")
    size = models.PositiveBigIntegerField(_("size, bytes"))
    created_at = models.DateTimeField(_("generated at"))

    class Meta:
        ordering = ["-created_at", "-pk"]
        get_latest_by = ["created_at", "pk"]
        verbose_name = _("open-data archive")
        verbose_name_plural = _("open-data archives")

    def __str__(self):
        return self.file.name
