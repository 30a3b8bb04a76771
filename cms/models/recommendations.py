"""The round table's recommendations: an approved document that goes through the workflow."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.admin.panels import FieldPanel
from wagtail.api import APIField
from wagtail.fields import StreamField
from wagtail.search import index

from .base import BasePage
from .events import EventKind


class RecommendationBlock(blocks.StructBlock):
    addressee = blocks.CharBlock(
        label=_("addressee"),
        max_length=300,
        help_text=_("Whom the recommendation is for, e.g. the municipal administrations."),
    )
    text = blocks.RichTextBlock(label=_("recommendation"), features=["bold", "italic", "link"])

    class Meta:
        icon = "list-ol"
        template = "blocks/recommendation_block.html"
        label = _("Recommendation")
        description = _("One numbered recommendation and whom it is addressed to.")
        preview_value = {
            "addressee": "Администрациям муниципальных образований",
            "text": "<p>Принять муниципальные программы поддержки сообществ.</p>",
        }


class RecommendationsPage(BasePage):
    """Recommendations adopted by a round table, numbered, each with its addressee."""

    adopted_on = models.DateField(_("adopted on"))
    event = models.ForeignKey(
        "cms.EventPage",
        verbose_name=_("round table"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="recommendations",
        help_text=_("The round-table event that adopted the recommendations."),
    )
    recommendations = StreamField(
        [("recommendation", RecommendationBlock())],
        verbose_name=_("recommendations"),
    )

    parent_page_types = ["cms.SectionPage"]
    subpage_types = []
    content_panels = BasePage.content_panels + [
        FieldPanel("adopted_on"),
        FieldPanel("event"),
        FieldPanel("recommendations"),
    ]
    search_fields = BasePage.search_fields + [index.SearchField("recommendations")]
    api_fields = BasePage.api_fields + [
        APIField("adopted_on"),
        APIField("event"),
        APIField("recommendations"),
    ]

    class Meta:
        verbose_name = _("round-table recommendations")
        verbose_name_plural = _("round-table recommendations")

    def clean(self):
        super().clean()
        if self.event and self.event.kind != EventKind.ROUND_TABLE:
            raise ValidationError({"event": _("Choose an event of the kind “round table”.")})
