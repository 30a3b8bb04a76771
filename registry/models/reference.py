"""Reference data: regions, municipalities and spheres of community life."""

from django.core.validators import MaxValueValidator, MinValueValidator, RegexValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.models import TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from registry.place_names import place_name


class FederalDistrict(models.TextChoices):
    VOLGA = "volga", _("Volga Federal District")
    URAL = "ural", _("Ural Federal District")
    OTHER = "other", _("Other federal district")


class MunicipalityKind(models.TextChoices):
    DISTRICT = "district", _("Municipal district")
    URBAN_OKRUG = "urban_okrug", _("Urban okrug")
    MUNICIPAL_OKRUG = "municipal_okrug", _("Municipal okrug")
    OTHER = "other", _("Other")


class Region(models.Model):
    name = models.CharField(_("name"), max_length=200, unique=True)
    federal_district = models.CharField(
        _("federal district"), max_length=20, choices=FederalDistrict.choices
    )
    is_home = models.BooleanField(
        _("home region"),
        default=False,
        help_text=_("The Republic of Bashkortostan; other regions are neighbours."),
    )

    class Meta:
        ordering = ["-is_home", "name"]
        verbose_name = _("region")
        verbose_name_plural = _("regions")

    def __str__(self):
        return self.name


class Coordinates(models.Model):
    """A point as typed fields (WGS 84, 5 decimals: about a metre)."""

    latitude = models.DecimalField(
        _("latitude"),
        max_digits=8,
        decimal_places=5,
        null=True,
        blank=True,
        validators=[MinValueValidator(-90), MaxValueValidator(90)],
    )
    longitude = models.DecimalField(
        _("longitude"),
        max_digits=8,
        decimal_places=5,
        null=True,
        blank=True,
        validators=[MinValueValidator(-180), MaxValueValidator(180)],
    )

    class Meta:
        abstract = True


oktmo_validator = RegexValidator(r"^\d{8}$", _("An OKTMO code of a municipality has 8 digits."))


class Municipality(index.Indexed, Coordinates):
    region = models.ForeignKey(
        Region, verbose_name=_("region"), on_delete=models.PROTECT, related_name="municipalities"
    )
    name = models.CharField(_("name"), max_length=200)
    slug = models.SlugField(_("slug"), max_length=100, unique=True)
    kind = models.CharField(_("kind"), max_length=20, choices=MunicipalityKind.choices)
    oktmo = models.CharField(
        _("OKTMO code"), max_length=8, unique=True, validators=[oktmo_validator]
    )
    centre = models.CharField(_("administrative centre"), max_length=200, blank=True)
    coordinates_derived = models.BooleanField(
        _("coordinates derived from the outline"),
        default=False,
        help_text=_(
            "Set when the point was computed inside the outline because no surveyed "
            "coordinates of the centre were at hand; a curator may correct it."
        ),
    )
    outline = models.JSONField(
        _("outline (GeoJSON geometry)"),
        null=True,
        blank=True,
        help_text=_("© OpenStreetMap contributors, ODbL 1.0, where it comes from OSM."),
    )
    zone = models.PositiveSmallIntegerField(
        _("zone"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1), MaxValueValidator(5)],
        help_text=_("One of the five zones of the zonal seminars."),
    )
    participating = models.BooleanField(_("participates in the programme"), default=False)
    selection_year = models.PositiveSmallIntegerField(_("selection year"), null=True, blank=True)

    search_fields = [
        index.SearchField("name"),
        index.AutocompleteField("name"),
        index.SearchField("centre"),
        index.FilterField("participating"),
    ]

    class Meta:
        ordering = ["name"]
        verbose_name = _("municipality")
        verbose_name_plural = _("municipalities")

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        # One spelling wherever the name is shown, printed or served: «г. Белебей».
        self.name, self.centre = place_name(self.name), place_name(self.centre)
        super().save(*args, **kwargs)


class Sphere(TranslatableMixin, models.Model):
    """A sphere of community life (socio-cultural, youth, TOS, ...); staff may add more."""

    name = models.CharField(_("name"), max_length=100)
    slug = models.SlugField(_("slug"), max_length=100)
    sort_order = models.PositiveSmallIntegerField(_("order"), default=0)

    # The slug is an address, not text: translations keep the source's.
    override_translatable_fields = [SynchronizedField("slug", overridable=False)]

    class Meta(TranslatableMixin.Meta):
        ordering = ["sort_order", "name"]
        verbose_name = _("sphere")
        verbose_name_plural = _("spheres")
        constraints = [
            models.UniqueConstraint(fields=["slug", "locale"], name="unique_sphere_slug_locale")
        ]

    def __str__(self):
        return self.name
