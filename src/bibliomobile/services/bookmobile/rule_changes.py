"""A stop's schedule rules: list, add, change, delete, a break for a whole tour.

Each change has a use case that also generates the visits the rules now give over a
period (:func:`add_rule_and_generate`, …): what the coordinator expects to see in the
calendar once the rule is saved. The rules' storage and their French description are
in :mod:`bibliomobile.services.bookmobile.schedule_rules`.

Every write goes through the unit of work (change capture); the caller commits.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select

from bibliomobile.domain.schedule import Break, Rule
from bibliomobile.lang import Message
from bibliomobile.services.bookmobile.schedule_rules import (
    breaks_to_json,
    describe_rule,
    rule_from_model,
    rule_to_columns,
)
from bibliomobile.services.bookmobile.tours import TimetableError, get_stop, get_tour
from bibliomobile.services.bookmobile.visit_generation import (
    GenerationReport,
    can_delete_visit,
    delete_visit,
    generate_visits,
)
from bibliomobile.store.models import ScheduleRule, Stop, StopVisit
from bibliomobile.store.uow import UnitOfWork


@dataclass(frozen=True, slots=True)
class RuleRow:
    """A schedule rule of a stop, with its French description."""

    rule_id: str
    stop_id: str
    rule: Rule
    label: str


def list_rules(uow: UnitOfWork, stop_id: str) -> list[RuleRow]:
    """The schedule rules of a stop, with a French description of each."""
    models = uow.session.scalars(
        select(ScheduleRule)
        .where(ScheduleRule.stop_id == stop_id)
        .order_by(ScheduleRule.valid_from, ScheduleRule.weekday, ScheduleRule.start_time)
    ).all()
    rows = []
    for model in models:
        rule = rule_from_model(model)
        rows.append(RuleRow(model.id, model.stop_id, rule, describe_rule(rule)))
    return rows


def add_rule(uow: UnitOfWork, stop_id: str, rule: Rule) -> RuleRow:
    """Add a schedule rule to a stop (:func:`add_rule_and_generate` also makes its visits).

    Raises:
        TimetableError: unknown stop.
    """
    get_stop(uow, stop_id)
    model = ScheduleRule(stop_id=stop_id, **rule_to_columns(rule))
    uow.session.add(model)
    uow.session.flush()
    return RuleRow(model.id, stop_id, rule, describe_rule(rule))


def update_rule(uow: UnitOfWork, rule_id: str, rule: Rule) -> RuleRow:
    """Replace a rule's settings (:func:`update_rule_and_generate` also redoes its visits).

    Raises:
        TimetableError: unknown rule.
    """
    model = uow.session.get(ScheduleRule, rule_id)
    if model is None:
        raise TimetableError(Message("bookmobile.regle_passage_existe"))
    for column, value in rule_to_columns(rule).items():
        if getattr(model, column) != value:
            setattr(model, column, value)
    uow.session.flush()
    return RuleRow(model.id, model.stop_id, rule, describe_rule(rule))


def delete_rule(uow: UnitOfWork, rule_id: str, *, today: dt.date | None = None) -> int:
    """Delete a rule and its future planned visits that nothing refers to.

    Visits that already took place, were changed by hand or hold loans or requests stay
    (as visits without a rule). Returns the number of visits deleted.

    Raises:
        TimetableError: unknown rule.
    """
    model = uow.session.get(ScheduleRule, rule_id)
    if model is None:
        raise TimetableError(Message("bookmobile.regle_passage_existe"))
    today = today or dt.date.today()
    removed = 0
    for visit in uow.session.scalars(select(StopVisit).where(StopVisit.rule_id == rule_id)):
        if can_delete_visit(uow, visit, today):
            delete_visit(uow, visit)
            removed += 1
        else:
            visit.rule_id = None
    uow.session.flush()
    uow.session.delete(model)
    uow.session.flush()
    return removed


def add_break_to_tour(uow: UnitOfWork, tour_id: str, period: Break) -> int:
    """Add a break (summer, school holidays) to every rule of every stop of a tour.

    A rule that already has exactly this break is left alone. Generate the visits
    afterwards to remove the planned visits it cancels (:func:`add_break_and_generate`).

    Returns:
        The number of rules changed.

    Raises:
        TimetableError: unknown tour.
    """
    get_tour(uow, tour_id)
    changed = 0
    models = uow.session.scalars(
        select(ScheduleRule)
        .join(Stop, Stop.id == ScheduleRule.stop_id)
        .where(Stop.tour_id == tour_id)
    ).all()
    for model in models:
        rule = rule_from_model(model)
        if any((b.start, b.end) == (period.start, period.end) for b in rule.breaks):
            continue
        model.breaks = breaks_to_json((*rule.breaks, period))
        changed += 1
    uow.session.flush()
    return changed


# -- use cases: a rule saved, then the calendar follows -----------------------------------


def add_rule_and_generate(
    uow: UnitOfWork, stop_id: str, rule: Rule, *, start: dt.date, end: dt.date
) -> GenerationReport:
    """Add a schedule rule to a stop and create the stop's visits in ``[start, end]``.

    Raises:
        TimetableError: unknown stop, or a period the calendar refuses (the caller
            then commits nothing, the rule included).
    """
    add_rule(uow, stop_id, rule)
    return generate_visits(uow, stop_id=stop_id, start=start, end=end)


def update_rule_and_generate(
    uow: UnitOfWork, rule_id: str, rule: Rule, *, start: dt.date, end: dt.date
) -> GenerationReport:
    """Replace a rule's settings and bring its stop's visits in ``[start, end]`` in line.

    Raises:
        TimetableError: unknown rule, invalid range.
    """
    row = update_rule(uow, rule_id, rule)
    return generate_visits(uow, stop_id=row.stop_id, start=start, end=end)


def add_break_and_generate(
    uow: UnitOfWork, tour_id: str, period: Break, *, start: dt.date, end: dt.date
) -> GenerationReport:
    """Add a break to every rule of a tour, then generate the tour's visits in ``[start, end]``.

    The planned visits that fall in the break and that nothing refers to are removed.

    Raises:
        TimetableError: unknown tour, invalid range.
    """
    add_break_to_tour(uow, tour_id, period)
    return generate_visits(uow, tour_id=tour_id, start=start, end=end)
