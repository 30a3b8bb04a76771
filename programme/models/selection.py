"""The competitive selection of municipalities: rounds, applications, criteria and scores."""

import datetime

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.models import Orderable

from registry.models import TeamRole
from registry.validators import validate_phone


class SelectionRound(ClusterableModel):
    """One call for applications, open between dates set by staff, with its criteria."""

    title = models.CharField(_("title"), max_length=200)
    year = models.PositiveSmallIntegerField(_("year"))
    opens_at = models.DateTimeField(_("applications open at"))
    closes_at = models.DateTimeField(_("applications close at"))
    # The event the selected teams go to: its page invites applications while the round is open.
    event = models.ForeignKey(
        "cms.EventPage",
        verbose_name=_("event"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Its page invites teams to apply while the round is open."),
    )
    confirmed_at = models.DateTimeField(_("selection confirmed at"), null=True, editable=False)

    class Meta:
        ordering = ["-opens_at"]
        verbose_name = _("selection round")
        verbose_name_plural = _("selection rounds")

    def __str__(self):
        return self.title

    def clean(self):
        if self.opens_at and self.closes_at and self.closes_at <= self.opens_at:
            raise ValidationError({"closes_at": _("Applications must close after they open.")})

    def accepts_at(self, moment: datetime.datetime) -> bool:
        return self.opens_at <= moment < self.closes_at


class Criterion(Orderable):
    round = ParentalKey(SelectionRound, on_delete=models.CASCADE, related_name="criteria")
    name = models.CharField(_("criterion"), max_length=200)
    weight = models.PositiveSmallIntegerField(
        _("weight"), default=1, validators=[MinValueValidator(1)]
    )
    scale_max = models.PositiveSmallIntegerField(
        _("highest score"),
        default=10,
        validators=[MinValueValidator(1)],
        help_text=_("Experts score from 0 to this number."),
    )

    class Meta(Orderable.Meta):
        verbose_name = _("criterion")
        verbose_name_plural = _("criteria")

    def __str__(self):
        return self.name


class ApplicationQuerySet(models.QuerySet):
    def confirmed(self):
        """Applications confirmed from their contact e-mail: only these count in a round."""
        return self.filter(confirmed_at__isnull=False)


class Application(models.Model):
    """A municipality's team applies. Personal data of the members: staff and experts only.

    An application counts (holds the municipality's one place in the round, is scored and
    ranked) only once confirmed through the link sent to its contact e-mail, so nobody can
    take a municipality's place by typing another's address.
    """

    round = models.ForeignKey(
        SelectionRound,
        verbose_name=_("selection round"),
        on_delete=models.CASCADE,
        related_name="applications",
    )
    municipality = models.ForeignKey(
        "registry.Municipality",
        verbose_name=_("municipality"),
        on_delete=models.PROTECT,
        related_name="applications",
    )
    motivation = models.TextField(_("motivation"))
    existing_communities = models.TextField(_("existing communities"), blank=True)
    contact_email = models.EmailField(_("contact e-mail"))
    consent_at = models.DateTimeField(_("consent given at"))
    selected = models.BooleanField(_("selected"), default=False, editable=False)
    created_at = models.DateTimeField(_("submitted at"), auto_now_add=True)
    confirmed_at = models.DateTimeField(
        _("confirmed from the e-mail at"), null=True, blank=True, editable=False
    )

    objects = ApplicationQuerySet.as_manager()

    class Meta:
        ordering = ["municipality__name"]
        verbose_name = _("application")
        verbose_name_plural = _("applications")
        constraints = [
            models.UniqueConstraint(
                fields=["round", "municipality"],
                condition=models.Q(confirmed_at__isnull=False),
                name="unique_confirmed_application_per_round",
            )
        ]

    def __str__(self):
        return str(self.municipality)

    @property
    def confirmation_expires_at(self) -> datetime.datetime:
        hours = settings.PROGRAMME_APPLICATION_CONFIRMATION_HOURS
        return self.created_at + datetime.timedelta(hours=hours)


class ApplicationMember(models.Model):
    """One of the four members of the applying team, one per role."""

    application = models.ForeignKey(Application, on_delete=models.CASCADE, related_name="members")
    role = models.CharField(_("role in the team"), max_length=30, choices=TeamRole.choices)
    full_name = models.CharField(_("full name"), max_length=200)
    email = models.EmailField(_("e-mail"), blank=True)
    phone = models.CharField(_("phone"), max_length=20, blank=True, validators=[validate_phone])

    class Meta:
        verbose_name = _("team member in an application")
        verbose_name_plural = _("team members in applications")
        constraints = [
            models.UniqueConstraint(fields=["application", "role"], name="unique_member_role")
        ]

    def __str__(self):
        return f"{self.full_name} ({self.get_role_display()})"


class ConflictOfInterest(models.Model):
    """An expert declared a tie to a municipality: they do not score its application."""

    expert = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("expert"),
        on_delete=models.CASCADE,
        related_name="conflicts_of_interest",
    )
    municipality = models.ForeignKey(
        "registry.Municipality",
        verbose_name=_("municipality"),
        on_delete=models.CASCADE,
        related_name="+",
    )
    note = models.CharField(_("nature of the conflict"), max_length=300, blank=True)

    class Meta:
        verbose_name = _("conflict of interest")
        verbose_name_plural = _("conflicts of interest")
        constraints = [
            models.UniqueConstraint(fields=["expert", "municipality"], name="unique_conflict")
        ]

    def __str__(self):
        return f"{self.expert} — {self.municipality}"


class ScoreSheet(models.Model):
    """One expert's scores of one application; once submitted it is final."""

    application = models.ForeignKey(
        Application, on_delete=models.CASCADE, related_name="score_sheets"
    )
    expert = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="score_sheets"
    )
    submitted_at = models.DateTimeField(_("submitted at"), null=True)

    class Meta:
        verbose_name = _("score sheet")
        verbose_name_plural = _("score sheets")
        constraints = [
            models.UniqueConstraint(fields=["application", "expert"], name="unique_score_sheet")
        ]

    def __str__(self):
        return f"{self.expert} — {self.application}"


class Score(models.Model):
    sheet = models.ForeignKey(ScoreSheet, on_delete=models.CASCADE, related_name="scores")
    criterion = models.ForeignKey(Criterion, on_delete=models.CASCADE, related_name="scores")
    value = models.PositiveSmallIntegerField(_("score"))

    class Meta:
        verbose_name = _("score")
        verbose_name_plural = _("scores")
        constraints = [models.UniqueConstraint(fields=["sheet", "criterion"], name="unique_score")]

    def __str__(self):
        return f"{self.criterion}: {self.value}"
