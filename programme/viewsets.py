"""Wagtail admin for the programme: one "Programme" menu with a viewset per record type."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet

from programme.admin_views import ProgrammeAdminViewSet
from programme.models import EventRegistration, Registration, Target


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


class EventRegistrationViewSet(ModelViewSet):
    model = EventRegistration
    name = "programme_event_registrations"
    url_prefix = "programme/registration-settings"
    icon = "form"
    menu_label = _("Registration settings")
    list_display = ["event", "is_open", "opens_at", "closes_at", "capacity"]
    panels = [
        FieldPanel("event"),
        FieldPanel("is_open"),
        FieldPanel("opens_at"),
        FieldPanel("closes_at"),
        FieldPanel("capacity"),
    ]


class RegistrationViewSet(ModelViewSet):
    """Registrants: personal data, seen only by staff with the permission to view them."""

    model = Registration
    name = "programme_registrations"
    url_prefix = "programme/registrations"
    icon = "user"
    menu_label = _("Registrants")
    list_display = ["full_name", "event", "status", "attended", "created_at"]
    list_filter = ["event", "status", "attended"]
    search_fields = ["full_name", "email"]
    # The status changes only through registration and cancellation, which keep the queue.
    panels = [
        FieldPanel("full_name"),
        FieldPanel("email"),
        FieldPanel("phone"),
        FieldPanel("municipality"),
        FieldPanel("status", read_only=True),
        FieldPanel("attended"),
    ]


class ProgrammeViewSetGroup(ViewSetGroup):
    menu_label = _("Programme")
    menu_icon = "calendar-alt"
    menu_order = 260
    items = (ProgrammeAdminViewSet, EventRegistrationViewSet, RegistrationViewSet, TargetViewSet)
