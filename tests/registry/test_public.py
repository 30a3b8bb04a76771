"""The public registry pages: list with filters, community and municipality pages, the form."""

import datetime

import pytest
from django.core import mail
from django.core.cache import cache
from django.test import override_settings
from wagtail.models import ModelLogEntry

from cms.factories import CasePageFactory, EventPageFactory
from registry.factories import (
    ActivityFactory,
    CommunityFactory,
    CuratorConfirmationFactory,
    IdentifiedLeaderFactory,
    LeadershipFactory,
    PersonFactory,
    SnapshotFactory,
    TeamMemberFactory,
)
from registry.models import (
    Community,
    CommunityStatus,
    Sphere,
    TeamRole,
    VerificationLevel,
)

pytestmark = pytest.mark.django_db

LIST_URL = "/ru/registry/"
ADD_URL = "/ru/registry/add/"


@pytest.fixture
def youth(db):
    return Sphere.objects.get(slug="youth", locale__language_code="ru")


@pytest.fixture
def sport(db):
    return Sphere.objects.get(slug="sport", locale__language_code="ru")


def test_list_shows_published_only_and_filters_by_get_params(
    client, municipality_a, municipality_b, youth, sport
):
    CommunityFactory(name="Молодёжный клуб", municipality=municipality_a, spheres=[youth])
    CommunityFactory(name="Спортивный двор", municipality=municipality_b, spheres=[sport])
    CommunityFactory(name="Ждёт модерации", status=CommunityStatus.SUBMITTED)

    page = client.get(LIST_URL).content.decode()
    assert "Молодёжный клуб" in page and "Спортивный двор" in page
    assert "Ждёт модерации" not in page

    by_sphere = client.get(LIST_URL, {"sphere": "youth"}).content.decode()
    assert "Молодёжный клуб" in by_sphere and "Спортивный двор" not in by_sphere

    by_place = client.get(LIST_URL, {"municipality": municipality_b.slug}).content.decode()
    assert "Спортивный двор" in by_place and "Молодёжный клуб" not in by_place

    by_text = client.get(LIST_URL, {"q": "двор"}).content.decode()
    assert "Спортивный двор" in by_text and "Молодёжный клуб" not in by_text


def test_level_filter_keeps_this_level_and_stronger(client):
    weak = CommunityFactory(name="Только заявка")
    strong = CommunityFactory(name="Подтверждено куратором")
    CuratorConfirmationFactory(community=strong)
    strong.refresh_from_db()
    assert strong.verification_level == VerificationLevel.CONFIRMED_BY_CURATOR

    page = client.get(LIST_URL, {"level": "documented"}).content.decode()
    assert strong.name in page and weak.name not in page


def test_unknown_filter_values_get_a_message_not_an_error(client):
    CommunityFactory(name="Клуб")
    response = client.get(LIST_URL, {"municipality": "atlantis", "page": "abc"})
    assert response.status_code == 200
    assert 'role="alert"' in response.content.decode()


def test_pagination_keeps_the_filters_in_the_links(client, youth):
    for number in range(25):
        CommunityFactory(name=f"Клуб {number:02d}", spheres=[youth])
    page = client.get(LIST_URL, {"sphere": "youth"}).content.decode()
    assert "sphere=youth&amp;page=2" in page
    second = client.get(LIST_URL, {"sphere": "youth", "page": 2}).content.decode()
    assert "Клуб 24" in second and "Клуб 00" not in second


@pytest.mark.parametrize("count", [5, 30])
def test_list_page_queries_do_not_grow_with_rows(
    client, youth, sport, count, django_assert_max_num_queries
):
    CommunityFactory.create_batch(count, spheres=[youth, sport])
    with django_assert_max_num_queries(25):
        assert client.get(LIST_URL).status_code == 200


@pytest.fixture
def full_community(municipality_a, youth):
    community = CommunityFactory(
        name="Добрые соседи",
        municipality=municipality_a,
        spheres=[youth],
        address="Дом культуры, ул. Ленина, 1",
        vk_url="https://vk.com/good_neighbours",
        public_email="club@example.org",
        public_phone="+73471234567",
        show_contacts=True,
        founding_year=2019,
    )
    LeadershipFactory(
        community=community,
        person=PersonFactory(
            full_name="Ирина Согласная",
            public_name_consent=True,
            public_name_consent_date=datetime.date(2026, 1, 1),
        ),
        role="Председатель",
    )
    LeadershipFactory(community=community, person=PersonFactory(full_name="Пётр Скрытный"))
    ActivityFactory(community=community, title="Субботник во дворе", participants=42)
    CuratorConfirmationFactory(community=community, confirmed_on=datetime.date(2026, 6, 1))
    SnapshotFactory(community=community, date=datetime.date(2025, 1, 1), members=10)
    SnapshotFactory(community=community, date=datetime.date(2026, 1, 1), members=25)
    return community


def test_community_page_shows_public_facts_and_evidence(
    client, full_community, django_assert_max_num_queries
):
    with django_assert_max_num_queries(30):
        response = client.get(f"/ru/registry/{full_community.slug}/")
    page = response.content.decode()
    for text in (
        "Добрые соседи",
        "Дом культуры, ул. Ленина, 1",
        "https://vk.com/good_neighbours",
        "club@example.org",
        "Ирина Согласная",
        "Председатель",
        "Субботник во дворе",
        "42",
        "01.06.2026",
        "<svg",
        "<table",
        "01.01.2025",  # the growth chart's table: a row per snapshot
    ):
        assert text in page, text
    assert "Пётр Скрытный" not in page


def test_community_page_hides_contacts_the_community_did_not_choose_to_show(client, full_community):
    Community.objects.filter(pk=full_community.pk).update(show_contacts=False)
    page = client.get(f"/ru/registry/{full_community.slug}/").content.decode()
    assert "club@example.org" not in page and "1234567" not in page


def test_unpublished_community_page_is_not_found(client):
    community = CommunityFactory(status=CommunityStatus.SUBMITTED)
    assert client.get(f"/ru/registry/{community.slug}/").status_code == 404


def test_municipality_page_shows_team_roles_consented_names_and_fairs(
    client, municipality_a, full_community, events_section, cases_section
):
    TeamMemberFactory(
        municipality=municipality_a,
        role=TeamRole.NGO,
        person=PersonFactory(
            full_name="Анна Командная",
            public_name_consent=True,
            public_name_consent_date=datetime.date(2026, 1, 1),
        ),
    )
    TeamMemberFactory(
        municipality=municipality_a,
        role=TeamRole.LOCAL_GOVERNMENT,
        person=PersonFactory(full_name="Олег Непубличный"),
    )
    IdentifiedLeaderFactory(
        municipality=municipality_a,
        person=PersonFactory(
            full_name="Лидер Открытый",
            public_name_consent=True,
            public_name_consent_date=datetime.date(2026, 1, 1),
        ),
    )
    EventPageFactory(
        parent=events_section, title="Ярмарка сообществ", slug="fair", municipality=municipality_a
    )
    CasePageFactory(
        parent=cases_section, title="Кейс двора", slug="yard", municipality=municipality_a
    )

    page = client.get(f"/ru/registry/municipality/{municipality_a.slug}/").content.decode()
    for text in ("Анна Командная", "Лидер Открытый", "Добрые соседи", "Ярмарка сообществ"):
        assert text in page, text
    assert "Кейс двора" in page
    assert "Олег Непубличный" not in page
    assert str(TeamRole.LOCAL_GOVERNMENT.label) in page or "ОМСУ" in page
    assert "<svg" in page


def _submission(municipality, sphere, **overrides):
    data = {
        "name": "Клуб садоводов",
        "municipality": municipality.pk,
        "spheres": [sphere.pk],
        "form": "club",
        "description": "Сажаем деревья во дворах.",
        "public_phone": "8 (347) 123-45-67",
        "vk_url": "https://vk.com/gardeners",
        "submitter_name": "Мария",
        "submitter_email": "maria@example.org",
        "consent": "on",
    }
    data.update(overrides)
    return data


@pytest.fixture(autouse=True)
def _fresh_rate_limit():
    cache.clear()


def test_submission_lands_in_moderation_and_notifies_the_curator(
    client, municipality_a, curator_a, youth, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(ADD_URL, _submission(municipality_a, youth))
    assert response.status_code == 302 and response.url.endswith("/registry/add/thanks/")

    community = Community.objects.get(name="Клуб садоводов")
    assert community.status == CommunityStatus.SUBMITTED
    assert community.public_phone == "+73471234567"
    assert list(community.spheres.all()) == [youth]
    consent = ModelLogEntry.objects.get(object_id=str(community.pk)).data["consent"]
    assert consent["scope"] and consent["given_at"]
    assert [message.to for message in mail.outbox] == [[curator_a.email]]
    assert "Клуб садоводов" in mail.outbox[0].subject
    assert "http://testserver/admin/registry/moderation/" in mail.outbox[0].body
    assert client.get(LIST_URL).content.decode().count("Клуб садоводов") == 0


def test_rejected_submission_keeps_what_was_typed_and_creates_nothing(
    client, municipality_a, youth
):
    data = _submission(municipality_a, youth, vk_url="https://evil.example/x", consent="")
    response = client.post(ADD_URL, data)
    assert response.status_code == 400
    page = response.content.decode()
    assert "Клуб садоводов" in page and "Сажаем деревья во дворах." in page
    assert "https://evil.example/x" in page
    assert "VK" in page
    assert not Community.objects.filter(name="Клуб садоводов").exists()


def test_honeypot_submission_is_dropped_silently(
    client, municipality_a, youth, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(ADD_URL, _submission(municipality_a, youth, homepage="http://spam"))
    assert response.status_code == 302
    assert not Community.objects.filter(name="Клуб садоводов").exists()
    assert mail.outbox == []


def test_rate_limit_stops_the_sixth_submission_in_an_hour(client, municipality_a, youth):
    for number in range(5):
        data = _submission(municipality_a, youth, name=f"Клуб {number}")
        assert client.post(ADD_URL, data).status_code == 302
    response = client.post(ADD_URL, _submission(municipality_a, youth, name="Шестой клуб"))
    assert response.status_code == 429
    page = response.content.decode()
    assert "Шестой клуб" in page and 'role="alert"' in page
    assert not Community.objects.filter(name="Шестой клуб").exists()


def _fill_the_hour(client, municipality, sphere, **headers):
    for number in range(5):
        data = _submission(municipality, sphere, name=f"Клуб {number}")
        assert client.post(ADD_URL, data, headers=headers).status_code == 302


def test_rate_limit_ignores_a_forwarded_address_without_a_trusted_proxy(
    client, municipality_a, youth
):
    _fill_the_hour(client, municipality_a, youth, x_forwarded_for="198.51.100.1")
    # A forged header must not open a fresh allowance.
    data = _submission(municipality_a, youth, name="Шестой клуб")
    response = client.post(ADD_URL, data, headers={"x-forwarded-for": "198.51.100.2"})
    assert response.status_code == 429


@override_settings(TRUSTED_PROXY_COUNT=1)
def test_rate_limit_counts_per_client_behind_a_trusted_proxy(client, municipality_a, youth):
    # All requests come from the proxy's REMOTE_ADDR; the proxy appends the client's address.
    _fill_the_hour(client, municipality_a, youth, x_forwarded_for="1.2.3.4, 198.51.100.1")
    blocked = _submission(municipality_a, youth, name="Шестой клуб")
    forged = {"x-forwarded-for": "198.51.100.9, 198.51.100.1"}  # same client, forged left part
    assert client.post(ADD_URL, blocked, headers=forged).status_code == 429
    other = _submission(municipality_a, youth, name="Клуб соседей")
    headers = {"x-forwarded-for": "198.51.100.2"}
    assert client.post(ADD_URL, other, headers=headers).status_code == 302


def test_a_community_named_like_a_registry_page_gets_another_address(client, municipality_a, youth):
    assert client.post(ADD_URL, _submission(municipality_a, youth, name="Map")).status_code == 302
    community = Community.objects.get(name="Map")
    assert community.slug == "map-2"
    community.status = CommunityStatus.PUBLISHED
    community.save()
    assert "Map" in client.get(f"/ru/registry/{community.slug}/").content.decode()
