"""Wagtail admin for the registry: one "Registry" menu with a viewset per record type.

Records that belong to a municipality are narrowed to the user's scope (registry.access)
everywhere: in the list and its export, in every URL that names a record (edit, inspect,
delete, history, usage, revisions: out-of-scope records are a 404), in the person chooser,
and in the municipality choices of the forms.
"""

import functools

from django.contrib.admin.utils import unquote
from django.core.exceptions import PermissionDenied
from django.db.models import Q
from django.urls import URLPattern
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import (
    FieldPanel,
    InlinePanel,
    MultiFieldPanel,
    ObjectList,
    TabbedInterface,
)
from wagtail.admin.ui.tables import Column
from wagtail.snippets.views.chooser import ChooseResultsView, ChooseView, SnippetChooserViewSet
from wagtail.snippets.views.snippets import SnippetViewSet

from core.admin_columns import yes_no_column
from registry.access import queryset_for_user, user_municipality_ids
from registry.admin_forms import CommunityAdminForm, MunicipalityScopedForm
from registry.admin_inspect import CommunityInspectView, ReadableInspectView
from registry.models import (
    Community,
    CommunityStatus,
    CuratorAssignment,
    IdentifiedLeader,
    Municipality,
    Person,
    Region,
    Sphere,
    TeamMember,
)
from registry.selectors import leadership_label, people_with_leadership_rank


class ScopedChooserMixin:
    """Chooser lists narrowed to the user's municipalities, plus what is public anyway."""

    public = Q(pk__in=[])

    def get_object_list(self):
        objects = super().get_object_list()
        ids = user_municipality_ids(self.request.user)
        if ids is None:
            return objects
        return objects.filter(self.public | Q(municipality__in=ids))


class ScopedChooseView(ScopedChooserMixin, ChooseView):
    pass


class ScopedChooseResultsView(ScopedChooserMixin, ChooseResultsView):
    pass


class ScopedChooserViewSet(SnippetChooserViewSet):
    choose_view_class = ScopedChooseView
    choose_results_view_class = ScopedChooseResultsView


class PublishedCommunityChooserMixin(ScopedChooserMixin):
    # Editors writing a case pick its community: published ones are public anyway.
    public = Q(status=CommunityStatus.PUBLISHED)


class CommunityChooseView(PublishedCommunityChooserMixin, ChooseView):
    pass


class CommunityChooseResultsView(PublishedCommunityChooserMixin, ChooseResultsView):
    pass


class CommunityChooserViewSet(SnippetChooserViewSet):
    choose_view_class = CommunityChooseView
    choose_results_view_class = CommunityChooseResultsView


class MunicipalityScopedViewSet(SnippetViewSet):
    """A snippet viewset whose records each belong to a municipality."""

    scope_lookup = "municipality"
    chooser_viewset_class = ScopedChooserViewSet
    inspect_view_enabled = True
    inspect_view_class = ReadableInspectView
    copy_view_enabled = False

    def get_queryset(self, request):
        queryset = self.model._default_manager.select_related("municipality")
        return queryset_for_user(queryset, user=request.user, lookup=self.scope_lookup)

    def get_urlpatterns(self):
        return [self._guard(pattern) for pattern in super().get_urlpatterns()]

    def _guard(self, pattern: URLPattern) -> URLPattern:
        view = pattern.callback

        @functools.wraps(view)
        def guarded(request, *args, **kwargs):
            if "pk" in kwargs:
                visible = self.get_queryset(request).filter(pk=unquote(str(kwargs["pk"])))
                if not visible.exists():
                    raise PermissionDenied
            return view(request, *args, **kwargs)

        return URLPattern(pattern.pattern, guarded, pattern.default_args, pattern.name)


class CommunityViewSet(MunicipalityScopedViewSet):
    model = Community
    chooser_viewset_class = CommunityChooserViewSet
    inspect_view_class = CommunityInspectView
    icon = "group"
    menu_order = 100
    list_display = [
        "name",
        "municipality",
        Column("status", label=_("status"), accessor="get_status_display"),
        Column(
            "verification_level",
            label=_("verification level"),
            accessor="get_verification_level_display",
        ),
        "updated_at",
    ]
    list_filter = ["municipality", "status", "form", "verification_level", "spheres"]
    list_export = [
        "name",
        "municipality.oktmo",
        "municipality",
        "form",
        "status",
        "verification_level",
        "founding_year",
        "members_reported",
        "address",
        "latitude",
        "longitude",
        "public_email",
        "public_phone",
        "vk_url",
        "telegram_url",
        "ok_url",
        "website_url",
        "description",
    ]
    export_filename = "communities"
    inspect_view_fields_exclude = ["id", "latest_revision", "map_feature"]

    edit_handler = TabbedInterface(
        [
            ObjectList(
                [
                    FieldPanel("name"),
                    FieldPanel("slug"),
                    FieldPanel("municipality"),
                    FieldPanel("spheres"),
                    FieldPanel("form"),
                    FieldPanel("description"),
                    FieldPanel("founding_year"),
                    FieldPanel("members_reported"),
                    FieldPanel("status"),
                ],
                heading=_("Community"),
            ),
            ObjectList(
                [
                    MultiFieldPanel(
                        [FieldPanel("address"), FieldPanel("latitude"), FieldPanel("longitude")],
                        heading=_("Where it meets"),
                    ),
                    MultiFieldPanel(
                        [
                            FieldPanel("public_email"),
                            FieldPanel("public_phone"),
                            FieldPanel("show_contacts"),
                        ],
                        heading=_("Public contacts"),
                    ),
                    MultiFieldPanel(
                        [
                            FieldPanel("vk_url"),
                            FieldPanel("telegram_url"),
                            FieldPanel("ok_url"),
                            FieldPanel("website_url"),
                        ],
                        heading=_("Links"),
                    ),
                ],
                heading=_("Place and contacts"),
            ),
            ObjectList(
                [
                    InlinePanel(
                        "activities",
                        heading=_("Activities"),
                        label=_("activity"),
                        panels=[
                            FieldPanel("title"),
                            FieldPanel("date"),
                            FieldPanel("participants"),
                            FieldPanel("link"),
                            FieldPanel("photo"),
                        ],
                    ),
                    InlinePanel(
                        "fair_presences",
                        heading=_("Presence at community fairs"),
                        label=_("fair"),
                        panels=[FieldPanel("fair"), FieldPanel("date"), FieldPanel("note")],
                    ),
                    InlinePanel(
                        "curator_confirmations",
                        heading=_("Curator's confirmations"),
                        label=_("confirmation"),
                        panels=[FieldPanel("confirmed_on"), FieldPanel("note")],
                    ),
                ],
                heading=_("Evidence"),
            ),
            ObjectList(
                [
                    InlinePanel(
                        "leaderships",
                        heading=_("Leaders"),
                        label=_("leader"),
                        panels=[FieldPanel("person"), FieldPanel("role"), FieldPanel("since")],
                    ),
                    InlinePanel(
                        "snapshots",
                        heading=_("Monitoring snapshots"),
                        label=_("snapshot"),
                        panels=[
                            FieldPanel("date"),
                            FieldPanel("members"),
                            FieldPanel("activities_in_period"),
                        ],
                    ),
                    InlinePanel(
                        "photos",
                        heading=_("Photos"),
                        label=_("photo"),
                        panels=[FieldPanel("image"), FieldPanel("caption")],
                    ),
                ],
                heading=_("Leaders and growth"),
            ),
            ObjectList(
                [
                    FieldPanel("submitter_name"),
                    FieldPanel("submitter_email"),
                    FieldPanel("rejection_reason"),
                ],
                heading=_("Moderation"),
            ),
        ],
        base_form_class=CommunityAdminForm,
    )


class PersonViewSet(MunicipalityScopedViewSet):
    model = Person
    icon = "user"
    menu_order = 200
    list_display = [
        "full_name",
        "municipality",
        Column(
            "leadership",
            label=_("as a leader"),
            accessor=lambda person: leadership_label(person.leadership_rank),
        ),
        "updated_at",
    ]
    list_filter = ["municipality", "public_name_consent", "contacts_sharing_consent"]

    def get_queryset(self, request):
        return people_with_leadership_rank(super().get_queryset(request))

    list_export = [
        "full_name",
        "municipality.oktmo",
        "municipality",
        "phone",
        "email",
        "address",
        "birth_year",
        "public_name_consent",
        "public_name_consent_date",
        "contacts_sharing_consent",
        "contacts_sharing_consent_date",
        "consent_notes",
    ]
    export_filename = "people"
    edit_handler = ObjectList(
        [
            FieldPanel("full_name"),
            FieldPanel("municipality"),
            MultiFieldPanel(
                [
                    FieldPanel("phone"),
                    FieldPanel("email"),
                    FieldPanel("address"),
                    FieldPanel("birth_year"),
                ],
                heading=_("Personal data"),
            ),
            MultiFieldPanel(
                [
                    FieldPanel("public_name_consent"),
                    FieldPanel("public_name_consent_date"),
                    FieldPanel("contacts_sharing_consent"),
                    FieldPanel("contacts_sharing_consent_date"),
                    FieldPanel("consent_notes"),
                ],
                heading=_("Consent"),
            ),
        ],
        base_form_class=MunicipalityScopedForm,
    )


class TeamMemberViewSet(MunicipalityScopedViewSet):
    model = TeamMember
    icon = "clipboard-list"
    menu_order = 300
    list_display = ["person", "municipality", "role"]
    list_filter = ["municipality", "role"]
    list_export = ["municipality", "role", "person"]
    export_filename = "teams"
    edit_handler = ObjectList(
        [FieldPanel("municipality"), FieldPanel("role"), FieldPanel("person")],
        base_form_class=MunicipalityScopedForm,
    )


class IdentifiedLeaderViewSet(MunicipalityScopedViewSet):
    model = IdentifiedLeader
    icon = "pick"
    menu_order = 400
    list_display = ["person", "municipality", "identified_on"]
    list_filter = ["municipality"]
    list_export = ["municipality", "person", "identified_on", "note"]
    export_filename = "identified-leaders"
    edit_handler = ObjectList(
        [
            FieldPanel("municipality"),
            FieldPanel("person"),
            FieldPanel("identified_on"),
            FieldPanel("note"),
        ],
        base_form_class=MunicipalityScopedForm,
    )


class MunicipalityViewSet(SnippetViewSet):
    model = Municipality
    icon = "site"
    menu_order = 500
    inspect_view_enabled = True
    inspect_view_class = ReadableInspectView
    inspect_view_fields_exclude = ["id", "outline"]
    list_display = [
        "name",
        "region",
        "kind",
        "oktmo",
        "zone",
        yes_no_column(Municipality, "participating"),
    ]
    list_filter = ["region", "kind", "zone", "participating", "selection_year"]
    panels = [
        FieldPanel("region"),
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldPanel("kind"),
        FieldPanel("oktmo"),
        MultiFieldPanel(
            [
                FieldPanel("centre"),
                FieldPanel("latitude"),
                FieldPanel("longitude"),
                FieldPanel("coordinates_derived"),
            ],
            heading=_("Administrative centre"),
        ),
        MultiFieldPanel(
            [FieldPanel("participating"), FieldPanel("selection_year"), FieldPanel("zone")],
            heading=_("Participation in the programme"),
        ),
    ]


class RegionViewSet(SnippetViewSet):
    model = Region
    icon = "globe"
    menu_order = 600
    list_display = ["name", "federal_district", yes_no_column(Region, "is_home")]
    panels = [FieldPanel("name"), FieldPanel("federal_district"), FieldPanel("is_home")]


class SphereViewSet(SnippetViewSet):
    model = Sphere
    icon = "tag"
    menu_order = 700
    list_display = ["name", "slug", "sort_order"]
    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("sort_order")]


class CuratorAssignmentViewSet(SnippetViewSet):
    model = CuratorAssignment
    icon = "key"
    menu_order = 800
    list_display = ["user", "municipality"]
    list_filter = ["municipality"]
    panels = [FieldPanel("user"), FieldPanel("municipality")]
