"""Weekly availability windows of beneficiaries and volunteers ("lun 09:00-12:00").

Days are typed in French or in English ("lun", "mon", "lundi", "Monday") and shown in
the language of the screen.

Stored as JSON on the profile, typed by people in the form, read by the planner.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from bibliomobile.lang import Message
from bibliomobile.message_codes.days import WEEKDAY_CODES, WEEKDAY_SHORT_CODES
from bibliomobile.services.home_delivery.common import HomeDeliveryError
from bibliomobile.services.text import WEEKDAYS_FR

#: When a beneficiary gave no availability: weekdays, office hours.
DEFAULT_AVAILABILITY_HOURS = (dt.time(9, 0), dt.time(17, 0))


@dataclass(frozen=True, slots=True)
class Window:
    """A weekly availability window: ``weekday`` 0 = Monday, from ``start`` to ``end``."""

    weekday: int
    start: dt.time
    end: dt.time

    def label(self) -> str:
        day = Message(WEEKDAY_CODES[self.weekday])
        return f"{day} {self.start:%H:%M}–{self.end:%H:%M}"


_TIME = re.compile(r"^(\d{1,2})[:hH](\d{2})$")


def parse_time(text: str) -> dt.time:
    """ "9:30", "09h30" → time; a clear French error otherwise."""
    match = _TIME.match(text.strip())
    if not match or int(match.group(1)) > 23 or int(match.group(2)) > 59:
        raise HomeDeliveryError(Message("home_delivery.heure_non_comprise_text", text=text))
    return dt.time(int(match.group(1)), int(match.group(2)))


def windows_to_json(windows: Iterable[Window]) -> list[dict[str, Any]]:
    return [
        {"weekday": w.weekday, "start": w.start.strftime("%H:%M"), "end": w.end.strftime("%H:%M")}
        for w in windows
    ]


def windows_from_json(raw: Iterable[dict[str, Any]]) -> tuple[Window, ...]:
    found = []
    for entry in raw:
        try:
            found.append(
                Window(
                    int(entry["weekday"]),
                    dt.time.fromisoformat(str(entry["start"])),
                    dt.time.fromisoformat(str(entry["end"])),
                )
            )
        except (KeyError, ValueError, TypeError):
            continue  # a malformed entry from an old device: ignored, not fatal
    return tuple(sorted(found, key=lambda w: (w.weekday, w.start)))


def check_windows(windows: Iterable[Window]) -> None:
    """Known weekdays, each window ending after it starts.

    Raises:
        HomeDeliveryError: otherwise (French message).
    """
    for w in windows:
        if not 0 <= w.weekday <= 6:
            raise HomeDeliveryError(Message("home_delivery.jour_semaine_inconnu_disponibilites"))
        if w.end <= w.start:
            raise HomeDeliveryError(
                Message("home_delivery.disponibilite_value_heure_fin", value=w.label())
            )


def windows_on(windows: Sequence[Window], day: dt.date) -> list[Window]:
    """The windows of ``windows`` that apply on ``day`` (default hours if none at all)."""
    if not windows:
        if day.weekday() >= 5:
            return []
        start, end = DEFAULT_AVAILABILITY_HOURS
        return [Window(day.weekday(), start, end)]
    return [w for w in windows if w.weekday == day.weekday()]


#: The first three letters of a day, French or English (no prefix is in both lists).
_DAY_PREFIXES = {
    **{name[:3]: index for index, name in enumerate(WEEKDAYS_FR)},
    **{name: index for index, name in enumerate(("mon", "tue", "wed", "thu", "fri", "sat", "sun"))},
}
_WINDOW = re.compile(
    r"^\s*(\w+)\.?\s+(\d{1,2}(?:[:hH]\d{0,2})?)\s*[-–à]+\s*(\d{1,2}(?:[:hH]\d{0,2})?)\s*$"
)


def _loose_time(text: str) -> dt.time:
    text = text.strip().lower()
    if text.endswith("h"):
        text += "00"
    if text.isdigit():
        text += ":00"
    return parse_time(text)


def parse_windows(text: str) -> tuple[Window, ...]:
    """Parse windows as people type them: "lun 9:00-12:00; jeu 14h-16h30", "mon 9-12".

    Raises:
        HomeDeliveryError: a part that is not "day start-end" (French message).
    """
    found = []
    for part in re.split(r"[;\n]", text):
        if not part.strip():
            continue
        match = _WINDOW.match(part)
        day = _DAY_PREFIXES.get(match.group(1).lower()[:3]) if match else None
        if match is None or day is None:
            raise HomeDeliveryError(
                Message("home_delivery.disponibilite_non_comprise_value", value=part.strip())
            )
        window = Window(day, _loose_time(match.group(2)), _loose_time(match.group(3)))
        check_windows([window])
        found.append(window)
    return tuple(sorted(found, key=lambda w: (w.weekday, w.start)))


def format_windows(windows: Iterable[Window]) -> str:
    """Windows as the form shows them: "lun 09:00-12:00; jeu 14:00-16:30" (or "mon …")."""
    return "; ".join(
        f"{Message(WEEKDAY_SHORT_CODES[w.weekday])} {w.start:%H:%M}-{w.end:%H:%M}" for w in windows
    )
