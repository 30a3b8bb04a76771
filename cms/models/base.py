"""The page every content type builds on, the home page and section indexes."""

from django.core.paginator import Paginator
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.api import APIField
from wagtail.fields import StreamField
from wagtail.images.api.fields import ImageRenditionField
from wagtail.models import Page, PageViewRestriction
from wagtail.search import index

from cms.blocks import BaseStreamBlock

SECTION_PAGE_SIZE = 12


class BasePage(Page):
    """Shared fields: a lead paragraph and an optional listing image with alt text."""

    intro = models.TextField(
        _("lead"), blank=True, help_text=_("One or two sentences shown in lists and search.")
    )
    listing_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("listing image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("listing_image")]
    search_fields = Page.search_fields + [index.SearchField("intro")]
    api_fields = [
        APIField("intro"),
        APIField("listing_image", serializer=ImageRenditionField("fill-640x400")),
    ]

    class Meta:
        abstract = True

    def get_view_restrictions(self):
        """None to check when cms.routing found that none applies under the content version."""
        if getattr(self, "no_view_restrictions", False):
            return PageViewRestriction.objects.none()
        return super().get_view_restrictions()


class BodyPage(BasePage):
    """A page with a StreamField body from the shared block vocabulary."""

    body = StreamField(BaseStreamBlock(), verbose_name=_("body"), blank=True)

    content_panels = BasePage.content_panels + [FieldPanel("body")]
    search_fields = BasePage.search_fields + [index.SearchField("body")]
    api_fields = BasePage.api_fields + [APIField("body")]

    class Meta:
        abstract = True


class HomePage(BodyPage):
    """The programme's front page: what it is, the latest cases and golden rules."""

    max_count_per_parent = 1
    parent_page_types = ["wagtailcore.Page"]
    subpage_types = ["cms.SectionPage", "cms.RulebookPage", "cms.ArticlePage"]

    class Meta:
        verbose_name = _("home page")


class SectionPage(BasePage):
    """An index of a section (materials, cases, events); lists its live children."""

    parent_page_types = ["cms.HomePage", "cms.SectionPage"]
    subpage_types = [
        "cms.SectionPage",
        "cms.ArticlePage",
        "cms.ConferencePage",
        "cms.LecturePage",
        "cms.CasePage",
        "cms.EventPage",
        "cms.RecommendationsPage",
    ]

    class Meta:
        verbose_name = _("section")

    def holds_events(self) -> bool:
        """A section with events in it lists them as a calendar rather than latest first."""
        from cms.models import EventPage

        return EventPage.objects.child_of(self).exists()

    def get_context(self, request, *args, **kwargs):
        from cms.selectors import events_calendar

        context = super().get_context(request, *args, **kwargs)
        if self.holds_events():
            context["calendar"] = events_calendar(section=self, params=request.GET)
            return context
        children = self.get_children().live().public().specific().order_by("-first_published_at")
        paginator = Paginator(children, SECTION_PAGE_SIZE)
        context["children"] = paginator.get_page(request.GET.get("page"))
        return context
