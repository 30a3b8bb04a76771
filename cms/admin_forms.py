"""Admin form fields that survive a post the admin's own scripts would never send.

Wagtail's Draftail widget parses whatever arrives as the editor's content state; a list, a
number or broken JSON in its place raised an error page (500). Here an unreadable value is
refused as a form error, and the form shows the field as it was. Its page chooser, showing a
refused form again, looked up the posted page id as it was; a non-number failed (500).
"""

from django import forms
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms.models import register_form_field_override
from wagtail.admin.rich_text import DraftailRichTextArea as WagtailDraftailRichTextArea
from wagtail.admin.widgets import AdminPageChooser
from wagtail.fields import RichTextField
from wagtail.models import AbstractPage


class UnreadableRichText(str):
    """What the widget returns for a value that is not the editor's content state."""


# json.loads fails with ValueError; a JSON value of the wrong shape fails in the exporter.
CONTENT_STATE_ERRORS = (ValueError, TypeError, AttributeError, KeyError, IndexError)


class DraftailRichTextArea(WagtailDraftailRichTextArea):
    def value_from_datadict(self, data, files, name):
        try:
            return super().value_from_datadict(data, files, name)
        except CONTENT_STATE_ERRORS:
            return UnreadableRichText()


class RichTextFormField(forms.CharField):
    """Refuses what the widget could not read; shows the field's last saved text again."""

    def to_python(self, value):
        if isinstance(value, UnreadableRichText):
            raise forms.ValidationError(
                _("The text could not be read. Reload the page and type it again."),
                code="unreadable",
            )
        return super().to_python(value)

    def bound_data(self, data, initial):
        if isinstance(data, UnreadableRichText):
            return initial
        return super().bound_data(data, initial)


class PageChooser(AdminPageChooser):
    def get_instance(self, value):
        try:
            return super().get_instance(value)
        except (ValueError, TypeError):  # a posted id that is no number: nothing chosen
            return None


def admin_form_fields_register() -> None:
    """Admin forms build rich text and page choosers with the classes above (from ready())."""
    register_form_field_override(RichTextField, override={"form_class": RichTextFormField})
    register_form_field_override(
        models.ForeignKey,
        to=AbstractPage,
        override=lambda db_field: {
            "widget": PageChooser(target_models=[db_field.remote_field.model])
        },
    )
