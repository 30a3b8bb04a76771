"""Admin viewsets of the editorial snippets.

Both models are translatable: with WAGTAIL_I18N_ENABLED Wagtail adds a locale filter to their
listings and wagtail-localize adds the "Translate" action to each row.
"""

from django.utils.translation import gettext_lazy as _
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from cms.models import Expert, Theme


class ExpertViewSet(SnippetViewSet):
    model = Expert
    icon = "user"
    list_display = ["name", "role", "affiliation"]
    list_filter = ["role"]
    # Expert is indexed: the admin search uses the site's search backend and its fields.
    search_fields = None
    ordering = ["name"]


class ThemeViewSet(SnippetViewSet):
    model = Theme
    icon = "tag"
    list_display = ["name", "slug", "sort_order"]
    search_fields = ["name", "description"]
    search_backend_name = None
    ordering = ["sort_order", "name"]


class EditorialSnippetsGroup(SnippetViewSetGroup):
    menu_label = _("Experts and themes")
    menu_icon = "group"
    menu_order = 300
    items = (ExpertViewSet, ThemeViewSet)
