from wagtail import hooks
from wagtail.snippets.models import register_snippet

from cms.selectors import community_cases, municipality_cases, municipality_fairs
from cms.viewsets import EditorialSnippetsGroup

register_snippet(EditorialSnippetsGroup)

# Help menu entries that lead to wagtail.org (English, outside the site).
EXTERNAL_HELP_ITEMS = ("whats-new-in-wagtail-", "editor-guide")


@hooks.register("construct_help_menu")
def remove_external_help(request, menu_items):
    menu_items[:] = [item for item in menu_items if not item.name.startswith(EXTERNAL_HELP_ITEMS)]


# The cases and fairs the registry's public pages list (registry.public_selectors).
hooks.register("registry_community_cases", community_cases)
hooks.register("registry_municipality_cases", municipality_cases)
hooks.register("registry_municipality_fairs", municipality_fairs)
