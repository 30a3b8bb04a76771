"""The open-data archive offered for download: the newest successful build is the current one."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from cms.storage import private_storage


class OpenDataArchive(models.Model):
    """A built ZIP of the programme's public data, in the private storage: served only by the
    download view, which names the current archive, never by a storage address."""

    file = models.FileField(_("file"), upload_to="open-data/", storage=private_storage)
    size = models.PositiveBigIntegerField(_("size, bytes"))
    created_at = models.DateTimeField(_("generated at"))

    class Meta:
        ordering = ["-created_at", "-pk"]
        get_latest_by = ["created_at", "pk"]
        verbose_name = _("open-data archive")
        verbose_name_plural = _("open-data archives")

    def __str__(self):
        return self.file.name


class OpenDataBuildRequest(models.Model):
    """A build that is queued and has not started: at most one row, shared by every process.

    Changes to the data queue a build only when no request is waiting, so a burst of saves
    queues one build. The database, not the cache, holds it: the embedded default's in-memory
    cache is not shared between the web server and the task worker.
    """

    requested_at = models.DateTimeField(_("requested at"))
    # A failed build is tried again after a pause (PROGRAMME_OPEN_DATA_BUILD_ATTEMPTS in all);
    # when the last attempt fails the row stays, marked, for `manage.py retry_failed_builds`.
    attempt = models.PositiveSmallIntegerField(_("attempt"), default=1)
    failed_at = models.DateTimeField(_("last attempt failed at"), null=True, blank=True)

    class Meta:
        verbose_name = _("open-data build request")
        verbose_name_plural = _("open-data build requests")

    def __str__(self):
        return f"{self.requested_at:%Y-%m-%d %H:%M}"
