"""The programme's targets: staff edit the wording and figures, never the progress."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class TargetCode(models.TextChoices):
    """What each target measures; the selectors compute the current value per code."""

    MUNICIPALITIES_SELECTED = "municipalities_selected", _("Municipalities selected")
    TEAM_MEMBERS = "team_members", _("Team members")
    CONFERENCE_PARTICIPANTS = "conference_participants", _("Conference participants")
    IDENTIFIED_LEADERS = "identified_leaders", _("Identified leaders")
    SCHOOL_PARTICIPANTS = "school_participants", _("School participants")
    ZONAL_MODULE_PARTICIPANTS = "zonal_module_participants", _("Zonal module participants")
    FAIRS = "fairs", _("Community fairs held")
    FAIR_PARTICIPANTS = "fair_participants", _("Fair participants")
    COMMUNITIES_IN_REGISTRY = "communities_in_registry", _("Communities in the registry")
    CASES_WITH_GOLDEN_RULES = "cases_with_golden_rules", _("Cases with golden rules")
    COPIES_PRINTED = "copies_printed", _("Copies of the collection printed")


class Target(models.Model):
    """A target of the programme. Staff edit the wording and the figure, never the progress."""

    code = models.CharField(_("measure"), max_length=40, choices=TargetCode.choices, unique=True)
    title = models.CharField(_("title"), max_length=200)
    target_value = models.PositiveIntegerField(
        _("target value"),
        null=True,
        blank=True,
        help_text=_("Leave empty when the programme sets no figure: the result is still shown."),
    )
    unit = models.CharField(_("unit"), max_length=50, blank=True)
    order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        ordering = ["order", "pk"]
        verbose_name = _("target")
        verbose_name_plural = _("targets")

    def __str__(self):
        return self.title
