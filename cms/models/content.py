"""Materials: theory and method articles, the conference, lectures and master classes."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.documents import get_document_model_string
from wagtail.fields import RichTextField
from wagtail.models import Orderable, TranslatableMixin
from wagtail.search import index

from cms.api_fields import DocumentLinkSerializer, ExpertSerializer, ReferenceSerializer

from .base import BodyPage
from .events import EventKind


class ArticleKind(models.TextChoices):
    THEORY = "theory", _("Theory")
    METHOD = "method", _("Method")


class ArticlePage(BodyPage):
    kind = models.CharField(_("kind"), max_length=20, choices=ArticleKind.choices, default="theory")
    date = models.DateField(_("date"), null=True, blank=True)
    authors = ParentalManyToManyField("cms.Expert", verbose_name=_("authors"), blank=True)
    themes = ParentalManyToManyField("cms.Theme", verbose_name=_("themes"), blank=True)

    parent_page_types = ["cms.HomePage", "cms.SectionPage"]
    subpage_types = []
    content_panels = (
        BodyPage.content_panels[:2]
        + [
            MultiFieldPanel(
                [
                    FieldPanel("kind"),
                    FieldPanel("date"),
                    FieldPanel("authors"),
                    FieldPanel("themes"),
                ],
                heading=_("About the text"),
            ),
        ]
        + BodyPage.content_panels[2:]
    )
    search_fields = BodyPage.search_fields + [index.FilterField("kind")]
    api_fields = BodyPage.api_fields + [
        APIField("kind"),
        APIField("date"),
        APIField("authors", serializer=ExpertSerializer(many=True)),
        APIField("themes", serializer=ReferenceSerializer(many=True)),
    ]

    class Meta:
        verbose_name = _("article")
        verbose_name_plural = _("articles")


class ConferencePage(BodyPage):
    """The interregional conference and its materials."""

    start_date = models.DateField(_("start date"))
    end_date = models.DateField(_("end date"), null=True, blank=True)
    place = models.CharField(_("place"), max_length=300, blank=True)
    event = models.ForeignKey(
        "cms.EventPage",
        verbose_name=_("conference event"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="conference_pages",
        help_text=_("The conference in the events section; its page links to these materials."),
    )

    parent_page_types = ["cms.SectionPage"]
    subpage_types = ["cms.LecturePage"]
    content_panels = BodyPage.content_panels + [
        MultiFieldPanel(
            [
                FieldPanel("start_date"),
                FieldPanel("end_date"),
                FieldPanel("place"),
                FieldPanel("event"),
            ],
            heading=_("When and where"),
        ),
        InlinePanel("materials", label=_("materials"), heading=_("Materials")),
    ]
    api_fields = BodyPage.api_fields + [
        APIField("start_date"),
        APIField("end_date"),
        APIField("place"),
        APIField("event"),
        APIField("materials"),
    ]

    class Meta:
        verbose_name = _("conference")
        verbose_name_plural = _("conferences")

    def clean(self):
        super().clean()
        if self.event and self.event.kind != EventKind.CONFERENCE:
            raise ValidationError({"event": _("Choose an event of the kind “conference”.")})


class MaterialKind(models.TextChoices):
    TALK = "talk", _("Talk")
    SLIDES = "slides", _("Slides")
    VIDEO = "video", _("Video")
    TEXT = "text", _("Text")


class ConferenceMaterial(TranslatableMixin, Orderable):
    """A talk, slides, video or text of the conference; translated with its page."""

    page = ParentalKey(ConferencePage, on_delete=models.CASCADE, related_name="materials")
    kind = models.CharField(_("kind"), max_length=20, choices=MaterialKind.choices, default="talk")
    title = models.CharField(_("title"), max_length=300)
    speaker = models.ForeignKey(
        "cms.Expert",
        verbose_name=_("speaker"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    slides = models.ForeignKey(
        get_document_model_string(),
        verbose_name=_("slides"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    video_url = models.URLField(_("video address"), blank=True)
    text = RichTextField(_("text"), blank=True)

    panels = [
        FieldPanel("kind"),
        FieldPanel("title"),
        FieldPanel("speaker"),
        FieldPanel("slides"),
        FieldPanel("video_url"),
        FieldPanel("text"),
    ]
    api_fields = [
        APIField("kind"),
        APIField("title"),
        APIField("speaker", serializer=ExpertSerializer()),
        APIField("slides", serializer=DocumentLinkSerializer()),
        APIField("video_url"),
        APIField("text"),
    ]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("conference material")
        verbose_name_plural = _("conference materials")

    def __str__(self):
        return self.title


class LectureKind(models.TextChoices):
    LECTURE = "lecture", _("Lecture")
    MASTER_CLASS = "master_class", _("Master class")
    SEMINAR = "seminar", _("Seminar")
    CONSULTATION = "consultation", _("Consultation")


class LecturePage(BodyPage):
    """A lecture, master class, seminar or consultation of a training module."""

    kind = models.CharField(
        _("kind"), max_length=20, choices=LectureKind.choices, default="lecture"
    )
    lecturers = ParentalManyToManyField("cms.Expert", verbose_name=_("lecturers"), blank=True)
    event = models.ForeignKey(
        "cms.EventPage",
        verbose_name=_("training module or event"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="materials",
    )
    date = models.DateField(_("date"), null=True, blank=True)
    place = models.CharField(_("place"), max_length=300, blank=True)
    video_url = models.URLField(_("video address"), blank=True)
    slides = models.ForeignKey(
        get_document_model_string(),
        verbose_name=_("slides"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    summary = RichTextField(
        _("summary"), blank=True, features=["bold", "italic", "link", "ul", "ol"]
    )

    parent_page_types = ["cms.SectionPage", "cms.ConferencePage"]
    subpage_types = []
    content_panels = (
        BodyPage.content_panels[:2]
        + [
            MultiFieldPanel(
                [
                    FieldPanel("kind"),
                    FieldPanel("lecturers"),
                    FieldPanel("event"),
                    FieldPanel("date"),
                    FieldPanel("place"),
                ],
                heading=_("About the session"),
            ),
            MultiFieldPanel(
                [FieldPanel("video_url"), FieldPanel("slides")], heading=_("Recording and slides")
            ),
            FieldPanel("summary"),
        ]
        + BodyPage.content_panels[2:]
    )
    search_fields = BodyPage.search_fields + [
        index.SearchField("summary"),
        index.FilterField("kind"),
    ]
    api_fields = BodyPage.api_fields + [
        APIField("kind"),
        APIField("lecturers", serializer=ExpertSerializer(many=True)),
        APIField("event"),
        APIField("date"),
        APIField("place"),
        APIField("video_url"),
        APIField("slides"),
        APIField("summary"),
    ]

    class Meta:
        verbose_name = _("lecture or master class")
        verbose_name_plural = _("lectures and master classes")
