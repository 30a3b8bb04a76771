"""Writes of the programme: registration with a waiting list, attendance, fair presences."""

import datetime
import logging

from django.core.exceptions import ValidationError
from django.core.mail import EmailMessage
from django.db import transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from cms.models import EventKind, EventPage, FairPresence
from programme.ics import event_calendar
from programme.models import Attendance, EventRegistration, Registration, RegistrationStatus
from programme.selectors import dashboard_cache_invalidate
from registry.models import Community, Municipality

logger = logging.getLogger(__name__)


def _locked_settings(event: EventPage) -> EventRegistration | None:
    """The event's registration settings, locked so places are counted one sign-up at a time."""
    return EventRegistration.objects.select_for_update().filter(event=event).first()


def _active(event: EventPage):
    return Registration.objects.filter(event=event).exclude(status=RegistrationStatus.CANCELLED)


def registration_create(
    *,
    event: EventPage,
    full_name: str,
    email: str,
    phone: str = "",
    municipality: Municipality | None = None,
) -> Registration:
    """Sign a person up: confirmed while places last, then on the waiting list.

    Raises ValidationError (code "closed" or "duplicate") and saves nothing when refused.
    """
    with transaction.atomic():
        settings = _locked_settings(event)
        if settings is None or not settings.accepts_at(timezone.now()):
            raise ValidationError(_("Registration for this event is closed."), code="closed")
        if _active(event).filter(email__iexact=email).exists():
            raise ValidationError(
                _("This e-mail address is already registered for this event."), code="duplicate"
            )
        confirmed = _active(event).filter(status=RegistrationStatus.CONFIRMED).count()
        has_place = settings.capacity is None or confirmed < settings.capacity
        registration = Registration.objects.create(
            event=event,
            full_name=full_name,
            email=email,
            phone=phone,
            municipality=municipality,
            consent_at=timezone.now(),
            status=RegistrationStatus.CONFIRMED if has_place else RegistrationStatus.WAITLISTED,
        )
    registration_notify(registration=registration)
    return registration


def registration_cancel(*, registration: Registration) -> list[Registration]:
    """Cancel a sign-up; a freed place goes to the first on the waiting list, who is told.

    Returns the registrations promoted (none or one).
    """
    with transaction.atomic():
        settings = _locked_settings(registration.event)
        registration.refresh_from_db()
        if registration.status == RegistrationStatus.CANCELLED:
            return []
        registration.status = RegistrationStatus.CANCELLED
        registration.save(update_fields=["status"])
        promoted = _promote(registration.event, settings)
    _notify_promoted(promoted)
    return promoted


def waitlist_promote(*, event: EventPage) -> list[Registration]:
    """Fill the places there are (after staff add some) from the waiting list, in order."""
    with transaction.atomic():
        promoted = _promote(event, _locked_settings(event))
    _notify_promoted(promoted)
    return promoted


def _promote(event: EventPage, settings: EventRegistration | None) -> list[Registration]:
    """Confirm the first of the waiting list into the free places; call with settings locked."""
    if settings is None:
        return []
    waiting = Registration.objects.filter(
        event=event, status=RegistrationStatus.WAITLISTED
    ).order_by("pk")
    if settings.capacity is not None:
        confirmed = _active(event).filter(status=RegistrationStatus.CONFIRMED).count()
        waiting = waiting[: max(0, settings.capacity - confirmed)]
    promoted = list(waiting)
    Registration.objects.filter(pk__in=[r.pk for r in promoted]).update(
        status=RegistrationStatus.CONFIRMED
    )
    for registration in promoted:
        registration.status = RegistrationStatus.CONFIRMED
    return promoted


def _notify_promoted(promoted: list[Registration]) -> None:
    for registration in promoted:
        registration_notify(registration=registration, promoted=True)


def waitlist_position(*, registration: Registration) -> int:
    """The registrant's number in the queue: first come, first promoted."""
    return Registration.objects.filter(
        event=registration.event, status=RegistrationStatus.WAITLISTED, pk__lte=registration.pk
    ).count()


def event_ics(*, event: EventPage) -> bytes:
    site = event.get_site()
    return event_calendar(
        uid=f"event-{event.pk}@{site.hostname if site else 'konstruktor'}",
        title=event.title,
        start=event.start_date,
        end=event.end_date,
        place=event.place,
        url=event.get_full_url() or "",
    )


def _cancel_url(registration: Registration) -> str:
    site = registration.event.get_site()
    path = reverse("programme:registration_cancel", kwargs={"token": registration.token})
    return f"{site.root_url}{path}" if site else path


def _when_and_where(event: EventPage) -> str:
    when = event.start_date.strftime("%d.%m.%Y")
    if event.end_date and event.end_date != event.start_date:
        when += "–" + event.end_date.strftime("%d.%m.%Y")
    return f"{when}, {event.place}" if event.place else when


def registration_notify(*, registration: Registration, promoted: bool = False) -> None:
    """E-mail the registrant: confirmed (with the .ics file) or waitlisted with their place."""
    event = registration.event
    context = {
        "event": event.title,
        "when": _when_and_where(event),
        "cancel_url": _cancel_url(registration),
    }
    if registration.status == RegistrationStatus.CONFIRMED:
        subject = _("You are registered: %(event)s") % context
        opening = (
            _("A place has become free, and it is yours: you are registered. Event: «%(event)s».")
            if promoted
            else _("You are registered. Event: «%(event)s».")
        ) % context
        body = "\n\n".join(
            [
                opening,
                _("When and where: %(when)s.") % context,
                _("The calendar file is attached."),
                _("If you cannot come, please cancel so that someone else can: %(cancel_url)s")
                % context,
            ]
        )
    else:
        context["position"] = waitlist_position(registration=registration)
        subject = _("You are on the waiting list: %(event)s") % context
        body = "\n\n".join(
            [
                _(
                    "Event: «%(event)s». All places are taken, so you are on the waiting list "
                    "(number %(position)d). We will write to you if a place becomes free."
                )
                % context,
                _("When and where: %(when)s.") % context,
                _("To leave the waiting list: %(cancel_url)s") % context,
            ]
        )
    message = EmailMessage(subject, body, to=[registration.email])
    if registration.status == RegistrationStatus.CONFIRMED:
        message.attach("event.ics", event_ics(event=event), "text/calendar; method=PUBLISH")
    try:
        message.send()
    except OSError as error:
        # Only the error's type: SMTP errors quote the address, which is personal data.
        logger.error(
            "Could not send the registration e-mail for registration %s (%s)",
            registration.pk,
            type(error).__name__,
        )


def attendance_list_record(*, event: EventPage, attended_ids: set[int]) -> int:
    """Mark who came among the confirmed registrants (everyone else did not); return how many."""
    confirmed = Registration.objects.filter(event=event, status=RegistrationStatus.CONFIRMED)
    with transaction.atomic():
        confirmed.exclude(pk__in=attended_ids).update(attended=False)
        came = confirmed.filter(pk__in=attended_ids).update(attended=True)
    dashboard_cache_invalidate()  # update() sends no signals
    return came


def attendance_count_record(*, event: EventPage, visitors: int | None, note: str = "") -> None:
    """Record the visitors counted at an open event; None removes the count."""
    if visitors is None:
        Attendance.objects.filter(event=event).delete()
    else:
        Attendance.objects.update_or_create(
            event=event, defaults={"visitors": visitors, "note": note}
        )


def fair_presences_record(
    *, fair: EventPage, communities: list[Community], date: datetime.date | None = None
) -> int:
    """Record the communities that presented at a fair; return how many were new.

    Each presence is saved on its own so the registry's signal recomputes that community's
    verification level (registry.signals.evidence_changed).
    """
    if fair.kind != EventKind.FAIR:
        raise ValidationError(_("Only a community fair records presenting communities."))
    already = set(
        FairPresence.objects.filter(fair=fair, community__in=communities).values_list(
            "community_id", flat=True
        )
    )
    new = [community for community in communities if community.pk not in already]
    with transaction.atomic():
        for community in new:
            FairPresence.objects.create(
                community=community, fair=fair, date=date or fair.start_date
            )
    return len(new)
