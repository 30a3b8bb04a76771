import shutil

import pytest
from django.conf import settings
from django.contrib.auth.models import Group
from django.core.cache import cache
from django.core.management import call_command
from django.test import override_settings
from django.utils import translation
from wagtail.models import Locale, Page
from wagtail.utils.sendfile import _get_sendfile

from core.roles import CURATORS
from registry.factories import CuratorAssignmentFactory, UserFactory
from registry.models import Municipality


@pytest.fixture(autouse=True, scope="session")
def _clean_test_media():
    """Uploaded test files go to var/test-media and var/test-private and are removed after
    the run."""
    yield
    shutil.rmtree(settings.MEDIA_ROOT, ignore_errors=True)
    shutil.rmtree(settings.PRIVATE_MEDIA_ROOT, ignore_errors=True)


@pytest.fixture(autouse=True)
def _site_language():
    """Every test starts in the site's language, as a worker or a command does: a request to
    /en/ in an earlier test leaves English active in the thread."""
    with translation.override(settings.LANGUAGE_CODE):
        yield


@pytest.fixture(autouse=True)
def _empty_cache():
    """Every test starts with an empty cache: the database rolls back after a test, while
    the cache (process memory) would keep what the test's pages put there."""
    cache.clear()


@pytest.fixture
def demo_site(settings, tmp_path):
    """The demo content (`seed_demo`), for tests that walk the whole site; the test's own
    django_db mark gives the database. Background tasks are only queued, and the search index
    is built in one pass instead; the demo's files go to temporary folders."""
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.PRIVATE_MEDIA_ROOT = tmp_path / "private"
    with override_settings(TASKS={"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}):
        call_command("seed_demo", verbosity=0)
    call_command("update_index", verbosity=0)


@pytest.fixture
def own_media(settings, tmp_path):
    """A test's uploads and private files in folders of its own, safe from parallel runs."""
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.PRIVATE_MEDIA_ROOT = tmp_path / "private"


@pytest.fixture
def ru(db):
    return Locale.objects.get(language_code="ru")


@pytest.fixture
def home(db):
    """The Russian home page created by the site-structure migration."""
    return Page.objects.get(depth=2, locale__language_code="ru").specific


def _section(slug):
    return Page.objects.get(depth=3, slug=slug, locale__language_code="ru").specific


@pytest.fixture
def materials(db):
    return _section("materials")


@pytest.fixture
def cases_section(db):
    return _section("cases")


@pytest.fixture
def rulebook(db):
    return _section("rules")


@pytest.fixture
def events_section(db):
    return _section("events")


# Two municipalities of the republic and a curator of the first: registry and programme tests.
@pytest.fixture
def municipality_a(db):
    return Municipality.objects.get(oktmo="80601000")  # Абзелиловский район


@pytest.fixture
def municipality_b(db):
    return Municipality.objects.get(oktmo="80701000")  # город Уфа


@pytest.fixture
def curator_a(municipality_a):
    user = UserFactory(username="curator-a")
    user.groups.add(Group.objects.get(name=CURATORS))
    CuratorAssignmentFactory(user=user, municipality=municipality_a)
    return user


def _needs_transactions(item) -> bool:
    marker = item.get_closest_marker("django_db")
    return bool(marker and marker.kwargs.get("transaction")) or "live_server" in getattr(
        item, "fixturenames", ()
    )


@pytest.hookimpl(trylast=True)
def pytest_collection_modifyitems(items):
    """Run tests that commit (browser tests with live_server) after all others.

    Their teardown empties the tables, migration data included; pytest-django orders by the
    django_db marker only, so tests that reach the database through fixtures could land after
    them and find no home page or groups.
    """
    items.sort(key=_needs_transactions)


@pytest.fixture
def nginx_sendfile(settings):
    """Private files handed to nginx with X-Accel-Redirect, as PRIVATE_MEDIA_NGINX_LOCATION
    sets up in production, instead of streamed by Django."""
    settings.PRIVATE_MEDIA_NGINX_LOCATION = "/private-media/"
    settings.SENDFILE_BACKEND = "cms.sendfile_nginx"
    _get_sendfile.clear()  # Wagtail caches the backend it loaded
    yield
    _get_sendfile.clear()
