"""The open-data archive: the programme's public records as CSV files in a ZIP.

Only what the public pages show goes in: registry.public_selectors decides which
municipalities, communities and spheres are public, and no file has a column for a person.
The README is written from the same column list as the CSV headers, so it describes every
column of every file. It is Russian whatever the active language, like the data itself.
"""

import io
import zipfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from itertools import chain

from django.conf import settings
from django.db.models import TextChoices
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from cms.models import EventKind
from programme.models import TargetCode
from programme.selectors import events_counted, targets_progress
from registry.exports import csv_bytes
from registry.models import (
    CommunityForm,
    FederalDistrict,
    Municipality,
    MunicipalityKind,
    VerificationLevel,
)
from registry.public_selectors import public_municipalities, public_spheres, published_communities

LICENCE_URL = "https://creativecommons.org/licenses/by/4.0/legalcode.ru"
LIST_SEPARATOR = ";"


@dataclass(frozen=True)
class Column:
    name: str
    description: str
    choices: type[TextChoices] | None = None


@dataclass(frozen=True)
class Table:
    filename: str
    description: str
    columns: list[Column]
    rows: Callable[[], Iterable[list]] = field(repr=False)


def _flag(value: bool) -> str:
    return "1" if value else "0"


def _blank(value) -> str:
    return "" if value is None else str(value)


def _oktmo_by_pk() -> dict[int, str]:
    return dict(Municipality.objects.values_list("pk", "oktmo"))


def municipality_rows() -> Iterable[list]:
    for municipality in public_municipalities():
        # A point computed inside an OpenStreetMap outline is not a surveyed centre: left out.
        surveyed = not municipality.coordinates_derived
        yield [
            municipality.oktmo,
            municipality.name,
            municipality.kind,
            municipality.region.name,
            municipality.region.federal_district,
            municipality.centre,
            _blank(municipality.latitude if surveyed else None),
            _blank(municipality.longitude if surveyed else None),
            _blank(municipality.zone),
            _flag(municipality.participating),
            _blank(municipality.selection_year),
            municipality.community_count,
        ]


def community_rows() -> Iterable[list]:
    oktmo = _oktmo_by_pk()
    for community in published_communities().order_by("municipality__name", "name"):
        yield [
            community.slug,
            community.name,
            settings.WAGTAILADMIN_BASE_URL
            + reverse("registry:community", kwargs={"slug": community.slug}),
            oktmo[community.municipality_id],
            community.municipality.name,
            LIST_SEPARATOR.join(sphere.slug for sphere in community.spheres.all()),
            community.form,
            community.verification_level,
            _blank(community.founding_year),
            _blank(community.members_reported),
            _blank(community.latitude),
            _blank(community.longitude),
            community.description,
        ]


def sphere_rows() -> Iterable[list]:
    for sphere in public_spheres().order_by("sort_order", "name"):
        yield [sphere.slug, sphere.name, sphere.sort_order]


def event_rows() -> Iterable[list]:
    oktmo = _oktmo_by_pk()
    for event in events_counted():
        yield [
            event.pk,
            event.title,
            event.kind,
            event.start_date.isoformat(),
            oktmo.get(event.municipality_id, ""),
            event.participants,
        ]


def target_rows() -> Iterable[list]:
    for target in targets_progress(events=events_counted()):
        yield [target.code, target.title, _blank(target.target_value), target.unit, target.current]


OKTMO = _("OKTMO code of the municipality (8 digits); joins the files together.")

TABLES = [
    Table(
        "municipalities.csv",
        _("Municipalities taking part in the programme and every other one with a community."),
        [
            Column("oktmo", OKTMO),
            Column("name", _("Name of the municipality.")),
            Column("kind", _("Kind of municipality."), MunicipalityKind),
            Column("region", _("Region (subject of the Russian Federation).")),
            Column("federal_district", _("Federal district of the region."), FederalDistrict),
            Column("centre", _("Administrative centre.")),
            Column(
                "latitude",
                _("Latitude of the administrative centre, WGS 84; empty when not surveyed."),
            ),
            Column(
                "longitude",
                _("Longitude of the administrative centre, WGS 84; empty when not surveyed."),
            ),
            Column("zone", _("Zone of the zonal seminars, 1 to 5; empty outside the programme.")),
            Column(
                "participating", _("1 if the municipality takes part in the programme, else 0.")
            ),
            Column("selection_year", _("Year the municipality was selected; may be empty.")),
            Column("communities", _("Number of published communities in the registry.")),
        ],
        municipality_rows,
    ),
    Table(
        "communities.csv",
        _("Published communities of the registry."),
        [
            Column("slug", _("Identifier of the community in the registry.")),
            Column("name", _("Name of the community.")),
            Column("url", _("Address of the community's public page.")),
            Column("municipality_oktmo", OKTMO),
            Column("municipality", _("Name of the municipality.")),
            Column(
                "spheres",
                _("Spheres of the community: identifiers from spheres.csv separated by «;»."),
            ),
            Column("form", _("Form of the community."), CommunityForm),
            Column(
                "verification_level",
                _("Verification level, derived from the evidence in the registry."),
                VerificationLevel,
            ),
            Column("founding_year", _("Year the community was founded; may be empty.")),
            Column("members_reported", _("Members, as reported by the community; may be empty.")),
            Column("latitude", _("Latitude of the place of activities, WGS 84; may be empty.")),
            Column("longitude", _("Longitude of the place of activities, WGS 84; may be empty.")),
            Column("description", _("What the community does.")),
        ],
        community_rows,
    ),
    Table(
        "spheres.csv",
        _("Spheres of community life used to classify communities."),
        [
            Column("slug", _("Identifier of the sphere.")),
            Column("name", _("Name of the sphere.")),
            Column("order", _("Position of the sphere in lists.")),
        ],
        sphere_rows,
    ),
    Table(
        "events.csv",
        _("Published events of the programme with the participants counted."),
        [
            Column("id", _("Identifier of the event page on the site.")),
            Column("title", _("Title of the event.")),
            Column("kind", _("Kind of event."), EventKind),
            Column("start_date", _("Start date, YYYY-MM-DD.")),
            Column("municipality_oktmo", _("OKTMO code of the host municipality; may be empty.")),
            Column(
                "participants",
                _(
                    "Participants: the visitors counted at an open event, else the registrants "
                    "marked as having come, else the figure given on the event page, else 0."
                ),
            ),
        ],
        event_rows,
    ),
    Table(
        "targets.csv",
        _("Targets of the programme and their current values, counted from the records."),
        [
            Column("code", _("What the target measures."), TargetCode),
            Column("title", _("Wording of the target.")),
            Column("target_value", _("Target figure; empty when the programme sets none.")),
            Column("unit", _("Unit of the figures; may be empty.")),
            Column("current_value", _("Current value, counted from the records.")),
        ],
        target_rows,
    ),
]


def table_csv(table: Table) -> bytes:
    """The table as CSV in the registry's export format (registry.exports), formulas defused."""
    return csv_bytes(chain([[column.name for column in table.columns]], table.rows()))


def readme_text(*, generated_at) -> str:
    lines = [
        gettext("Open data of the programme «Konstruktor soobshchestv»"),
        "",
        gettext("Generated: %(date)s.") % {"date": timezone.localtime(generated_at).isoformat()},
        gettext(
            "Files are CSV in UTF-8 with a byte order mark, fields in double quotes separated "
            "by semicolons, with a header row. Dates are YYYY-MM-DD. Within a cell, a piece of "
            "text a spreadsheet could run as a formula (one starting with =, +, - or @) has an "
            "apostrophe before it."
        ),
        gettext(
            "The archive holds no personal data: no names, phones, e-mails or addresses of people."
        ),
        "",
    ]
    for table in TABLES:
        lines += [table.filename, "-" * len(table.filename), str(table.description), ""]
        for column in table.columns:
            lines.append(f"{column.name}: {column.description}")
            for value, label in column.choices.choices if column.choices else ():
                lines.append(f"    {value}: {label}")
        lines.append("")
    lines += [
        gettext("Coordinates"),
        "",
        gettext(
            "Coordinates of administrative centres come from the registry's reference data: "
            "towns from HFLabs' city list (data of DaData.ru, CC BY-SA 4.0) and villages from "
            "Wikipedia infoboxes (CC BY-SA); these two columns stay under those licences. "
            "Where no surveyed coordinates exist the columns are empty: points computed from "
            "OpenStreetMap outlines and the outlines themselves are not in this archive. "
            "Coordinates of communities are given by the communities and their curators."
        ),
        "",
        gettext("Licence"),
        "",
        gettext("Creative Commons Attribution 4.0 International (CC BY 4.0), see LICENSE.txt."),
    ]
    return "\n".join(lines) + "\n"


def licence_text() -> str:
    return "\n".join(
        [
            gettext(
                "The data of the programme «Konstruktor soobshchestv» is published under the "
                "Creative Commons Attribution 4.0 International licence (CC BY 4.0)."
            ),
            gettext(
                "You may copy, share and adapt it for any purpose, commercial ones included, "
                "provided you credit «Konstruktor soobshchestv» and link to the licence."
            ),
            LICENCE_URL,
            "",
        ]
    )


def open_data_zip(*, generated_at) -> bytes:
    """The whole archive in memory: it is a few hundred kilobytes at most."""
    buffer = io.BytesIO()
    with (
        translation.override(settings.LANGUAGE_CODE),
        zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive,
    ):
        for table in TABLES:
            archive.writestr(table.filename, table_csv(table))
        archive.writestr("README.txt", readme_text(generated_at=generated_at))
        archive.writestr("LICENSE.txt", licence_text())
    return buffer.getvalue()
