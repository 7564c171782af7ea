from __future__ import annotations

import datetime as dt

from bibliomobile.domain.enums import HolidayPolicy, ScheduleKind
from bibliomobile.domain.schedule import Break, Rule, occurrences
from bibliomobile.services.bookmobile.schedule_rules import rule_from_model, rule_to_columns
from bibliomobile.store.models import Library, ScheduleRule, Stop, Tour
from bibliomobile.store.uow import Store


def test_a_stored_rule_reads_back_as_the_same_domain_rule(store: Store) -> None:
    rule = Rule(
        kind=ScheduleKind.EVERY_N_WEEKS,
        weekday=1,
        interval_weeks=2,
        anchor_date=dt.date(2026, 1, 6),
        start_time=dt.time(10, 0),
        end_time=dt.time(11, 30),
        valid_from=dt.date(2026, 1, 1),
        valid_to=None,
        holiday_policy=HolidayPolicy.NEXT_DAY,
        breaks=(Break(dt.date(2026, 7, 14), dt.date(2026, 8, 25), "Congés d'été"),),
    )
    with store.unit_of_work() as uow:
        library = Library(name="Médiathèque départementale", code="MD63")
        uow.session.add(library)
        uow.session.flush()
        tour = Tour(name="Tournée Nord", vehicle="Bibliobus 1", library_id=library.id)
        uow.session.add(tour)
        uow.session.flush()
        stop = Stop(tour_id=tour.id, commune="Ennezat", place="Place de l'Église")
        uow.session.add(stop)
        uow.session.flush()
        stored = ScheduleRule(stop_id=stop.id, **rule_to_columns(rule))
        uow.session.add(stored)
        uow.commit()
        rule_id = stored.id
    with store.unit_of_work() as uow:
        loaded = rule_from_model(uow.session.get_one(ScheduleRule, rule_id))
    assert loaded == rule
    span = (dt.date(2026, 7, 1), dt.date(2026, 9, 30))
    assert occurrences(loaded, *span, {}) == occurrences(rule, *span, {})
