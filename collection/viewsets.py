"""The "Collection" section of the admin: editions with their parts and entries, builds."""

from django.contrib import messages
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.menus import MenuItem
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.generic import EditView, IndexView
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets.button import Button

from . import admin_views
from .models import Edition
from .services import edition_unfreeze_if_unpinned

BUILDS_LABEL = _("Preflight and builds")


class EditionIndexView(IndexView):
    def get_list_more_buttons(self, instance):
        buttons = super().get_list_more_buttons(instance)
        url = reverse("collection_edition:builds", args=[instance.pk])
        buttons.append(MenuItem(BUILDS_LABEL, url=url, icon_name="cogs", priority=15))
        return buttons


class EditionEditView(EditView):
    def save_instance(self):
        edition = super().save_instance()
        if edition_unfreeze_if_unpinned(edition=edition):
            messages.warning(
                self.request,
                _(
                    "An entry is not pinned yet, so the edition is no longer frozen: "
                    "freeze it again."
                ),
            )
        return edition

    @property
    def header_more_buttons(self):
        url = reverse("collection_edition:builds", args=[self.object.pk])
        return [
            *super().header_more_buttons,
            Button(BUILDS_LABEL, url=url, icon_name="cogs", priority=5),
        ]


class EditionViewSet(ModelViewSet):
    model = Edition
    icon = "doc-full-inverse"
    menu_label = _("Print collection")
    menu_order = 400
    add_to_admin_menu = True
    name = "collection_edition"
    index_view_class = EditionIndexView
    edit_view_class = EditionEditView
    list_display = ["title", "year", "status", Column("updated_at", label=_("updated"))]
    list_filter = ["status", "year"]
    search_fields = ["title", "subtitle", "isbn"]
    copy_view_enabled = False

    def get_urlpatterns(self):
        return super().get_urlpatterns() + [
            path("builds/<id:pk>/", admin_views.EditionBuildsView.as_view(), name="builds"),
            path(
                "builds/<id:pk>/preview/<id:entry_pk>/",
                admin_views.entry_preview,
                name="preview",
            ),
            path(
                "builds/<id:pk>/compare/<id:entry_pk>/",
                admin_views.EntryCompareView.as_view(),
                name="compare",
            ),
            path(
                "builds/<id:pk>/download/<id:build_pk>/",
                admin_views.build_download,
                name="download",
            ),
            path(
                "builds/<id:pk>/prepress/<id:build_pk>/",
                admin_views.PrepressReportView.as_view(),
                name="prepress",
            ),
            path(
                "builds/<id:pk>/prepress/<id:build_pk>/pdf/",
                admin_views.prepress_report_pdf,
                name="prepress_pdf",
            ),
        ]
