"""Admin forms: curators may only put records in their own municipalities."""

from wagtail.admin.forms import WagtailAdminModelForm

from registry.access import queryset_for_user


class MunicipalityScopedForm(WagtailAdminModelForm):
    """Limits the municipality choices to the user's; a forged POST gets a form error."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields.get("municipality")
        if field is not None and self.for_user is not None:
            field.queryset = queryset_for_user(field.queryset, user=self.for_user, lookup="pk")


class CommunityAdminForm(MunicipalityScopedForm):
    """Also signs a new curator's confirmation with the user who adds it."""

    def save(self, commit=True):
        confirmations = self.formsets.get("curator_confirmations")
        if confirmations is not None and self.for_user is not None:
            for form in confirmations.forms:
                if not form.instance.curator_id:
                    form.instance.curator = self.for_user
        return super().save(commit=commit)
