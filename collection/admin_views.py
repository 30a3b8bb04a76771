"""Admin views of an edition's preflight, builds and pinning."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import BaseObjectMixin, WagtailAdminTemplateMixin
from wagtail.admin.views.generic.models import RevisionsCompareView
from wagtail.admin.views.generic.permissions import PermissionCheckedMixin
from wagtail.models import Page
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permission_policies.pages import PagePermissionPolicy
from weasyprint import HTML

from cms.private_files import private_file_response

from .assembly import entry_assemble
from .builds import build_request, build_retry, builds_fail_dead
from .fonts import font_faces_css
from .models import ACTIVE_BUILD_STATUSES, Build, BuildKind, BuildStatus, Edition, Entry
from .preflight import edition_preflight
from .prepress import build_prepress_report
from .renderers import renderer_for
from .renderers.pdf import LocalURLFetcher
from .selectors import changed_entry_ids
from .services import edition_freeze, edition_publish, entry_pin

edition_permission_policy = ModelPermissionPolicy(Edition)
page_permission_policy = PagePermissionPolicy()
STARTABLE_KINDS = [BuildKind.PRINT_PDF, BuildKind.SCREEN_PDF, BuildKind.EPUB, BuildKind.COVER]


class EditionBuildsView(
    PermissionCheckedMixin, BaseObjectMixin, WagtailAdminTemplateMixin, TemplateView
):
    """Entries and what changed since pinning, preflight on request, builds and their progress."""

    model = Edition
    permission_policy = edition_permission_policy
    permission_required = "change"
    template_name = "collection/admin/edition_builds.html"
    page_title = gettext_lazy("Preflight and builds")
    header_icon = "cogs"

    def get_page_subtitle(self):
        return str(self.object)

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [
            {"url": reverse("collection_edition:index"), "label": _("Print collection")},
            {
                "url": reverse("collection_edition:edit", args=[self.object.pk]),
                "label": str(self.object),
            },
            {"url": "", "label": self.page_title},
        ]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        entries = list(
            Entry.objects.filter(part__edition=self.object)
            .select_related("part", "page")
            .order_by("part__sort_order", "sort_order")
        )
        changed = changed_entry_ids(entries=entries)
        builds_fail_dead(edition=self.object)
        builds = list(self.object.builds.all()[:20])
        context.update(
            edition=self.object,
            # Link a page to its editor only for those who may edit it.
            editable_pages=set(
                page_permission_policy.instances_user_has_permission_for(
                    self.request.user, "change"
                )
                .filter(pk__in=[entry.page_id for entry in entries])
                .values_list("pk", flat=True)
            ),
            entries=[(entry, entry.pk in changed) for entry in entries],
            issues=edition_preflight(edition=self.object)
            if "preflight" in self.request.GET
            else None,
            builds=builds,
            kinds=[(kind, BuildKind(kind).label) for kind in STARTABLE_KINDS],
            active=any(build.status in ACTIVE_BUILD_STATUSES for build in builds),
        )
        return context

    def post(self, request, *args, **kwargs):
        action = request.POST.get("action")
        try:
            if action == "build" and request.POST.get("kind") in STARTABLE_KINDS:
                build_request(edition=self.object, kind=request.POST["kind"])
                messages.success(request, _("The build is queued."))
            elif action == "retry":
                build = get_object_or_404(Build, pk=request.POST.get("build"), edition=self.object)
                build_retry(build=build)
                messages.success(request, _("The build is queued again."))
            elif action == "freeze":
                edition_freeze(edition=self.object)
                messages.success(request, _("Every entry is pinned; the edition is frozen."))
            elif action == "publish":
                edition_publish(edition=self.object)
                messages.success(request, _("The edition is published: its builds are public."))
            elif action == "pin":
                entry = get_object_or_404(
                    Entry, pk=request.POST.get("entry"), part__edition=self.object
                )
                entry_pin(entry=entry)
                messages.success(
                    request, _("“%(page)s” is pinned to its approved revision.") % {"page": entry}
                )
            else:
                messages.error(request, _("Unknown action."))
        except ValidationError as error:
            for message in error.messages:
                messages.error(request, message)
        return redirect("collection_edition:builds", self.object.pk)


def entry_preview(request, pk, entry_pk):
    """One entry as a screen PDF, rendered on the spot, to proofread a chapter."""
    if not edition_permission_policy.user_has_permission(request.user, "change"):
        raise PermissionDenied
    entry = get_object_or_404(
        Entry.objects.select_related("part__edition"), pk=entry_pk, part__edition_id=pk
    )
    result = renderer_for(BuildKind.SCREEN_PDF).render(
        edition=entry.part.edition,
        assembled=entry_assemble(entry=entry),
        progress=lambda *args: None,
    )
    response = HttpResponse(result.content, content_type="application/pdf")
    response["Content-Disposition"] = f'inline; filename="entry-{entry.pk}.pdf"'
    return response


def build_download(request, pk, build_pk):
    """A build's file, for those who may see the edition's builds."""
    if not request.user.has_perm("collection.view_build"):
        raise PermissionDenied
    build = get_object_or_404(Build, pk=build_pk, edition_id=pk, status=BuildStatus.SUCCEEDED)
    if not build.file:
        raise Http404
    return private_file_response(request, build.file, filename=build.filename)


def _print_build(request, pk, build_pk) -> Build:
    if not request.user.has_perm("collection.view_build"):
        raise PermissionDenied
    return get_object_or_404(
        Build.objects.select_related("edition"),
        pk=build_pk,
        edition_id=pk,
        kind=BuildKind.PRINT_PDF,
        status=BuildStatus.SUCCEEDED,
    )


class PrepressReportView(WagtailAdminTemplateMixin, TemplateView):
    """What a prepress operator checks on a print build, as a page and as a PDF to send."""

    template_name = "collection/admin/prepress_report.html"
    page_title = gettext_lazy("Prepress report")
    header_icon = "tasks"

    def setup(self, request, pk, build_pk):
        super().setup(request, pk=pk, build_pk=build_pk)
        self.build = _print_build(request, pk, build_pk)

    def get_page_subtitle(self):
        return str(self.build.edition)

    def get_breadcrumbs_items(self):
        edition = self.build.edition
        return self.breadcrumbs_items + [
            {"url": reverse("collection_edition:index"), "label": _("Print collection")},
            {"url": reverse("collection_edition:builds", args=[edition.pk]), "label": edition},
            {"url": "", "label": self.page_title},
        ]

    def get_context_data(self, **kwargs):
        return super().get_context_data(**kwargs) | report_context(self.build)


def report_context(build: Build) -> dict:
    return {"build": build, "edition": build.edition, "report": build_prepress_report(build)}


def prepress_report_pdf(request, pk, build_pk):
    """The prepress report as a PDF the editor sends with the print files."""
    build = _print_build(request, pk, build_pk)
    html = render_to_string(
        "collection/admin/prepress_report_pdf.html",
        {**report_context(build), "font_faces": font_faces_css()},
        request=request,
    )
    content = HTML(string=html, url_fetcher=LocalURLFetcher()).write_pdf()
    response = HttpResponse(content, content_type="application/pdf")
    name = build.filename.removesuffix(".pdf")
    response["Content-Disposition"] = f'attachment; filename="{name}-prepress.pdf"'
    return response


class EntryCompareView(RevisionsCompareView):
    """What changed in an entry's page since it was pinned: Wagtail's revision comparison,
    open to the edition's editors, who may not edit (or otherwise see the history of) pages."""

    model = Page
    header_icon = "doc-empty-inverse"

    def setup(self, request, pk, entry_pk):
        self.entry = get_object_or_404(
            Entry.objects.select_related("page"), pk=entry_pk, part__edition_id=pk
        )
        if self.entry.page is None or self.entry.revision_id is None:
            raise Http404
        super().setup(request, self.entry.page_id, self.entry.revision_id, "live")

    def dispatch(self, request, *args, **kwargs):
        if not edition_permission_policy.user_has_permission(request.user, "change"):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_object(self, queryset=None):
        return self.entry.page.specific

    def get_edit_handler(self):
        return self.object.get_edit_handler()

    def get_page_subtitle(self):
        return self.object.get_admin_display_title()
