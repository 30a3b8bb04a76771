"""Admin views of the registry that are not plain record editing: moderation and import."""

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.viewsets.base import ViewSet
from wagtail.permissions import policy_registry

from core.admin_access import PermissionMenuMixin
from registry import importers, services
from registry.access import queryset_for_user
from registry.import_views import SpreadsheetImportView
from registry.models import Community, CommunityStatus, Person
from registry.selectors import (
    communities_awaiting_moderation,
    municipalities_without_curator_email,
)

SESSION_KEY = "registry-import"
MAX_UPLOAD_BYTES = 5 * 1024 * 1024


def _allowed(user, model, action) -> bool:
    return policy_registry.get_by_type(model).user_has_permission(user, action)


def moderation_allowed(user) -> bool:
    return _allowed(user, Community, "change")


def import_allowed(user) -> bool:
    return _allowed(user, Community, "add") and _allowed(user, Person, "add")


def _require(allowed: bool) -> None:
    if not allowed:
        raise PermissionDenied


class ModerationQueueView(WagtailAdminTemplateMixin, TemplateView):
    template_name = "registry/admin/moderation_queue.html"
    page_title = gettext_lazy("Moderation queue")
    header_icon = "tasks"

    def dispatch(self, request, *args, **kwargs):
        _require(moderation_allowed(request.user))
        return super().dispatch(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["submissions"] = communities_awaiting_moderation(user=self.request.user)
        context["unreachable"] = municipalities_without_curator_email(
            submissions=context["submissions"]
        )
        return context


class RejectForm(forms.Form):
    reason = forms.CharField(label=gettext_lazy("Reason"), widget=forms.Textarea(attrs={"rows": 3}))


class MergeForm(forms.Form):
    into = forms.ModelChoiceField(
        label=gettext_lazy("The existing community"), queryset=Community.objects.none()
    )

    def __init__(self, *args, user, community, **kwargs):
        super().__init__(*args, **kwargs)
        candidates = Community.objects.filter(
            municipality=community.municipality, status=CommunityStatus.PUBLISHED
        )
        self.fields["into"].queryset = queryset_for_user(candidates, user=user)


class ModerationDecisionView(WagtailAdminTemplateMixin, TemplateView):
    template_name = "registry/admin/moderation_decision.html"
    page_title = gettext_lazy("Moderate a submission")
    header_icon = "tasks"

    def dispatch(self, request, pk):
        _require(moderation_allowed(request.user))
        self.community = get_object_or_404(Community, pk=pk, status=CommunityStatus.SUBMITTED)
        if not communities_awaiting_moderation(user=request.user).filter(pk=pk).exists():
            raise PermissionDenied
        return super().dispatch(request, pk)

    def get_page_subtitle(self):
        return self.community.name

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["community"] = self.community
        context.setdefault("reject_form", RejectForm())
        context.setdefault(
            "merge_form", MergeForm(user=self.request.user, community=self.community)
        )
        return context

    def post(self, request, pk):
        action = request.POST.get("action")
        user, community = request.user, self.community
        reject_form = RejectForm(request.POST if action == "reject" else None)
        merge_form = MergeForm(
            request.POST if action == "merge" else None, user=user, community=community
        )
        try:
            if action == "approve":
                services.community_approve(community=community, user=user)
                messages.success(request, _("“%(name)s” is published.") % {"name": community})
            elif action == "reject" and reject_form.is_valid():
                services.community_reject(
                    community=community, user=user, reason=reject_form.cleaned_data["reason"]
                )
                messages.success(request, _("“%(name)s” is rejected.") % {"name": community})
            elif action == "merge" and merge_form.is_valid():
                into = merge_form.cleaned_data["into"]
                services.community_merge(duplicate=community, into=into, user=user)
                messages.success(
                    request,
                    _("“%(name)s” is merged into “%(into)s”.") % {"name": community, "into": into},
                )
            else:
                return self.render_to_response(
                    self.get_context_data(reject_form=reject_form, merge_form=merge_form)
                )
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
            return self.render_to_response(self.get_context_data())
        return redirect("registry_admin:moderation")


class ImportUploadForm(forms.Form):
    kind = forms.ChoiceField(
        label=gettext_lazy("What the file holds"), choices=importers.KINDS.items()
    )
    file = forms.FileField(
        label=gettext_lazy("Spreadsheet (XLSX or CSV)"),
        help_text=gettext_lazy("Use the template: its column headers are required."),
    )

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if upload.size > MAX_UPLOAD_BYTES:
            raise ValidationError(_("The file is larger than 5 MB."))
        return upload


class ImportView(SpreadsheetImportView):
    """Upload shows the preview; "apply" saves everything or nothing."""

    template_name = "registry/admin/import.html"
    page_title = gettext_lazy("Import from a spreadsheet")
    upload_form_class = ImportUploadForm
    session_key = SESSION_KEY

    def dispatch(self, request, *args, **kwargs):
        _require(import_allowed(request.user))
        return super().dispatch(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["kinds"] = importers.KINDS.items()
        return context

    def upload_options(self, form):
        return {"kind": form.cleaned_data["kind"]}

    def import_preview(self, *, content, filename, kind):
        return importers.import_preview(
            kind=kind, content=content, filename=filename, user=self.request.user
        )

    def import_apply(self, *, content, filename, kind):
        return importers.import_apply(
            kind=kind, content=content, filename=filename, user=self.request.user
        )

    def success_message(self, result):
        return _("Imported rows: %(count)d.") % {"count": len(result.plans)}


def import_template_view(request, kind, file_format):
    if kind not in importers.KINDS or file_format not in ("xlsx", "csv"):
        raise PermissionDenied
    _require(import_allowed(request.user))
    content = importers.import_template(kind=kind, file_format=file_format)
    content_type = (
        "text/csv; charset=utf-8"
        if file_format == "csv"
        else "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    )
    response = HttpResponse(content, content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{kind}-template.{file_format}"'
    return response


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
