"""Public forms of the programme."""

from django import forms
from django.utils.translation import gettext_lazy as _

from registry.forms import submission_municipalities
from registry.validators import normalise_phone


class RegistrationForm(forms.Form):
    full_name = forms.CharField(label=_("Full name"), max_length=200)
    email = forms.EmailField(
        label=_("E-mail"), help_text=_("The confirmation and the calendar file are sent here.")
    )
    phone = forms.CharField(label=_("Phone"), max_length=30, required=False)
    municipality = forms.ModelChoiceField(
        label=_("Municipality"), queryset=submission_municipalities(), required=False
    )
    consent = forms.BooleanField(
        label=_(
            "I agree that the programme's staff keep my name and contacts to organise this "
            "event and count its participants. They are never published."
        ),
        error_messages={
            "required": _("Tick the box to give your consent, or we cannot register you.")
        },
    )

    def clean_email(self):
        return self.cleaned_data["email"].strip().lower()

    def clean_phone(self):
        phone = self.cleaned_data["phone"]
        return normalise_phone(phone) if phone else ""
