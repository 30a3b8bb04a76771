"""Admin forms of the programme."""

from django import forms
from django.utils.translation import gettext_lazy as _

from cms.models import EventKind, EventPage, FairPresence
from core.fields import ModelMultipleChoiceField
from programme.models import Attendance, Registration, RegistrationStatus
from registry.models import Community, CommunityStatus


class AttendanceForm(forms.Form):
    """Who came (by list), how many came (by count) and, at a fair, who presented."""

    came = ModelMultipleChoiceField(
        label=_("Registrants who came"),
        queryset=Registration.objects.none(),
        widget=forms.CheckboxSelectMultiple,
        required=False,
    )
    visitors = forms.IntegerField(
        label=_("Visitors counted"),
        min_value=0,
        required=False,
        help_text=_(
            "For open events such as fairs. The results page counts the largest of this, "
            "the registrants ticked above and the participants counted on the event page."
        ),
    )
    note = forms.CharField(label=_("How they were counted"), required=False)
    communities = ModelMultipleChoiceField(
        label=_("Communities that presented at the fair"),
        queryset=Community.objects.none(),
        widget=forms.CheckboxSelectMultiple,
        required=False,
        help_text=_(
            "Each presence is recorded in the registry and raises the community's verification "
            "level. A presence is removed in the registry, not here."
        ),
    )

    def __init__(self, *args, event: EventPage, **kwargs):
        attendance = Attendance.objects.filter(event=event).first()
        confirmed = Registration.objects.filter(
            event=event, status=RegistrationStatus.CONFIRMED
        ).only("full_name", "email", "attended")
        kwargs["initial"] = {
            "came": [r.pk for r in confirmed if r.attended],
            "visitors": attendance.visitors if attendance else None,
            "note": attendance.note if attendance else "",
            "communities": list(
                FairPresence.objects.filter(fair=event).values_list("community_id", flat=True)
            ),
            **kwargs.get("initial", {}),
        }
        super().__init__(*args, **kwargs)
        self.fields["came"].queryset = confirmed
        self.fields["came"].label_from_instance = lambda r: f"{r.full_name} <{r.email}>"
        if event.kind == EventKind.FAIR:
            self.fields["communities"].queryset = (
                Community.objects.filter(status=CommunityStatus.PUBLISHED)
                .select_related("municipality")
                .order_by("municipality__name", "name")
            )
            self.fields["communities"].label_from_instance = lambda c: (
                f"{c.name} ({c.municipality.name})"
            )
        else:
            del self.fields["communities"]
