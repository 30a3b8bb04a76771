"""Wagtail admin for the programme: one "Programme" menu with a viewset per record type."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet

from programme.models import Target


class TargetViewSet(ModelViewSet):
    model = Target
    name = "programme_targets"
    url_prefix = "programme/targets"
    icon = "tasks"
    menu_label = _("Targets")
    list_display = ["title", "target_value", "unit", "order"]
    panels = [
        FieldPanel("code"),
        FieldPanel("title"),
        FieldPanel("target_value"),
        FieldPanel("unit"),
        FieldPanel("order"),
    ]


class ProgrammeViewSetGroup(ViewSetGroup):
    menu_label = _("Programme")
    menu_icon = "calendar-alt"
    menu_order = 260
    items = (TargetViewSet,)
