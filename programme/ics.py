"""An iCalendar (RFC 5545) file for an event, written with the standard library.

Events of the programme are whole days, so DTSTART/DTEND are dates and DTEND is the day
after the last one (the end is exclusive). Lines end in CRLF and are folded at 75 octets.
"""

import datetime

from django.utils import timezone

PRODUCT_ID = "-//Konstruktor soobshchestv//Programme events//RU"
LINE_OCTETS = 75


def ics_escape(text: str) -> str:
    """Escape TEXT values: backslash, semicolon, comma and newlines."""
    return (
        text.replace("\\", "\\\\")
        .replace(";", "\\;")
        .replace(",", "\\,")
        .replace("\r\n", "\\n")
        .replace("\n", "\\n")
    )


def ics_fold(line: str) -> str:
    """Fold a content line into chunks of at most 75 octets, never inside a UTF-8 character."""
    chunks, current, size = [], "", 0
    for char in line:
        octets = len(char.encode())
        # Continuation lines start with a space, which counts towards their 75 octets.
        limit = LINE_OCTETS if not chunks else LINE_OCTETS - 1
        if size + octets > limit:
            chunks.append(current)
            current, size = "", 0
        current += char
        size += octets
    chunks.append(current)
    return "\r\n ".join(chunks)


def _date(day: datetime.date) -> str:
    return day.strftime("%Y%m%d")


def event_calendar(
    *, uid: str, title: str, start: datetime.date, end: datetime.date | None, place: str, url: str
) -> bytes:
    stamp = timezone.now().astimezone(datetime.UTC).strftime("%Y%m%dT%H%M%SZ")
    last_day = end or start
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        f"PRODID:{PRODUCT_ID}",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        "BEGIN:VEVENT",
        f"UID:{uid}",
        f"DTSTAMP:{stamp}",
        f"DTSTART;VALUE=DATE:{_date(start)}",
        f"DTEND;VALUE=DATE:{_date(last_day + datetime.timedelta(days=1))}",
        f"SUMMARY:{ics_escape(title)}",
    ]
    if place:
        lines.append(f"LOCATION:{ics_escape(place)}")
    lines += [f"URL:{url}", "END:VEVENT", "END:VCALENDAR"]
    return "".join(ics_fold(line) + "\r\n" for line in lines).encode()
