"""Public forms of the programme."""

from django import forms
from django.utils.translation import gettext_lazy as _

from core.abuse import HoneypotFormMixin
from registry.forms import submission_municipalities
from registry.models import Municipality, TeamRole
from registry.validators import normalise_phone


class RegistrationForm(HoneypotFormMixin, forms.Form):
    full_name = forms.CharField(label=_("Full name"), max_length=200)
    email = forms.EmailField(
        label=_("E-mail"), help_text=_("The confirmation and the calendar file are sent here.")
    )
    phone = forms.CharField(label=_("Phone"), max_length=30, required=False)
    municipality = forms.ModelChoiceField(
        label=_("Municipality"), queryset=Municipality.objects.none(), required=False
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

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Chosen per request: which municipalities participate changes, and a query in the
        # class body would run at import time (before migrations on a new database).
        self.fields["municipality"].queryset = submission_municipalities()

    def clean_email(self):
        return self.cleaned_data["email"].strip().lower()

    def clean_phone(self):
        phone = self.cleaned_data["phone"]
        return normalise_phone(phone) if phone else ""


class ApplicationForm(HoneypotFormMixin, forms.Form):
    """A municipality's team applies: the municipality, four members, motivation, consent."""

    municipality = forms.ModelChoiceField(
        label=_("Municipality"),
        queryset=Municipality.objects.defer("outline").select_related("region"),
    )
    motivation = forms.CharField(
        label=_("Why your team wants to take part"), widget=forms.Textarea(attrs={"rows": 5})
    )
    existing_communities = forms.CharField(
        label=_("Communities already active in the municipality"),
        widget=forms.Textarea(attrs={"rows": 4}),
        required=False,
    )
    contact_email = forms.EmailField(
        label=_("Contact e-mail"), help_text=_("The confirmation and the result are sent here.")
    )
    consent = forms.BooleanField(
        label=_(
            "The members agree that the programme's staff and experts keep their names and "
            "contacts to run the selection. They are never published."
        ),
        error_messages={
            "required": _("Tick the box to give your consent, or we cannot accept the application.")
        },
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for role, label in TeamRole.choices:
            self.fields[f"{role}_name"] = forms.CharField(
                label=_("%(role)s: full name") % {"role": label}, max_length=200
            )
            self.fields[f"{role}_email"] = forms.EmailField(
                label=_("%(role)s: e-mail") % {"role": label}, required=False
            )
            self.fields[f"{role}_phone"] = forms.CharField(
                label=_("%(role)s: phone") % {"role": label}, max_length=30, required=False
            )
        # The consent comes last, after everything it is about.
        self.fields["consent"] = self.fields.pop("consent")

    def member_fields(self):
        """Bound fields grouped by role, for one fieldset per team member."""
        return [
            (label, [self[f"{role}_{part}"] for part in ("name", "email", "phone")])
            for role, label in TeamRole.choices
        ]

    def clean(self):
        cleaned = super().clean()
        for role in TeamRole.values:
            phone = cleaned.get(f"{role}_phone")
            if phone:
                try:
                    cleaned[f"{role}_phone"] = normalise_phone(phone)
                except forms.ValidationError as error:
                    self.add_error(f"{role}_phone", error)
        return cleaned

    def members(self) -> list[dict]:
        data = self.cleaned_data
        return [
            {
                "role": role,
                "full_name": data[f"{role}_name"],
                "email": data[f"{role}_email"],
                "phone": data[f"{role}_phone"],
            }
            for role in TeamRole.values
        ]
