"""Personal data never reaches a public page, the public API or the logs.

Seeds people with known phones and e-mails (and a community that hides its contacts), then
crawls the public site from each language's home page and the API roots, following every link
in pages and API responses (the open-data archive included), and checks the values never appear.
"""

import datetime
import html
import io
import logging
import re
import zipfile

import pytest
from django.core.cache import cache
from django.core.management import call_command

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


# Where the crawl starts: each language's home page, and the API roots that no page links to.
START_URLS = [
    "/ru/",
    "/ba/",
    "/en/",
    "/ru/search/?q=Лидер",
    "/ru/search/?q=example.org",
    "/sitemap.xml",
    "/api/registry/communities/?page_size=2",
    "/api/registry/municipalities/?page_size=2",
    "/api/registry/spheres/",
    "/api/registry/statistics/",
    "/api/registry/geojson/communities/",
    "/api/registry/geojson/municipalities/",
    "/api/registry/schema/",
    "/api/collection/editions/",
    "/api/v2/pages/?limit=100&fields=*",
]
# Not public, or not the site's own: the admin, static files, other hosts.
SKIPPED = ("/admin/", "/django-admin/", "/static/", "//", "mailto:", "tel:")
LINK = re.compile(
    r'(?:href|src)="([^"#]+)"|"(?:next|url|html_url)":\s*"(?:http://testserver)?(/[^"]*)"'
)
MAX_PAGES = 400


def _texts(response) -> list[str]:
    """The response's text, and for a ZIP (the open-data archive) the text of every file."""
    body = b"".join(response.streaming_content) if response.streaming else response.content
    if body[:4] == b"PK\x03\x04":
        with zipfile.ZipFile(io.BytesIO(body)) as archive:
            return [archive.read(name).decode("utf-8-sig") for name in archive.namelist()]
    return [body.decode("utf-8", errors="replace")]


def _crawl(client) -> dict[str, list[str]]:
    """Every URL reachable from START_URLS by links in pages and API responses: URL -> texts."""
    seen, queue, found = set(START_URLS), list(START_URLS), {}
    while queue and len(found) < MAX_PAGES:
        url = queue.pop(0)
        response = client.get(url, follow=True)
        assert response.status_code == 200, url
        found[url] = texts = _texts(response)
        for text in texts:
            for match in LINK.finditer(text):
                link = html.unescape(match.group(1) or match.group(2))
                if link.startswith("http://testserver"):
                    link = link.removeprefix("http://testserver")
                if link.startswith("/") and not link.startswith(SKIPPED) and link not in seen:
                    seen.add(link)
                    queue.append(link)
    return found


def test_personal_data_never_appears_publicly_nor_in_logs(client, seeded, municipality_a, caplog):
    call_command("build_open_data")
    caplog.set_level(logging.DEBUG)
    pages = _crawl(client)
    assert len(pages) < MAX_PAGES  # the crawl ran out of links rather than stopping early
    crawled = " ".join(pages)
    # The crawl is real: it reached each kind of public surface.
    for expected in (
        f"/ru/registry/{seeded.slug}/",
        f"/ru/registry/municipality/{municipality_a.slug}/",
        "/ru/registry/map/",
        "/ru/events/fair/",
        "/ru/cases/case/",
        "/api/registry/communities/?page=2&page_size=2",
        "/ru/programme/open-data/download/",
    ):
        assert expected in crawled, expected
    municipality_page = " ".join(pages[f"/ru/registry/municipality/{municipality_a.slug}/"])
    assert "Лидер Публичный" in municipality_page  # consented name is shown
    for url, texts in pages.items():
        for text in texts:
            for secret in SECRETS:
                assert secret not in text, (secret, url)
            assert "birth_year" not in text and "full_name" not in text, url
    logged = caplog.text + "".join(str(record.args) for record in caplog.records)
    for secret in SECRETS:
        assert secret not in logged, secret
