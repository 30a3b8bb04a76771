"""Reads for the programme's results: every figure is counted from the records, never typed.

The whole dashboard is computed in a fixed number of queries whatever the amount of data,
and cached for a short while; saving any record it counts forgets the cache (signals.py).
"""

import datetime
from collections import defaultdict
from dataclasses import dataclass, field
from itertools import accumulate

from django.conf import settings
from django.core.cache import cache
from django.db.models import Count, IntegerField, OuterRef, Q, QuerySet, Subquery, Sum
from django.db.models.functions import Coalesce, Greatest, TruncMonth
from django.utils import timezone

from cms.models import CasePage, EventKind, EventPage, GoldenRuleCase
from collection.models import Edition, EditionStatus
from programme.models import (
    Attendance,
    EventRegistration,
    MunicipalProgramme,
    Registration,
    RegistrationStatus,
    Target,
    TargetCode,
)
from registry.models import (
    Community,
    CommunityStatus,
    IdentifiedLeader,
    Municipality,
    TeamMember,
)

DASHBOARD_CACHE_KEY = "programme:dashboard"
DASHBOARD_CACHE_SECONDS = 60

_home = Q(region__is_home=True)

# Events whose participants add up to a target.
PARTICIPANT_TARGETS = {
    TargetCode.CONFERENCE_PARTICIPANTS: EventKind.CONFERENCE,
    TargetCode.SCHOOL_PARTICIPANTS: EventKind.SCHOOL,
    TargetCode.ZONAL_MODULE_PARTICIPANTS: EventKind.ZONAL_MODULE,
    TargetCode.FAIR_PARTICIPANTS: EventKind.FAIR,
}


@dataclass(frozen=True)
class TargetProgress:
    code: str
    title: str
    unit: str
    target_value: int | None
    current: int
    # Parts of the current value worth showing, e.g. home and neighbouring municipalities.
    detail: dict = field(default_factory=dict)

    @property
    def percent(self) -> int | None:
        if not self.target_value:
            return None
        return min(100, round(self.current * 100 / self.target_value))

    @property
    def achieved(self) -> bool:
        return self.target_value is not None and self.current >= self.target_value


@dataclass(frozen=True)
class EventFigure:
    """A held or planned event of the programme and the participants counted at it."""

    pk: int
    kind: str
    start_date: datetime.date
    municipality_id: int | None
    participants: int
    title: str


@dataclass(frozen=True)
class MunicipalityRow:
    name: str
    slug: str
    is_home: bool
    team_members: int
    communities: int
    fairs: int
    fair_participants: int
    identified_leaders: int


@dataclass(frozen=True)
class TimelinePoint:
    """Running totals at the start of a month."""

    month: datetime.date
    communities: int
    fair_participants: int


@dataclass(frozen=True)
class Dashboard:
    targets: list[TargetProgress]
    municipalities: list[MunicipalityRow]
    timeline: list[TimelinePoint]


def source_pages(queryset: QuerySet) -> QuerySet:
    """Live public pages in the source language: a translation is the same event or case."""
    return queryset.live().public().filter(locale__language_code=settings.LANGUAGE_CODE)


def with_participants(events: QuerySet[EventPage]) -> QuerySet[EventPage]:
    """Annotate events with every record of their participants and the figure that counts.

    `participants` is the largest of the visitors counted at the event, the registrants marked
    as having come and the figure typed on the event page: a count an organiser entered never
    loses to a list that was ticked only in part.
    """
    counted = Attendance.objects.filter(event=OuterRef("pk")).values("visitors")
    came = (
        Registration.objects.filter(event=OuterRef("pk"), attended=True)
        .order_by()
        .values("event")
        .annotate(count=Count("pk"))
        .values("count")
    )
    return events.annotate(
        visitors_counted=Subquery(counted, output_field=IntegerField()),
        registrants_came=Coalesce(Subquery(came, output_field=IntegerField()), 0),
    ).annotate(
        # Greatest is NULL on SQLite when any argument is NULL, hence the zeros.
        participants=Greatest(
            Coalesce("visitors_counted", 0),
            "registrants_came",
            Coalesce("participants_count", 0),
            output_field=IntegerField(),
        )
    )


def events_counted() -> list[EventFigure]:
    """Every live programme event with its participants (see with_participants)."""
    rows = (
        with_participants(source_pages(EventPage.objects.all()))
        .order_by("start_date", "pk")
        .values_list("pk", "kind", "start_date", "municipality_id", "participants", "title")
    )
    return [EventFigure(*row) for row in rows]


def event_participants(*, event: EventPage) -> EventPage:
    """The event with its participant records and the figure the results page counts."""
    return with_participants(EventPage.objects.filter(pk=event.pk)).get()


def events_held(events: list[EventFigure], *, kind: str) -> list[EventFigure]:
    """Events of a kind that have started: an announced fair is not yet a fair held."""
    today = timezone.localdate()
    return [event for event in events if event.kind == kind and event.start_date <= today]


def cases_with_golden_rules() -> QuerySet[CasePage]:
    """Live cases that at least one live golden rule is drawn from."""
    supported = GoldenRuleCase.objects.filter(rule__live=True).values("case_id")
    return source_pages(CasePage.objects.all()).filter(pk__in=supported)


def target_current_values(*, events: list[EventFigure]) -> dict[str, tuple[int, dict]]:
    """Each target's current value (and its parts where they matter), by target code."""
    municipalities = Municipality.objects.filter(participating=True).aggregate(
        home=Count("pk", filter=_home), neighbours=Count("pk", filter=~_home)
    )
    participants = defaultdict(int)
    for event in events:
        participants[event.kind] += event.participants
    values = {
        TargetCode.MUNICIPALITIES_SELECTED: (
            municipalities["home"] + municipalities["neighbours"],
            municipalities,
        ),
        TargetCode.TEAM_MEMBERS: (TeamMember.objects.count(), {}),
        TargetCode.IDENTIFIED_LEADERS: (IdentifiedLeader.objects.count(), {}),
        TargetCode.FAIRS: (len(events_held(events, kind=EventKind.FAIR)), {}),
        TargetCode.COMMUNITIES_IN_REGISTRY: (
            Community.objects.filter(status=CommunityStatus.PUBLISHED).count(),
            {},
        ),
        TargetCode.CASES_WITH_GOLDEN_RULES: (cases_with_golden_rules().count(), {}),
        TargetCode.COPIES_PRINTED: (
            Edition.objects.filter(status=EditionStatus.PUBLISHED).aggregate(
                copies=Coalesce(Sum("print_run"), 0)
            )["copies"],
            {},
        ),
    }
    for code, kind in PARTICIPANT_TARGETS.items():
        values[code] = (participants[kind], {})
    return values


def targets_progress(*, events: list[EventFigure]) -> list[TargetProgress]:
    values = target_current_values(events=events)
    return [
        TargetProgress(
            code=target.code,
            title=target.title,
            unit=target.unit,
            target_value=target.target_value,
            current=values[target.code][0],
            detail=values[target.code][1],
        )
        for target in Target.objects.all()
    ]


def _count_by_municipality(queryset: QuerySet) -> Subquery:
    counted = (
        queryset.filter(municipality=OuterRef("pk"))
        .order_by()
        .values("municipality")
        .annotate(count=Count("pk"))
        .values("count")
    )
    return Coalesce(Subquery(counted, output_field=IntegerField()), 0)


def municipality_rows(*, events: list[EventFigure]) -> list[MunicipalityRow]:
    """The participating municipalities with what each has achieved."""
    fairs = defaultdict(list)
    for event in events_held(events, kind=EventKind.FAIR):
        fairs[event.municipality_id].append(event.participants)
    municipalities = (
        Municipality.objects.filter(participating=True)
        .annotate(
            team_count=_count_by_municipality(TeamMember.objects.all()),
            community_count=_count_by_municipality(
                Community.objects.filter(status=CommunityStatus.PUBLISHED)
            ),
            leader_count=_count_by_municipality(IdentifiedLeader.objects.all()),
        )
        .order_by("-region__is_home", "name")
        .values_list(
            "pk", "name", "slug", "region__is_home", "team_count", "community_count", "leader_count"
        )
    )
    return [
        MunicipalityRow(
            name=name,
            slug=slug,
            is_home=is_home,
            team_members=team,
            communities=communities,
            fairs=len(fairs[pk]),
            fair_participants=sum(fairs[pk]),
            identified_leaders=leaders,
        )
        for pk, name, slug, is_home, team, communities, leaders in municipalities
    ]


def timeline(*, events: list[EventFigure]) -> list[TimelinePoint]:
    """Published communities (by the month they were added) and fair participants, summed up."""
    communities = dict(
        Community.objects.filter(status=CommunityStatus.PUBLISHED)
        .annotate(month=TruncMonth("created_at"))
        .order_by()
        .values_list("month")
        .annotate(count=Count("pk"))
    )
    communities = {_month(moment): count for moment, count in communities.items()}
    participants = defaultdict(int)
    for event in events_held(events, kind=EventKind.FAIR):
        participants[_month(event.start_date)] += event.participants
    months = sorted(set(communities) | set(participants))
    return [
        TimelinePoint(month=month, communities=total_communities, fair_participants=total_fair)
        for month, total_communities, total_fair in zip(
            months,
            accumulate(communities.get(month, 0) for month in months),
            accumulate(participants.get(month, 0) for month in months),
            strict=True,
        )
    ]


def _month(moment: datetime.date | datetime.datetime) -> datetime.date:
    if isinstance(moment, datetime.datetime):
        moment = timezone.localtime(moment).date() if timezone.is_aware(moment) else moment.date()
    return moment.replace(day=1)


def programme_dashboard() -> Dashboard:
    """Targets against results, the table by municipality and the timeline (cached)."""
    dashboard = cache.get(DASHBOARD_CACHE_KEY)
    if dashboard is None:
        events = events_counted()
        dashboard = Dashboard(
            targets=targets_progress(events=events),
            municipalities=municipality_rows(events=events),
            timeline=timeline(events=events),
        )
        cache.set(DASHBOARD_CACHE_KEY, dashboard, DASHBOARD_CACHE_SECONDS)
    return dashboard


def dashboard_cache_invalidate() -> None:
    cache.delete(DASHBOARD_CACHE_KEY)


def event_registration_state(*, event) -> dict:
    """The registration call on an event page: its settings, open or not, places left."""
    # Registration belongs to the event, whatever translation of its page is shown: the
    # settings hang on one page of its translation group, and sign-ups count against it.
    settings = (
        EventRegistration.objects.filter(event__translation_key=event.translation_key)
        .select_related("event")
        .first()
    )
    if settings is None:
        return {"settings": None}
    places_left = None
    if settings.capacity is not None:
        confirmed = settings.event.registrations.filter(status=RegistrationStatus.CONFIRMED).count()
        places_left = max(0, settings.capacity - confirmed)
    return {
        "settings": settings,
        "event": settings.event,
        "is_open": settings.accepts_at(timezone.now()),
        "places_left": places_left,
    }


def municipal_programme_of(*, municipality) -> MunicipalProgramme | None:
    return (
        MunicipalProgramme.objects.filter(municipality=municipality)
        .select_related("document")
        .first()
    )
