"""The anonymous page cache: what it serves, what it never stores, and what each change purges.

Everything goes through the test client and the real (local-memory) cache; a page served from
the cache runs no query at all.
"""

import datetime
import threading
from http.server import BaseHTTPRequestHandler, HTTPServer

import pytest
from django.core.cache import cache
from django.db import transaction
from django.test import Client
from django_tasks_db.management.commands.db_worker import Worker
from django_tasks_db.models import DBTaskResult
from wagtail.models import PageViewRestriction

from cms.factories import (
    CasePageFactory,
    EventPageFactory,
    GoldenRulePageFactory,
    ImageFactory,
    SectionPageFactory,
)
from cms.models import GoldenRuleCase
from programme.models import EventRegistration, Registration, Target, TargetCode
from registry.factories import CommunityFactory, UserFactory
from tests.cms.translation_helpers import publish_translation

pytestmark = pytest.mark.django_db

PAGES_API = "/api/v2/pages/?type=cms.CasePage&fields=title"


@pytest.fixture(autouse=True)
def page_cache_on(settings):
    settings.PAGE_CACHE_SECONDS = 600
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def cached(client, django_assert_num_queries):
    """Fetch an address twice as a visitor; the second answer must come from the cache."""

    def fetch(url):
        first = client.get(url)
        assert first.status_code == 200, url
        with django_assert_num_queries(0):
            second = client.get(url)
        assert second.content == first.content
        return second.content.decode()

    return fetch


@pytest.fixture
def case_and_rule(cases_section, rulebook):
    return _case_and_rule(cases_section, rulebook)


def _case_and_rule(cases_section, rulebook):
    case = CasePageFactory(parent=cases_section, title="Двор без заборов", slug="dvor")
    rule = GoldenRulePageFactory(
        parent=rulebook,
        title="Начните с малого",
        slug="start-small",
        statement="Начните с малого",
        supporting_cases=[GoldenRuleCase(case=case)],
    )
    rule.save_revision().publish()
    return case, rule


def test_publishing_a_case_shows_at_once_wherever_it_is_listed_or_linked(
    client, cached, home, cases_section, case_and_rule
):
    case, rule = case_and_rule
    places = [case.url, cases_section.url, home.url, rule.url, PAGES_API]
    for url in places:
        assert "Двор без заборов" in cached(url)

    case.title = "Двор без границ"
    case.save_revision().publish()

    for url in places:
        html = client.get(url).content.decode()
        assert "Двор без границ" in html, url
        assert "Двор без заборов" not in html, url


def test_a_rule_that_stops_citing_a_case_leaves_the_case_page(client, cached, case_and_rule):
    case, rule = case_and_rule
    assert "Начните с малого" in cached(case.url)

    rule.supporting_cases = [GoldenRuleCase(case=CasePageFactory(parent=case.get_parent()))]
    rule.save_revision().publish()

    assert "Начните с малого" not in client.get(case.url).content.decode()


def test_unpublishing_through_the_admin_purges_the_page_and_its_section(
    client, cached, cases_section, case_and_rule
):
    case, _rule = case_and_rule
    assert "Двор без заборов" in cached(cases_section.url)
    admin = Client()
    admin.force_login(UserFactory(username="admin", is_superuser=True, is_staff=True))

    response = admin.post(f"/admin/pages/{case.pk}/unpublish/")

    assert response.status_code == 302
    assert client.get(case.url).status_code == 404
    assert "Двор без заборов" not in client.get(cases_section.url).content.decode()


def test_deleting_through_the_admin_purges_the_page_and_its_section(
    client, cached, cases_section, case_and_rule
):
    case, _rule = case_and_rule
    url = case.url
    assert "Двор без заборов" in cached(url)
    assert "Двор без заборов" in cached(cases_section.url)
    admin = Client()
    admin.force_login(UserFactory(username="admin", is_superuser=True, is_staff=True))

    response = admin.post(f"/admin/pages/{case.pk}/delete/")

    assert response.status_code == 302
    assert client.get(url).status_code == 404
    assert "Двор без заборов" not in client.get(cases_section.url).content.decode()


def test_moving_a_page_purges_its_old_and_new_places(client, cached, cases_section, case_and_rule):
    case, _rule = case_and_rule
    old_url = case.url
    other = SectionPageFactory(parent=cases_section, title="Архив", slug="archive")
    other.save_revision().publish()
    assert "Двор без заборов" in cached(old_url)
    assert "Двор без заборов" not in cached(other.url)

    case.move(other, pos="last-child")

    case.refresh_from_db()
    assert client.get(old_url)["Location"] == case.url  # Wagtail's redirect to the new place
    assert "Двор без заборов" in client.get(other.url).content.decode()


def test_translating_a_page_updates_the_language_links_of_the_source(client, cached, case_and_rule):
    case, _rule = case_and_rule
    before = cached(case.url)

    ba_case = publish_translation(case, "ba")

    after = client.get(case.url).content.decode()
    assert ba_case.url not in before
    assert ba_case.url in after


def test_a_registry_edit_shows_at_once_on_the_list_map_and_api(client, cached, municipality_a):
    community = CommunityFactory(name="Старое имя", municipality=municipality_a)
    places = [
        "/ru/registry/",
        "/ru/registry/map/",
        "/api/registry/communities/",
        f"/ru/registry/{community.slug}/",
    ]
    for url in places:
        assert "Старое имя" in cached(url)

    community.name = "Новое имя"
    community.save()

    for url in places:
        assert "Новое имя" in client.get(url).content.decode(), url


def test_a_programme_record_shows_at_once_on_the_results_page(client, cached):
    url = "/ru/programme/results/"
    cached(url)
    target = Target.objects.get(code=TargetCode.FAIRS)
    target.title = "Проведено ярмарок сообществ"
    target.save()

    assert "Проведено ярмарок сообществ" in client.get(url).content.decode()


def test_a_signed_in_user_never_gets_nor_fills_the_cache(client, case_and_rule):
    case, _rule = case_and_rule
    editor = Client()
    editor.force_login(UserFactory(username="editor", is_staff=True))

    answer = editor.get(case.url)

    assert answer["Cache-Control"] == "private, no-cache"
    case.title = "Черновик в базе"  # changed behind the cache's back
    case.save()
    assert "Черновик в базе" in client.get(case.url).content.decode()  # nothing was stored
    client.get(case.url)
    case.title = "Ещё одно имя"
    case.save()
    assert "Ещё одно имя" in editor.get(case.url).content.decode()  # the editor skips it


def test_a_public_page_is_marked_for_shared_caches_and_revalidated(client, case_and_rule):
    case, _rule = case_and_rule
    answer = client.get(case.url)

    assert answer["Cache-Control"] == "public, max-age=0, must-revalidate, s-maxage=600"
    assert "Cookie" in answer["Vary"]
    assert not answer.cookies
    again = client.get(case.url, headers={"if-none-match": answer["ETag"]})
    assert again.status_code == 304


def test_a_form_with_a_csrf_token_is_never_cached(client):
    first = client.get("/ru/registry/add/")

    assert first.status_code == 200
    assert "csrfmiddlewaretoken" in first.content.decode()
    assert first["Cache-Control"] == "private, no-cache"
    assert "csrftoken" in first.cookies
    assert client.get("/ru/registry/add/").content != first.content  # a fresh token


def test_a_registration_after_a_form_is_never_served_from_the_cache(client, events_section):
    """A visitor who registered carries a session (the confirmation page reads it): from then
    on nothing is looked up or stored for them, and the personal page is private."""
    event = EventPageFactory(parent=events_section, start_date=datetime.date(2099, 10, 3))
    EventRegistration.objects.create(event=event, is_open=True, capacity=5)
    data = {"full_name": "Айгуль Хасанова", "email": "a@example.org", "consent": "on"}

    confirmed = client.post(f"/ru/programme/events/{event.pk}/register/", data, follow=True)

    assert confirmed.status_code == 200
    assert confirmed["Cache-Control"] == "private, no-cache"
    registration = Registration.objects.get(email="a@example.org")
    personal = client.get(f"/ru/programme/registrations/{registration.token}/cancel/")
    assert personal["Cache-Control"] == "private, no-cache"
    event.title = "Новое название"  # behind the cache's back: only a fresh render shows it
    event.save()
    assert "Новое название" in client.get(event.url).content.decode()
    event.title = "Ещё одно название"
    event.save()
    assert "Ещё одно название" in client.get(event.url).content.decode()


def test_a_page_made_private_leaves_the_cache(client, cached, case_and_rule):
    case, _rule = case_and_rule
    cached(case.url)

    PageViewRestriction.objects.create(page=case, restriction_type=PageViewRestriction.LOGIN)

    assert client.get(case.url).status_code == 302  # to the login page


def test_renaming_a_menu_section_purges_every_page(client, cached, cases_section, case_and_rule):
    case, _rule = case_and_rule
    cached(case.url)

    cases_section.title = "Истории сообществ"
    cases_section.save_revision().publish()

    assert "Истории сообществ" in client.get(case.url).content.decode()  # menu and breadcrumbs


def test_renaming_a_theme_purges_the_rules_of_that_theme(client, cached, case_and_rule):
    _case, rule = case_and_rule
    cached(rule.url)

    rule.theme.name = "Новая тема"
    rule.theme.save()

    assert "Новая тема" in client.get(rule.url).content.decode()


def test_an_image_put_on_a_page_shows_at_once_in_the_images_api(
    client, cached, own_media, case_and_rule
):
    case, _rule = case_and_rule
    image = ImageFactory(title="Ярмарка во дворе")
    assert "Ярмарка во дворе" not in cached("/api/v2/images/")

    case.listing_image = image
    case.save_revision().publish()

    assert "Ярмарка во дворе" in client.get("/api/v2/images/").content.decode()


def test_with_no_cache_seconds_nothing_is_stored(client, settings, case_and_rule):
    settings.PAGE_CACHE_SECONDS = 0
    case, _rule = case_and_rule
    answer = client.get(case.url)
    case.title = "Сразу видно"
    case.save()

    assert "s-maxage=0" in answer["Cache-Control"]
    assert "Сразу видно" in client.get(case.url).content.decode()


class PurgeRecorder(BaseHTTPRequestHandler):
    received: list

    def do_PURGE(self):  # noqa: N802 - the HTTP method's name
        self.received.append((self.headers["Host"], self.path))
        self.send_response(200)
        self.end_headers()

    def do_BAN(self):  # noqa: N802
        self.received.append(("BAN", self.path))
        self.send_response(200)
        self.end_headers()

    def log_message(self, *args):
        pass


@pytest.fixture
def purge_server(settings):
    """A tiny HTTP cache stand-in that records the PURGE and BAN requests it gets."""
    received = []
    handler = type("Handler", (PurgeRecorder,), {"received": received})
    server = HTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    settings.WAGTAILFRONTENDCACHE = {
        **settings.WAGTAILFRONTENDCACHE,
        "varnish": {
            "BACKEND": "cms.page_cache.VarnishBackend",
            "LOCATION": f"http://127.0.0.1:{server.server_port}",
        },
    }
    yield received
    server.shutdown()
    server.server_close()


def test_a_publish_purges_the_http_cache_of_exactly_what_shows_the_page(
    purge_server, django_capture_on_commit_callbacks, home, cases_section, rulebook
):
    with django_capture_on_commit_callbacks(execute=True):  # as if committed earlier
        case, rule = _case_and_rule(cases_section, rulebook)
    purge_server.clear()
    case.title = "Двор без границ"
    with django_capture_on_commit_callbacks(execute=True):
        case.save_revision().publish()

    paths = {path for _host, path in purge_server}
    assert paths == {
        case.url,
        cases_section.url,
        home.url,
        rule.url,
        "/sitemap.xml",
        "/api/v2/pages/",
        f"/api/v2/pages/{case.pk}/",
        f"/api/v2/pages/{cases_section.pk}/",
        f"/api/v2/pages/{home.pk}/",
        f"/api/v2/pages/{rule.pk}/",
        "/api/v2/images/",
        "/api/v2/documents/",
        # The results page counts cases (programme/signals.py).
        "/ru/programme/results/",
        "/ba/programme/results/",
        "/en/programme/results/",
    }
    assert {host for host, _path in purge_server} == {"localhost"}


def test_a_registry_edit_purges_the_http_cache_of_the_registry(
    purge_server, django_capture_on_commit_callbacks, municipality_a
):
    with django_capture_on_commit_callbacks(execute=True):
        community = CommunityFactory(name="Старое имя", municipality=municipality_a)
    purge_server.clear()
    community.name = "Новое имя"
    with django_capture_on_commit_callbacks(execute=True):
        community.save()

    paths = {path for _host, path in purge_server}
    assert {
        "/ru/registry/",
        "/ba/registry/map/",
        f"/en/registry/{community.slug}/",
        f"/ru/registry/municipality/{municipality_a.slug}/",
        "/api/registry/communities/",
        f"/api/registry/communities/{community.slug}/",
        "/api/registry/geojson/communities/",
    } <= paths
    assert not any(path.startswith(("/ru/cases/", "/api/v2/")) for path in paths)


def test_a_change_shown_on_every_page_bans_everything_in_one_request(
    purge_server, django_capture_on_commit_callbacks, cases_section, rulebook
):
    with django_capture_on_commit_callbacks(execute=True):
        _case_and_rule(cases_section, rulebook)
    purge_server.clear()
    cases_section.title = "Истории"  # a section of the main menu, on every page
    with django_capture_on_commit_callbacks(execute=True):
        cases_section.save_revision().publish()

    assert purge_server == [("BAN", "/")]


def test_after_a_publish_a_worker_sends_the_purge_before_any_other_task(
    purge_server, django_capture_on_commit_callbacks, settings, home, cases_section, rulebook
):
    with django_capture_on_commit_callbacks(execute=True):
        case, _rule = _case_and_rule(cases_section, rulebook)
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    purge_server.clear()
    case.title = "Двор без границ"
    with django_capture_on_commit_callbacks(execute=True):
        case.save_revision().publish()
    queued = DBTaskResult.objects.ready().count()

    # The task a worker takes next, picked as db_worker picks it (ready, locked, highest
    # priority first) and run by its Worker; db_worker's own loop would close the test's
    # database connection between tasks.
    with transaction.atomic():
        next_task = DBTaskResult.objects.ready().get_locked()
    Worker(
        queue_names=["*"], interval=0, batch=True, backend_name="default", startup_delay=False,
        max_tasks=1, worker_id="test", excluded_queue_names=[],
    ).run_task(next_task)  # fmt: skip

    # The publish also queued the search and reference indexes; the reader's purge went first.
    assert queued > 1
    assert case.url in {path for _host, path in purge_server}
