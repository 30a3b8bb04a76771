"""The filters of the public registry: the list page, the map and the API share them."""

import django_filters
from django import forms
from django.utils.translation import gettext_lazy as _
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema_field

from registry.map_grid import MAX_MAP_ZOOM, BoundingBox
from registry.models import CommunityForm, Municipality, VerificationLevel
from registry.public_selectors import communities_matching_text, public_spheres


class CommunityFilter(django_filters.FilterSet):
    """GET parameters: q, municipality (slug), sphere (slug), form, level (this or stronger)."""

    q = django_filters.CharFilter(
        label=_("Search by name or description"), method="filter_text", max_length=200
    )
    municipality = django_filters.ModelChoiceFilter(
        label=_("Municipality"),
        queryset=Municipality.objects.defer("outline").order_by("name"),
        to_field_name="slug",
        empty_label=_("All municipalities"),
    )
    sphere = django_filters.ModelChoiceFilter(
        label=_("Sphere"),
        field_name="spheres",
        queryset=lambda request: public_spheres(),
        to_field_name="slug",
        empty_label=_("All spheres"),
        distinct=False,
    )
    form = django_filters.ChoiceFilter(
        label=_("Form"), choices=CommunityForm.choices, empty_label=_("Any form")
    )
    level = django_filters.ChoiceFilter(
        label=_("Verified at least as"),
        choices=VerificationLevel.choices,
        method="filter_level",
        empty_label=_("Any level"),
    )

    def filter_text(self, queryset, name, value):
        return communities_matching_text(queryset, text=value)

    def filter_level(self, queryset, name, value):
        return queryset.filter(verification_level__in=VerificationLevel.at_least(value))


class CommunityAPIFilter(CommunityFilter):
    """The data API's filters. The public pages' forms send an empty value for "any"; an API
    client leaves the parameter out instead, so an empty value there is refused (a client that
    sends `?level=` by mistake learns of it rather than getting everything)."""

    CHOICES = ("municipality", "sphere", "form", "level")

    def is_valid(self):
        valid = super().is_valid()
        for name in self.CHOICES:
            if name in self.data and not self.data[name]:
                self.form.add_error(name, _("Give a value, or leave the parameter out for any."))
                valid = False
        return valid


class BoundingBoxField(forms.CharField):
    """`west,south,east,north` in degrees (WGS 84), as the map sends its view."""

    default_error_messages = {
        "invalid": _(
            "Give four numbers: west,south,east,north in degrees, west of east and south of north."
        ),
    }

    def to_python(self, value):
        value = super().to_python(value)
        if not value:
            return None
        try:
            west, south, east, north = (float(part) for part in value.split(","))
        except ValueError:
            raise forms.ValidationError(self.error_messages["invalid"], code="invalid") from None
        inside = -180 <= west < east <= 180 and -90 <= south < north <= 90
        if not inside:
            raise forms.ValidationError(self.error_messages["invalid"], code="invalid")
        return BoundingBox(west, south, east, north)


@extend_schema_field(OpenApiTypes.STR)
class BoundingBoxFilter(django_filters.Filter):
    field_class = BoundingBoxField


class CommunityMapFilter(CommunityAPIFilter):
    """The GeoJSON API's filters: the list's, plus the part of the map in view (`bbox`) and the
    map's zoom level (`zoom`), which sets the size of the clusters when too many points are in
    view to send one by one."""

    CHOICES = (*CommunityAPIFilter.CHOICES, "bbox", "zoom")

    bbox = BoundingBoxFilter(
        label=_("The part of the map in view: west,south,east,north in degrees"),
        method="read_by_the_view",
    )
    zoom = django_filters.NumberFilter(
        label=_("The map's zoom level, which sets the size of the clusters"),
        method="read_by_the_view",
        min_value=0,
        max_value=MAX_MAP_ZOOM,
        decimal_places=0,
    )

    def read_by_the_view(self, queryset, name, value):
        """The view keeps what is in the box (one by one, or counted by the cells of a grid
        sized by the zoom)."""
        return queryset
