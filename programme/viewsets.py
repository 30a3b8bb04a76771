"""Wagtail admin for the programme: one "Programme" menu with a viewset per record type."""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, InlinePanel, ObjectList
from wagtail.admin.ui.tables import TitleColumn
from wagtail.admin.views.generic.models import EditView, InspectView
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet

from core.admin_columns import yes_no_column
from core.admin_inspect import RelatedListsInspectMixin, bulleted
from programme.admin_views.attendance import ProgrammeAdminViewSet
from programme.admin_views.selection import SelectionAdminViewSet
from programme.models import (
    Application,
    ConflictOfInterest,
    EventRegistration,
    MunicipalProgramme,
    Registration,
    SelectionRound,
    Target,
)
from programme.services import waitlist_promote
from registry.admin_forms import MunicipalityScopedForm
from registry.viewsets import MunicipalityScopedViewSet


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


class EventRegistrationEditView(EditView):
    def save_instance(self):
        instance = super().save_instance()
        # More places (or none as a limit) let the waiting list in at once.
        waitlist_promote(event=instance.event)
        return instance


class EventRegistrationViewSet(ModelViewSet):
    model = EventRegistration
    edit_view_class = EventRegistrationEditView
    name = "programme_event_registrations"
    url_prefix = "programme/registration-settings"
    icon = "form"
    menu_label = _("Registration settings")
    list_display = [
        "event",
        yes_no_column(EventRegistration, "is_open"),
        "opens_at",
        "closes_at",
        "capacity",
    ]
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
    list_display = [
        "full_name",
        "event",
        "status",
        yes_no_column(Registration, "attended"),
        "created_at",
    ]
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


class SelectionRoundViewSet(ModelViewSet):
    model = SelectionRound
    name = "programme_selection_rounds"
    url_prefix = "programme/selection-rounds"
    icon = "list-ol"
    menu_label = _("Selection rounds")
    list_display = [
        "title",
        "opens_at",
        "closes_at",
        "confirmed_at",
        TitleColumn(
            "ranking",
            label=_("Ranking"),
            accessor=lambda selection_round: _("Ranking and selection"),
            get_url=lambda selection_round: reverse(
                "programme_selection:ranking", args=[selection_round.pk]
            ),
        ),
    ]
    panels = [
        FieldPanel("title"),
        FieldPanel("year"),
        FieldPanel("opens_at"),
        FieldPanel("closes_at"),
        FieldPanel("event"),
        InlinePanel("criteria", label=_("criterion"), heading=_("Criteria"), min_num=1),
    ]


class ApplicationInspectView(RelatedListsInspectMixin, InspectView):
    """The application, then its team: the four members with their contacts (staff only)."""

    related_lists = {"members": _("Team members")}

    def get_members_display_value(self):
        return bulleted(
            (member.get_role_display(), member.full_name, member.email, member.phone)
            for member in self.object.members.order_by("role")
        )


class ApplicationViewSet(ModelViewSet):
    """Applications as submitted; they change only through the selection services."""

    model = Application
    name = "programme_applications"
    url_prefix = "programme/applications"
    icon = "doc-full"
    menu_label = _("Applications")
    # Unconfirmed applications count for nothing; they lapse unless confirmed in time.
    list_display = [
        "municipality",
        "round",
        "created_at",
        "confirmed_at",
        yes_no_column(Application, "selected"),
    ]
    list_filter = ["round", "selected"]
    inspect_view_enabled = True
    inspect_view_class = ApplicationInspectView
    form_fields = ["motivation", "existing_communities", "contact_email"]


class ConflictOfInterestViewSet(ModelViewSet):
    model = ConflictOfInterest
    name = "programme_conflicts"
    url_prefix = "programme/conflicts-of-interest"
    icon = "warning"
    menu_label = _("Conflicts of interest")
    list_display = ["expert", "municipality", "note"]
    form_fields = ["expert", "municipality", "note"]


class MunicipalProgrammeViewSet(MunicipalityScopedViewSet):
    """Curators keep their own municipalities' programmes; staff see all of them."""

    model = MunicipalProgramme
    icon = "doc-full-inverse"
    menu_label = _("Municipal programmes")
    add_to_admin_menu = False
    list_display = ["title", "municipality", "adopted_on", "document"]
    list_filter = ["municipality"]
    search_fields = ["title", "summary"]
    edit_handler = ObjectList(
        [
            FieldPanel("municipality"),
            FieldPanel("title"),
            FieldPanel("adopted_on"),
            FieldPanel("document"),
            FieldPanel("summary"),
        ],
        base_form_class=MunicipalityScopedForm,
    )


class ProgrammeViewSetGroup(ViewSetGroup):
    menu_label = _("Programme")
    menu_icon = "calendar-alt"
    menu_order = 260
    items = (
        ProgrammeAdminViewSet,
        EventRegistrationViewSet,
        RegistrationViewSet,
        SelectionAdminViewSet,
        SelectionRoundViewSet,
        ApplicationViewSet,
        ConflictOfInterestViewSet,
        MunicipalProgrammeViewSet,
        TargetViewSet,
    )
