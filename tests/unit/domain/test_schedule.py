from __future__ import annotations

import datetime as dt

import pytest

from bibliomobile.domain.enums import HolidayPolicy, ScheduleKind
from bibliomobile.domain.schedule import (
    Break,
    Occurrence,
    Rule,
    SkipReason,
    french_public_holidays,
    nth_weekday_of_month,
    occurrences,
    skipped_dates,
)

D = dt.date
MORNING = (dt.time(10, 0), dt.time(11, 30))
HOLIDAYS_2026 = french_public_holidays(2026, 2026)


def rule(kind: ScheduleKind, weekday: int, **kwargs: object) -> Rule:
    values: dict[str, object] = {
        "kind": kind,
        "weekday": weekday,
        "start_time": MORNING[0],
        "end_time": MORNING[1],
        "valid_from": D(2026, 1, 1),
    }
    values.update(kwargs)
    return Rule(**values)  # type: ignore[arg-type]


def dates(found: list[Occurrence]) -> list[dt.date]:
    return [o.date for o in found]


def test_french_holidays_have_french_names_and_metropolitan_dates() -> None:
    h = french_public_holidays(2026, 2027)
    assert h[D(2026, 7, 14)] == "Fête nationale"
    assert h[D(2026, 5, 1)] == "Fête du Travail"
    assert h[D(2026, 4, 6)] == "Lundi de Pâques"
    assert h[D(2026, 5, 14)] == "Ascension"
    assert h[D(2027, 3, 29)] == "Lundi de Pâques"
    # Saint-Étienne (26 December) is only a holiday in Alsace-Moselle.
    assert D(2026, 12, 26) not in h
    assert len([d for d in h if d.year == 2026]) == 11


def test_weekly_rule_gives_every_such_weekday_with_the_time_window() -> None:
    found = occurrences(rule(ScheduleKind.WEEKLY, 2), D(2026, 3, 1), D(2026, 3, 31), {})
    assert dates(found) == [D(2026, 3, 4), D(2026, 3, 11), D(2026, 3, 18), D(2026, 3, 25)]
    assert all((o.start_time, o.end_time) == MORNING for o in found)
    assert all(o.moved_from is None and o.holiday is None for o in found)


def test_every_two_weeks_counts_from_the_anchor_not_from_the_range() -> None:
    r = rule(ScheduleKind.EVERY_N_WEEKS, 1, interval_weeks=2, anchor_date=D(2026, 1, 6))
    found = occurrences(r, D(2026, 2, 1), D(2026, 3, 15), {})
    assert dates(found) == [D(2026, 2, 3), D(2026, 2, 17), D(2026, 3, 3)]
    # Nothing before the first visit, even if the range and validity start earlier.
    assert dates(occurrences(r, D(2025, 12, 1), D(2026, 1, 12), {})) == [D(2026, 1, 6)]


def test_every_four_weeks() -> None:
    r = rule(ScheduleKind.EVERY_N_WEEKS, 3, interval_weeks=4, anchor_date=D(2026, 1, 8))
    assert dates(occurrences(r, D(2026, 1, 1), D(2026, 3, 31), {})) == [
        D(2026, 1, 8),
        D(2026, 2, 5),
        D(2026, 3, 5),
    ]


def test_second_tuesday_of_the_month() -> None:
    r = rule(ScheduleKind.NTH_WEEKDAY, 1, nth=2)
    assert dates(occurrences(r, D(2026, 1, 1), D(2026, 4, 30), {})) == [
        D(2026, 1, 13),
        D(2026, 2, 10),
        D(2026, 3, 10),
        D(2026, 4, 14),
    ]


def test_last_friday_of_the_month() -> None:
    r = rule(ScheduleKind.NTH_WEEKDAY, 4, nth=-1)
    assert dates(occurrences(r, D(2026, 1, 1), D(2026, 5, 31), {})) == [
        D(2026, 1, 30),
        D(2026, 2, 27),
        D(2026, 3, 27),
        D(2026, 4, 24),
        D(2026, 5, 29),
    ]
    assert nth_weekday_of_month(2026, 7, 4, -1) == D(2026, 7, 31)


def test_validity_bounds_are_inclusive_and_cut_the_series() -> None:
    r = rule(ScheduleKind.WEEKLY, 0, valid_from=D(2026, 3, 9), valid_to=D(2026, 3, 23))
    assert dates(occurrences(r, D(2026, 1, 1), D(2026, 12, 31), {})) == [
        D(2026, 3, 9),
        D(2026, 3, 16),
        D(2026, 3, 23),
    ]


def test_bastille_day_is_skipped_by_default_and_reported() -> None:
    r = rule(ScheduleKind.WEEKLY, 1)  # Tuesdays; 14 July 2026 is a Tuesday
    found = occurrences(r, D(2026, 7, 1), D(2026, 7, 31), HOLIDAYS_2026)
    assert D(2026, 7, 14) not in dates(found)
    assert dates(found) == [D(2026, 7, 7), D(2026, 7, 21), D(2026, 7, 28)]
    skipped = skipped_dates(r, D(2026, 7, 1), D(2026, 7, 31), HOLIDAYS_2026)
    assert [(s.date, s.reason, s.label) for s in skipped] == [
        (D(2026, 7, 14), SkipReason.HOLIDAY, "Fête nationale")
    ]


def test_labour_day_moves_to_the_next_day_with_its_origin() -> None:
    r = rule(ScheduleKind.WEEKLY, 4, holiday_policy=HolidayPolicy.NEXT_DAY)  # 1 May 2026: Friday
    found = occurrences(r, D(2026, 4, 27), D(2026, 5, 3), HOLIDAYS_2026)
    assert found == [
        Occurrence(D(2026, 5, 2), *MORNING, moved_from=D(2026, 5, 1), holiday="Fête du Travail")
    ]


def test_ascension_moves_to_the_previous_day() -> None:
    r = rule(ScheduleKind.WEEKLY, 3, holiday_policy=HolidayPolicy.PREVIOUS_DAY)
    found = occurrences(r, D(2026, 5, 11), D(2026, 5, 17), HOLIDAYS_2026)
    assert [(o.date, o.moved_from, o.holiday) for o in found] == [
        (D(2026, 5, 13), D(2026, 5, 14), "Ascension")
    ]


def test_easter_monday_moved_back_skips_the_sunday() -> None:
    r = rule(ScheduleKind.WEEKLY, 0, holiday_policy=HolidayPolicy.PREVIOUS_DAY)
    found = occurrences(r, D(2026, 4, 1), D(2026, 4, 8), HOLIDAYS_2026)
    assert [(o.date, o.moved_from) for o in found] == [(D(2026, 4, 4), D(2026, 4, 6))]


def test_keep_policy_leaves_the_visit_on_the_holiday_and_names_it() -> None:
    r = rule(ScheduleKind.WEEKLY, 1, holiday_policy=HolidayPolicy.KEEP)
    (visit,) = occurrences(r, D(2026, 7, 13), D(2026, 7, 19), HOLIDAYS_2026)
    assert (visit.date, visit.moved_from, visit.holiday) == (D(2026, 7, 14), None, "Fête nationale")


def test_a_move_never_lands_on_another_holiday() -> None:
    # A Thursday visit on a made-up 7 May holiday moves "next day"; Friday 8 May is
    # Victory day, so it must jump to Saturday 9 May.
    holidays = {**HOLIDAYS_2026, D(2026, 5, 7): "Jour inventé"}
    r = rule(ScheduleKind.WEEKLY, 3, holiday_policy=HolidayPolicy.NEXT_DAY)
    found = occurrences(r, D(2026, 5, 4), D(2026, 5, 10), holidays)
    assert [(o.date, o.moved_from, o.holiday) for o in found] == [
        (D(2026, 5, 9), D(2026, 5, 7), "Jour inventé")
    ]
    assert D(2026, 5, 8) in holidays


def test_a_move_with_no_free_day_is_skipped() -> None:
    # Saturday before a Sunday and a holiday Monday: nothing free within the limit.
    holidays = {D(2026, 6, 6): "Férié A", D(2026, 6, 8): "Férié B", D(2026, 6, 9): "Férié C"}
    r = rule(ScheduleKind.WEEKLY, 5, holiday_policy=HolidayPolicy.NEXT_DAY)
    assert occurrences(r, D(2026, 6, 1), D(2026, 6, 12), holidays) == []
    (skipped,) = skipped_dates(r, D(2026, 6, 1), D(2026, 6, 12), holidays)
    assert skipped.reason is SkipReason.NO_DAY_TO_MOVE_TO


def test_a_move_does_not_leave_the_validity_range() -> None:
    r = rule(
        ScheduleKind.WEEKLY,
        4,
        valid_to=D(2026, 5, 1),
        holiday_policy=HolidayPolicy.NEXT_DAY,
    )
    assert D(2026, 5, 2) not in dates(occurrences(r, D(2026, 4, 1), D(2026, 5, 31), HOLIDAYS_2026))


def test_a_move_does_not_land_inside_a_break() -> None:
    summer = Break(D(2026, 7, 15), D(2026, 8, 31), "Congés d'été")
    r = rule(ScheduleKind.WEEKLY, 1, holiday_policy=HolidayPolicy.NEXT_DAY, breaks=(summer,))
    found = occurrences(r, D(2026, 7, 1), D(2026, 9, 10), HOLIDAYS_2026)
    assert dates(found) == [D(2026, 7, 7), D(2026, 9, 1), D(2026, 9, 8)]


def test_summer_break_removes_visits_inside_it_inclusive() -> None:
    summer = Break(D(2026, 7, 14), D(2026, 8, 25), "Congés d'été")
    r = rule(
        ScheduleKind.EVERY_N_WEEKS,
        1,
        interval_weeks=2,
        anchor_date=D(2026, 6, 30),
        breaks=(summer,),
    )
    found = occurrences(r, D(2026, 6, 1), D(2026, 9, 30), HOLIDAYS_2026)
    assert dates(found) == [D(2026, 6, 30), D(2026, 9, 8), D(2026, 9, 22)]
    skipped = skipped_dates(r, D(2026, 6, 1), D(2026, 9, 30), HOLIDAYS_2026)
    assert {s.reason for s in skipped} == {SkipReason.BREAK}
    assert [s.date for s in skipped] == [
        D(2026, 7, 14),
        D(2026, 7, 28),
        D(2026, 8, 11),
        D(2026, 8, 25),
    ]


def test_a_visit_moved_into_the_range_belongs_to_it() -> None:
    r = rule(ScheduleKind.WEEKLY, 3, holiday_policy=HolidayPolicy.NEXT_DAY)
    # Thursday 14 May (Ascension) moves to Friday 15 May: a range starting on the 15th has it.
    (visit,) = occurrences(r, D(2026, 5, 15), D(2026, 5, 20), HOLIDAYS_2026)
    assert (visit.date, visit.moved_from) == (D(2026, 5, 15), D(2026, 5, 14))


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"start_time": dt.time(12, 0), "end_time": dt.time(11, 0)}, "heure de fin"),
        ({"valid_to": D(2025, 1, 1)}, "fin de validité"),
        ({"kind": ScheduleKind.NTH_WEEKDAY, "nth": 5}, "Rang invalide"),
        ({"kind": ScheduleKind.EVERY_N_WEEKS, "interval_weeks": 2}, "premier passage"),
        (
            {"kind": ScheduleKind.EVERY_N_WEEKS, "interval_weeks": 2, "anchor_date": D(2026, 1, 7)},
            "jour de la semaine",
        ),
    ],
)
def test_inconsistent_rules_are_refused_in_french(kwargs: dict[str, object], message: str) -> None:
    values: dict[str, object] = {"kind": ScheduleKind.WEEKLY, "weekday": 1}
    values.update(kwargs)
    with pytest.raises(ValueError, match=message):
        rule(**values)  # type: ignore[arg-type]
