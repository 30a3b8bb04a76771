"""Communities: the records the registry exists for."""

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.models import Orderable, RevisionMixin
from wagtail.search import index

from registry.models.map_features import point_feature
from registry.models.reference import Coordinates
from registry.validators import (
    validate_not_reserved_slug,
    validate_ok_url,
    validate_phone,
    validate_telegram_url,
    validate_vk_url,
)


class CommunityForm(models.TextChoices):
    INFORMAL_GROUP = "informal_group", _("Informal group")
    NGO = "ngo", _("Non-profit organisation")
    TOS = "tos", _("Territorial public self-government (TOS)")
    CLUB = "club", _("Club")
    ASSOCIATION = "association", _("Association")
    INITIATIVE_GROUP = "initiative_group", _("Initiative group")
    OTHER = "other", _("Other")


class CommunityStatus(models.TextChoices):
    SUBMITTED = "submitted", _("Submitted, awaiting moderation")
    PUBLISHED = "published", _("Published")
    ARCHIVED = "archived", _("Archived")


class VerificationLevel(models.TextChoices):
    """Ordered from weakest to strongest: the declaration order is the rank."""

    SELF_DECLARED = "self_declared", _("Self-declared")
    DOCUMENTED = "documented", _("Documented by activities")
    CONFIRMED_BY_CURATOR = "confirmed_by_curator", _("Confirmed by a curator")
    CONFIRMED_AT_FAIR = "confirmed_at_fair", _("Confirmed at a community fair")

    @classmethod
    def rank(cls, level: str) -> int:
        return cls.values.index(level)

    @classmethod
    def at_least(cls, level: str) -> list[str]:
        """The levels as strong as `level` or stronger, for filters like "documented or better"."""
        return cls.values[cls.rank(level) :]


class Community(RevisionMixin, index.Indexed, Coordinates, ClusterableModel):
    name = models.CharField(_("name"), max_length=300)
    slug = models.SlugField(
        _("slug"),
        max_length=120,
        unique=True,
        allow_unicode=False,
        validators=[validate_not_reserved_slug],
    )
    municipality = models.ForeignKey(
        "registry.Municipality",
        verbose_name=_("municipality"),
        on_delete=models.PROTECT,
        related_name="communities",
    )
    spheres = models.ManyToManyField(
        "registry.Sphere", verbose_name=_("spheres"), blank=True, related_name="communities"
    )
    form = models.CharField(
        _("form"),
        max_length=20,
        choices=CommunityForm.choices,
        default=CommunityForm.INFORMAL_GROUP,
    )
    description = models.TextField(_("what the community does"), blank=True)
    founding_year = models.PositiveSmallIntegerField(
        _("founding year"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1900), MaxValueValidator(2100)],
    )
    members_reported = models.PositiveIntegerField(_("members (reported)"), null=True, blank=True)

    address = models.CharField(
        _("where it meets"),
        max_length=300,
        blank=True,
        help_text=_("The public place of its activities, never a person's home address."),
    )

    public_email = models.EmailField(_("public e-mail"), blank=True)
    public_phone = models.CharField(
        _("public phone"), max_length=20, blank=True, validators=[validate_phone]
    )
    show_contacts = models.BooleanField(
        _("show the public contacts"),
        default=False,
        help_text=_("The community chose to show its e-mail and phone on its public page."),
    )
    vk_url = models.URLField(_("VK"), blank=True, validators=[validate_vk_url])
    telegram_url = models.URLField(_("Telegram"), blank=True, validators=[validate_telegram_url])
    ok_url = models.URLField(_("Odnoklassniki"), blank=True, validators=[validate_ok_url])
    website_url = models.URLField(_("website"), blank=True)

    status = models.CharField(
        _("status"),
        max_length=20,
        choices=CommunityStatus.choices,
        default=CommunityStatus.SUBMITTED,
        db_index=True,
    )
    verification_level = models.CharField(
        _("verification level"),
        max_length=30,
        choices=VerificationLevel.choices,
        default=VerificationLevel.SELF_DECLARED,
        editable=False,
        db_index=True,
        help_text=_("Derived from the evidence; never set by hand."),
    )

    # Moderation: who submitted it (private) and how it ended.
    submitter_name = models.CharField(_("submitted by"), max_length=200, blank=True)
    submitter_email = models.EmailField(_("submitter's e-mail"), blank=True)
    rejection_reason = models.TextField(_("reason for rejection"), blank=True)
    merged_into = models.ForeignKey(
        "self",
        verbose_name=_("merged into"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="merged_duplicates",
        editable=False,
    )

    # Kept by the database; NULL without the community's own point (see map_features).
    map_feature = models.GeneratedField(
        expression=point_feature("longitude", "latitude"),
        output_field=models.TextField(),
        db_persist=True,
    )

    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    search_fields = [
        index.SearchField("name"),
        index.AutocompleteField("name"),
        index.SearchField("description"),
        index.SearchField("address"),
        index.FilterField("municipality"),
        index.FilterField("status"),
        index.FilterField("form"),
        index.FilterField("verification_level"),
    ]

    class Meta:
        ordering = ["name"]
        verbose_name = _("community")
        verbose_name_plural = _("communities")
        # The public list, map and API read published communities only, ordered by name and
        # filtered by one of these fields: partial indexes keep them small, and with the id
        # they answer the paginator's count (joined to spheres) from the index alone.
        indexes = [
            models.Index(fields=["municipality", "status"]),
            *(
                models.Index(
                    fields=[*fields, "name", "id"],
                    condition=models.Q(status="published"),
                    name=f"community_published_{label}",
                )
                for label, fields in [
                    ("name", []),
                    ("place", ["municipality"]),
                    ("level", ["verification_level"]),
                    ("form", ["form"]),
                ]
            ),
            # The map counts published communities by their point in view: the index holds
            # all it reads (the point, the municipality for those without one, the id).
            models.Index(
                fields=["longitude", "latitude", "municipality", "id"],
                condition=models.Q(status="published"),
                name="community_published_point",
            ),
        ]

    def __str__(self):
        return self.name

    @property
    def is_published(self) -> bool:
        return self.status == CommunityStatus.PUBLISHED


class CommunityPhoto(Orderable):
    community = ParentalKey(Community, on_delete=models.CASCADE, related_name="photos")
    image = models.ForeignKey(
        "wagtailimages.Image", verbose_name=_("image"), on_delete=models.CASCADE, related_name="+"
    )
    caption = models.CharField(_("caption"), max_length=300, blank=True)

    class Meta(Orderable.Meta):
        verbose_name = _("photo")
        verbose_name_plural = _("photos")

    @property
    def alt(self) -> str:
        """The image's own description is the alt text, so it is written once, in the library."""
        return self.image.description or self.image.title


class CuratorAssignment(models.Model):
    """Which municipalities a curator looks after: the scope of what they see and edit."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("curator"),
        on_delete=models.CASCADE,
        related_name="curator_assignments",
    )
    municipality = models.ForeignKey(
        "registry.Municipality",
        verbose_name=_("municipality"),
        on_delete=models.CASCADE,
        related_name="curator_assignments",
    )

    class Meta:
        verbose_name = _("curator assignment")
        verbose_name_plural = _("curator assignments")
        constraints = [
            models.UniqueConstraint(
                fields=["user", "municipality"], name="unique_curator_assignment"
            )
        ]

    def __str__(self):
        return f"{self.user} → {self.municipality}"
