"""Who may open the programme's custom admin views, and their menu entries."""

from django.core.exceptions import PermissionDenied
from wagtail.admin.menu import MenuItem


def permission_require(user, *, policy, action: str) -> None:
    if not policy.user_has_permission(user, action):
        raise PermissionDenied


class PermissionMenuMixin:
    """For a ViewSet: show its menu item when `menu_policy` grants `menu_action`."""

    menu_policy = None
    menu_action = "change"

    @property
    def menu_item_class(self):
        policy, action = self.menu_policy, self.menu_action

        def is_shown(_item, request):
            return policy.user_has_permission(request.user, action)

        return type(f"{self.__class__.__name__}MenuItem", (MenuItem,), {"is_shown": is_shown})
