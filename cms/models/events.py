"""Events of the programme: the conference, seminars, the school, modules, fairs, round table."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.fields import RichTextField
from wagtail.search import index

from cms.api_fields import ReferenceSerializer

from .base import BodyPage


class EventKind(models.TextChoices):
    CONFERENCE = "conference", _("Conference")
    ZONAL_SEMINAR = "zonal_seminar", _("Zonal seminar")
    SCHOOL = "school", _("School of community organisers")
    ZONAL_MODULE = "zonal_module", _("Zonal module")
    FAIR = "fair", _("Community fair")
    ROUND_TABLE = "round_table", _("Round table")


class EventPage(BodyPage):
    kind = models.CharField(_("kind"), max_length=20, choices=EventKind.choices)
    start_date = models.DateField(_("start date"))
    end_date = models.DateField(_("end date"), null=True, blank=True)
    place = models.CharField(_("place"), max_length=300, blank=True)
    municipality = models.ForeignKey(
        "registry.Municipality",
        verbose_name=_("municipality"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="events",
    )
    participants_count = models.PositiveIntegerField(
        _("participants counted"), null=True, blank=True
    )
    report = RichTextField(
        _("report"), blank=True, features=["bold", "italic", "link", "ul", "ol", "h3"]
    )

    parent_page_types = ["cms.SectionPage"]
    subpage_types = []
    content_panels = (
        BodyPage.content_panels[:2]
        + [
            MultiFieldPanel(
                [
                    FieldPanel("kind"),
                    FieldPanel("start_date"),
                    FieldPanel("end_date"),
                    FieldPanel("place"),
                    FieldPanel("municipality"),
                ],
                heading=_("When and where"),
            ),
            FieldPanel("participants_count"),
            FieldPanel("report"),
        ]
        + BodyPage.content_panels[2:]
    )
    search_fields = BodyPage.search_fields + [
        index.SearchField("place"),
        index.SearchField("report"),
        index.FilterField("kind"),
        index.FilterField("start_date"),
    ]
    api_fields = BodyPage.api_fields + [
        APIField("kind"),
        APIField("start_date"),
        APIField("end_date"),
        APIField("place"),
        APIField("municipality", serializer=ReferenceSerializer()),
        APIField("participants_count"),
        APIField("report"),
    ]

    class Meta:
        verbose_name = _("event")
        verbose_name_plural = _("events")

    def is_over(self) -> bool:
        """The event's last day has passed (in the site's time zone)."""
        return (self.end_date or self.start_date) < timezone.localdate()

    def clean(self):
        super().clean()
        if self.end_date and self.start_date and self.end_date < self.start_date:
            raise ValidationError({"end_date": _("The event cannot end before it starts.")})


class FairPresence(models.Model):
    """Evidence for the registry that a community presented at a fair: it lives beside the
    fair's page and points down at the community (the registry counts it as `fair_presences`
    to derive the verification level)."""

    community = ParentalKey(
        "registry.Community",
        verbose_name=_("community"),
        on_delete=models.CASCADE,
        related_name="fair_presences",
    )
    fair = models.ForeignKey(
        EventPage,
        verbose_name=_("fair"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="community_presences",
        limit_choices_to={"kind": "fair"},
    )
    date = models.DateField(_("date"))
    note = models.TextField(_("note"), blank=True)

    class Meta:
        ordering = ["-date"]
        verbose_name = _("presence at a community fair")
        verbose_name_plural = _("presences at community fairs")

    def __str__(self):
        return f"{self.date:%d.%m.%Y} {self.fair or ''}".strip()
