"""Listing columns that read as Russian: yes/no instead of True/False, a dash for nothing."""

from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import Column

NOTHING = "—"


class YesNoColumn(Column):
    """A boolean field as «да» / «нет» (Wagtail's BooleanColumn titles its icons True/False)."""

    def get_value(self, instance):
        value = super().get_value(instance)
        if value is None:
            return NOTHING
        return _("yes") if value else _("no")


def yes_no_column(model, field_name: str) -> YesNoColumn:
    """A YesNoColumn headed and sorted like Wagtail's column for the field."""
    label = model._meta.get_field(field_name).verbose_name
    return YesNoColumn(field_name, label=capfirst(label), sort_key=field_name)
