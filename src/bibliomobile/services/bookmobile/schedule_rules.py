"""Schedule rules as stored and as read: the domain's :class:`Rule` and its French text.

:func:`rule_from_model` and :func:`rule_to_columns` convert between a stored
:class:`ScheduleRule` and the domain's rule; :func:`describe_rule` says a rule in
French. The store keeps breaks as JSON:
``[{"from": "2026-07-14", "to": "2026-08-25", "label": "…"}]`` (ISO dates);
:func:`rule_from_model` reads them, :func:`breaks_to_json` writes them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from typing import Any

from bibliomobile.domain.enums import HolidayPolicy, ScheduleKind
from bibliomobile.domain.schedule import Break, Rule
from bibliomobile.services.text import WEEKDAYS_FR, format_time
from bibliomobile.store.models import ScheduleRule


def _as_date(value: Any) -> dt.date:
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value))


def break_from_json(data: Mapping[str, Any]) -> Break:
    """One stored break (``{"from", "to", "label"}``) as a domain :class:`Break`."""
    return Break(_as_date(data["from"]), _as_date(data["to"]), str(data.get("label") or ""))


def breaks_to_json(breaks: Iterable[Break]) -> list[dict[str, Any]]:
    """Domain breaks in the JSON form stored in ``schedule_rules.breaks``."""
    return [
        {"from": b.start.isoformat(), "to": b.end.isoformat(), "label": b.label} for b in breaks
    ]


def rule_from_model(model: ScheduleRule) -> Rule:
    """The domain rule of a stored :class:`ScheduleRule`.

    Raises:
        ValueError: the stored rule is inconsistent (message in French).
    """
    return Rule(
        kind=ScheduleKind(model.kind),
        weekday=model.weekday,
        interval_weeks=model.interval_weeks or 1,
        nth=model.nth,
        anchor_date=model.anchor_date,
        start_time=model.start_time,
        end_time=model.end_time,
        valid_from=model.valid_from,
        valid_to=model.valid_to,
        holiday_policy=HolidayPolicy(model.holiday_policy or HolidayPolicy.SKIP),
        breaks=tuple(break_from_json(b) for b in (model.breaks or [])),
    )


def rule_to_columns(rule: Rule) -> dict[str, Any]:
    """Column values of a :class:`ScheduleRule` for a domain rule (without ``stop_id``/``id``)."""
    return {
        "kind": str(rule.kind),
        "weekday": rule.weekday,
        "interval_weeks": rule.interval_weeks,
        "nth": rule.nth,
        "anchor_date": rule.anchor_date,
        "start_time": rule.start_time,
        "end_time": rule.end_time,
        "valid_from": rule.valid_from,
        "valid_to": rule.valid_to,
        "holiday_policy": str(rule.holiday_policy),
        "breaks": breaks_to_json(rule.breaks),
    }


def _ordinal(nth: int) -> str:
    return "dernier" if nth == -1 else ("1er" if nth == 1 else f"{nth}e")


def describe_rule(rule: Rule) -> str:
    """The rule in French, e.g. ``le 2e mardi du mois, 10h00–11h30``.

    Used by lists, the public timetable and the rule editor's preview.
    """
    day = WEEKDAYS_FR[rule.weekday]
    if rule.kind is ScheduleKind.NTH_WEEKDAY:
        when = f"le {_ordinal(rule.nth or 1)} {day} du mois"
    elif rule.kind is ScheduleKind.EVERY_N_WEEKS and rule.interval_weeks > 1:
        assert rule.anchor_date is not None
        when = (
            f"toutes les {rule.interval_weeks} semaines, le {day} "
            f"(à partir du {rule.anchor_date:%d/%m/%Y})"
        )
    else:
        when = f"tous les {day}s"
    parts = [f"{when}, {format_time(rule.start_time)}–{format_time(rule.end_time)}"]
    if rule.valid_to is not None:
        parts.append(f"du {rule.valid_from:%d/%m/%Y} au {rule.valid_to:%d/%m/%Y}")
    else:
        parts.append(f"à partir du {rule.valid_from:%d/%m/%Y}")
    parts.append(
        {
            HolidayPolicy.SKIP: "pas de passage les jours fériés",
            HolidayPolicy.NEXT_DAY: "jour férié : passage le lendemain",
            HolidayPolicy.PREVIOUS_DAY: "jour férié : passage la veille",
            HolidayPolicy.KEEP: "passage maintenu les jours fériés",
        }[rule.holiday_policy]
    )
    for period in rule.breaks:
        label = period.label or "pause"
        parts.append(f"{label} du {period.start:%d/%m/%Y} au {period.end:%d/%m/%Y}")
    return " ; ".join(parts)
