"""Rich text in the admin that survives a post the editor did not send.

Wagtail's Draftail widget parses whatever arrives as the editor's content state; a list, a
number or broken JSON in its place raised an error page (500). Here an unreadable value is
refused as a form error, and the form shows the field as it was.
"""

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms.models import register_form_field_override
from wagtail.admin.rich_text import DraftailRichTextArea as WagtailDraftailRichTextArea
from wagtail.fields import RichTextField


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


def rich_text_form_field_register() -> None:
    """Admin forms build every RichTextField with RichTextFormField (called from ready())."""
    register_form_field_override(RichTextField, override={"form_class": RichTextFormField})
