from django.contrib.auth import get_user_model
from django.db.models import Q
from wagtail.permission_policies.base import BasePermissionPolicy


class StaffRolePolicy(BasePermissionPolicy):
    """Superusers, and members of the named groups, may view and delete (nothing else): for
    the lockout and authenticator listings, whose records the site itself creates."""

    actions = {"view", "delete"}

    def __init__(self, model, *, groups: tuple[str, ...] = ()):
        super().__init__(model)
        self.groups = groups

    def user_has_permission(self, user, action):
        if action not in self.actions or not (user.is_authenticated and user.is_active):
            return False
        return user.is_superuser or user.groups.filter(name__in=self.groups).exists()

    def users_with_any_permission(self, actions):
        if not self.actions.intersection(actions):
            return get_user_model().objects.none()
        return (
            get_user_model()
            .objects.filter(Q(is_superuser=True) | Q(groups__name__in=self.groups), is_active=True)
            .distinct()
        )

    def instances_user_has_any_permission_for(self, user, actions):
        if any(self.user_has_permission(user, action) for action in actions):
            return self.model.objects.all()
        return self.model.objects.none()
