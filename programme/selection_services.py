"""Writes of the competitive selection: applications and their confirmation, scores,
conflicts of interest, and the confirmed selection that puts teams in the registry.

Its reads and the rules of blind scoring are in programme.selection_selectors.
"""

import datetime
import logging

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.mail import send_mail
from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from programme.models import (
    Application,
    ApplicationMember,
    ConflictOfInterest,
    Score,
    ScoreSheet,
    SelectionRound,
)
from programme.selection_selectors import (
    application_confirmation_token,
    expert_has_conflict,
    round_criteria,
    selection_split_warnings,
)
from registry.models import Municipality, Person, TeamMember, TeamRole

logger = logging.getLogger(__name__)


def application_submit(
    *,
    selection_round: SelectionRound,
    municipality: Municipality,
    motivation: str,
    existing_communities: str,
    contact_email: str,
    members: list[dict],
) -> Application:
    """Save an unconfirmed application with its four members and e-mail the confirmation
    link to its contact address; refuse a closed round or a municipality already in it."""
    if not selection_round.accepts_at(timezone.now()):
        raise ValidationError(_("Applications are not being accepted now."), code="closed")
    if sorted(member["role"] for member in members) != sorted(TeamRole.values):
        raise ValidationError(_("A team has one member in each of the four roles."), code="team")
    _refuse_a_second(selection_round, municipality)
    applications_lapsed_delete()
    with transaction.atomic():
        application = Application.objects.create(
            round=selection_round,
            municipality=municipality,
            motivation=motivation,
            existing_communities=existing_communities,
            contact_email=contact_email,
            consent_at=timezone.now(),
        )
        ApplicationMember.objects.bulk_create(
            ApplicationMember(application=application, **member) for member in members
        )
    _send_confirmation_link(application)
    return application


def _duplicate(municipality: Municipality) -> ValidationError:
    return ValidationError(
        _("%(municipality)s has already applied in this round.") % {"municipality": municipality},
        code="duplicate",
    )


def _refuse_a_second(selection_round: SelectionRound, municipality: Municipality) -> None:
    """Only a confirmed application holds the municipality's place in the round."""
    applications = Application.objects.confirmed()
    if applications.filter(round=selection_round, municipality=municipality).exists():
        raise _duplicate(municipality)


def applications_lapsed_delete() -> int:
    """Delete applications never confirmed in time (they hold personal data and count for
    nothing); return how many."""
    hours = settings.PROGRAMME_APPLICATION_CONFIRMATION_HOURS
    cutoff = timezone.now() - datetime.timedelta(hours=hours)
    lapsed = Application.objects.filter(confirmed_at__isnull=True, created_at__lt=cutoff)
    return lapsed.delete()[0]


def application_confirm(*, application: Application) -> Application:
    """Count the application in its round: the contact e-mail's owner followed the link.

    Refused (ValidationError "expired", "closed" or "duplicate") once the link has lapsed,
    after the round closed, or when another application of the municipality was confirmed
    first. Confirming twice changes nothing.
    """
    if application.confirmed_at:
        return application
    now = timezone.now()
    if now >= application.confirmation_expires_at:
        raise ValidationError(
            _("This confirmation link has expired. Please send the application again."),
            code="expired",
        )
    if not application.round.accepts_at(now):
        raise ValidationError(_("Applications are not being accepted now."), code="closed")
    try:
        with transaction.atomic():
            _refuse_a_second(application.round, application.municipality)
            application.confirmed_at = now
            application.save(update_fields=["confirmed_at"])
    except IntegrityError:  # another application of the municipality confirmed at this moment
        application.confirmed_at = None
        raise _duplicate(application.municipality) from None
    return application


def _send_confirmation_link(application: Application) -> None:
    path = reverse(
        "programme:selection_confirm",
        kwargs={"token": application_confirmation_token(application=application)},
    )
    context = {
        "municipality": application.municipality,
        "round": application.round,
        "hours": settings.PROGRAMME_APPLICATION_CONFIRMATION_HOURS,
        "url": settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path,
    }
    try:
        send_mail(
            _("Confirm your application: %(round)s") % context,
            "\n\n".join(
                [
                    _(
                        "Selection: «%(round)s». The application of the team of "
                        "%(municipality)s names this address as its contact."
                    )
                    % context,
                    _(
                        "It counts only once confirmed: within %(hours)d hours open this link "
                        "and press «Confirm»: %(url)s"
                    )
                    % context,
                    _(
                        "Experts will score it after applications close; we will write to you "
                        "with the result. If you did not apply, ignore this e-mail."
                    ),
                ]
            ),
            None,
            [application.contact_email],
        )
    except OSError as error:
        # Only the error's type: SMTP errors quote the address, which is personal data.
        logger.error(
            "Could not send the confirmation link of application %s (%s)",
            application.pk,
            type(error).__name__,
        )


def score_sheet_save(
    *, application: Application, expert, values: dict[int, int], submit: bool
) -> ScoreSheet:
    """Save an expert's scores (criterion id → value); submitting makes them final."""
    if expert_has_conflict(expert=expert, application=application):
        raise ValidationError(
            _("You declared a conflict of interest with this municipality."), code="conflict"
        )
    criteria = {c.pk: c for c in round_criteria(selection_round_id=application.round_id)}
    for criterion_id, value in values.items():
        criterion = criteria.get(criterion_id)
        if criterion is None or not 0 <= value <= criterion.scale_max:
            raise ValidationError(_("A score is outside the criterion's scale."), code="scale")
    if submit and set(values) != set(criteria):
        raise ValidationError(_("Score every criterion before submitting."), code="incomplete")
    with transaction.atomic():
        sheet, _created = ScoreSheet.objects.select_for_update().get_or_create(
            application=application, expert=expert
        )
        if sheet.submitted_at:
            raise ValidationError(_("Your scores are already submitted."), code="submitted")
        sheet.scores.all().delete()
        Score.objects.bulk_create(
            Score(sheet=sheet, criterion_id=criterion_id, value=value)
            for criterion_id, value in values.items()
        )
        if submit:
            sheet.submitted_at = timezone.now()
            sheet.save(update_fields=["submitted_at"])
    return sheet


def conflict_declare(*, expert, application: Application, note: str = "") -> ConflictOfInterest:
    """An expert declares a tie to the application's municipality; their draft is dropped."""
    with transaction.atomic():
        conflict, _created = ConflictOfInterest.objects.get_or_create(
            expert=expert, municipality_id=application.municipality_id, defaults={"note": note}
        )
        ScoreSheet.objects.filter(
            expert=expert, application=application, submitted_at__isnull=True
        ).delete()
    return conflict


def selection_confirm(
    *,
    selection_round: SelectionRound,
    applications: list[Application],
    accept_warnings: bool = False,
) -> int:
    """Mark the chosen municipalities as participants and put their teams in the registry.

    Refuses (changes nothing) when the split is not 25 + 2 unless the warnings are accepted.
    Returns how many team members were created.
    """
    if selection_round.confirmed_at:
        raise ValidationError(_("This round's selection is already confirmed."), code="confirmed")
    if not applications:
        raise ValidationError(_("Choose the applications to select."), code="empty")
    warnings = selection_split_warnings(applications=applications)
    if warnings and not accept_warnings:
        raise ValidationError(" ".join(warnings), code="split")
    members = list(
        ApplicationMember.objects.filter(application__in=applications).select_related("application")
    )
    with transaction.atomic():
        Municipality.objects.filter(pk__in=[a.municipality_id for a in applications]).update(
            participating=True, selection_year=selection_round.year
        )
        Application.objects.filter(pk__in=[a.pk for a in applications]).update(selected=True)
        for member in members:
            application = member.application
            person = Person.objects.create(
                full_name=member.full_name,
                municipality_id=application.municipality_id,
                email=member.email,
                phone=member.phone,
                contacts_sharing_consent=True,
                contacts_sharing_consent_date=application.consent_at.date(),
                consent_notes=_("Given in the application. Selection: «%(round)s».")
                % {"round": selection_round},
            )
            TeamMember.objects.create(
                person=person, municipality_id=application.municipality_id, role=member.role
            )
        selection_round.confirmed_at = timezone.now()
        selection_round.save(update_fields=["confirmed_at"])
    return len(members)
