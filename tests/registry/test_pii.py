"""Personal data never reaches a public page, the public API or the logs.

Seeds people with known phones and e-mails (and a community that hides its contacts), then
crawls every public URL, each page of every API list, and checks the values never appear.
"""

import datetime
import logging

import pytest
from django.core.cache import cache

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
    UserFactory,
)
from registry.models import Sphere, TeamRole


@pytest.fixture(autouse=True)
def _fresh_cache():
    cache.clear()  # GeoJSON bodies live in the cache between requests


SECRETS = [
    "+79170001122",
    "9170001122",
    "917 000-11-22",
    "secret.leader@example.org",
    "hidden.team@example.org",
    "+79175556677",
    "ул. Тайная, 13",
    "hidden.club@example.org",
    "+73470009988",
    "curator.private@example.org",
    "Куратор Приватный",
]


@pytest.fixture
def seeded(db, municipality_a, events_section, cases_section):
    youth = Sphere.objects.get(slug="youth", locale__language_code="ru")
    consent = {"public_name_consent": True, "public_name_consent_date": datetime.date(2026, 1, 1)}
    leader = PersonFactory(
        full_name="Лидер Публичный",
        phone="+79170001122",
        email="secret.leader@example.org",
        address="ул. Тайная, 13",
        birth_year=1961,
        municipality=municipality_a,
        **consent,
    )
    hidden_club = CommunityFactory(
        name="Скрытные контакты",
        municipality=municipality_a,
        spheres=[youth],
        public_email="hidden.club@example.org",
        public_phone="+73470009988",
        show_contacts=False,
        latitude="54.10000",
        longitude="58.10000",
    )
    LeadershipFactory(community=hidden_club, person=leader, role="Руководитель")
    ActivityFactory(community=hidden_club)
    ActivityFactory(community=hidden_club)
    curator = UserFactory(
        username="curator-private",
        email="curator.private@example.org",
        first_name="Куратор",
        last_name="Приватный",
    )
    CuratorConfirmationFactory(community=hidden_club, curator=curator)
    SnapshotFactory(community=hidden_club)
    TeamMemberFactory(
        municipality=municipality_a,
        role=TeamRole.NGO,
        person=PersonFactory(
            phone="+79175556677", email="hidden.team@example.org", municipality=municipality_a
        ),
    )
    IdentifiedLeaderFactory(municipality=municipality_a, person=leader)
    CommunityFactory.create_batch(3, municipality=municipality_a, spheres=[youth])
    EventPageFactory(
        parent=events_section, title="Ярмарка", slug="fair", municipality=municipality_a
    )
    CasePageFactory(
        parent=cases_section,
        title="Кейс",
        slug="case",
        community=hidden_club,
        municipality=municipality_a,
    )
    return hidden_club


def _public_urls(client, community, municipality):
    urls = [
        "/ru/",
        "/ru/registry/",
        "/ru/registry/?sphere=youth",
        "/ru/registry/map/",
        "/ru/registry/add/",
        f"/ru/registry/{community.slug}/",
        f"/ru/registry/municipality/{municipality.slug}/",
        "/ru/search/?q=Лидер",
        "/ru/search/?q=example.org",
        "/sitemap.xml",
        "/api/registry/statistics/",
        "/api/registry/geojson/communities/",
        "/api/registry/geojson/municipalities/",
        "/api/registry/schema/",
        f"/api/registry/communities/{community.slug}/",
        f"/api/registry/municipalities/{municipality.slug}/",
    ]
    for listing in ("communities", "municipalities", "spheres"):
        url = f"/api/registry/{listing}/?page_size=2"
        while url:
            urls.append(url)
            url = client.get(url).json()["next"]
    return urls


def test_personal_data_never_appears_publicly_nor_in_logs(client, seeded, municipality_a, caplog):
    caplog.set_level(logging.DEBUG)
    urls = _public_urls(client, seeded, municipality_a)
    assert len(urls) > 20
    for url in urls:
        response = client.get(url, follow=True)
        assert response.status_code == 200, url
        body = response.content.decode()
        if url.startswith("/ru/registry/municipality/"):
            assert "Лидер Публичный" in body  # consented name is shown: the crawl is real
        for secret in SECRETS:
            assert secret not in body, (secret, url)
        assert "birth_year" not in body and "full_name" not in body, url
    logged = caplog.text + "".join(str(record.args) for record in caplog.records)
    for secret in SECRETS:
        assert secret not in logged, secret
