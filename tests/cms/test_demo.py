"""The demo command seeds the programme's content once, and a second run changes nothing."""

import io
import re

import pytest
from anyascii import anyascii
from django.core.cache import cache
from django.core.management import call_command
from django.db import transaction
from django.test import TestCase, override_settings
from django.urls import reverse
from django.utils.text import slugify
from wagtail.documents import get_document_model
from wagtail.images.models import Image
from wagtail.models import Page, Revision
from wagtail_localize.models import Translation

from cms.demo.events import FAIR_EVENTS
from cms.models import (
    ArticlePage,
    CasePage,
    ConferencePage,
    EventKind,
    EventPage,
    Expert,
    GoldenRulePage,
    LectureKind,
    LecturePage,
    RecommendationsPage,
    Theme,
)
from cms.selectors import PAST_EVENTS_PAGE_SIZE
from collection.models import Edition
from registry.models import Community, CommunityStatus, Municipality, VerificationLevel

ARTICLE_BLOCKS = {
    "heading",
    "paragraph",
    "quote",
    "callout",
    "method",
    "table",
    "image",
    "golden_rule",
}


def seed() -> str:
    out = io.StringIO()
    # A real run commits: whatever waits for the commit runs as it would. The edition's
    # files are the collection tests' (tests/collection/test_demo.py): not built here.
    with TestCase.captureOnCommitCallbacks(execute=True):
        call_command("seed_demo", "--no-builds", stdout=out)
    return out.getvalue()


def snapshot() -> dict[str, int]:
    models = [Page, Revision, Image, get_document_model(), Expert, Theme, Translation]
    return {model.__name__: model.objects.count() for model in models}


@pytest.fixture(scope="module", autouse=True)
def own_media_root(tmp_path_factory):
    """Files of this module stay apart from other test runs sharing var/test-media."""
    with override_settings(
        MEDIA_ROOT=tmp_path_factory.mktemp("media"),
        PRIVATE_MEDIA_ROOT=tmp_path_factory.mktemp("private"),
    ):
        yield


@pytest.fixture(scope="module")
def seeded_once(django_db_setup, django_db_blocker):
    """Seeds twice (the second run must change nothing) for the read-only tests of this
    module, and rolls everything back afterwards."""
    with django_db_blocker.unblock(), transaction.atomic():
        first = seed()
        before = snapshot()
        second = seed()
        yield first, second, before, snapshot()
        transaction.set_rollback(True)
    cache.clear()  # Wagtail caches site root paths of the rolled-back translations


@pytest.fixture
def seeded(seeded_once, db):
    """Each test runs in a savepoint inside the seeded transaction."""
    return seeded_once


def ru(queryset):
    return queryset.filter(locale__language_code="ru")


def test_a_second_run_creates_nothing(seeded):
    first, second, before, after = seeded

    assert after == before
    assert "cases: 8 created, 0 already there" in first
    assert "cases: 0 created, 8 already there" in second
    summary = [line for line in second.splitlines() if "already there" in line]
    assert summary and all(": 0 created," in line for line in summary)


def test_without_builds_the_edition_is_assembled_but_not_built(seeded):
    edition = Edition.objects.get()

    assert edition.parts.count() >= 4
    assert not edition.builds.exists()


def test_conference_has_talks_with_speakers_and_pdf_slides(seeded):
    conference = ConferencePage.objects.live().get()
    materials = list(conference.materials.select_related("speaker", "slides"))

    assert len(materials) >= 4
    for material in materials:
        assert material.speaker is not None
        assert material.video_url
        with material.slides.file.open("rb") as slides:
            assert slides.read(4) == b"%PDF"


def test_lectures_and_master_classes_belong_to_training_events(seeded):
    sessions = ru(LecturePage.objects.live()).filter(
        kind__in=[LectureKind.LECTURE, LectureKind.MASTER_CLASS]
    )

    assert sessions.count() >= 6
    assert set(sessions.values_list("kind", flat=True)) == {"lecture", "master_class"}
    for session in sessions.select_related("event"):
        assert session.lecturers.exists()
        assert session.event.kind in {"zonal_seminar", "school", "zonal_module"}


def test_cases_tell_their_story_with_numbers_and_described_photos(seeded):
    cases = ru(CasePage.objects.live()).prefetch_related("results", "photos__image")

    assert cases.count() >= 8
    for case in cases:
        assert case.problem and case.actions and case.lessons
        assert case.results.count() >= 3
        for photo in case.photos.all():
            assert photo.image.description  # the alt text
            assert photo.caption and photo.credit


def test_golden_rules_span_themes_and_rest_on_cases(seeded):
    rules = ru(GoldenRulePage.objects.live())

    assert rules.count() >= 12
    assert rules.values("theme").distinct().count() >= 4
    assert not rules.filter(supporting_cases__isnull=True).exists()


def test_articles_use_the_whole_block_vocabulary(seeded):
    articles = ru(ArticlePage.objects.live())

    assert articles.count() >= 4
    for article in articles:
        assert article.authors.exists() and article.themes.exists()
        assert {block.block_type for block in article.body} == ARTICLE_BLOCKS


def test_every_kind_of_programme_event_is_there(seeded):
    events = ru(EventPage.objects.live())

    assert set(events.values_list("kind", flat=True)) == set(EventKind.values)
    assert events.filter(kind=EventKind.ZONAL_SEMINAR).count() == 5
    assert events.filter(kind=EventKind.ZONAL_MODULE).count() == 5
    assert not events.filter(kind=EventKind.FAIR, participants_count__isnull=True).exists()


def test_latest_cases_follow_publication_dates(seeded):
    dates = list(
        ru(CasePage.objects.live())
        .order_by("-first_published_at")
        .values_list("first_published_at", flat=True)
    )

    assert len(set(dates)) == len(dates)


def test_bashkir_pages_are_live_with_bashkir_text(seeded, client):
    response = client.get("/api/v2/pages/?locale=ba&fields=title&limit=50")
    titles = {page["title"] for page in response.json()["items"]}

    assert response.status_code == 200
    assert {"Берлектәр конструкторы", "Берлектәр кейстары", "Алтын ҡағиҙәләр"} <= titles
    assert "Лидер — артынан кешеләр эйәргән кеше" in titles
    assert len(titles) >= 7  # home, two sections, two cases, two rules


def test_the_english_site_has_its_sections_and_pages(seeded, client):
    response = client.get("/api/v2/pages/?locale=en&fields=title&limit=50")
    titles = {page["title"] for page in response.json()["items"]}

    assert {"Community Constructor", "Community cases", "Golden rules"} <= titles
    assert "Leaders are those whom people follow" in titles
    assert len(titles) >= 7  # home, two sections, two cases, two rules


@pytest.mark.parametrize(
    "path",
    [
        "/ru/",
        "/ru/cases/",
        "/ru/cases/tos-zvezdny-ufa/",
        "/ru/rules/",
        "/ru/rules/start-small-and-visible/",
        "/ru/materials/conference-2026/",
        "/ru/materials/community-monitoring-in-six-steps/",
        "/ru/materials/fair-design-master-class/",
        "/ru/events/fair-sterlitamak/",
        "/ba/",
        "/ba/cases/tos-zvezdny-ufa/",
        "/ba/rules/leader-is-followed/",
        "/en/",
        "/en/cases/tos-zvezdny-ufa/",
        "/en/rules/leader-is-followed/",
    ],
)
def test_demo_pages_render(seeded, client, path):
    response = client.get(path)

    assert response.status_code == 200


def test_cases_link_to_their_communities_in_the_registry(seeded):
    cases = ru(CasePage.objects.live()).select_related("community", "municipality")

    for case in cases:
        assert case.community.name == case.community_name
        assert case.community.municipality == case.municipality


def test_editors_see_where_each_case_photo_is_used(seeded, admin_client):
    # The demo builds Wagtail's reference index once, after seeding, instead of on every save.
    case = ru(CasePage.objects.live()).filter(photos__isnull=False).first()
    photo = case.photos.first()
    response = admin_client.get(reverse("wagtailimages:image_usage", args=[photo.image_id]))

    assert response.status_code == 200
    assert case.title in response.content.decode()


def test_the_events_index_lists_the_demo_events_with_dates_latest_past_first(seeded, client):
    html = client.get("/ru/events/").content.decode()
    conference = client.get("/ru/events/", {"kind": "conference"}).content.decode()
    past = html[html.index('id="past-events"') :]

    assert 'name="kind"' in html and 'name="municipality"' in html
    first_past = re.search(r'class="card__title"><a href="[^"]+">([^<]+)</a>', past)[1]
    assert first_past.startswith("Итоговый круглый стол")  # the most recent event
    assert "12</time>–<time" in conference and "13 февраля 2026</time>" in conference
    fairs = client.get("/ru/events/", {"kind": "fair"}).content.decode()
    assert fairs.count('class="card event-card"') == PAST_EVENTS_PAGE_SIZE
    assert 'rel="next"' in fairs


def test_every_participant_held_its_fair_and_the_results_say_so(seeded, client):
    participants = Municipality.objects.filter(participating=True)
    fairs = ru(EventPage.objects.live()).filter(kind=EventKind.FAIR)
    visitors = sum(fairs.values_list("participants_count", flat=True))
    results = re.sub(r"\s+", " ", client.get("/ru/programme/results/").content.decode())

    assert sorted(fairs.values_list("municipality", flat=True)) == sorted(
        participants.values_list("pk", flat=True)
    )
    assert "27 из 27 ярмарок (100%)" in results
    assert f"{visitors} из 3000 человек" in results and visitors >= 3000
    for fair in fairs.exclude(slug__in=[spec["slug"] for spec in FAIR_EVENTS]):
        presenters = Community.objects.filter(fair_presences__fair=fair)
        # What the page says of the day agrees with the registry.
        assert f"{presenters.count()} сообществ" in fair.intro, fair.title
        assert f"{fair.participants_count} посетител" in fair.intro, fair.title
        for community in presenters:
            assert community.verification_level == VerificationLevel.CONFIRMED_AT_FAIR


def test_each_fair_links_its_municipality_and_lists_the_communities_that_presented(seeded, client):
    for spec in FAIR_EVENTS:
        fair = ru(EventPage.objects.live()).get(slug=spec["slug"])
        presenters = Community.objects.filter(
            fair_presences__fair=fair, status=CommunityStatus.PUBLISHED
        ).distinct()
        in_registry = Community.objects.filter(
            municipality=fair.municipality, status=CommunityStatus.PUBLISHED
        )
        html = client.get(fair.url).content.decode()

        assert presenters.count() == spec["presented"] <= in_registry.count()
        assert f"представили {spec['presented']} сообществ" in fair.report
        assert f'href="/ru/registry/municipality/{fair.municipality.slug}/"' in html
        for community in presenters:
            assert f'href="/ru/registry/{community.slug}/"' in html


def test_the_conference_links_its_materials_and_the_round_table_its_recommendations(seeded, client):
    conference = client.get("/ru/events/conference-2026/").content.decode()
    round_table = client.get("/ru/events/round-table-2026/").content.decode()
    recommendations = ru(RecommendationsPage.objects.live()).get()

    assert 'href="/ru/materials/conference-2026/"' in conference
    assert f'href="{recommendations.url}"' in round_table


def test_cases_link_their_registry_record_and_municipality(seeded, client):
    for case in ru(CasePage.objects.live()).select_related("community", "municipality"):
        html = client.get(case.url).content.decode()

        assert f'href="/ru/registry/{case.community.slug}/"' in html
        assert f'href="/ru/registry/municipality/{case.municipality.slug}/"' in html
        # The record's address reads as its name does, like every other community's.
        assert case.community.slug == slugify(anyascii(case.community.name))


def test_flagship_case_communities_carry_the_evidence_that_earns_their_level(seeded):
    for case in ru(CasePage.objects.live()).select_related("community__municipality"):
        community = case.community
        members = list(community.snapshots.order_by("date").values_list("members", flat=True))

        # Every participant held a fair, and a case's community had a stand at its own.
        assert community.fair_presences.filter(fair__municipality=community.municipality)
        assert community.verification_level == VerificationLevel.CONFIRMED_AT_FAIR, community.name
        assert community.activities.count() >= 2
        assert members and members[-1] == community.members_reported == max(members)


def test_the_demo_registry_has_distinct_names_without_place_suffixes(seeded):
    names = list(Community.objects.values_list("name", flat=True))

    assert len(names) == len(set(names)) >= 100
    assert not [name for name in names if "(г " in name or name.endswith(")")]


def test_cases_are_told_in_full_with_the_participants_own_words(seeded):
    sentences = []
    for case in ru(CasePage.objects.live()):
        blocks = [block.block_type for block in case.body]
        text = "".join(
            [case.problem, case.actions, case.lessons]
            + [str(block.render()) for block in case.body]
        )
        for paragraph in re.findall(r"<p>(.*?)</p>", case.problem + case.actions + case.lessons):
            sentences += re.split(r"(?<=[.!?»])\s+(?=[А-ЯЁ«])", paragraph)

        assert len(re.sub(r"<[^>]+>", "", text)) >= 4000, case.title
        assert blocks.count("quote") >= 3 and "table" in blocks and "callout" in blocks
    assert len(sentences) == len(set(sentences))  # no case repeats itself or another


def test_the_registry_fills_up_over_the_programme_year_on_the_results_page(seeded, client):
    html = client.get("/ru/programme/results/").content.decode()
    chart = html[html.index('id="communities-chart-caption"') :]
    rows = re.findall(
        r'<th scope="row">(\d\d\.\d{4})</th><td>(\d+)</td>', chart[: chart.index("</table>")]
    )
    totals = [int(total) for _month, total in rows]

    assert len(rows) >= 8  # months of the programme year, not one jump on the seeding day
    assert totals == sorted(totals) and totals[0] < totals[-1] // 4
    assert totals[-1] == Community.objects.filter(status=CommunityStatus.PUBLISHED).count()
