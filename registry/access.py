"""Who may see which registry records, and who may moderate and import them.

Programme staff (superusers and the Methodological group) see everything. Curators (the
Curators group) see and edit the records of the municipalities assigned to them through
CuratorAssignment, and nothing else. Any other user sees no registry records at all.
"""

from django.core.exceptions import PermissionDenied
from django.db.models import QuerySet
from wagtail.permissions import policy_registry

from core.roles import METHODOLOGICAL_GROUP
from registry.models import Community, Person


def user_is_programme_staff(user) -> bool:
    if not user.is_authenticated or not user.is_active:
        return False
    if user.is_superuser:
        return True
    return user.groups.filter(name=METHODOLOGICAL_GROUP).exists()


def user_municipality_ids(user) -> set[int] | None:
    """The municipalities the user may see, or None when the user may see them all."""
    if user_is_programme_staff(user):
        return None
    if not user.is_authenticated:
        return set()
    return set(user.curator_assignments.values_list("municipality_id", flat=True))


def queryset_for_user(queryset: QuerySet, *, user, lookup: str = "municipality") -> QuerySet:
    """Narrow `queryset` to what `user` may see; `lookup` leads from the model to a municipality."""
    ids = user_municipality_ids(user)
    if ids is None:
        return queryset
    return queryset.filter(**{f"{lookup}__in": ids})


def user_may_see_person_contacts(user, person) -> bool:
    ids = user_municipality_ids(user)
    return ids is None or person.municipality_id in ids


def _allowed(user, model, action) -> bool:
    return policy_registry.get_by_type(model).user_has_permission(user, action)


def moderation_allowed(user) -> bool:
    return _allowed(user, Community, "change")


def import_allowed(user) -> bool:
    return _allowed(user, Community, "add") and _allowed(user, Person, "add")


def require(allowed: bool) -> None:
    if not allowed:
        raise PermissionDenied
