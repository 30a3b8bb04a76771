"""The competitive selection: applications, blind scoring, ranking and confirmation.

Writes and reads of one domain kept together and apart from events and targets, as
selection_* services and selectors; views and the admin call only these.
"""

import datetime
import logging
import statistics
from collections import defaultdict
from dataclasses import dataclass

from django.conf import settings
from django.core import signing
from django.core.exceptions import ValidationError
from django.core.mail import send_mail
from django.db import IntegrityError, transaction
from django.db.models import Exists, OuterRef, QuerySet
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from programme.models import (
    Application,
    ApplicationMember,
    ConflictOfInterest,
    Criterion,
    Score,
    ScoreSheet,
    SelectionRound,
)
from registry.models import Municipality, Person, TeamMember, TeamRole

logger = logging.getLogger(__name__)

# 25 municipalities of the republic and 2 of neighbouring regions (the grant application).
SELECTED_HOME = 25
SELECTED_NEIGHBOURS = 2
CONFIRMATION_SALT = "programme.application-confirmation"


def selection_round_open() -> SelectionRound | None:
    now = timezone.now()
    return SelectionRound.objects.filter(opens_at__lte=now, closes_at__gt=now).first()


def selection_round_open_for_event(*, event) -> SelectionRound | None:
    """The open round whose selected teams go to this event, in whichever translation."""
    selection_round = selection_round_open()
    if selection_round is None or selection_round.event is None:
        return None
    if selection_round.event.translation_key != event.translation_key:
        return None
    return selection_round


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


def application_confirmation_token(*, application: Application) -> str:
    return signing.dumps(application.pk, salt=CONFIRMATION_SALT)


def application_by_token(*, token: str) -> Application | None:
    try:
        pk = signing.loads(token, salt=CONFIRMATION_SALT)
    except signing.BadSignature:
        return None
    return Application.objects.select_related("round", "municipality").filter(pk=pk).first()


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


def expert_has_conflict(*, expert, application: Application) -> bool:
    return ConflictOfInterest.objects.filter(
        expert=expert, municipality_id=application.municipality_id
    ).exists()


def applications_for_expert(*, expert, selection_round: SelectionRound) -> QuerySet[Application]:
    """The round's applications an expert may score: none of a conflicting municipality."""
    conflicts = ConflictOfInterest.objects.filter(expert=expert).values("municipality_id")
    return (
        Application.objects.confirmed()
        .filter(round=selection_round)
        .exclude(municipality_id__in=conflicts)
        .select_related("municipality")
        .order_by("municipality__name")
    )


def score_sheet_save(
    *, application: Application, expert, values: dict[int, int], submit: bool
) -> ScoreSheet:
    """Save an expert's scores (criterion id → value); submitting makes them final."""
    if expert_has_conflict(expert=expert, application=application):
        raise ValidationError(
            _("You declared a conflict of interest with this municipality."), code="conflict"
        )
    criteria = {c.pk: c for c in Criterion.objects.filter(round_id=application.round_id)}
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


@dataclass(frozen=True)
class SheetResult:
    expert_name: str
    total: float  # weighted, 0 to 100
    values: dict[int, int]  # criterion id → score


def _sheet_results(sheets: QuerySet[ScoreSheet], criteria: list[Criterion]) -> dict:
    """Weighted totals of submitted sheets by application id, in one query."""
    weight = sum(c.weight for c in criteria) or 1
    by_id = {c.pk: c for c in criteria}
    values = defaultdict(dict)
    names = {}
    applications = {}
    for score in Score.objects.filter(sheet__in=sheets).select_related("sheet__expert"):
        values[score.sheet_id][score.criterion_id] = score.value
        names[score.sheet_id] = score.sheet.expert.get_full_name() or score.sheet.expert.username
        applications[score.sheet_id] = score.sheet.application_id
    results = defaultdict(list)
    for sheet_id, sheet_values in values.items():
        total = sum(by_id[c].weight * v / by_id[c].scale_max for c, v in sheet_values.items())
        results[applications[sheet_id]].append(
            SheetResult(
                expert_name=names[sheet_id],
                total=round(total * 100 / weight, 1),
                values=sheet_values,
            )
        )
    return results


def counted_sheets() -> QuerySet[ScoreSheet]:
    """Submitted sheets, leaving out an expert's sheet on a municipality they are tied to
    (a conflict declared after scoring voids the score)."""
    conflicted = ConflictOfInterest.objects.filter(
        expert=OuterRef("expert"), municipality=OuterRef("application__municipality")
    )
    return ScoreSheet.objects.filter(submitted_at__isnull=False).exclude(Exists(conflicted))


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


def scores_visible_to_expert(*, expert, application: Application) -> list[SheetResult] | None:
    """Other experts' submitted scores, but only once this expert has submitted their own."""
    own = ScoreSheet.objects.filter(
        application=application, expert=expert, submitted_at__isnull=False
    )
    if not own.exists():
        return None
    others = counted_sheets().filter(application=application).exclude(expert=expert)
    criteria = list(Criterion.objects.filter(round_id=application.round_id))
    return _sheet_results(others, criteria).get(application.pk, [])


@dataclass(frozen=True)
class RankingRow:
    application: Application
    average: float | None
    spread: float | None  # the highest total minus the lowest
    sheets: int


def selection_ranking(*, selection_round: SelectionRound) -> list[RankingRow]:
    """Applications by their average weighted score (of submitted sheets), best first."""
    criteria = list(Criterion.objects.filter(round=selection_round))
    submitted = counted_sheets().filter(application__round=selection_round)
    results = _sheet_results(submitted, criteria)
    rows = []
    for application in (
        Application.objects.confirmed()
        .filter(round=selection_round)
        .select_related("municipality__region")
    ):
        totals = [result.total for result in results.get(application.pk, [])]
        rows.append(
            RankingRow(
                application=application,
                average=round(statistics.fmean(totals), 1) if totals else None,
                spread=round(max(totals) - min(totals), 1) if totals else None,
                sheets=len(totals),
            )
        )
    return sorted(rows, key=lambda row: (row.average is None, -(row.average or 0)))


def selection_split_warnings(*, applications: list[Application]) -> list[str]:
    home = sum(1 for a in applications if a.municipality.region.is_home)
    neighbours = len(applications) - home
    if (home, neighbours) == (SELECTED_HOME, SELECTED_NEIGHBOURS):
        return []
    return [
        _(
            "The programme selects %(home_target)d municipalities of the republic and "
            "%(neighbours_target)d of neighbouring regions; this selection has %(home)d and "
            "%(neighbours)d."
        )
        % {
            "home_target": SELECTED_HOME,
            "neighbours_target": SELECTED_NEIGHBOURS,
            "home": home,
            "neighbours": neighbours,
        }
    ]


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
