"""The .ics file attached to the confirmation: valid RFC 5545 lines a calendar app imports."""

import datetime

from programme.ics import event_calendar, ics_fold


def calendar(**overrides):
    arguments = {
        "uid": "event-7@konstruktor.example",
        "title": "Зональный модуль: концепции муниципальных программ, поддержка сообществ",
        "start": datetime.date(2026, 10, 3),
        "end": datetime.date(2026, 10, 4),
        "place": "Стерлитамак; ДК «Химик», зал 2",
        "url": "https://konstruktor.example/ru/events/module/",
    }
    return event_calendar(**{**arguments, **overrides}).decode()


def unfolded(text):
    return text.replace("\r\n ", "")


def test_calendar_structure_dates_and_crlf():
    text = calendar()
    assert text.endswith("\r\n")
    assert "\n" not in text.replace("\r\n", "")
    lines = unfolded(text).split("\r\n")[:-1]
    assert lines[:2] == ["BEGIN:VCALENDAR", "VERSION:2.0"]
    assert lines[-2:] == ["END:VEVENT", "END:VCALENDAR"]
    assert "UID:event-7@konstruktor.example" in lines
    assert "DTSTART;VALUE=DATE:20261003" in lines
    assert "DTEND;VALUE=DATE:20261005" in lines  # the day after the last one
    stamp = next(line for line in lines if line.startswith("DTSTAMP:"))
    assert len(stamp) == len("DTSTAMP:20261003T120000Z") and stamp.endswith("Z")
    assert (
        "SUMMARY:Зональный модуль: концепции муниципальных программ\\, поддержка сообществ" in lines
    )
    assert "LOCATION:Стерлитамак\\; ДК «Химик»\\, зал 2" in lines


def test_one_day_event_ends_the_next_day_and_has_no_location_without_place():
    lines = unfolded(calendar(end=None, place="")).split("\r\n")
    assert "DTEND;VALUE=DATE:20261004" in lines
    assert not any(line.startswith("LOCATION") for line in lines)


def test_long_lines_are_folded_at_75_octets_without_breaking_letters():
    text = calendar()
    for line in text.split("\r\n"):
        assert len(line.encode()) <= 75
    assert "\r\n " in text  # the Cyrillic summary needed folding
    folded = ics_fold("SUMMARY:" + "ж" * 100)
    assert all(len(part.encode()) <= 75 for part in folded.split("\r\n"))
    assert folded.replace("\r\n ", "") == "SUMMARY:" + "ж" * 100
