"""Reads of the competitive selection: open rounds, what an expert may score and see, ranking.

Blind scoring lives here: an expert sees other experts' scores only after submitting their own,
never scores an application of a municipality they declared a tie to, and a conflict declared
after scoring voids the score.
"""

import datetime
import statistics
from collections import defaultdict
from dataclasses import dataclass

from django.core import signing
from django.db.models import Exists, OuterRef, QuerySet
from django.utils import timezone
from django.utils.translation import gettext as _

from programme.models import (
    Application,
    ConflictOfInterest,
    Criterion,
    Score,
    ScoreSheet,
    SelectionRound,
)

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


def selection_round_latest() -> SelectionRound | None:
    """The round experts score now: the newest one."""
    return SelectionRound.objects.first()


def selection_round_get(*, pk) -> SelectionRound | None:
    return SelectionRound.objects.filter(pk=pk).first() if pk is not None else None


def application_confirmation_token(*, application: Application) -> str:
    return signing.dumps(application.pk, salt=CONFIRMATION_SALT)


def application_by_token(*, token: str) -> Application | None:
    try:
        pk = signing.loads(token, salt=CONFIRMATION_SALT)
    except signing.BadSignature:
        return None
    return Application.objects.select_related("round", "municipality").filter(pk=pk).first()


def applications_confirmed(*, selection_round: SelectionRound) -> QuerySet[Application]:
    """The round's applications that count, with the region their split is checked by."""
    return (
        Application.objects.confirmed()
        .filter(round=selection_round)
        .select_related("municipality__region")
    )


def application_for_scoring(*, application_id: int) -> Application | None:
    return (
        Application.objects.confirmed()
        .select_related("municipality", "round")
        .filter(pk=application_id)
        .first()
    )


def application_members(*, application: Application) -> QuerySet:
    return application.members.only("role", "full_name")


def round_criteria(*, selection_round_id: int) -> list[Criterion]:
    return list(Criterion.objects.filter(round_id=selection_round_id))


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


@dataclass(frozen=True)
class ScoringItem:
    application: Application
    started: bool  # the expert has a sheet on it, draft or submitted
    submitted_at: datetime.datetime | None


def applications_scoring_list(*, expert, selection_round: SelectionRound) -> list[ScoringItem]:
    """What an expert may score in the round, each with how far their own sheet has got."""
    sheets = dict(
        ScoreSheet.objects.filter(expert=expert, application__round=selection_round).values_list(
            "application_id", "submitted_at"
        )
    )
    return [
        ScoringItem(
            application=application,
            started=application.pk in sheets,
            submitted_at=sheets.get(application.pk),
        )
        for application in applications_for_expert(expert=expert, selection_round=selection_round)
    ]


@dataclass(frozen=True)
class OwnSheet:
    values: dict[int, int]  # criterion id → score
    submitted: bool


def score_sheet_own(*, expert, application: Application) -> OwnSheet:
    """The expert's own scores on an application so far (empty when they have not begun)."""
    sheet = (
        ScoreSheet.objects.filter(application=application, expert=expert)
        .prefetch_related("scores")
        .first()
    )
    if sheet is None:
        return OwnSheet(values={}, submitted=False)
    return OwnSheet(
        values={score.criterion_id: score.value for score in sheet.scores.all()},
        submitted=bool(sheet.submitted_at),
    )


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


def scores_visible_to_expert(*, expert, application: Application) -> list[SheetResult] | None:
    """Other experts' submitted scores, but only once this expert has submitted their own."""
    own = ScoreSheet.objects.filter(
        application=application, expert=expert, submitted_at__isnull=False
    )
    if not own.exists():
        return None
    others = counted_sheets().filter(application=application).exclude(expert=expert)
    criteria = round_criteria(selection_round_id=application.round_id)
    return _sheet_results(others, criteria).get(application.pk, [])


@dataclass(frozen=True)
class RankingRow:
    application: Application
    average: float | None
    spread: float | None  # the highest total minus the lowest
    sheets: int


def selection_ranking(*, selection_round: SelectionRound) -> list[RankingRow]:
    """Applications by their average weighted score (of submitted sheets), best first."""
    criteria = round_criteria(selection_round_id=selection_round.pk)
    submitted = counted_sheets().filter(application__round=selection_round)
    results = _sheet_results(submitted, criteria)
    rows = []
    for application in applications_confirmed(selection_round=selection_round):
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
