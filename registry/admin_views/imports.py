"""The registry's spreadsheet import: templates to fill in, upload, preview, apply."""

from django import forms
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpResponse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from registry import importers
from registry.access import import_allowed, require
from registry.admin_views.spreadsheet_import import SpreadsheetImportView

SESSION_KEY = "registry-import"
MAX_UPLOAD_BYTES = 5 * 1024 * 1024


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
        require(import_allowed(request.user))
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
    require(import_allowed(request.user))
    content = importers.import_template(kind=kind, file_format=file_format)
    content_type = (
        "text/csv; charset=utf-8"
        if file_format == "csv"
        else "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    )
    response = HttpResponse(content, content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{kind}-template.{file_format}"'
    return response
