"""Reads of the registry: evidence behind a level, leaders' verification, the moderation queue."""

from dataclasses import dataclass

from django.db.models import Case, Count, IntegerField, Max, Q, QuerySet, When
from django.utils.translation import gettext_lazy as _

from registry.access import queryset_for_user
from registry.models import (
    Activity,
    Community,
    CommunityStatus,
    CuratorAssignment,
    CuratorConfirmation,
    Municipality,
    Person,
    VerificationLevel,
)
from registry.verification import Evidence

DOCUMENTED_ACTIVITY = Q(participants__gt=0) & ~Q(link="")


def communities_with_evidence_counts(queryset: QuerySet[Community]) -> QuerySet[Community]:
    """Annotate documented_activities, curator_confirmations and fair_presences counts."""
    return queryset.annotate(
        documented_activities=Count(
            "activities",
            filter=Q(activities__participants__gt=0) & ~Q(activities__link=""),
            distinct=True,
        ),
        curator_confirmations_count=Count("curator_confirmations", distinct=True),
        fair_presences_count=Count("fair_presences", distinct=True),
    )


def evidence_of(community: Community) -> Evidence:
    """Evidence from a community annotated by communities_with_evidence_counts."""
    return Evidence(
        documented_activities=community.documented_activities,
        curator_confirmations=community.curator_confirmations_count,
        fair_presences=community.fair_presences_count,
    )


@dataclass(frozen=True)
class VerificationEvidence:
    """What a public community page shows under its verification level."""

    level: VerificationLevel
    documented_activities: list[Activity]
    curator_confirmations: list[CuratorConfirmation]
    fair_presences: list  # cms.FairPresence, declared above the registry


def community_verification_evidence(*, community: Community) -> VerificationEvidence:
    return VerificationEvidence(
        level=VerificationLevel(community.verification_level),
        documented_activities=list(
            community.activities.filter(DOCUMENTED_ACTIVITY).order_by("-date")
        ),
        curator_confirmations=list(community.curator_confirmations.order_by("-confirmed_on")),
        fair_presences=list(community.fair_presences.select_related("fair").order_by("-date")),
    )


def _level_rank_expression(field: str) -> Case:
    return Case(
        *[
            When(**{field: level}, then=VerificationLevel.rank(level))
            for level in VerificationLevel.values
        ],
        output_field=IntegerField(),
    )


def people_with_leadership_rank(queryset: QuerySet[Person]) -> QuerySet[Person]:
    """Annotate leadership_rank: the best level among the person's published communities.

    None means the person leads no published community. Turn it into a level with
    leadership_level().
    """
    rank = _level_rank_expression("leaderships__community__verification_level")
    published = Q(leaderships__community__status=CommunityStatus.PUBLISHED)
    return queryset.annotate(
        leadership_rank=Max(Case(When(published, then=rank), output_field=IntegerField()))
    )


def leadership_level(rank: int | None) -> VerificationLevel | None:
    return None if rank is None else VerificationLevel(VerificationLevel.values[rank])


def leadership_label(rank: int | None) -> str:
    """What the admin and public pages say about a leader: a level or "unverified"."""
    level = leadership_level(rank)
    if level is None or level == VerificationLevel.SELF_DECLARED:
        return str(_("Unverified leader"))
    return str(level.label)


def person_leadership_level(*, person: Person) -> VerificationLevel | None:
    """The best level among the person's published communities, None if they lead none."""
    rank = people_with_leadership_rank(Person.objects.filter(pk=person.pk)).values_list(
        "leadership_rank", flat=True
    )
    return leadership_level(rank.first())


def person_is_verified_leader(*, person: Person) -> bool:
    """False for a "leader" with no published community stronger than self-declared."""
    level = person_leadership_level(person=person)
    return level is not None and level != VerificationLevel.SELF_DECLARED


def municipalities_without_curator_email(*, submissions: QuerySet[Community]) -> list[str]:
    """Municipalities of these submissions that no active curator with an e-mail address
    looks after: nobody was told of their submissions."""
    reachable = CuratorAssignment.objects.filter(user__is_active=True).exclude(user__email="")
    return list(
        Municipality.objects.filter(pk__in=submissions.values("municipality"))
        .exclude(pk__in=reachable.values("municipality"))
        .order_by("name")
        .values_list("name", flat=True)
    )


def communities_awaiting_moderation(*, user) -> QuerySet[Community]:
    """Submissions the user may moderate, oldest first."""
    queryset = Community.objects.filter(status=CommunityStatus.SUBMITTED).select_related(
        "municipality"
    )
    return queryset_for_user(queryset, user=user).order_by("created_at")
