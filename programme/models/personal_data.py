"""The audit of consent withdrawals (152-FZ): who anonymised whose data, when, and where.

The record itself keeps no personal data in clear: the e-mail and phone are kept as keyed
hashes (to answer "was this address already withdrawn?") and in a masked form for reading.
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class ConsentWithdrawal(models.Model):
    created_at = models.DateTimeField(_("done at"), auto_now_add=True)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("done by"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    email_hash = models.CharField(_("e-mail (keyed hash)"), max_length=64, blank=True)
    phone_hash = models.CharField(_("phone (keyed hash)"), max_length=64, blank=True)
    email_masked = models.CharField(_("e-mail"), max_length=100, blank=True)
    phone_masked = models.CharField(_("phone"), max_length=20, blank=True)
    # {place: number of records anonymised}, places as in programme.personal_data.PLACES.
    counts = models.JSONField(_("records anonymised"), default=dict)

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("consent withdrawal")
        verbose_name_plural = _("consent withdrawals")

    def __str__(self):
        return " ".join(filter(None, [self.email_masked, self.phone_masked]))
