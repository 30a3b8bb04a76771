"""People: personal data, kept private. Only staff and the person's curator see contacts."""

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.search import index

from registry.validators import validate_phone

TEAM_SIZE = 4
IDENTIFIED_LEADERS_PER_MUNICIPALITY = 5


class Person(index.Indexed, models.Model):
    full_name = models.CharField(_("full name"), max_length=200)
    municipality = models.ForeignKey(
        "registry.Municipality",
        verbose_name=_("municipality"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="people",
        help_text=_("Decides which curator may see this person's record."),
    )
    phone = models.CharField(_("phone"), max_length=20, blank=True, validators=[validate_phone])
    email = models.EmailField(_("e-mail"), blank=True)
    address = models.CharField(_("address"), max_length=300, blank=True)
    birth_year = models.PositiveSmallIntegerField(
        _("birth year"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1900), MaxValueValidator(2100)],
    )
    public_name_consent = models.BooleanField(_("name may be published"), default=False)
    public_name_consent_date = models.DateField(
        _("date of consent to publish the name"), null=True, blank=True
    )
    contacts_sharing_consent = models.BooleanField(
        _("contacts may be shared with programme staff"), default=False
    )
    contacts_sharing_consent_date = models.DateField(
        _("date of consent to share contacts"), null=True, blank=True
    )
    consent_notes = models.TextField(
        _("scope of consent"),
        blank=True,
        help_text=_("How and for what the consent was given (form, event, limits)."),
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    search_fields = [
        index.SearchField("full_name"),
        index.AutocompleteField("full_name"),
        index.FilterField("municipality"),
    ]

    class Meta:
        ordering = ["full_name"]
        verbose_name = _("person")
        verbose_name_plural = _("people")

    def __str__(self):
        return self.full_name

    def clean(self):
        errors = {}
        if self.public_name_consent and not self.public_name_consent_date:
            errors["public_name_consent_date"] = _("Give the date the consent was given.")
        if self.contacts_sharing_consent and not self.contacts_sharing_consent_date:
            errors["contacts_sharing_consent_date"] = _("Give the date the consent was given.")
        if errors:
            raise ValidationError(errors)


class Leadership(models.Model):
    community = ParentalKey(
        "registry.Community",
        verbose_name=_("community"),
        on_delete=models.CASCADE,
        related_name="leaderships",
    )
    person = models.ForeignKey(
        Person, verbose_name=_("person"), on_delete=models.CASCADE, related_name="leaderships"
    )
    role = models.CharField(_("role"), max_length=200, blank=True)
    since = models.DateField(_("since"), null=True, blank=True)

    class Meta:
        verbose_name = _("leadership")
        verbose_name_plural = _("leaderships")
        constraints = [
            models.UniqueConstraint(fields=["community", "person"], name="unique_leadership")
        ]

    def __str__(self):
        return f"{self.person} — {self.community}"


class TeamRole(models.TextChoices):
    NGO = "ngo", _("Non-profit organisation")
    LOCAL_GOVERNMENT = "local_government", _("Local government (OMSU)")
    MUNICIPAL_ORGANISATION = "municipal_organisation", _("Municipal organisation")
    OPINION_LEADER = "opinion_leader", _("Opinion leader")


class TeamMember(models.Model):
    """One of the four members of a participating municipality's team."""

    person = models.ForeignKey(
        Person, verbose_name=_("person"), on_delete=models.CASCADE, related_name="team_memberships"
    )
    municipality = models.ForeignKey(
        "registry.Municipality",
        verbose_name=_("municipality"),
        on_delete=models.CASCADE,
        related_name="team_members",
    )
    role = models.CharField(_("role in the team"), max_length=30, choices=TeamRole.choices)

    class Meta:
        ordering = ["municipality__name", "role"]
        verbose_name = _("team member")
        verbose_name_plural = _("team members")
        constraints = [
            models.UniqueConstraint(
                fields=["municipality", "role", "person"], name="unique_team_member"
            )
        ]

    def __str__(self):
        return f"{self.person} ({self.get_role_display()})"

    def clean(self):
        if not self.municipality_id:
            return
        others = TeamMember.objects.filter(municipality_id=self.municipality_id).exclude(pk=self.pk)
        if others.count() >= TEAM_SIZE:
            raise ValidationError(
                _("A municipality's team has %(size)d members at most."),
                code="team_full",
                params={"size": TEAM_SIZE},
            )


class IdentifiedLeader(models.Model):
    """A public leader identified in a municipality (the programme aims at five in each)."""

    person = models.ForeignKey(
        Person,
        verbose_name=_("person"),
        on_delete=models.CASCADE,
        related_name="identified_as_leader",
    )
    municipality = models.ForeignKey(
        "registry.Municipality",
        verbose_name=_("municipality"),
        on_delete=models.CASCADE,
        related_name="identified_leaders",
    )
    identified_on = models.DateField(_("identified on"))
    note = models.TextField(_("note"), blank=True)

    class Meta:
        ordering = ["municipality__name", "identified_on"]
        verbose_name = _("identified leader")
        verbose_name_plural = _("identified leaders")
        constraints = [
            models.UniqueConstraint(
                fields=["person", "municipality"], name="unique_identified_leader"
            )
        ]

    def __str__(self):
        return str(self.person)
