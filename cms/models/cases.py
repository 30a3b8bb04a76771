"""Cases of successful communities and the golden rules drawn from them."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel, PageChooserPanel
from wagtail.api import APIField
from wagtail.fields import RichTextField
from wagtail.images.api.fields import ImageRenditionField
from wagtail.models import Orderable, TranslatableMixin
from wagtail.search import index

from cms.api_fields import PageLinkSerializer, ReferenceSerializer

from .base import BasePage, BodyPage

TEXT_FEATURES = ["bold", "italic", "link", "ul", "ol"]


class CasePage(BodyPage):
    """A community's story: the problem, what was done, results in numbers and lessons."""

    community_name = models.CharField(_("community"), max_length=300)
    community = models.ForeignKey(
        "registry.Community",
        verbose_name=_("community in the registry"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="cases",
    )
    municipality = models.ForeignKey(
        "registry.Municipality",
        verbose_name=_("municipality"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="cases",
    )
    sphere = models.ForeignKey(
        "registry.Sphere",
        verbose_name=_("sphere"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="cases",
    )
    problem = RichTextField(_("problem"), blank=True, features=TEXT_FEATURES)
    actions = RichTextField(_("what was done"), blank=True, features=TEXT_FEATURES)
    lessons = RichTextField(_("lessons"), blank=True, features=TEXT_FEATURES)

    parent_page_types = ["cms.SectionPage"]
    subpage_types = []
    content_panels = BasePage.content_panels + [
        MultiFieldPanel(
            [
                FieldPanel("community_name"),
                FieldPanel("community"),
                FieldPanel("municipality"),
                FieldPanel("sphere"),
            ],
            heading=_("The community"),
        ),
        FieldPanel("problem"),
        FieldPanel("actions"),
        InlinePanel("results", label=_("result"), heading=_("Results in numbers")),
        FieldPanel("lessons"),
        InlinePanel("photos", label=_("photo"), heading=_("Photos")),
        FieldPanel("body"),
    ]
    search_fields = BodyPage.search_fields + [
        index.SearchField("community_name"),
        index.SearchField("problem"),
        index.SearchField("actions"),
        index.SearchField("lessons"),
        index.FilterField("community"),
        index.FilterField("municipality"),
        index.FilterField("sphere"),
    ]
    api_fields = BodyPage.api_fields + [
        APIField("community_name"),
        APIField("community"),
        APIField("municipality", serializer=ReferenceSerializer()),
        APIField("sphere", serializer=ReferenceSerializer()),
        APIField("problem"),
        APIField("actions"),
        APIField("results"),
        APIField("lessons"),
        APIField("photos"),
        APIField("golden_rules", serializer=PageLinkSerializer(many=True)),
    ]

    class Meta:
        verbose_name = _("case")
        verbose_name_plural = _("cases")

    @property
    def golden_rules(self):
        """The live golden rules this case supports, in this case's language.

        Translated rules keep pointing at the source-language case (wagtail-localize copies
        page links as they are), so cases are matched by translation key, not by id.
        """
        return (
            GoldenRulePage.objects.live()
            .public()
            .filter(locale_id=self.locale_id)
            .filter(supporting_cases__case__translation_key=self.translation_key)
            .select_related("theme")
            .distinct()
        )


class CaseResult(TranslatableMixin, Orderable):
    """One result in numbers, e.g. "120 | residents | came to the first fair".

    Translatable (as the photos below), so wagtail-localize offers its label for translation
    with the page instead of copying the source language's row as it is.
    """

    page = ParentalKey(CasePage, on_delete=models.CASCADE, related_name="results")
    value = models.CharField(_("value"), max_length=50)
    label = models.CharField(_("what it counts"), max_length=200)

    panels = [FieldPanel("value"), FieldPanel("label")]
    api_fields = [APIField("value"), APIField("label")]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("result")


class CasePhoto(TranslatableMixin, Orderable):
    page = ParentalKey(CasePage, on_delete=models.CASCADE, related_name="photos")
    image = models.ForeignKey(
        "wagtailimages.Image", verbose_name=_("image"), on_delete=models.CASCADE, related_name="+"
    )
    alt_text = models.CharField(
        _("alt text"),
        max_length=300,
        blank=True,
        help_text=_("What the photo shows, for those who cannot see it. Empty: the image's own."),
    )
    caption = models.CharField(_("caption"), max_length=300, blank=True)
    credit = models.CharField(_("credit"), max_length=200, blank=True)

    panels = [
        FieldPanel("image"),
        FieldPanel("alt_text"),
        FieldPanel("caption"),
        FieldPanel("credit"),
    ]
    api_fields = [
        APIField("image", serializer=ImageRenditionField("width-1200")),
        APIField("alt_text"),
        APIField("caption"),
        APIField("credit"),
    ]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("photo")

    @property
    def alt(self) -> str:
        """The alt text on the page: its own (translated with the page), else the image's."""
        return self.alt_text or self.image.default_alt_text


class RulebookPage(BasePage):
    """The aggregated rulebook: every live golden rule, grouped by theme."""

    parent_page_types = ["cms.HomePage"]
    subpage_types = ["cms.GoldenRulePage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("rulebook")

    def get_context(self, request, *args, **kwargs):
        from cms.selectors import golden_rules_by_theme

        context = super().get_context(request, *args, **kwargs)
        context["themes"] = golden_rules_by_theme(locale=self.locale)
        return context


class GoldenRulePage(BasePage):
    """A golden rule of creating and growing a community, backed by the cases it comes from.

    A page, so it is approved through the same workflow, translated with wagtail-localize,
    searchable, has its own address and is served by the API like every other material.
    """

    statement = models.CharField(_("statement"), max_length=300)
    explanation = RichTextField(_("explanation"), blank=True, features=TEXT_FEATURES)
    theme = models.ForeignKey(
        "cms.Theme",
        verbose_name=_("theme"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="golden_rules",
    )

    parent_page_types = ["cms.RulebookPage"]
    subpage_types = []
    content_panels = BasePage.content_panels + [
        FieldPanel("statement"),
        FieldPanel("theme"),
        FieldPanel("explanation"),
        InlinePanel(
            "supporting_cases", label=_("case"), heading=_("Cases that support it"), min_num=1
        ),
    ]
    search_fields = BasePage.search_fields + [
        index.SearchField("statement"),
        index.SearchField("explanation"),
        index.FilterField("theme"),
    ]
    api_fields = BasePage.api_fields + [
        APIField("statement"),
        APIField("explanation"),
        APIField("theme", serializer=ReferenceSerializer()),
        APIField("supporting_cases"),
    ]

    class Meta:
        verbose_name = _("golden rule")
        verbose_name_plural = _("golden rules")


class GoldenRuleCase(Orderable):
    rule = ParentalKey(GoldenRulePage, on_delete=models.CASCADE, related_name="supporting_cases")
    case = models.ForeignKey(
        CasePage, verbose_name=_("case"), on_delete=models.CASCADE, related_name="+"
    )

    panels = [PageChooserPanel("case")]
    api_fields = [APIField("case", serializer=PageLinkSerializer())]

    class Meta(Orderable.Meta):
        verbose_name = _("supporting case")
