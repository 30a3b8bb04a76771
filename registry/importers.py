"""Spreadsheet import of communities and people: preview every row, then apply all or nothing.

The file format is fixed by Russian column headers (see COLUMNS), so a template downloaded
from the admin, filled in Excel or LibreOffice, comes back readable. Each row becomes a
RowPlan (create or update) or RowErrors naming the row number and the column; apply
re-validates the file inside one transaction and saves nothing unless every row is valid.
"""

import datetime
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Q
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.log_actions import log

from registry.access import user_municipality_ids
from registry.models import (
    Community,
    CommunityForm,
    CommunityStatus,
    Leadership,
    Municipality,
    Person,
    Sphere,
)
from registry.services import community_unique_slug
from registry.spreadsheets import SpreadsheetError, spreadsheet_read, spreadsheet_write
from registry.validators import normalise_phone

COMMUNITIES = "communities"
PEOPLE = "people"
KINDS = {COMMUNITIES: gettext_lazy("Communities"), PEOPLE: gettext_lazy("People")}

OKTMO = "ОКТМО"
MUNICIPALITY = "Муниципалитет"

# Header → model field (or a pseudo-field resolved by the importer). The headers are the file
# format, not interface text, so they are not translated.
COLUMNS = {
    COMMUNITIES: {
        "Название": "name",
        OKTMO: "oktmo",
        MUNICIPALITY: "municipality_name",
        "Форма": "form",
        "Сферы": "spheres",
        "Описание": "description",
        "Год основания": "founding_year",
        "Участников": "members_reported",
        "Адрес": "address",
        "Широта": "latitude",
        "Долгота": "longitude",
        "E-mail": "public_email",
        "Телефон": "public_phone",
        "ВКонтакте": "vk_url",
        "Telegram": "telegram_url",
        "Одноклассники": "ok_url",
        "Сайт": "website_url",
    },
    PEOPLE: {
        "ФИО": "full_name",
        OKTMO: "oktmo",
        MUNICIPALITY: "municipality_name",
        "Телефон": "phone",
        "E-mail": "email",
        "Адрес": "address",
        "Год рождения": "birth_year",
        "Согласие на публикацию имени": "public_name_consent",
        "Дата согласия на публикацию": "public_name_consent_date",
        "Согласие на передачу контактов": "contacts_sharing_consent",
        "Дата согласия на передачу контактов": "contacts_sharing_consent_date",
        "Условия согласия": "consent_notes",
        "Сообщество": "community",
        "Роль в сообществе": "role",
    },
}
NAME_HEADER = {COMMUNITIES: "Название", PEOPLE: "ФИО"}

FORM_WORDS = {
    "неформальная группа": CommunityForm.INFORMAL_GROUP,
    "нко": CommunityForm.NGO,
    "некоммерческая организация": CommunityForm.NGO,
    "тос": CommunityForm.TOS,
    "клуб": CommunityForm.CLUB,
    "ассоциация": CommunityForm.ASSOCIATION,
    "инициативная группа": CommunityForm.INITIATIVE_GROUP,
    "другое": CommunityForm.OTHER,
}
LINK_FIELDS = ("vk_url", "telegram_url", "ok_url", "website_url")
YES = {"да", "yes", "1", "true", "+"}
NO = {"нет", "no", "0", "false", ""}


@dataclass
class RowError:
    row: int
    column: str
    message: str


@dataclass
class RowPlan:
    row: int
    action: str  # "create" or "update"
    label: str
    instance: object = None
    spheres: list = field(default_factory=list)
    community: Community | None = None
    role: str = ""

    @property
    def action_display(self) -> str:
        return _("will be created") if self.action == "create" else _("will be updated")


@dataclass
class ImportPreview:
    kind: str
    plans: list[RowPlan] = field(default_factory=list)
    errors: list[RowError] = field(default_factory=list)

    @property
    def is_valid(self) -> bool:
        return not self.errors and bool(self.plans)


class _RowErrors(Exception):
    def __init__(self, errors: list[tuple[str, str]]):
        self.errors = errors


def _parse_int(value: str, header: str) -> int | None:
    if not value:
        return None
    try:
        return int(value.replace(" ", ""))
    except ValueError:
        raise _RowErrors([(header, _("Enter a whole number."))]) from None


def _parse_decimal(value: str, header: str) -> Decimal | None:
    if not value:
        return None
    try:
        return Decimal(value.replace(",", ".")).quantize(Decimal("0.00001"))
    except InvalidOperation:
        raise _RowErrors([(header, _("Enter a number, for example 54.73494."))]) from None


def _parse_bool(value: str, header: str) -> bool:
    word = value.strip().lower()
    if word in YES:
        return True
    if word in NO:
        return False
    raise _RowErrors([(header, _("Write “да” or “нет”."))])


def _parse_date(value: str, header: str) -> datetime.date | None:
    if not value:
        return None
    for pattern in ("%d.%m.%Y", "%Y-%m-%d"):
        try:
            return datetime.datetime.strptime(value, pattern).date()
        except ValueError:
            continue
    raise _RowErrors([(header, _("Enter a date as DD.MM.YYYY."))])


class _Importer:
    """One pass over the rows: resolves references with a bounded number of queries."""

    def __init__(self, *, kind: str, rows: list[dict], user):
        self.kind = kind
        self.rows = rows
        self.user = user
        self.headers = {header: name for header, name in COLUMNS[kind].items()}
        self.column_of = {name: header for header, name in self.headers.items()}
        self.scope = user_municipality_ids(user)
        municipalities = list(Municipality.objects.defer("outline"))
        self.by_oktmo = {m.oktmo: m for m in municipalities}
        self.by_name = {m.name.lower(): m for m in municipalities}

    def municipality(self, row: dict) -> Municipality:
        oktmo, name = row.get(OKTMO, ""), row.get(MUNICIPALITY, "")
        municipality = self.by_oktmo.get(oktmo) if oktmo else self.by_name.get(name.lower())
        if municipality is None:
            column = OKTMO if oktmo else MUNICIPALITY
            if not oktmo and not name:
                raise _RowErrors([(MUNICIPALITY, _("Give the municipality's OKTMO code or name."))])
            raise _RowErrors(
                [(column, _("Unknown municipality: %(value)s.") % {"value": oktmo or name})]
            )
        if self.scope is not None and municipality.pk not in self.scope:
            raise _RowErrors(
                [(MUNICIPALITY, _("You may not add records to %(name)s.") % {"name": municipality})]
            )
        return municipality

    def validate(self, instance, exclude: list[str]) -> None:
        try:
            instance.full_clean(exclude=exclude, validate_unique=False, validate_constraints=False)
        except ValidationError as error:
            raise _RowErrors(
                [
                    (self.column_of.get(name, name), " ".join(messages))
                    for name, messages in error.message_dict.items()
                ]
            ) from None


class _CommunityImporter(_Importer):
    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        spheres = Sphere.objects.filter(locale__language_code="ru")
        self.spheres = {s.name.lower(): s for s in spheres} | {s.slug: s for s in spheres}
        names = [row.get("Название", "").lower() for row in self.rows]
        existing = Community.objects.filter(municipality__in=self.by_oktmo.values()).filter(
            name__in=[row.get("Название", "") for row in self.rows]
        )
        self.existing = {(c.municipality_id, c.name.lower()): c for c in existing}
        self.names = names
        links = [
            row.get(header, "")
            for row in self.rows
            for header in ("ВКонтакте", "Telegram", "Одноклассники", "Сайт")
        ]
        link_query = Q()
        for name in LINK_FIELDS:
            link_query |= Q(**{f"{name}__in": [link for link in links if link]})
        self.linked = list(
            Community.objects.filter(link_query).only(
                "pk", "vk_url", "telegram_url", "ok_url", "website_url"
            )
        )
        self.seen: set = set()
        self.slugs: set[str] = set()

    def plan(self, number: int, row: dict) -> RowPlan:
        errors = []
        name = row.get("Название", "")
        municipality = self.municipality(row)
        key = (municipality.pk, name.lower())
        if key in self.seen:
            raise _RowErrors([("Название", _("This community appears twice in the file."))])
        self.seen.add(key)
        community = self.existing.get(key)
        action = "update" if community else "create"
        if community is None:
            community = Community(municipality=municipality, status=CommunityStatus.PUBLISHED)
        community.name = name
        form = row.get("Форма", "").strip().lower()
        if form:
            choice = FORM_WORDS.get(form) or (form if form in CommunityForm.values else None)
            if choice is None:
                errors.append(("Форма", _("Unknown form: %(value)s.") % {"value": row["Форма"]}))
            else:
                community.form = choice
        spheres = []
        for word in filter(None, (w.strip() for w in row.get("Сферы", "").split(","))):
            sphere = self.spheres.get(word.lower())
            if sphere is None:
                errors.append(("Сферы", _("Unknown sphere: %(value)s.") % {"value": word}))
            spheres.append(sphere)
        for header, parse in (
            ("Год основания", _parse_int),
            ("Участников", _parse_int),
            ("Широта", _parse_decimal),
            ("Долгота", _parse_decimal),
        ):
            try:
                setattr(community, self.headers[header], parse(row.get(header, ""), header))
            except _RowErrors as error:
                errors += error.errors
        for header in (
            "Описание",
            "Адрес",
            "E-mail",
            "ВКонтакте",
            "Telegram",
            "Одноклассники",
            "Сайт",
        ):
            if header in row:
                setattr(community, self.headers[header], row[header])
        phone = row.get("Телефон", "")
        if phone:
            try:
                community.public_phone = normalise_phone(phone)
            except ValidationError as error:
                errors.append(("Телефон", " ".join(error.messages)))
        for link_field in LINK_FIELDS:
            value = getattr(community, link_field)
            if value and any(
                o.pk != community.pk and getattr(o, link_field) == value for o in self.linked
            ):
                errors.append(
                    (
                        self.column_of[link_field],
                        _("Another community in the registry has this link."),
                    )
                )
        try:
            self.validate(community, exclude=["slug", "municipality", "public_phone"])
        except _RowErrors as error:
            errors += error.errors
        if errors:
            raise _RowErrors(errors)
        if not community.slug:
            community.slug = community_unique_slug(name=name, taken=self.slugs)
            self.slugs.add(community.slug)
        return RowPlan(number, action, name, instance=community, spheres=spheres)


class _PersonImporter(_Importer):
    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        phones, emails = set(), set()
        for row in self.rows:
            try:
                phones.add(normalise_phone(row.get("Телефон", "")))
            except ValidationError:
                pass
            if row.get("E-mail"):
                emails.add(row["E-mail"].lower())
        people = Person.objects.filter(Q(phone__in=phones) | Q(email__in=emails))
        self.by_phone = {p.phone: p for p in people if p.phone}
        self.by_email = {p.email.lower(): p for p in people if p.email}
        community_names = {row.get("Сообщество", "") for row in self.rows} - {""}
        self.communities = {
            (c.municipality_id, c.name.lower()): c
            for c in Community.objects.filter(name__in=community_names)
        }
        self.seen_phones: set[str] = set()
        self.seen_emails: set[str] = set()

    def plan(self, number: int, row: dict) -> RowPlan:
        errors = []
        municipality = self.municipality(row)
        phone, email = "", row.get("E-mail", "").lower()
        if row.get("Телефон"):
            try:
                phone = normalise_phone(row["Телефон"])
            except ValidationError as error:
                errors.append(("Телефон", " ".join(error.messages)))
        if phone and phone in self.seen_phones:
            errors.append(("Телефон", _("This phone appears twice in the file.")))
        if email and email in self.seen_emails:
            errors.append(("E-mail", _("This e-mail appears twice in the file.")))
        self.seen_phones.add(phone)
        self.seen_emails.add(email)
        matches = {p.pk: p for p in (self.by_phone.get(phone), self.by_email.get(email)) if p}
        if len(matches) > 1:
            errors.append(("E-mail", _("The phone and the e-mail belong to two different people.")))
        person = next(iter(matches.values()), None)
        if (
            person is not None
            and self.scope is not None
            and person.municipality_id not in self.scope
        ):
            errors.append(
                ("Телефон", _("This person is already registered in another municipality."))
            )
        action = "update" if person else "create"
        person = person or Person()
        person.full_name = row.get("ФИО", "")
        person.municipality = municipality
        # Only the columns the file has: an update leaves the others as they are.
        if "Телефон" in row:
            person.phone = phone
        for header in ("E-mail", "Адрес", "Условия согласия"):
            if header in row:
                setattr(person, self.headers[header], row[header])
        for header, parse in (
            ("Год рождения", _parse_int),
            ("Согласие на публикацию имени", _parse_bool),
            ("Дата согласия на публикацию", _parse_date),
            ("Согласие на передачу контактов", _parse_bool),
            ("Дата согласия на передачу контактов", _parse_date),
        ):
            if header not in row:
                continue
            try:
                setattr(person, self.headers[header], parse(row[header], header))
            except _RowErrors as error:
                errors += error.errors
        community = None
        if row.get("Сообщество"):
            community = self.communities.get((municipality.pk, row["Сообщество"].lower()))
            if community is None:
                errors.append(
                    (
                        "Сообщество",
                        _("No such community in this municipality: %(value)s.")
                        % {"value": row["Сообщество"]},
                    )
                )
        try:
            self.validate(person, exclude=["municipality", "phone"])
        except _RowErrors as error:
            errors += error.errors
        if errors:
            raise _RowErrors(errors)
        return RowPlan(
            number,
            action,
            person.full_name,
            instance=person,
            community=community,
            role=row.get("Роль в сообществе", ""),
        )


IMPORTERS = {COMMUNITIES: _CommunityImporter, PEOPLE: _PersonImporter}


def import_preview(*, kind: str, content: bytes, filename: str, user) -> ImportPreview:
    """What the file would create or update, and every error by row and column. Saves nothing."""
    preview = ImportPreview(kind=kind)
    try:
        rows = spreadsheet_read(content=content, filename=filename)
    except SpreadsheetError as error:
        preview.errors.append(RowError(0, "", str(error)))
        return preview
    present = set(rows[0]) if rows else set()
    missing = [NAME_HEADER[kind]] if NAME_HEADER[kind] not in present else []
    if not present & {OKTMO, MUNICIPALITY}:
        missing.append(f"{OKTMO} / {MUNICIPALITY}")
    if missing:
        preview.errors.append(
            RowError(1, ", ".join(missing), _("Required columns are missing from the header."))
        )
        return preview
    importer = IMPORTERS[kind](kind=kind, rows=rows, user=user)
    for index, row in enumerate(rows):
        number = index + 2  # the header is row 1
        if not row.get(NAME_HEADER[kind]):
            preview.errors.append(
                RowError(number, NAME_HEADER[kind], _("This column is required."))
            )
            continue
        try:
            preview.plans.append(importer.plan(number, row))
        except _RowErrors as error:
            preview.errors += [
                RowError(number, column, message) for column, message in error.errors
            ]
    return preview


@transaction.atomic
def import_apply(*, kind: str, content: bytes, filename: str, user) -> ImportPreview:
    """Validate again and, only if every row is valid, save them all in one transaction."""
    preview = import_preview(kind=kind, content=content, filename=filename, user=user)
    if not preview.is_valid:
        return preview
    for plan in preview.plans:
        instance = plan.instance
        instance.save()
        if plan.spheres:
            instance.spheres.add(*plan.spheres)
        if plan.community is not None:
            Leadership.objects.update_or_create(
                community=plan.community, person=instance, defaults={"role": plan.role}
            )
        log(instance, "wagtail.create" if plan.action == "create" else "wagtail.edit", user=user)
    return preview


def import_template(*, kind: str, file_format: str) -> bytes:
    return spreadsheet_write(headers=list(COLUMNS[kind]), rows=[], file_format=file_format)
