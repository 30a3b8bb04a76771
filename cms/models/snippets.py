"""Snippets shared by pages: the experts who write and teach, and the themes of the method."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.api import APIField
from wagtail.fields import RichTextField
from wagtail.images.api.fields import ImageRenditionField
from wagtail.models import TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField


class ExpertRole(models.TextChoices):
    HEAD = "head", _("Head of the expert-methodological group")
    MEMBER = "member", _("Member of the expert-methodological group")
    EXPERT = "expert", _("Invited expert")
    LECTURER = "lecturer", _("Lecturer")


class Expert(TranslatableMixin, index.Indexed, models.Model):
    """A person who authors materials or teaches; public by design (no private contacts)."""

    name = models.CharField(_("name"), max_length=200)
    photo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("photo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    affiliation = models.CharField(_("affiliation"), max_length=300, blank=True)
    role = models.CharField(
        _("role in the programme"), max_length=20, choices=ExpertRole.choices, default="expert"
    )
    bio = RichTextField(_("biography"), blank=True, features=["bold", "italic", "link"])

    panels = [
        FieldPanel("name"),
        FieldPanel("photo"),
        FieldPanel("affiliation"),
        FieldPanel("role"),
        FieldPanel("bio"),
    ]
    search_fields = [
        index.SearchField("name"),
        index.AutocompleteField("name"),
        index.SearchField("affiliation"),
        index.SearchField("bio"),
        index.FilterField("locale_id"),
    ]
    api_fields = [
        APIField("name"),
        APIField("affiliation"),
        APIField("role"),
        APIField("bio"),
        APIField("photo", serializer=ImageRenditionField("fill-240x240")),
    ]

    class Meta(TranslatableMixin.Meta):
        ordering = ["name"]
        verbose_name = _("expert")
        verbose_name_plural = _("experts")

    def __str__(self):
        return self.name


class Theme(TranslatableMixin, models.Model):
    """A theme of the method (monitoring, leadership, fairs, ...): groups the golden rules."""

    name = models.CharField(_("name"), max_length=150)
    slug = models.SlugField(_("slug"), max_length=100)
    description = models.TextField(_("description"), blank=True)
    sort_order = models.PositiveSmallIntegerField(_("order"), default=0)

    # The slug is an address, not text: translations keep the source's.
    override_translatable_fields = [SynchronizedField("slug", overridable=False)]
    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldPanel("description"),
        FieldPanel("sort_order"),
    ]

    class Meta(TranslatableMixin.Meta):
        ordering = ["sort_order", "name"]
        verbose_name = _("theme")
        verbose_name_plural = _("themes")
        constraints = [
            models.UniqueConstraint(fields=["slug", "locale"], name="unique_theme_slug_locale")
        ]

    def __str__(self):
        return self.name
