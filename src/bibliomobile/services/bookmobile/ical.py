"""iCalendar (RFC 5545) timetable of a tour, for municipal websites and phones.

Written by hand (the format is small): one VEVENT per visit with a stable UID, so a
calendar that subscribed to the file updates a moved or cancelled visit instead of adding
a new one; local times with ``TZID=Europe/Paris`` and the matching VTIMEZONE; text
escaped, lines folded at 75 octets, CRLF line ends.

An export reads only: the visits the rules give over the period are worked out in a
savepoint that is rolled back, so their UID cannot be the id of a row; it is made from
the stop and the day the rule gives (the day a moved visit was moved from), the same
before and after the van generates the visit. A visit added by hand keeps its id.
``METHOD:PUBLISH`` comes with the ``ORGANIZER`` RFC 5546 requires: the library's sending
address (setting ``smtp.sender``); without one the file has no METHOD (a plain RFC 5545
calendar, which every client reads).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from bibliomobile import __version__
from bibliomobile.services.bookmobile.tours import tour_row
from bibliomobile.services.bookmobile.visit_calendar import EXCEPTION_MOVED, VisitRow, calendar
from bibliomobile.services.bookmobile.visit_generation import generate_visits
from bibliomobile.services.notifications.common import device_setting
from bibliomobile.services.text import format_date
from bibliomobile.store.uow import UnitOfWork

TZID = "Europe/Paris"
UID_DOMAIN = "bibliomobile"

# Central European Time with the EU summer-time rule (last Sunday of March/October).
VTIMEZONE = (
    "BEGIN:VTIMEZONE",
    f"TZID:{TZID}",
    "X-LIC-LOCATION:Europe/Paris",
    "BEGIN:DAYLIGHT",
    "TZOFFSETFROM:+0100",
    "TZOFFSETTO:+0200",
    "TZNAME:CEST",
    "DTSTART:19700329T020000",
    "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
    "END:DAYLIGHT",
    "BEGIN:STANDARD",
    "TZOFFSETFROM:+0200",
    "TZOFFSETTO:+0100",
    "TZNAME:CET",
    "DTSTART:19701025T030000",
    "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
    "END:STANDARD",
    "END:VTIMEZONE",
)


def escape_text(value: str) -> str:
    """A TEXT value escaped as RFC 5545 §3.3.11 asks."""
    return (
        value.replace("\\", "\\\\")
        .replace(";", "\\;")
        .replace(",", "\\,")
        .replace("\r\n", "\\n")
        .replace("\n", "\\n")
    )


def fold(line: str) -> str:
    """Fold a content line at 75 octets (RFC 5545 §3.1), never inside a UTF-8 character."""
    encoded = line.encode("utf-8")
    if len(encoded) <= 75:
        return line
    parts: list[str] = []
    current = ""
    size = 0
    limit = 75
    for char in line:
        width = len(char.encode("utf-8"))
        if size + width > limit:
            parts.append(current)
            current, size = "", 0
            limit = 74  # continuation lines start with a space
        current += char
        size += width
    parts.append(current)
    return "\r\n ".join(parts)


def _local(day: dt.date, time: dt.time) -> str:
    return f"{day:%Y%m%d}T{time:%H%M%S}"


def _description(visit: VisitRow) -> str:
    lines: list[str] = []
    if visit.cancelled:
        lines.append(
            "Passage annulé" + (f" : {visit.cancel_reason}" if visit.cancel_reason else ".")
        )
    elif visit.moved_from is not None:
        why = f" ({visit.holiday})" if visit.holiday and visit.exception != EXCEPTION_MOVED else ""
        lines.append(f"Passage déplacé, au lieu du {format_date(visit.moved_from)}{why}.")
    lines.append(f"Tournée : {visit.tour_name}")
    return "\n".join(lines)


def visit_uid(visit: VisitRow) -> str:
    """The event's UID: the stop and the day the rule gives, or the id of an added visit."""
    if visit.rule_id is None and visit.moved_from is None:
        return f"{visit.visit_id}@{UID_DOMAIN}"
    day = visit.moved_from or visit.date
    return f"{visit.stop_id}-{day:%Y%m%d}@{UID_DOMAIN}"


def _event(visit: VisitRow, stamp: str) -> list[str]:
    location = visit.address or f"{visit.place}, {visit.commune}"
    lines = [
        "BEGIN:VEVENT",
        f"UID:{visit_uid(visit)}",
        f"DTSTAMP:{stamp}",
        f"DTSTART;TZID={TZID}:{_local(visit.date, visit.start_time)}",
        f"DTEND;TZID={TZID}:{_local(visit.date, visit.end_time)}",
        f"SUMMARY:{escape_text(f'Bibliobus – {visit.commune}, {visit.place}')}",
        f"LOCATION:{escape_text(location)}",
    ]
    if visit.latitude is not None and visit.longitude is not None:
        lines.append(f"GEO:{visit.latitude:.6f};{visit.longitude:.6f}")
    lines.append(f"DESCRIPTION:{escape_text(_description(visit))}")
    lines.append("STATUS:CANCELLED" if visit.cancelled else "STATUS:CONFIRMED")
    # A changed visit gets a higher sequence so subscribed calendars take the change.
    lines.append(f"SEQUENCE:{0 if visit.exception is None else 1}")
    lines.append("TRANSP:TRANSPARENT")
    lines.append("END:VEVENT")
    return lines


def render_ical(
    name: str,
    visits: Iterable[VisitRow],
    *,
    now: dt.datetime | None = None,
    organizer: str | None = None,
) -> bytes:
    """The iCalendar file (UTF-8 bytes, CRLF) of these visits.

    Args:
        name: the calendar's display name (``X-WR-CALNAME``).
        visits: the visits, cancelled ones included (they carry ``STATUS:CANCELLED``).
        now: the DTSTAMP (UTC); defaults to the current time.
        organizer: the library's e-mail address: with it the file is published
            (``METHOD:PUBLISH``) and every event names it as ``ORGANIZER``.
    """
    moment = (now or dt.datetime.now(dt.UTC)).astimezone(dt.UTC)
    stamp = f"{moment:%Y%m%dT%H%M%S}Z"
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        f"PRODID:-//Bibliomobile//Bibliomobile {__version__}//FR",
        "CALSCALE:GREGORIAN",
    ]
    if organizer:
        lines.append("METHOD:PUBLISH")
    lines += [
        f"X-WR-CALNAME:{escape_text(name)}",
        f"X-WR-TIMEZONE:{TZID}",
        *VTIMEZONE,
    ]
    for visit in visits:
        event = _event(visit, stamp)
        if organizer:
            event.insert(-1, f"ORGANIZER;CN=Bibliobus:mailto:{organizer}")
        lines.extend(event)
    lines.append("END:VCALENDAR")
    return "".join(fold(line) + "\r\n" for line in lines).encode("utf-8")


def tour_ical(
    uow: UnitOfWork,
    tour_id: str,
    start: dt.date,
    end: dt.date,
    *,
    now: dt.datetime | None = None,
) -> bytes:
    """The iCalendar file of a tour's visits in ``[start, end]``, the visits its rules
    give included; writes nothing (the caller has nothing to commit)."""
    savepoint = uow.session.begin_nested()
    try:
        generate_visits(uow, tour_id=tour_id, start=start, end=end)
        visits = calendar(uow, tour_id=tour_id, start=start, end=end)
    finally:
        savepoint.rollback()
    organizer = (device_setting(uow, "smtp.sender") or "").strip() or None
    name = f"Bibliobus – {tour_row(uow, tour_id).name}"
    return render_ical(name, visits, now=now, organizer=organizer)
