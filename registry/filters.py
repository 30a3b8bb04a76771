"""The filters of the public registry: the list page, the map and the API share them."""

import django_filters
from django.utils.translation import gettext_lazy as _

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
