"""Inspect views that list related records (a community's evidence, an application's team)
after the record's own fields, as Wagtail's inspect view lists fields."""

from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext as _


def bulleted(rows) -> str:
    """A list of rows (tuples of text parts, empty parts left out), or a dash for none."""
    rows = [" — ".join(str(part) for part in row if part) for row in rows]
    if not rows:
        return "-"
    return format_html("<ul>{}</ul>", format_html_join("", "<li>{}</li>", ((r,) for r in rows)))


class ReadableValuesInspectMixin:
    """Yes/no for booleans and a dash for nothing, where Wagtail would print True/False/None."""

    def get_field_display_value(self, field_name, field):
        value = super().get_field_display_value(field_name, field)
        if isinstance(value, bool):
            return _("yes") if value else _("no")
        if value is None or value == "":
            return "—"
        return value


class RelatedListsInspectMixin(ReadableValuesInspectMixin):
    """Adds a row per entry of `related_lists` ({name: label}); the view's
    `get_<name>_display_value()` gives its value, usually with bulleted()."""

    related_lists: dict = {}

    def get_fields(self):
        return super().get_fields() + list(self.related_lists)

    def get_field_label(self, field_name, field):
        if field_name in self.related_lists:
            return self.related_lists[field_name]
        return super().get_field_label(field_name, field)
