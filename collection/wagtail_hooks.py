from django.urls import path
from wagtail import hooks

from .api import EditionListView
from .builds import builds_fail_dead
from .demo import seed_edition
from .viewsets import EditionViewSet


@hooks.register("register_admin_viewset")
def register_edition_viewset():
    return EditionViewSet()


@hooks.register("register_api_urls")
def register_edition_api_urls():
    return [path("collection/editions/", EditionListView.as_view(), name="collection-api-editions")]


@hooks.register("register_demo_step", order=200)
def seed_demo_edition(report, *, build_files: bool, **options):
    """The demo edition is built from all of the demo content before it."""
    seed_edition(build_files=build_files)


@hooks.register("retry_failed_jobs", order=0)
def fail_dead_builds() -> str:
    return f"collection builds failed as dead: {builds_fail_dead()}"
