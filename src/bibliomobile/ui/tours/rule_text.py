"""Schedule rules and visits in words, in the interface language.

"toutes les 2 semaines, le mardi", "le 2e mardi du mois", "pause estivale"… The same
sentences as :func:`bibliomobile.services.bookmobile.schedule_rules.describe_rule` (used by the French public
timetable), but through Qt Linguist so the English interface gets English.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication

from bibliomobile.domain.enums import HolidayPolicy, ScheduleKind, VisitStatus
from bibliomobile.domain.schedule import Rule
from bibliomobile.services.bookmobile.visit_calendar import (
    EXCEPTION_ADDED,
    EXCEPTION_MOVED,
    VisitRow,
)

from ..i18n import QT_TRANSLATE_NOOP

CONTEXT = "Rules"

WEEKDAYS = (
    QT_TRANSLATE_NOOP("Rules", "lundi"),
    QT_TRANSLATE_NOOP("Rules", "mardi"),
    QT_TRANSLATE_NOOP("Rules", "mercredi"),
    QT_TRANSLATE_NOOP("Rules", "jeudi"),
    QT_TRANSLATE_NOOP("Rules", "vendredi"),
    QT_TRANSLATE_NOOP("Rules", "samedi"),
    QT_TRANSLATE_NOOP("Rules", "dimanche"),
)

ORDINALS = {
    1: QT_TRANSLATE_NOOP("Rules", "1er"),
    2: QT_TRANSLATE_NOOP("Rules", "2e"),
    3: QT_TRANSLATE_NOOP("Rules", "3e"),
    4: QT_TRANSLATE_NOOP("Rules", "4e"),
    -1: QT_TRANSLATE_NOOP("Rules", "dernier"),
}

HOLIDAY_POLICIES = {
    HolidayPolicy.SKIP: QT_TRANSLATE_NOOP("Rules", "pas de passage les jours fériés"),
    HolidayPolicy.NEXT_DAY: QT_TRANSLATE_NOOP("Rules", "jour férié : passage le lendemain"),
    HolidayPolicy.PREVIOUS_DAY: QT_TRANSLATE_NOOP("Rules", "jour férié : passage la veille"),
    HolidayPolicy.KEEP: QT_TRANSLATE_NOOP("Rules", "passage maintenu les jours fériés"),
}

#: Suggested names of breaks (the coordinator may type another).
BREAK_NAMES = (
    QT_TRANSLATE_NOOP("Rules", "pause estivale"),
    QT_TRANSLATE_NOOP("Rules", "vacances de la Toussaint"),
    QT_TRANSLATE_NOOP("Rules", "vacances de Noël"),
    QT_TRANSLATE_NOOP("Rules", "vacances d'hiver"),
    QT_TRANSLATE_NOOP("Rules", "vacances de printemps"),
)


def translated(text: str) -> str:
    """A text marked with ``QT_TRANSLATE_NOOP("Rules", ...)``, in the interface language."""
    return QCoreApplication.translate(CONTEXT, text)


def weekday_name(weekday: int) -> str:
    return translated(WEEKDAYS[weekday])


def time_text(value: dt.time) -> str:
    return f"{value.hour}h{value.minute:02d}"


def date_text(value: dt.date) -> str:
    return value.strftime("%d/%m/%Y")


def frequency_text(rule: Rule) -> str:
    """``toutes les 2 semaines, le mardi`` / ``le 2e mardi du mois`` / ``tous les mardis``."""
    day = weekday_name(rule.weekday)
    if rule.kind is ScheduleKind.NTH_WEEKDAY:
        return QCoreApplication.translate("Rules", "le {nth} {day} du mois").format(
            nth=translated(ORDINALS[rule.nth or 1]), day=day
        )
    if rule.kind is ScheduleKind.EVERY_N_WEEKS and rule.interval_weeks > 1:
        return QCoreApplication.translate("Rules", "toutes les {n} semaines, le {day}").format(
            n=rule.interval_weeks, day=day
        )
    return QCoreApplication.translate("Rules", "tous les {day}s").format(day=day)


def rule_text(rule: Rule, since: dt.date | None = None) -> str:
    """The whole rule on one line: frequency, hours, validity, holidays, breaks.

    Args:
        since: leave out the breaks over before this day (the list of a stop's rules
            shows what is ahead; the rule's dialog shows them all).
    """
    parts = [
        QCoreApplication.translate("Rules", "{when}, {start}–{end}").format(
            when=frequency_text(rule),
            start=time_text(rule.start_time),
            end=time_text(rule.end_time),
        )
    ]
    if rule.valid_to is not None:
        parts.append(
            QCoreApplication.translate("Rules", "du {start} au {end}").format(
                start=date_text(rule.valid_from), end=date_text(rule.valid_to)
            )
        )
    else:
        parts.append(
            QCoreApplication.translate("Rules", "à partir du {start}").format(
                start=date_text(rule.valid_from)
            )
        )
    parts.append(translated(HOLIDAY_POLICIES[rule.holiday_policy]))
    for period in rule.breaks:
        if since is not None and period.end < since:
            continue
        parts.append(
            QCoreApplication.translate("Rules", "{label} du {start} au {end}").format(
                label=period.label or QCoreApplication.translate("Rules", "pause"),
                start=date_text(period.start),
                end=date_text(period.end),
            )
        )
    return " ; ".join(parts)


def visit_state(visit: VisitRow) -> str:
    """What the calendar's "État" column says."""
    if visit.status == VisitStatus.CANCELLED:
        return QCoreApplication.translate("Rules", "Annulé")
    if visit.status == VisitStatus.OPEN:
        return QCoreApplication.translate("Rules", "En cours")
    if visit.status == VisitStatus.CLOSED:
        return QCoreApplication.translate("Rules", "Terminé")
    return QCoreApplication.translate("Rules", "Prévu")


def visit_remark(visit: VisitRow) -> str:
    """Why the visit differs from its rule, if it does."""
    if visit.status == VisitStatus.CANCELLED:
        return visit.cancel_reason or ""
    if visit.exception == EXCEPTION_MOVED and visit.moved_from is not None:
        return QCoreApplication.translate("Rules", "déplacé (au lieu du {date})").format(
            date=date_text(visit.moved_from)
        )
    if visit.exception == EXCEPTION_ADDED:
        return QCoreApplication.translate("Rules", "passage supplémentaire")
    if visit.moved_from is not None:
        return QCoreApplication.translate("Rules", "{holiday} : déplacé du {date}").format(
            holiday=visit.holiday or QCoreApplication.translate("Rules", "jour férié"),
            date=date_text(visit.moved_from),
        )
    if visit.holiday:
        return QCoreApplication.translate("Rules", "{holiday} : passage maintenu").format(
            holiday=visit.holiday
        )
    return ""


def visit_label(visit: VisitRow) -> str:
    """A visit in one line: ``Saint-Amant, place de l'Église, mardi 31/03/2026 10h00–11h30``."""
    return QCoreApplication.translate("Rules", "{stop}, {day} {date} {start}–{end}").format(
        stop=visit.stop_label,
        day=weekday_name(visit.date.weekday()),
        date=date_text(visit.date),
        start=time_text(visit.start_time),
        end=time_text(visit.end_time),
    )
