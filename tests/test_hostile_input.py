"""No input may produce a server error.

Every public URL pattern (found by walking the URL resolver, so a new one is covered at once)
is requested with hostile values in its path, its query string and, where it takes a form,
its POST body; our own admin forms are posted to by a staff user. Nothing may answer 5xx.
The findings that once did have a test of their own below.
"""

import datetime
import logging
from dataclasses import dataclass

import pytest
from django.core.files.base import ContentFile
from django.db import transaction
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from cms.factories import (
    ArticlePageFactory,
    CasePageFactory,
    DocumentFactory,
    EventPageFactory,
    GoldenRulePageFactory,
    ImageFactory,
)
from collection.models import Build, BuildKind, BuildStatus, Edition, EditionStatus
from programme import services
from programme.models import EventRegistration
from registry.factories import CommunityFactory, UserFactory
from registry.models import Municipality, Sphere
from tests.collection.test_admin import edition_form
from tests.hostile import (
    FIELD_VALUES,
    HUGE,
    PATH_VALUES,
    QUERY_VALUES,
    form_fields,
    public_routes,
)
from tests.programme.selection_helpers import open_round

pytestmark = pytest.mark.django_db

# Query parameters each kind of address reads; every address also gets all of them at once.
API_V2_PARAMETERS = [
    "search", "offset", "limit", "fields", "type", "order", "child_of", "descendant_of",
    "ancestor_of", "translation_of", "locale", "id", "html_path", "search_operator", "slug",
]  # fmt: skip
REGISTRY_FILTERS = ["q", "municipality", "sphere", "form", "level", "page", "page_size"]
PARAMETERS_BY_ROUTE = {
    "wagtailapi:pages:listing": API_V2_PARAMETERS,
    "wagtailapi:pages:find": ["id", "html_path"],
    "wagtailapi:images:listing": ["search", "offset", "limit", "fields", "order", "title"],
    "wagtailapi:documents:listing": ["search", "offset", "limit", "fields", "order", "title"],
    "wagtailapi:images:find": ["id"],
    "wagtailapi:documents:find": ["id"],
    "registry_api:community-list": REGISTRY_FILTERS,
    "registry_api:community-geojson": REGISTRY_FILTERS,
    "registry_api:municipality-list": ["page", "page_size"],
    "registry_api:sphere-list": ["page", "page_size"],
    "collection-api-editions": ["page", "page_size"],
    "registry:list": REGISTRY_FILTERS,
    "registry:map": REGISTRY_FILTERS,
    "search": ["q", "page"],
}
EVERY_PARAMETER = sorted({p for ps in PARAMETERS_BY_ROUTE.values() for p in ps} | {"next", "p"})


@dataclass
class Site:
    values: dict  # valid path values by parameter name
    by_route: dict  # valid path values that differ by route


@pytest.fixture
def site(home, materials, cases_section, rulebook, events_section, settings, tmp_path):
    """Some of everything the public addresses show, made by the factories."""
    settings.MEDIA_ROOT = tmp_path
    image, document = ImageFactory(title="Двор"), DocumentFactory(title="Слайды")
    article = ArticlePageFactory(parent=materials, title="Что такое сообщество")
    CasePageFactory(parent=cases_section, title="Соседский центр")
    GoldenRulePageFactory(parent=rulebook, title="Сначала найдите тех, кто уже действует")
    event = EventPageFactory(
        parent=events_section, title="Ярмарка", start_date=datetime.date(2099, 6, 6)
    )
    EventRegistration.objects.create(event=event, is_open=True, capacity=5)
    registration = services.registration_create(
        event=event, full_name="Айгуль Хасанова", email="a@example.org"
    )
    municipality = Municipality.objects.get(oktmo="80701000")
    municipality.participating = True
    municipality.save()
    sphere = Sphere.objects.first()
    community = CommunityFactory(municipality=municipality, spheres=[sphere])
    edition = Edition.objects.create(title="Сборник", year=2026, status=EditionStatus.PUBLISHED)
    build = Build(edition=edition, kind=BuildKind.SCREEN_PDF, status=BuildStatus.SUCCEEDED)
    build.file.save("edition.pdf", ContentFile(b"%PDF-1.7"), save=False)
    build.finished_at, build.size = timezone.now(), 8
    build.save()
    open_round()
    return Site(
        values={
            "event_id": event.pk,
            "token": registration.token,
            "document_id": document.pk,
            "document_filename": document.filename,
            "restriction_id": 1,
            "page_view_restriction_id": 1,
            "page_id": article.pk,
            "page_path": article.url_path.split("/", 2)[2],  # below the home page
            "build_pk": build.pk,
        },
        by_route={
            "collection:edition": {"pk": edition.pk},
            "collection:download": {"pk": edition.pk},
            "wagtailapi:pages:detail": {"pk": article.pk},
            "wagtailapi:images:detail": {"pk": image.pk},
            "wagtailapi:documents:detail": {"pk": document.pk},
            "registry:municipality": {"slug": municipality.slug},
            "registry:community": {"slug": community.slug},
            "registry_api:community-detail": {"slug": community.slug},
            "registry_api:municipality-detail": {"slug": municipality.slug},
            "registry_api:sphere-detail": {"slug": sphere.slug},
        },
    )


class Prober:
    """Requests that must not fail; each runs in a savepoint rolled back afterwards, so one
    request's writes (or, on PostgreSQL, its failed query) cannot change the next one's."""

    def __init__(self, client):
        self.client = client
        self.failures = []

    def request(self, method, path, data=None, note=""):
        with transaction.atomic():
            response = getattr(self.client, method)(path, data)
            transaction.set_rollback(True)
        if response.status_code >= 500:
            shown = {k: (v[:20] if isinstance(v, str) else v) for k, v in (data or {}).items()}
            self.failures.append(f"{response.status_code} {method.upper()} {path[:90]} {note}")
            self.failures[-1] += f" {str(shown)[:200]}"
        return response

    def assert_no_failures(self):
        assert not self.failures, "\n".join(self.failures)


@pytest.fixture(autouse=True)
def _quiet_request_log(caplog):
    """Thousands of refused requests would each log a warning; failures are listed instead."""
    for logger in ("django.request", "django.security"):
        caplog.set_level(logging.CRITICAL, logger=logger)


@pytest.fixture
def prober():
    return Prober(Client(raise_request_exception=False))


def valid_path(route, site):
    values = {**site.values, **site.by_route.get(route.name, {})}
    return route.path({s.name: values.get(s.name, 1) for s in route.segments})


def test_every_public_address_takes_hostile_path_values(site, prober):
    routes = public_routes()
    assert len(routes) > 40  # the walk found the site's addresses
    for route in routes:
        valid = {**site.values, **site.by_route.get(route.name, {})}
        for segment in route.segments:
            for value in PATH_VALUES[segment.kind]:
                values = {s.name: valid.get(s.name, 1) for s in route.segments}
                path = route.path({**values, segment.name: value})
                prober.request("get", path, note=route.name)
    prober.assert_no_failures()


def test_every_public_address_takes_hostile_query_values(site, prober):
    for route in public_routes():
        path = valid_path(route, site)
        for value in QUERY_VALUES:
            prober.request("get", path, {name: value for name in EVERY_PARAMETER}, route.name)
            for name in PARAMETERS_BY_ROUTE.get(route.name, []):
                prober.request("get", path, {name: value}, route.name)
    prober.assert_no_failures()


def post_hostile_values(prober, path, fields, note, fixed=None, alone=()):
    """Each field in turn with each of FIELD_VALUES (the others as a browser fills them), then
    every field at once with each of QUERY_VALUES; `fixed` fields are always sent as given,
    `alone` fields are hostile only one at a time."""
    fixed = fixed or {}
    for name in fields:
        for value in FIELD_VALUES:
            prober.request("post", path, {**fields, name: value, **fixed}, note)
    together = {name: fields[name] for name in alone}
    for value in QUERY_VALUES:
        prober.request("post", path, {**dict.fromkeys(fields, value), **together, **fixed}, note)


def test_every_public_form_takes_hostile_posts(site, prober):
    forms = 0
    for route in public_routes():
        path = valid_path(route, site)
        page = prober.request("get", path)
        html = page.status_code == 200 and page["Content-Type"].startswith("text/html")
        fields = form_fields(page.content.decode()) if html else {}
        fields.pop("q", None)  # the header's search form sends GET to another address
        if fields:
            forms += 1
            post_hostile_values(prober, path, fields, route.name)
        else:
            prober.request("post", path, {"field": ["1", "2"]}, route.name)
    assert forms >= 4  # event registration, community submission, selection, login
    prober.assert_no_failures()


@pytest.fixture
def staff_prober(db):
    client = Client(raise_request_exception=False)
    client.force_login(UserFactory(username="admin", is_superuser=True, is_staff=True))
    return Prober(client)


def test_collection_edition_form_takes_hostile_posts(site, staff_prober, materials):
    article = ArticlePageFactory(parent=materials, title="Глава")
    # The formsets' management fields are Django's and modelcluster's, not ours: sent as a
    # browser sends them, so the parts and entries are read. A part both deleted and with a
    # bad order fails inside Wagtail's InlinePanel (upstream), so those two are hostile alone.
    form = edition_form(article)
    management = {k: v for k, v in form.items() if k.endswith("_FORMS")}
    fields = {k: v for k, v in form.items() if k not in management}
    ordering = [k for k in fields if k.endswith(("-DELETE", "-ORDER"))]
    add = reverse("collection_edition:add")
    post_hostile_values(staff_prober, add, fields, "edition add", management, ordering)
    edition = Edition.objects.get(title="Сборник")
    builds = reverse("collection_edition:builds", args=[edition.pk])
    post_hostile_values(staff_prober, builds, {"action": "build", "kind": "epub"}, "builds")
    staff_prober.assert_no_failures()


# The findings, one by one.


@pytest.mark.parametrize("query", ['"', 'a"b', "\x00"])
@pytest.mark.parametrize(
    "path, parameter",
    [
        ("/ru/search/", "q"),
        ("/api/v2/pages/", "search"),
        ("/api/v2/images/", "search"),
        ("/api/v2/documents/", "search"),
    ],
)
def test_search_with_a_quote_or_a_nul_is_answered(site, prober, path, parameter, query):
    response = prober.request("get", path, {parameter: query})
    prober.assert_no_failures()
    expected = 400 if "\x00" in query else 200
    assert response.status_code == expected


def test_search_finds_words_next_to_quotes(site, client):
    response = client.get("/ru/search/", {"q": '"Соседский центр'})
    assert "Соседский центр" in response.content.decode()


def test_a_huge_page_api_offset_is_a_bad_request(site, prober):
    response = prober.request("get", "/api/v2/pages/", {"offset": str(HUGE)})
    prober.assert_no_failures()
    assert response.status_code == 400
    assert "offset" in response.json()["message"]


def test_find_with_an_id_that_is_no_number_is_a_bad_request(site, prober):
    response = prober.request("get", "/api/v2/pages/find/", {"id": "abc"})
    prober.assert_no_failures()
    assert response.status_code == 400


@pytest.mark.parametrize("suffix", ["register/", "registered/"])
def test_an_event_id_beyond_64_bits_is_not_found(site, prober, suffix):
    response = prober.request("get", f"/ru/programme/events/{2**64}/{suffix}")
    prober.assert_no_failures()
    assert response.status_code == 404


def test_a_collection_download_id_beyond_64_bits_is_not_found(site, prober):
    response = prober.request("get", f"/ru/collection/{2**64}/download/{2**70}/")
    assert response.status_code == 404


@pytest.mark.parametrize("introduction", ["[1, 2]", ["a", "b"], "not json", '{"blocks": 5}'])
def test_a_list_posted_as_a_part_introduction_is_refused_and_nothing_saved(
    site, staff_prober, materials, introduction
):
    article = ArticlePageFactory(parent=materials, title="Глава")
    fields = {**edition_form(article), "parts-0-introduction": introduction}
    response = staff_prober.request("post", reverse("collection_edition:add"), fields)
    staff_prober.assert_no_failures()
    assert response.status_code == 200
    assert "Текст не удалось прочитать" in response.content.decode()
    assert not Edition.objects.filter(title=fields["title"]).exists()


def test_a_nul_anywhere_in_a_request_is_a_bad_request_with_a_message(site, client):
    response = client.get("/ru/registry/", {"q": "a\x00b"})
    assert response.status_code == 400
    assert "нулевой символ" in response.content.decode()
    response = client.get("/api/registry/communities/", {"q": "\x00"})
    assert response.status_code == 400 and "detail" in response.json()
