"""Monitoring snapshots: how a community grows over time."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey


class Snapshot(models.Model):
    community = ParentalKey(
        "registry.Community",
        verbose_name=_("community"),
        on_delete=models.CASCADE,
        related_name="snapshots",
    )
    date = models.DateField(_("date"))
    members = models.PositiveIntegerField(_("members"))
    activities_in_period = models.PositiveIntegerField(_("activities in the period"), default=0)

    class Meta:
        ordering = ["date"]
        verbose_name = _("monitoring snapshot")
        verbose_name_plural = _("monitoring snapshots")
        constraints = [
            models.UniqueConstraint(fields=["community", "date"], name="unique_snapshot_date")
        ]

    def __str__(self):
        return f"{self.date:%d.%m.%Y}: {self.members}"
