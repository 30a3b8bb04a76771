"""The dashboard's figures equal what the records say, in bounded queries, cached."""

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from cms.models import CasePage, EventKind, EventPage
from programme.models import Target, TargetCode
from programme.selectors import programme_dashboard
from registry.factories import CommunityFactory
from registry.models import Community, CommunityStatus, IdentifiedLeader, Municipality, TeamMember
from tests.programme.conftest import seed_programme


def current(code):
    return next(t for t in programme_dashboard().targets if t.code == code)


def live_events(kind):
    return [e for e in EventPage.objects.live().filter(kind=kind) if e.locale.language_code == "ru"]


@pytest.mark.django_db
def test_every_target_equals_the_records(programme):
    participating = Municipality.objects.filter(participating=True)
    today = timezone.localdate()
    expected = {
        TargetCode.MUNICIPALITIES_SELECTED: participating.count(),
        TargetCode.TEAM_MEMBERS: TeamMember.objects.count(),
        TargetCode.IDENTIFIED_LEADERS: IdentifiedLeader.objects.count(),
        TargetCode.COMMUNITIES_IN_REGISTRY: Community.objects.filter(
            status=CommunityStatus.PUBLISHED
        ).count(),
        TargetCode.FAIRS: len([e for e in live_events(EventKind.FAIR) if e.start_date <= today]),
        TargetCode.FAIR_PARTICIPANTS: sum(
            e.participants_count or 0 for e in live_events(EventKind.FAIR)
        ),
        TargetCode.CONFERENCE_PARTICIPANTS: 120,
        TargetCode.SCHOOL_PARTICIPANTS: 250,
        TargetCode.ZONAL_MODULE_PARTICIPANTS: 60,
        TargetCode.CASES_WITH_GOLDEN_RULES: 1,
        TargetCode.COPIES_PRINTED: 500,
    }
    # The seed: 4 municipalities with 1+2+3+4 members, draft fair of 999 and submitted
    # communities left out, the future fair not yet held.
    assert expected[TargetCode.MUNICIPALITIES_SELECTED] == 4
    assert expected[TargetCode.TEAM_MEMBERS] == 10
    assert expected[TargetCode.FAIRS] == 4
    assert expected[TargetCode.FAIR_PARTICIPANTS] == 100 + 101 + 102 + 103
    assert CasePage.objects.live().count() == 3

    figures = {t.code: t.current for t in programme_dashboard().targets}
    assert figures == expected
    assert current(TargetCode.MUNICIPALITIES_SELECTED).detail == {"home": 3, "neighbours": 1}
    assert [t.code for t in programme_dashboard().targets] == list(
        Target.objects.values_list("code", flat=True)
    )


@pytest.mark.django_db
def test_progress_is_capped_and_a_target_without_figure_has_none(programme):
    communities = current(TargetCode.COMMUNITIES_IN_REGISTRY)
    assert communities.target_value == 100
    assert communities.percent == 4
    assert not communities.achieved
    conference = current(TargetCode.CONFERENCE_PARTICIPANTS)
    assert conference.percent == 100 and conference.achieved
    cases = current(TargetCode.CASES_WITH_GOLDEN_RULES)
    assert cases.target_value is None and cases.percent is None and not cases.achieved


@pytest.mark.django_db
def test_table_by_municipality(programme):
    rows = {row.slug: row for row in programme_dashboard().municipalities}
    assert set(rows) == {m.slug for m in programme}
    for index, municipality in enumerate(programme):
        row = rows[municipality.slug]
        assert row.team_members == TeamMember.objects.filter(municipality=municipality).count()
        assert row.communities == 1
        assert row.identified_leaders == 1
        assert row.fairs == 1
        assert row.fair_participants == 100 + index
    # Home municipalities first, neighbours after.
    assert [row.is_home for row in programme_dashboard().municipalities] == [
        True,
        True,
        True,
        False,
    ]


@pytest.mark.django_db
def test_timeline_adds_up_to_the_totals(programme):
    timeline = programme_dashboard().timeline
    assert timeline[-1].communities == 4
    assert timeline[-1].fair_participants == 406
    assert [p.month for p in timeline] == sorted(p.month for p in timeline)
    assert all(p.month.day == 1 for p in timeline)


def count_queries():
    cache.clear()
    with CaptureQueriesContext(connection) as context:
        programme_dashboard()
    return len(context)


@pytest.mark.django_db
def test_queries_do_not_grow_with_the_data(events_section, cases_section, rulebook):
    municipalities = list(Municipality.objects.order_by("oktmo"))
    seed_programme(
        events_section=events_section,
        cases_section=cases_section,
        rulebook=rulebook,
        municipalities=municipalities[:2],
    )
    few = count_queries()
    seed_programme(
        events_section=events_section,
        cases_section=cases_section,
        rulebook=rulebook,
        municipalities=municipalities[2:8],
        tag=" 2",
    )
    assert count_queries() == few <= 12


@pytest.mark.django_db
def test_cached_until_a_counted_record_changes(programme, django_assert_num_queries):
    before = current(TargetCode.COMMUNITIES_IN_REGISTRY).current
    with django_assert_num_queries(0):
        programme_dashboard()
    CommunityFactory(municipality=programme[0])
    assert current(TargetCode.COMMUNITIES_IN_REGISTRY).current == before + 1
    target = Target.objects.get(code=TargetCode.FAIRS)
    target.target_value = 30
    target.save()
    assert current(TargetCode.FAIRS).target_value == 30
