"""How the services write dates, times, stops and names in French text.

Shared by labels, notifications, timetables, round sheets and the drive, without
loading any PDF machinery: a module that only needs a date in words imports this.
"""

from __future__ import annotations

import datetime as dt

from bibliomobile.lang import Message
from bibliomobile.message_codes.days import MONTH_CODES, WEEKDAY_CODES
from bibliomobile.store.models import Stop

WEEKDAYS_FR = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
WEEKDAYS_SHORT_FR = ("lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim.")
MONTHS_FR = (
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
)


def format_time(value: dt.time) -> str:
    """French clock time: ``10h00``."""
    return f"{value.hour}h{value.minute:02d}"


def format_date(value: dt.date) -> str:
    """French date with the weekday: ``mardi 14 juillet 2026``."""
    return f"{WEEKDAYS_FR[value.weekday()]} {value.day} {MONTHS_FR[value.month - 1]} {value.year}"


def long_date(value: dt.date) -> str:
    """The date with the weekday in the language shown: ``mardi 14 juillet 2026``,
    ``Tuesday 14 July 2026`` (French public texts use :func:`format_date`)."""
    weekday = Message(WEEKDAY_CODES[value.weekday()])
    month = Message(MONTH_CODES[value.month - 1])
    return f"{weekday} {value.day} {month} {value.year}"


def date_text(day: dt.date | None, compact: int = 0) -> str:
    """ "mar. 24/11/2026"; shorter with ``compact`` 1 ("mar. 24/11") or 2 ("24/11")."""
    if day is None:
        return ""
    if compact >= 2:
        return f"{day:%d/%m}"
    if compact == 1:
        return f"{WEEKDAYS_SHORT_FR[day.weekday()]} {day:%d/%m}"
    return f"{WEEKDAYS_SHORT_FR[day.weekday()]} {day:%d/%m/%Y}"


def stop_name(stop: Stop) -> str:
    """ "Saint-Amant — place de l'église": what a label and a list call a stop."""
    return f"{stop.commune} — {stop.place}" if stop.place else stop.commune


def initials(first_name: str, last_name: str) -> str:
    """ "Jean-Pierre", "Martin" → "J.-P. M." (what a label may show of a name)."""

    def of(part: str) -> str:
        pieces = [p for p in part.replace("-", " - ").split() if p]
        out = ""
        for piece in pieces:
            out += "-" if piece == "-" else piece[0].upper() + "."
        return out

    return " ".join(x for x in (of(first_name), of(last_name)) if x)
