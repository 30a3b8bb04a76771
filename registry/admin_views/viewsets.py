"""The registry's admin routes and menu entries for moderation and import."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy
from wagtail.admin.viewsets.base import ViewSet

from core.admin_access import PermissionMenuMixin
from registry.access import import_allowed, moderation_allowed
from registry.admin_views.imports import ImportView, import_template_view
from registry.admin_views.moderation import ModerationDecisionView, ModerationQueueView


class RegistryAdminViewSet(PermissionMenuMixin, ViewSet):
    """The moderation queue and the spreadsheet import, under /admin/registry/."""

    name = "registry_admin"
    url_prefix = "registry"
    icon = "tasks"
    menu_label = gettext_lazy("Moderation queue")
    menu_order = 50

    def menu_shown_to(self, user) -> bool:
        return moderation_allowed(user)

    def get_urlpatterns(self):
        return [
            path("moderation/", ModerationQueueView.as_view(), name="moderation"),
            path("moderation/<id:pk>/", ModerationDecisionView.as_view(), name="moderate"),
            path("import/", ImportView.as_view(), name="import"),
            path(
                "import/template/<str:kind>.<str:file_format>",
                import_template_view,
                name="import_template",
            ),
        ]


class ImportMenuViewSet(PermissionMenuMixin, ViewSet):
    """Only the menu entry of the import view (its URLs live in RegistryAdminViewSet)."""

    name = "registry_import"
    icon = "upload"
    menu_label = gettext_lazy("Import")
    menu_order = 60

    def menu_shown_to(self, user) -> bool:
        return import_allowed(user)

    @property
    def menu_url(self):
        return reverse("registry_admin:import")
