"""The public "add your community" form."""

from django import forms
from django.utils.translation import gettext_lazy as _

from core.abuse import HoneypotFormMixin
from core.fields import ModelMultipleChoiceField
from registry.models import Community, Municipality
from registry.public_selectors import public_spheres
from registry.validators import normalise_phone


def submission_municipalities():
    """Participating municipalities; all of them while none is marked as participating."""
    municipalities = Municipality.objects.defer("outline").order_by("name")
    participating = municipalities.filter(participating=True)
    return participating if participating.exists() else municipalities


class CommunitySubmissionForm(HoneypotFormMixin, forms.ModelForm):
    spheres = ModelMultipleChoiceField(
        label=_("Spheres"),
        queryset=public_spheres(),
        widget=forms.CheckboxSelectMultiple,
        required=True,
    )
    consent = forms.BooleanField(
        label=_(
            "I agree that these details are published in the registry after moderation, and "
            "that programme staff and curators may contact me at the e-mail above."
        ),
        required=True,
        error_messages={"required": _("Tick the box to give your consent, or we cannot add it.")},
    )

    class Meta:
        model = Community
        fields = [
            "name",
            "municipality",
            "spheres",
            "form",
            "description",
            "founding_year",
            "members_reported",
            "address",
            "vk_url",
            "telegram_url",
            "ok_url",
            "website_url",
            "public_email",
            "public_phone",
            "show_contacts",
            "submitter_name",
            "submitter_email",
        ]
        widgets = {"description": forms.Textarea(attrs={"rows": 5})}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["municipality"].queryset = submission_municipalities()
        self.fields["spheres"].queryset = public_spheres()
        for name in ("description", "submitter_name", "submitter_email"):
            self.fields[name].required = True
        self.fields["submitter_name"].label = _("Your name")
        self.fields["submitter_email"].label = _("Your e-mail")
        self.fields["submitter_email"].help_text = _(
            "Only the curators see it, to ask questions about the submission."
        )

    def clean_public_phone(self):
        phone = self.cleaned_data["public_phone"]
        return normalise_phone(phone) if phone else phone
