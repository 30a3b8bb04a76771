"""Form fields shared by the apps' forms."""

from django import forms

from core.converters import MAX_DATABASE_ID


class ModelMultipleChoiceField(forms.ModelMultipleChoiceField):
    """Django's field, refusing ids beyond a database id before any query.

    Django checks each posted id on its own, then selects them all with `__in`, and SQLite
    cannot take a number beyond 64 bits there: the form failed (500) instead of refusing it.
    """

    def _check_values(self, value):
        for pk in value:
            if str(pk).isdecimal() and int(pk) > MAX_DATABASE_ID:
                raise forms.ValidationError(
                    self.error_messages["invalid_pk_value"],
                    code="invalid_pk_value",
                    params={"pk": pk},
                )
        return super()._check_values(value)
