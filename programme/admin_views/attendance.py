"""Admin views of the programme that are not plain record editing: attendance."""

from django import forms
from django.contrib import messages
from django.core.exceptions import ValidationError
from django.db.models import Count, Q
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import FormView, TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.viewsets.base import ViewSet
from wagtail.permission_policies import ModelPermissionPolicy

from cms.models import EventPage
from core.admin_access import PermissionMenuMixin, permission_require
from programme import attendance_import, services
from programme.admin_forms import AttendanceForm
from programme.models import Attendance, RegistrationStatus
from programme.selectors import event_participants, source_pages, with_participants
from registry.admin_views.spreadsheet_import import SpreadsheetImportView

attendance_policy = ModelPermissionPolicy(Attendance)
SESSION_KEY = "programme-attendance-import"
MAX_UPLOAD_BYTES = 5 * 1024 * 1024


class AttendanceRequiredMixin:
    def dispatch(self, request, *args, **kwargs):
        permission_require(request.user, policy=attendance_policy, action="change")
        return super().dispatch(request, *args, **kwargs)


class EventListView(AttendanceRequiredMixin, WagtailAdminTemplateMixin, TemplateView):
    template_name = "programme/admin/event_list.html"
    page_title = gettext_lazy("Attendance")
    header_icon = "calendar-alt"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["events"] = (
            with_participants(source_pages(EventPage.objects.all()))
            .select_related("registration_settings")
            .annotate(
                confirmed=Count(
                    "registrations",
                    filter=Q(registrations__status=RegistrationStatus.CONFIRMED),
                ),
            )
            .order_by("start_date")
        )
        return context


class EventAttendanceView(AttendanceRequiredMixin, WagtailAdminTemplateMixin, FormView):
    template_name = "programme/admin/event_attendance.html"
    page_title = gettext_lazy("Attendance")
    header_icon = "calendar-alt"
    form_class = AttendanceForm

    def dispatch(self, request, *args, event_id: int, **kwargs):
        self.event = get_object_or_404(EventPage, pk=event_id)
        return super().dispatch(request, *args, **kwargs)

    def get_page_subtitle(self):
        return self.event.title

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "event": self.event}

    def get_context_data(self, **kwargs):
        return {
            **super().get_context_data(**kwargs),
            "event": self.event,
            "counted": event_participants(event=self.event),
        }

    def form_valid(self, form):
        data = form.cleaned_data
        services.attendance_list_record(event=self.event, attended_ids={r.pk for r in data["came"]})
        services.attendance_count_record(
            event=self.event, visitors=data["visitors"], note=data["note"]
        )
        if "communities" in data:
            services.fair_presences_record(fair=self.event, communities=list(data["communities"]))
        messages.success(self.request, _("Attendance is saved."))
        counted = event_participants(event=self.event)
        if 0 < counted.registrants_came < counted.participants:
            messages.warning(
                self.request,
                _(
                    "The list of those who came is shorter than a count entered for this "
                    "event, so the results page keeps the larger figure: %(participants)d, "
                    "not %(came)d."
                )
                % {"participants": counted.participants, "came": counted.registrants_came},
            )
        return redirect("programme_admin:attendance", event_id=self.event.pk)


class AttendanceUploadForm(forms.Form):
    file = forms.FileField(
        label=gettext_lazy("Spreadsheet (XLSX or CSV)"),
        help_text=gettext_lazy(
            "One row per person who came, with the e-mail they registered with in an "
            "“E-mail” column."
        ),
    )

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if upload.size > MAX_UPLOAD_BYTES:
            raise ValidationError(_("The file is larger than 5 MB."))
        return upload


class AttendanceImportView(AttendanceRequiredMixin, SpreadsheetImportView):
    """Upload shows the preview; "apply" marks everyone in the file or nobody."""

    template_name = "programme/admin/attendance_import.html"
    page_title = gettext_lazy("Import attendance")
    upload_form_class = AttendanceUploadForm
    session_key = SESSION_KEY

    def dispatch(self, request, *args, event_id: int, **kwargs):
        self.event = get_object_or_404(EventPage, pk=event_id)
        return super().dispatch(request, *args, **kwargs)

    def get_page_subtitle(self):
        return self.event.title

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["event"] = self.event
        return context

    def upload_scope(self):
        return {"event": self.event.pk}

    def import_preview(self, *, content, filename):
        return attendance_import.attendance_import_preview(
            event=self.event, content=content, filename=filename
        )

    def import_apply(self, *, content, filename):
        return attendance_import.attendance_import_apply(
            event=self.event, content=content, filename=filename
        )

    def success_message(self, result):
        return _("Marked as having come: %(count)d.") % {"count": len(result.came)}

    def get_success_url(self):
        return reverse("programme_admin:attendance", args=[self.event.pk])


class ProgrammeAdminViewSet(PermissionMenuMixin, ViewSet):
    """Attendance of the programme's events, under /admin/programme/events/."""

    name = "programme_admin"
    url_prefix = "programme/events"
    icon = "calendar-alt"
    menu_label = gettext_lazy("Attendance")
    menu_order = 20
    menu_policy = attendance_policy

    def get_urlpatterns(self):
        return [
            path("", EventListView.as_view(), name="events"),
            path("<id:event_id>/attendance/", EventAttendanceView.as_view(), name="attendance"),
            path(
                "<id:event_id>/attendance/import/",
                AttendanceImportView.as_view(),
                name="attendance_import",
            ),
        ]

    @property
    def menu_url(self):
        return reverse("programme_admin:events")
