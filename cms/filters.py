"""The filters of the public events list: by kind and by municipality (GET parameters)."""

import django_filters
from django.utils.translation import gettext_lazy as _

from cms.models import EventKind, EventPage
from registry.models import Municipality


def _municipalities_with_events(request):
    """Only municipalities some live public event is held in: the list offers no dead ends."""
    events = EventPage.objects.live().public().exclude(municipality=None)
    return (
        Municipality.objects.defer("outline")
        .filter(pk__in=events.values("municipality"))
        .order_by("name")
    )


class EventFilter(django_filters.FilterSet):
    """GET parameters: kind (an EventKind value), municipality (slug)."""

    kind = django_filters.ChoiceFilter(
        label=_("Kind of event"), choices=EventKind.choices, empty_label=_("All kinds")
    )
    municipality = django_filters.ModelChoiceFilter(
        label=_("Municipality"),
        queryset=_municipalities_with_events,
        to_field_name="slug",
        empty_label=_("All municipalities"),
    )

    class Meta:
        model = EventPage
        fields = ["kind", "municipality"]
