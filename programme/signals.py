"""Follow changes to the records the programme counts: forget the cached dashboard and purge
the results page at once, and rebuild the open-data archive in the background."""

from django.apps import apps
from django.db.models.signals import m2m_changed, post_delete, post_save

from core.purging import absolute_urls, purge_requested, view_paths
from programme.selectors import dashboard_cache_invalidate
from programme.tasks import open_data_schedule

# Every model whose rows the dashboard counts (pages are saved on publish and unpublish).
COUNTED_MODELS = [
    "programme.Target",
    "programme.Registration",
    "programme.Attendance",
    "registry.Municipality",
    "registry.TeamMember",
    "registry.IdentifiedLeader",
    "registry.Community",
    "cms.EventPage",
    "cms.CasePage",
    "cms.GoldenRulePage",
    "cms.GoldenRuleCase",
    "collection.Edition",
]
# What the open data holds besides the counted records.
OPEN_DATA_MODELS = [*COUNTED_MODELS, "registry.Sphere"]


def results_urls() -> set[str]:
    return absolute_urls(view_paths("programme:results"))


def _invalidate(sender, **kwargs):
    dashboard_cache_invalidate()
    purge_requested.send(sender=sender, urls=results_urls())


def _schedule_open_data(sender, **kwargs):
    open_data_schedule()


def connect_dashboard_invalidation() -> None:
    for label in COUNTED_MODELS:
        model = apps.get_model(label)
        post_save.connect(_invalidate, sender=model, dispatch_uid=f"programme-save-{label}")
        post_delete.connect(_invalidate, sender=model, dispatch_uid=f"programme-delete-{label}")


def connect_open_data_rebuild() -> None:
    for label in OPEN_DATA_MODELS:
        model = apps.get_model(label)
        post_save.connect(_schedule_open_data, sender=model, dispatch_uid=f"open-data-{label}")
        post_delete.connect(
            _schedule_open_data, sender=model, dispatch_uid=f"open-data-delete-{label}"
        )
    m2m_changed.connect(
        _schedule_open_data,
        sender=apps.get_model("registry.Community").spheres.through,
        dispatch_uid="open-data-spheres",
    )
