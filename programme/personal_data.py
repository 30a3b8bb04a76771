"""Withdrawal of consent (152-FZ): find a person's data everywhere it is kept and anonymise it.

A person is found by e-mail and/or phone. Every place that keeps personal data is listed in
PLACES; records are anonymised rather than deleted, so the programme's counts (team members,
leaders, registrations, applications) stay true. Revisions and log entries, which keep copies
of the data as JSON, are rewritten too. Each withdrawal leaves an audit record
(ConsentWithdrawal) that holds the address only as a keyed hash and a masked form.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property

from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Q, QuerySet
from django.utils.crypto import salted_hmac
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.models import ModelLogEntry, PageLogEntry, Revision
from wagtail.search.index import insert_or_update_object

from programme.models import (
    Application,
    ApplicationMember,
    ConsentWithdrawal,
    Registration,
)
from registry.models import Community, IdentifiedLeader, Leadership, Person, TeamMember
from registry.validators import normalise_phone

HASH_SALT = "programme.personal_data.withdrawal"
# Names shorter than this are not searched for inside longer texts (too many false hits).
MIN_NAME_IN_TEXT = 6

# Free-text fields where people write contacts and names of others.
FREE_TEXTS = {
    Community: ["description", "address", "rejection_reason"],
    Application: ["motivation", "existing_communities"],
}

PLACES = {
    "people": gettext_lazy("Registry people"),
    "team_members": gettext_lazy("of them: municipal team members"),
    "leaderships": gettext_lazy("of them: community leaders"),
    "identified_leaders": gettext_lazy("of them: identified leaders"),
    "registrations": gettext_lazy("Event registrations"),
    "application_contacts": gettext_lazy("Selection applications (contact e-mail)"),
    "application_members": gettext_lazy("Team members in selection applications"),
    "community_submitters": gettext_lazy("Submitters of communities"),
    "community_contacts": gettext_lazy("Public contacts of communities"),
    "community_texts": gettext_lazy("Mentions in communities' descriptions"),
    "application_texts": gettext_lazy("Mentions in selection applications' texts"),
    "revisions": gettext_lazy("Revisions"),
    "log_entries": gettext_lazy("History (log entries)"),
}


# Places that count links of the registry people above, not records of their own.
LINKS_OF_PEOPLE = {"team_members", "leaderships", "identified_leaders"}


def records_total(counts: dict[str, int]) -> int:
    return sum(count for place, count in counts.items() if place not in LINKS_OF_PEOPLE)


def removed_marker() -> str:
    return _("(personal data removed)")


@dataclass
class Subject:
    """Whose data: a normalised e-mail and/or phone (+7XXXXXXXXXX)."""

    email: str = ""
    phone: str = ""

    def __post_init__(self):
        self.email = self.email.strip().lower()
        self.phone = normalise_phone(self.phone) if self.phone.strip() else ""

    def where(self, email_field: str | None, phone_field: str | None) -> Q:
        condition = Q(pk__in=[])
        if self.email and email_field:
            condition |= Q(**{f"{email_field}__iexact": self.email})
        if self.phone and phone_field:
            condition |= Q(**{phone_field: self.phone})
        return condition

    def mentioned_in(self, *fields: str) -> Q:
        condition = Q(pk__in=[])
        for value in filter(None, [self.email, self.phone]):
            for name in fields:
                condition |= Q(**{f"{name}__icontains": value})
        return condition


@dataclass
class Findings:
    """The records that hold the subject's data, by place (querysets, evaluated on use)."""

    subject: Subject
    places: dict[str, QuerySet] = field(default_factory=dict)
    names: set[str] = field(default_factory=set)

    @cached_property
    def counts(self) -> dict[str, int]:
        """Records by place; page log entries count with the other log entries."""
        counts = {place: records.count() for place, records in self.places.items()}
        counts["log_entries"] += counts.pop("page_log_entries")
        return counts

    @property
    def total(self) -> int:
        return records_total(self.counts)


def personal_data_find(*, subject: Subject) -> Findings:
    """Every record that keeps the subject's e-mail or phone, and the copies in history."""
    people = Person.objects.filter(subject.where("email", "phone"))
    registrations = Registration.objects.filter(subject.where("email", "phone"))
    members = ApplicationMember.objects.filter(subject.where("email", "phone"))
    submitted = Community.objects.filter(subject.where("submitter_email", None))
    names = {
        *people.values_list("full_name", flat=True),
        *registrations.values_list("full_name", flat=True),
        *members.values_list("full_name", flat=True),
        *submitted.exclude(submitter_name="").values_list("submitter_name", flat=True),
    }
    places = {
        "people": people,
        "team_members": TeamMember.objects.filter(person__in=people),
        "leaderships": Leadership.objects.filter(person__in=people),
        "identified_leaders": IdentifiedLeader.objects.filter(person__in=people),
        "registrations": registrations,
        "application_contacts": Application.objects.filter(subject.where("contact_email", None)),
        "application_members": members,
        "community_submitters": submitted,
        "community_contacts": Community.objects.filter(
            subject.where("public_email", "public_phone")
        ),
        # Free texts that mention the address, and the texts of what the person submitted.
        "community_texts": Community.objects.filter(
            subject.mentioned_in(*FREE_TEXTS[Community]) | Q(pk__in=submitted.values("pk"))
        ),
        "application_texts": Application.objects.filter(
            subject.mentioned_in(*FREE_TEXTS[Application]) | Q(pk__in=members.values("application"))
        ),
    }
    records = [
        (Person, people),
        (Registration, registrations),
        (Application, places["application_contacts"]),
        (ApplicationMember, members),
        (Community, submitted),
        (Community, places["community_contacts"]),
    ]
    places["revisions"] = Revision.objects.filter(
        _objects_of(records, "base_content_type", "object_id") | subject.mentioned_in("content")
    )
    places["log_entries"] = ModelLogEntry.objects.filter(
        _objects_of(records, "content_type", "object_id") | subject.mentioned_in("data")
    )
    places["page_log_entries"] = PageLogEntry.objects.filter(subject.mentioned_in("data"))
    return Findings(subject=subject, places=places, names={n for n in names if n})


def _objects_of(records, type_field: str, id_field: str) -> Q:
    condition = Q(pk__in=[])
    for model, queryset in records:
        content_type = ContentType.objects.get_for_model(model, for_concrete_model=False)
        ids = [str(pk) for pk in queryset.values_list("pk", flat=True)]
        if ids:
            condition |= Q(**{type_field: content_type, f"{id_field}__in": ids})
    return condition


@transaction.atomic
def personal_data_withdraw(*, email: str = "", phone: str = "", actor) -> ConsentWithdrawal:
    """Anonymise the person's data everywhere and record who did it, keeping no cleartext."""
    subject = Subject(email=email, phone=phone)
    if not (subject.email or subject.phone):
        raise ValidationError(_("Enter the person's e-mail or phone."))
    findings = personal_data_find(subject=subject)
    counts = dict(findings.counts)
    # Rewrite the copies first: they are found through the records before these change.
    scrub = _Scrubber(subject=subject, names=findings.names)
    for revision in findings.places["revisions"]:
        revision.content = scrub(revision.content)
        revision.object_str = scrub(revision.object_str)
        revision.save(update_fields=["content", "object_str"])
    for model_name in ("log_entries", "page_log_entries"):
        for entry in findings.places[model_name]:
            entry.label, entry.data = scrub(entry.label), scrub(entry.data)
            entry.save(update_fields=["label", "data"])

    for place, model in (("community_texts", Community), ("application_texts", Application)):
        for record in findings.places[place]:
            for name in FREE_TEXTS[model]:
                setattr(record, name, scrub(getattr(record, name)))
            record.save(update_fields=FREE_TEXTS[model])

    marker = removed_marker()
    people = list(findings.places["people"])
    IdentifiedLeader.objects.filter(person__in=people).update(note="")
    for person in people:
        person.full_name, person.phone, person.email, person.address = marker, "", "", ""
        person.birth_year = None
        person.public_name_consent, person.public_name_consent_date = False, None
        person.contacts_sharing_consent, person.contacts_sharing_consent_date = False, None
        person.consent_notes = ""
        person.save()
        insert_or_update_object(person)  # the admin search index kept the name
    for registration in findings.places["registrations"]:
        registration.full_name, registration.phone = marker, ""
        registration.email = _placeholder_email("registration", registration.pk)
        registration.save(update_fields=["full_name", "phone", "email"])
    for application in findings.places["application_contacts"]:
        application.contact_email = _placeholder_email("application", application.pk)
        application.save(update_fields=["contact_email"])
    findings.places["application_members"].update(full_name=marker, email="", phone="")
    findings.places["community_submitters"].update(submitter_name="", submitter_email="")
    for community in findings.places["community_contacts"]:
        if community.public_email.lower() == subject.email:
            community.public_email = ""
        if subject.phone and community.public_phone == subject.phone:
            community.public_phone = ""
        community.save(update_fields=["public_email", "public_phone"])

    return ConsentWithdrawal.objects.create(
        actor=actor,
        email_hash=subject_hash(subject.email),
        phone_hash=subject_hash(subject.phone),
        email_masked=mask_email(subject.email),
        phone_masked=mask_phone(subject.phone),
        counts=counts,
    )


def _placeholder_email(kind: str, pk: int) -> str:
    # Required, unique-per-event fields keep a valid address of the reserved .invalid domain.
    return f"removed-{kind}-{pk}@withdrawn.invalid"


def subject_hash(value: str) -> str:
    """A keyed hash (HMAC with the secret key): comparable, not reversible without the key."""
    return salted_hmac(HASH_SALT, value, algorithm="sha256").hexdigest() if value else ""


def mask_email(email: str) -> str:
    if not email:
        return ""
    local, _at, domain = email.partition("@")
    return f"{local[:1]}***@{domain[:1]}***"


def mask_phone(phone: str) -> str:
    return f"{phone[:2]}******{phone[-2:]}" if phone else ""


class _Scrubber:
    """Replace the subject's e-mail, phone and names inside any JSON value or string."""

    def __init__(self, *, subject: Subject, names: set[str]):
        self.marker = removed_marker()
        values = [subject.email, subject.phone] + [n for n in names if len(n) >= MIN_NAME_IN_TEXT]
        self.pattern = (
            re.compile(
                "|".join(re.escape(v) for v in sorted(filter(None, values), key=len)[::-1]),
                re.IGNORECASE,
            )
            if any(values)
            else None
        )
        self.names = {name.lower() for name in names}

    def __call__(self, value):
        if isinstance(value, dict):
            return {key: self(item) for key, item in value.items()}
        if isinstance(value, list):
            return [self(item) for item in value]
        if isinstance(value, str):
            if value.strip().lower() in self.names:
                return self.marker
            return self.pattern.sub(self.marker, value) if self.pattern else value
        return value
