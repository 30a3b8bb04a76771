"""Evidence that a community is real; the verification level is derived from it."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey


class Activity(models.Model):
    community = ParentalKey(
        "registry.Community",
        verbose_name=_("community"),
        on_delete=models.CASCADE,
        related_name="activities",
    )
    title = models.CharField(_("title"), max_length=300)
    date = models.DateField(_("date"))
    participants = models.PositiveIntegerField(_("participants"), null=True, blank=True)
    link = models.URLField(
        _("link"), blank=True, help_text=_("A public post, report or news item about it.")
    )
    photo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("photo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        ordering = ["-date"]
        verbose_name = _("activity")
        verbose_name_plural = _("activities")

    def __str__(self):
        return f"{self.date:%d.%m.%Y} {self.title}"

    @property
    def is_documented(self) -> bool:
        """Counts towards "documented": dated, with participants and a public link."""
        return bool(self.date and self.participants and self.link)


class CuratorConfirmation(models.Model):
    community = ParentalKey(
        "registry.Community",
        verbose_name=_("community"),
        on_delete=models.CASCADE,
        related_name="curator_confirmations",
    )
    curator = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("curator"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    confirmed_on = models.DateField(_("confirmed on"))
    note = models.TextField(_("note"), blank=True)

    class Meta:
        ordering = ["-confirmed_on"]
        verbose_name = _("curator's confirmation")
        verbose_name_plural = _("curator's confirmations")

    def __str__(self):
        return f"{self.confirmed_on:%d.%m.%Y}"
