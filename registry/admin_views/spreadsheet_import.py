"""The spreadsheet import flow both the registry and the programme use in the admin.

Upload shows a preview of every row and error; nothing is saved until "apply", which saves
every row or none. The upload waits in the session between the two steps. Each import's
template extends registry/admin/spreadsheet_import.html, filling in its own texts and rows.
"""

import base64

from django.contrib import messages
from django.shortcuts import redirect
from django.utils.translation import gettext as _
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin


class SpreadsheetImportView(WagtailAdminTemplateMixin, TemplateView):
    """Subclasses set the form and session key and say how to preview and apply a file."""

    upload_form_class = None
    session_key = None
    header_icon = "upload"

    def upload_options(self, form) -> dict:
        """Choices made on the upload form that preview and apply both need (e.g. the kind)."""
        return {}

    def upload_scope(self) -> dict:
        """What the stored upload must belong to for "apply" to accept it (e.g. the event)."""
        return {}

    def import_preview(self, *, content: bytes, filename: str, **options):
        raise NotImplementedError

    def import_apply(self, *, content: bytes, filename: str, **options):
        raise NotImplementedError

    def success_message(self, result) -> str:
        raise NotImplementedError

    def get_success_url(self) -> str:
        return self.request.path

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.setdefault("form", self.upload_form_class())
        return context

    def post(self, request, *args, **kwargs):
        if request.POST.get("action") == "apply":
            return self.apply(request)
        form = self.upload_form_class(request.POST, request.FILES)
        if not form.is_valid():
            return self.render_to_response(self.get_context_data(form=form))
        upload = form.cleaned_data["file"]
        content = upload.read()
        options = self.upload_options(form)
        preview = self.import_preview(content=content, filename=upload.name, **options)
        request.session[self.session_key] = {
            "scope": self.upload_scope(),
            "options": options,
            "filename": upload.name,
            "content": base64.b64encode(content).decode("ascii"),
        }
        return self.render_to_response(self.get_context_data(form=form, preview=preview))

    def apply(self, request):
        stored = request.session.pop(self.session_key, None)
        if stored is None or stored["scope"] != self.upload_scope():
            messages.error(request, _("Upload the file again: the preview has expired."))
            return redirect(request.path)
        result = self.import_apply(
            content=base64.b64decode(stored["content"]),
            filename=stored["filename"],
            **stored["options"],
        )
        if not result.is_valid:
            messages.error(request, _("Nothing was imported: the file has errors."))
            return self.render_to_response(self.get_context_data(preview=result))
        messages.success(request, self.success_message(result))
        return redirect(self.get_success_url())
