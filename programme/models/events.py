"""Registration for the programme's events and the attendance recorded at them."""

import datetime
import uuid

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from registry.validators import validate_phone


class EventRegistration(models.Model):
    """Registration for one event, opened by staff: when it takes sign-ups and how many."""

    event = models.OneToOneField(
        "cms.EventPage",
        verbose_name=_("event"),
        on_delete=models.CASCADE,
        related_name="registration_settings",
    )
    is_open = models.BooleanField(
        _("registration is open"),
        default=False,
        help_text=_("Sign-ups are taken only while this is ticked and within the dates below."),
    )
    opens_at = models.DateTimeField(_("opens at"), null=True, blank=True)
    closes_at = models.DateTimeField(_("closes at"), null=True, blank=True)
    capacity = models.PositiveIntegerField(
        _("places"),
        null=True,
        blank=True,
        help_text=_("Empty: no limit. Sign-ups beyond it go to the waiting list."),
    )

    class Meta:
        verbose_name = _("event registration")
        verbose_name_plural = _("event registrations")

    def __str__(self):
        return str(self.event)

    def clean(self):
        if self.opens_at and self.closes_at and self.closes_at <= self.opens_at:
            raise ValidationError({"closes_at": _("Registration must close after it opens.")})
        if self.is_open and self.event_id and self.event.is_over():
            raise ValidationError(
                {"is_open": _("The event is over: registration for it cannot be opened.")}
            )

    def accepts_at(self, moment: datetime.datetime) -> bool:
        return (
            self.is_open
            and (self.opens_at is None or self.opens_at <= moment)
            and (self.closes_at is None or moment < self.closes_at)
        )


class RegistrationStatus(models.TextChoices):
    CONFIRMED = "confirmed", _("Confirmed")
    WAITLISTED = "waitlisted", _("On the waiting list")
    CANCELLED = "cancelled", _("Cancelled")


class Registration(models.Model):
    """A person signed up for an event. Personal data: staff only, never public."""

    event = models.ForeignKey(
        "cms.EventPage",
        verbose_name=_("event"),
        on_delete=models.CASCADE,
        related_name="registrations",
    )
    full_name = models.CharField(_("full name"), max_length=200)
    email = models.EmailField(_("e-mail"))
    phone = models.CharField(_("phone"), max_length=20, blank=True, validators=[validate_phone])
    municipality = models.ForeignKey(
        "registry.Municipality",
        verbose_name=_("municipality"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    consent_at = models.DateTimeField(_("consent given at"))
    status = models.CharField(
        _("status"), max_length=20, choices=RegistrationStatus.choices, db_index=True
    )
    attended = models.BooleanField(_("came"), default=False)
    # The secret in the cancellation link of the confirmation e-mail.
    token = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    created_at = models.DateTimeField(_("registered at"), auto_now_add=True)

    class Meta:
        ordering = ["created_at", "pk"]
        verbose_name = _("registration")
        verbose_name_plural = _("registrations")
        constraints = [
            models.UniqueConstraint(
                fields=["event", "email"],
                condition=~models.Q(status="cancelled"),
                name="unique_active_registration",
            )
        ]

    def __str__(self):
        return self.full_name


class Attendance(models.Model):
    """Visitors counted at an open event such as a fair, where nobody signs a list."""

    event = models.OneToOneField(
        "cms.EventPage",
        verbose_name=_("event"),
        on_delete=models.CASCADE,
        related_name="attendance",
    )
    visitors = models.PositiveIntegerField(_("visitors counted"))
    note = models.TextField(_("how they were counted"), blank=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        verbose_name = _("attendance")
        verbose_name_plural = _("attendance")

    def __str__(self):
        return f"{self.event}: {self.visitors}"
