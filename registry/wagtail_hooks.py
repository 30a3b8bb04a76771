from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSetGroup

from registry import services
from registry.admin_views.viewsets import ImportMenuViewSet, RegistryAdminViewSet
from registry.purge import registry_linked_object_urls, registry_site_urls
from registry.viewsets import (
    CommunityViewSet,
    CuratorAssignmentViewSet,
    IdentifiedLeaderViewSet,
    MunicipalityViewSet,
    PersonViewSet,
    RegionViewSet,
    SphereViewSet,
    TeamMemberViewSet,
)


class RegistryViewSetGroup(SnippetViewSetGroup):
    menu_label = _("Registry")
    menu_icon = "group"
    menu_order = 250
    items = (
        RegistryAdminViewSet,
        ImportMenuViewSet,
        CommunityViewSet,
        PersonViewSet,
        TeamMemberViewSet,
        IdentifiedLeaderViewSet,
        MunicipalityViewSet,
        RegionViewSet,
        SphereViewSet,
        CuratorAssignmentViewSet,
    )


register_snippet(RegistryViewSetGroup)


@hooks.register("register_log_actions")
def register_moderation_log_actions(actions):
    actions.register_action(services.LOG_APPROVE, _("Approve"), _("Approved and published"))
    actions.register_action(services.LOG_REJECT, _("Reject"), _("Rejected"))
    actions.register_action(services.LOG_MERGE, _("Merge"), _("Merged a duplicate into this"))
    actions.register_action(
        services.LOG_MERGED_INTO, _("Merged"), _("Merged into another community")
    )


# The registry's addresses in a purge of everything, and those of the records a page names.
hooks.register("purge_site_urls", registry_site_urls)
hooks.register("purge_linked_object_urls", registry_linked_object_urls)
