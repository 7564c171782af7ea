"""Day and month names: full, and as typed in availability windows (French source text)."""

from __future__ import annotations

from .base import QT_TRANSLATE_NOOP, Entry

#: Monday first, as ``date.weekday()``.
WEEKDAY_CODES = tuple(
    f"days.{name}"
    for name in ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
)
WEEKDAY_SHORT_CODES = tuple(
    f"days.{name}" for name in ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
)

MONTH_CODES = tuple(
    f"months.{name}"
    for name in (
        "january", "february", "march", "april", "may", "june",
        "july", "august", "september", "october", "november", "december",
    )
)  # fmt: skip

CODES: dict[str, Entry] = {
    "days.monday": QT_TRANSLATE_NOOP("Message", "lundi"),
    "days.tuesday": QT_TRANSLATE_NOOP("Message", "mardi"),
    "days.wednesday": QT_TRANSLATE_NOOP("Message", "mercredi"),
    "days.thursday": QT_TRANSLATE_NOOP("Message", "jeudi"),
    "days.friday": QT_TRANSLATE_NOOP("Message", "vendredi"),
    "days.saturday": QT_TRANSLATE_NOOP("Message", "samedi"),
    "days.sunday": QT_TRANSLATE_NOOP("Message", "dimanche"),
    "days.mon": QT_TRANSLATE_NOOP("Message", "lun"),
    "days.tue": QT_TRANSLATE_NOOP("Message", "mar"),
    "days.wed": QT_TRANSLATE_NOOP("Message", "mer"),
    "days.thu": QT_TRANSLATE_NOOP("Message", "jeu"),
    "days.fri": QT_TRANSLATE_NOOP("Message", "ven"),
    "days.sat": QT_TRANSLATE_NOOP("Message", "sam"),
    "days.sun": QT_TRANSLATE_NOOP("Message", "dim"),
    "months.january": QT_TRANSLATE_NOOP("Message", "janvier"),
    "months.february": QT_TRANSLATE_NOOP("Message", "février"),
    "months.march": QT_TRANSLATE_NOOP("Message", "mars"),
    "months.april": QT_TRANSLATE_NOOP("Message", "avril"),
    "months.may": QT_TRANSLATE_NOOP("Message", "mai"),
    "months.june": QT_TRANSLATE_NOOP("Message", "juin"),
    "months.july": QT_TRANSLATE_NOOP("Message", "juillet"),
    "months.august": QT_TRANSLATE_NOOP("Message", "août"),
    "months.september": QT_TRANSLATE_NOOP("Message", "septembre"),
    "months.october": QT_TRANSLATE_NOOP("Message", "octobre"),
    "months.november": QT_TRANSLATE_NOOP("Message", "novembre"),
    "months.december": QT_TRANSLATE_NOOP("Message", "décembre"),
}
