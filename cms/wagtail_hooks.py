from wagtail import hooks
from wagtail.snippets.models import register_snippet

from cms.viewsets import EditorialSnippetsGroup

register_snippet(EditorialSnippetsGroup)

# Help menu entries that lead to wagtail.org (English, outside the site).
EXTERNAL_HELP_ITEMS = ("whats-new-in-wagtail-", "editor-guide")


@hooks.register("construct_help_menu")
def remove_external_help(request, menu_items):
    menu_items[:] = [item for item in menu_items if not item.name.startswith(EXTERNAL_HELP_ITEMS)]
