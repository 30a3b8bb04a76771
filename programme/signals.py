"""Forget the cached dashboard whenever a record it counts changes."""

from django.apps import apps
from django.db.models.signals import post_delete, post_save

from programme.selectors import dashboard_cache_invalidate

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


def _invalidate(sender, **kwargs):
    dashboard_cache_invalidate()


def connect_dashboard_invalidation() -> None:
    for label in COUNTED_MODELS:
        model = apps.get_model(label)
        post_save.connect(_invalidate, sender=model, dispatch_uid=f"programme-save-{label}")
        post_delete.connect(_invalidate, sender=model, dispatch_uid=f"programme-delete-{label}")
