"""Import who came to an event from a spreadsheet: preview every row, then mark all or nothing.

The file lists the people who came, one per row, by the e-mail they registered with (the
"E-mail" column; other columns such as a name are ignored). Reading the file is the
registry's (registry.spreadsheets): XLSX, or CSV in UTF-8 or Windows-1251.
"""

from dataclasses import dataclass, field

from django.db import transaction
from django.utils.translation import gettext as _

from cms.models import EventPage
from programme.models import Registration, RegistrationStatus
from programme.selectors import dashboard_cache_invalidate
from registry.importers import RowError
from registry.spreadsheets import SpreadsheetError, spreadsheet_read

EMAIL = "E-mail"


@dataclass
class AttendancePreview:
    came: list[tuple[int, Registration]] = field(default_factory=list)  # (row, registration)
    errors: list[RowError] = field(default_factory=list)

    @property
    def is_valid(self) -> bool:
        return not self.errors and bool(self.came)


def attendance_import_preview(
    *, event: EventPage, content: bytes, filename: str
) -> AttendancePreview:
    """Who the file marks as having come, and every error by row. Saves nothing."""
    preview = AttendancePreview()
    try:
        rows = spreadsheet_read(content=content, filename=filename)
    except SpreadsheetError as error:
        preview.errors.append(RowError(0, "", str(error)))
        return preview
    if not rows or EMAIL not in rows[0]:
        preview.errors.append(
            RowError(1, EMAIL, _("Required columns are missing from the header."))
        )
        return preview
    confirmed = {
        registration.email.lower(): registration
        for registration in Registration.objects.filter(
            event=event, status=RegistrationStatus.CONFIRMED
        ).only("full_name", "email")
    }
    seen = set()
    for number, row in enumerate(rows, start=2):  # the header is row 1
        email = row[EMAIL].strip().lower()
        if not email:
            preview.errors.append(RowError(number, EMAIL, _("This column is required.")))
        elif email in seen:
            preview.errors.append(RowError(number, EMAIL, _("This e-mail is already in the file.")))
        elif email not in confirmed:
            preview.errors.append(
                RowError(number, EMAIL, _("Nobody is registered for this event with this e-mail."))
            )
        else:
            preview.came.append((number, confirmed[email]))
        seen.add(email)
    return preview


def attendance_import_apply(
    *, event: EventPage, content: bytes, filename: str
) -> AttendancePreview:
    """Check the file again and, only if every row is valid, mark everyone in it as having come.

    Those not in the file keep what was recorded, so a second list adds to the first.
    """
    preview = attendance_import_preview(event=event, content=content, filename=filename)
    if preview.is_valid:
        with transaction.atomic():
            Registration.objects.filter(pk__in=[r.pk for _row, r in preview.came]).update(
                attended=True
            )
        dashboard_cache_invalidate()  # update() sends no signals
    return preview
