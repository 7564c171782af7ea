"""Schedule rules and visits in words, in the interface language.

"toutes les 2 semaines, le mardi", "le 2e mardi du mois", "pause estivale"… The same
sentences as :func:`bibliomobile.services.tours.describe_rule` (used by the French public
timetable), but through Qt Linguist so the English interface gets English.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication

from bibliomobile.domain.enums import HolidayPolicy, ScheduleKind, VisitStatus
from bibliomobile.domain.schedule import Rule
from bibliomobile.services.tours import EXCEPTION_ADDED, EXCEPTION_MOVED, VisitRow

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


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def weekday_name(weekday: int) -> str:
    return tr(WEEKDAYS[weekday])


def time_text(value: dt.time) -> str:
    return f"{value.hour}h{value.minute:02d}"


def date_text(value: dt.date) -> str:
    return value.strftime("%d/%m/%Y")


def frequency_text(rule: Rule) -> str:
    """``toutes les 2 semaines, le mardi`` / ``le 2e mardi du mois`` / ``tous les mardis``."""
    day = weekday_name(rule.weekday)
    if rule.kind is ScheduleKind.NTH_WEEKDAY:
        return tr("le {nth} {day} du mois").format(nth=tr(ORDINALS[rule.nth or 1]), day=day)
    if rule.kind is ScheduleKind.EVERY_N_WEEKS and rule.interval_weeks > 1:
        return tr("toutes les {n} semaines, le {day}").format(n=rule.interval_weeks, day=day)
    return tr("tous les {day}s").format(day=day)


def rule_text(rule: Rule) -> str:
    """The whole rule on one line: frequency, hours, validity, holidays, breaks."""
    parts = [
        tr("{when}, {start}–{end}").format(
            when=frequency_text(rule),
            start=time_text(rule.start_time),
            end=time_text(rule.end_time),
        )
    ]
    if rule.valid_to is not None:
        parts.append(
            tr("du {start} au {end}").format(
                start=date_text(rule.valid_from), end=date_text(rule.valid_to)
            )
        )
    else:
        parts.append(tr("à partir du {start}").format(start=date_text(rule.valid_from)))
    parts.append(tr(HOLIDAY_POLICIES[rule.holiday_policy]))
    for period in rule.breaks:
        parts.append(
            tr("{label} du {start} au {end}").format(
                label=period.label or tr("pause"),
                start=date_text(period.start),
                end=date_text(period.end),
            )
        )
    return " ; ".join(parts)


def visit_state(visit: VisitRow) -> str:
    """What the calendar's "État" column says."""
    if visit.status == VisitStatus.CANCELLED:
        return tr("Annulé")
    if visit.status == VisitStatus.OPEN:
        return tr("En cours")
    if visit.status == VisitStatus.CLOSED:
        return tr("Terminé")
    return tr("Prévu")


def visit_remark(visit: VisitRow) -> str:
    """Why the visit differs from its rule, if it does."""
    if visit.status == VisitStatus.CANCELLED:
        return visit.cancel_reason or ""
    if visit.exception == EXCEPTION_MOVED and visit.moved_from is not None:
        return tr("déplacé (au lieu du {date})").format(date=date_text(visit.moved_from))
    if visit.exception == EXCEPTION_ADDED:
        return tr("passage supplémentaire")
    if visit.moved_from is not None:
        return tr("{holiday} : déplacé du {date}").format(
            holiday=visit.holiday or tr("jour férié"), date=date_text(visit.moved_from)
        )
    if visit.holiday:
        return tr("{holiday} : passage maintenu").format(holiday=visit.holiday)
    return ""
