"""Who may open our custom admin views, and menu entries shown only to them."""

from django.core.exceptions import PermissionDenied
from wagtail.admin.menu import MenuItem


def permission_require(user, *, policy, action: str) -> None:
    if not policy.user_has_permission(user, action):
        raise PermissionDenied


class PermissionMenuMixin:
    """For a ViewSet: show its menu item only to the users who may open its screen.

    By default those `menu_policy` grants `menu_action`; override `menu_shown_to` when the
    screen asks for more.
    """

    menu_policy = None
    menu_action = "change"

    def menu_shown_to(self, user) -> bool:
        return self.menu_policy.user_has_permission(user, self.menu_action)

    @property
    def menu_item_class(self):
        shown_to = self.menu_shown_to

        def is_shown(_item, request):
            return shown_to(request.user)

        return type(f"{self.__class__.__name__}MenuItem", (MenuItem,), {"is_shown": is_shown})
