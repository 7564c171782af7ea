"""Tours and timetables on a real store: rules → calendar, exceptions, cancellation cascade."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from bibliomobile.domain.enums import HolidayPolicy, ScheduleKind
from bibliomobile.domain.schedule import Break, Rule
from bibliomobile.services.bookmobile import (
    rescheduling,
    rule_changes,
    schedule_rules,
    tours,
    visit_calendar,
    visit_generation,
    visit_notices,
)
from bibliomobile.services.bookmobile import visit_changes as changes
from bibliomobile.services.bookmobile.visits import open_visit
from bibliomobile.services.circulation.lookup import patron_panel
from bibliomobile.services.circulation.open_loans import open_loans
from bibliomobile.store.models import (
    CirculationEvent,
    OutboxEntry,
    Patron,
    Request,
    StopVisit,
)
from bibliomobile.store.uow import Store
from builders.timetable import (
    TODAY,
    D,
    T,
    add_request,
    add_slot,
    count,
    fortnightly,
    make_desk,
    make_village,
    visit_at,
    visit_dates,
)

# -- tours, stops, rules ---------------------------------------------------------------


def test_tours_and_stops_are_listed_in_route_order(store: Store) -> None:
    village = make_village(store)
    with store.unit_of_work() as uow:
        [tour] = tours.list_tours(uow)
        stops = tours.list_stops(uow, village.tour_id)
        assert tours.find_tour(uow, "  tournée du val ").tour_id == village.tour_id
    assert (tour.name, tour.vehicle, tour.stop_count) == ("Tournée du Val", "Bibliobus 2", 2)
    assert [s.label for s in stops] == [
        "Saint-Amant, place de l'Église",
        "Étables, salle des fêtes",
    ]
    assert stops[0].latitude == 45.65 and stops[0].rule_count == 1


def test_bad_input_is_refused_in_french_and_writes_nothing(store: Store) -> None:
    village = make_village(store)
    before = count(store, OutboxEntry)
    with store.unit_of_work() as uow:
        with pytest.raises(tours.TimetableError, match="s'appelle déjà"):
            tours.create_tour(uow, "TOURNÉE DU VAL")
        with pytest.raises(tours.TimetableError, match="commune"):
            tours.create_stop(uow, village.tour_id, tours.StopData(commune=" ", place="mairie"))
        with pytest.raises(tours.TimetableError, match="latitude et la longitude"):
            tours.create_stop(uow, village.tour_id, tours.StopData("Vic", "mairie", latitude=45.0))
        with pytest.raises(tours.TimetableError, match=r"Tournée inconnue.*Tournée du Val"):
            tours.find_tour(uow, "Nord")
        uow.commit()
    assert count(store, OutboxEntry) == before


def test_rules_are_described_in_french() -> None:
    second_tuesday = Rule(
        kind=ScheduleKind.NTH_WEEKDAY,
        weekday=1,
        nth=2,
        start_time=T(9, 30),
        end_time=T(11, 0),
        valid_from=D(2026, 1, 1),
        breaks=(Break(D(2026, 7, 14), D(2026, 8, 25), "pause estivale"),),
    )
    assert schedule_rules.describe_rule(second_tuesday) == (
        "le 2e mardi du mois, 9h30–11h00 ; à partir du 01/01/2026 ; "
        "pas de passage les jours fériés ; pause estivale du 14/07/2026 au 25/08/2026"
    )
    label = schedule_rules.describe_rule(
        fortnightly(D(2026, 3, 3), holiday_policy=HolidayPolicy.NEXT_DAY)
    )
    assert label.startswith("toutes les 2 semaines, le mardi (à partir du 03/03/2026), 10h00–11h30")
    assert "jour férié : passage le lendemain" in label
    last_friday = Rule(
        kind=ScheduleKind.NTH_WEEKDAY,
        weekday=4,
        nth=-1,
        start_time=T(14, 0),
        end_time=T(16, 0),
        valid_from=D(2026, 1, 1),
        valid_to=D(2026, 12, 31),
    )
    assert schedule_rules.describe_rule(last_friday).startswith(
        "le dernier vendredi du mois, 14h00–16h00 ; du 01/01/2026 au 31/12/2026"
    )


# -- rules → calendar ------------------------------------------------------------------


def test_fortnightly_rule_fills_the_calendar(store: Store) -> None:
    village = make_village(store)
    assert visit_dates(store, village.stop_id, D(2026, 3, 1), D(2026, 4, 30)) == [
        D(2026, 3, 3),
        D(2026, 3, 17),
        D(2026, 3, 31),
        D(2026, 4, 14),
        D(2026, 4, 28),
    ]
    with store.unit_of_work() as uow:
        rows = visit_calendar.calendar(
            uow, tour_id=village.tour_id, start=D(2026, 3, 1), end=D(2026, 3, 10)
        )
        only_etables = visit_calendar.calendar(
            uow, tour_id=village.tour_id, commune="ÉTABLES", start=D(2026, 3, 1), end=D(2026, 3, 31)
        )
    assert [(r.date, r.commune, r.start_time) for r in rows] == [
        (D(2026, 3, 3), "Saint-Amant", T(10, 0)),
        (D(2026, 3, 5), "Étables", T(14, 0)),
    ]
    assert {r.commune for r in only_etables} == {"Étables"} and len(only_etables) == 2


def test_public_holiday_moves_or_skips_a_visit_by_rule(store: Store) -> None:
    # 14 July 2026 is a Tuesday (Fête nationale).
    moved = make_village(store, fortnightly(D(2026, 6, 30), holiday_policy=HolidayPolicy.NEXT_DAY))
    with store.unit_of_work() as uow:
        visit_generation.generate_visits(
            uow, stop_id=moved.stop_id, start=D(2026, 6, 1), end=D(2026, 7, 31), today=TODAY
        )
        rows = visit_calendar.calendar(
            uow, stop_id=moved.stop_id, start=D(2026, 7, 1), end=D(2026, 7, 31)
        )
        # The same rule with "skip": no visit that fortnight.
        rule_changes.update_rule(uow, moved.rule_id, fortnightly(D(2026, 6, 30)))
        report = visit_generation.generate_visits(
            uow, stop_id=moved.stop_id, start=D(2026, 6, 1), end=D(2026, 7, 31), today=TODAY
        )
        uow.commit()
    assert [(r.date, r.moved_from, r.holiday) for r in rows] == [
        (D(2026, 7, 15), D(2026, 7, 14), "Fête nationale"),
        (D(2026, 7, 28), None, None),
    ]
    assert report.removed == 1 and report.created == 0
    assert visit_dates(store, moved.stop_id, D(2026, 7, 1), D(2026, 7, 31)) == [D(2026, 7, 28)]


def test_nth_weekday_rule_with_a_summer_break(store: Store) -> None:
    rule = Rule(
        kind=ScheduleKind.NTH_WEEKDAY,
        weekday=1,
        nth=2,
        start_time=T(9, 30),
        end_time=T(11, 0),
        valid_from=D(2026, 1, 1),
        breaks=(Break(D(2026, 7, 1), D(2026, 8, 31), "pause estivale"),),
    )
    village = make_village(store, rule)
    with store.unit_of_work() as uow:
        visit_generation.generate_visits(
            uow, stop_id=village.stop_id, start=D(2026, 5, 1), end=D(2026, 10, 31), today=TODAY
        )
        uow.commit()
    assert visit_dates(store, village.stop_id, D(2026, 5, 1), D(2026, 10, 31)) == [
        D(2026, 5, 12),
        D(2026, 6, 9),
        D(2026, 9, 8),
        D(2026, 10, 13),
    ]


def test_generation_is_idempotent_and_respects_exceptions(store: Store) -> None:
    village = make_village(store)
    cancelled = visit_at(store, village.stop_id, D(2026, 3, 17))
    moved = visit_at(store, village.stop_id, D(2026, 3, 31))
    with store.unit_of_work() as uow:
        changes.cancel_visit(uow, cancelled, "Panne du véhicule")
        changes.move_visit(uow, moved, D(2026, 4, 1), T(14, 0), T(15, 30))
        changes.add_visit(uow, village.stop_id, D(2026, 4, 4), T(10, 0), T(12, 0))
        uow.commit()
    visits, outbox = count(store, StopVisit), count(store, OutboxEntry)
    with store.unit_of_work() as uow:
        report = visit_generation.generate_visits(
            uow, tour_id=village.tour_id, start=D(2026, 3, 1), end=D(2026, 6, 30), today=TODAY
        )
        uow.commit()
    assert (report.created, report.updated, report.removed) == (0, 0, 0)
    assert (count(store, StopVisit), count(store, OutboxEntry)) == (visits, outbox)
    with store.unit_of_work() as uow:
        rows = {
            r.date: r
            for r in visit_calendar.calendar(
                uow, stop_id=village.stop_id, start=D(2026, 3, 1), end=D(2026, 4, 10)
            )
        }
    assert (
        rows[D(2026, 3, 17)].cancelled and rows[D(2026, 3, 17)].cancel_reason == "Panne du véhicule"
    )
    assert D(2026, 3, 31) not in rows
    assert (rows[D(2026, 4, 1)].moved_from, rows[D(2026, 4, 1)].start_time) == (
        D(2026, 3, 31),
        T(14, 0),
    )
    assert rows[D(2026, 4, 4)].exception == "added"


def test_editing_a_rule_updates_planned_visits_and_keeps_referenced_ones(store: Store) -> None:
    village = make_village(store)
    moved = visit_at(store, village.stop_id, D(2026, 3, 17))
    requested = visit_at(store, village.stop_id, D(2026, 3, 31))
    with store.unit_of_work() as uow:
        changes.move_visit(uow, moved, D(2026, 3, 18))
        # A drive request on 31 March keeps that visit even when the rule no longer gives it.
        patron = Patron(card_barcode="C1", first_name="Jeanne", last_name="Martin")
        uow.session.add(patron)
        uow.session.flush()
        uow.session.add(
            Request(
                patron_id=patron.id,
                visit_id=requested,
                channel="phone",
                kind="surprise",
            )
        )
        rule_changes.update_rule(
            uow, village.rule_id, fortnightly(D(2026, 3, 3), start_time=T(9, 0), end_time=T(10, 0))
        )
        timed = visit_generation.generate_visits(
            uow, stop_id=village.stop_id, start=D(2026, 3, 1), end=D(2026, 6, 30), today=TODAY
        )
        # Wednesdays instead of Tuesdays.
        rule_changes.update_rule(uow, village.rule_id, fortnightly(D(2026, 3, 4)))
        moved_day = visit_generation.generate_visits(
            uow, stop_id=village.stop_id, start=D(2026, 3, 1), end=D(2026, 6, 30), today=TODAY
        )
        uow.commit()
    assert timed.created == 0 and timed.updated == 8  # 9 Tuesdays, one moved by hand
    assert moved_day.removed == 7
    assert [r.date for r in moved_day.stale] == [D(2026, 3, 31)]
    dates = visit_dates(store, village.stop_id, D(2026, 3, 1), D(2026, 4, 30))
    assert dates == [
        D(2026, 3, 4),
        D(2026, 3, 18),
        D(2026, 3, 31),
        D(2026, 4, 1),
        D(2026, 4, 15),
        D(2026, 4, 29),
    ]


def test_saving_a_rule_generates_its_visits_in_one_use_case(store: Store) -> None:
    village = make_village(store)
    with store.unit_of_work() as uow:
        report = rule_changes.update_rule_and_generate(
            uow,
            village.rule_id,
            fortnightly(D(2026, 3, 3), start_time=T(9, 0), end_time=T(10, 0)),
            start=D(2026, 3, 1),
            end=D(2026, 6, 30),
        )
        added = rule_changes.add_rule_and_generate(
            uow,
            village.other_stop_id,
            fortnightly(D(2026, 3, 7), start_time=T(9, 0), end_time=T(10, 0)),
            start=D(2026, 3, 1),
            end=D(2026, 3, 31),
        )
        uow.commit()
    assert (report.created, report.updated) == (0, 9)
    assert added.created == 2  # Saturdays 7 and 21 March
    with store.unit_of_work() as uow:
        rows = visit_calendar.calendar(
            uow, stop_id=village.stop_id, start=D(2026, 3, 1), end=D(2026, 3, 10)
        )
    assert [(r.date, r.start_time) for r in rows] == [(D(2026, 3, 3), T(9, 0))]


def test_a_rule_whose_visits_cannot_be_generated_is_not_kept(store: Store) -> None:
    village = make_village(store)
    visits, outbox = count(store, StopVisit), count(store, OutboxEntry)
    with store.unit_of_work() as uow:
        with pytest.raises(tours.TimetableError, match="précède son début"):
            rule_changes.add_rule_and_generate(
                uow,
                village.stop_id,
                fortnightly(D(2026, 3, 4)),
                start=D(2026, 6, 30),
                end=D(2026, 3, 1),
            )
        # The rule was written in this unit of work before the generation failed…
        assert len(rule_changes.list_rules(uow, village.stop_id)) == 2
    # … and leaving it without a commit keeps nothing.
    with store.unit_of_work() as uow:
        assert len(rule_changes.list_rules(uow, village.stop_id)) == 1
    assert (count(store, StopVisit), count(store, OutboxEntry)) == (visits, outbox)


# -- cancellation cascade --------------------------------------------------------------


def test_cancelling_a_visit_moves_due_dates_requests_and_lists_patrons(store: Store) -> None:
    desk = make_desk(store)
    old_slot = add_slot(store, desk.visit_0331, T(10, 0), 4)
    add_slot(store, desk.visit_0414, T(10, 0), 1)
    lucie_request = add_request(store, desk.patrons[2], desk.visit_0331, old_slot)
    paul_request = add_request(store, desk.patrons[1], desk.visit_0331, old_slot)

    with store.unit_of_work() as uow:
        change = changes.cancel_visit(uow, desk.visit_0331, "Panne du véhicule")
        uow.commit()

    assert change.visit.cancelled and change.next_visit is not None
    assert change.next_visit.date == D(2026, 4, 14)
    assert (change.loans_rescheduled, change.requests_moved, change.requests_flagged) == (3, 1, 1)
    # The circulation desk's own derivation sees the new due dates.
    with store.unit_of_work() as uow:
        jeanne = open_loans(uow, desk.patrons[0], today=D(2026, 4, 1))
        paul = open_loans(uow, desk.patrons[1], today=D(2026, 4, 1))
        panel = patron_panel(uow, desk.patrons[0], today=D(2026, 4, 1))
    assert [loan.due_date for loan in jeanne] == [D(2026, 4, 14)] * 2
    assert [loan.due_date for loan in paul] == [D(2026, 4, 14)]
    assert not any(loan.overdue for loan in jeanne) and not panel.blocks
    # Requests: the first one (by time taken) got the only place at the next visit.
    with store.reader() as s:
        moved = s.get(Request, lucie_request)
        flagged = s.get(Request, paul_request)
        assert moved is not None and flagged is not None
        assert (moved.visit_id, moved.moved_from_visit_id) == (desk.visit_0414, desk.visit_0331)
        assert flagged.visit_id == desk.visit_0331
    with store.unit_of_work() as uow:
        [replan] = visit_notices.requests_to_replan(uow, desk.village.tour_id)
    assert (replan.patron_name, replan.visit.date) == ("Paul Durand", D(2026, 3, 31))

    people = {p.name: p for p in change.to_notify}
    assert list(people) == ["Lucie Bernard", "Paul Durand", "Jeanne Martin"]
    assert people["Jeanne Martin"].channel == "sms"
    assert people["Jeanne Martin"].contact == "06 11 22 33 44"
    assert people["Jeanne Martin"].changes == ("2 documents à rendre le 14/04/2026",)
    assert people["Paul Durand"].contact == "paul@example.org"
    assert people["Paul Durand"].changes == (
        "1 document à rendre le 14/04/2026",
        "demande drive sans créneau au prochain passage : à replanifier avec le lecteur",
    )
    assert people["Lucie Bernard"].address == "2 rue Haute, 63450 Saint-Amant"
    assert people["Lucie Bernard"].changes == (
        "demande drive reportée au 14/04/2026, créneau 10h00–10h30",
    )
    assert people["Jeanne Martin"].address is None  # no postal address unless by letter
    # The list can be shown again later: it is derived from the data.
    with store.unit_of_work() as uow:
        assert visit_notices.patrons_to_notify(uow, desk.visit_0331) == list(change.to_notify)


def test_the_cascade_is_written_as_events_with_change_capture(store: Store) -> None:
    desk = make_desk(store)
    with store.reader() as s:
        before = s.scalar(select(func.max(OutboxEntry.seq)))
    with store.unit_of_work() as uow:
        changes.cancel_visit(uow, desk.visit_0331, "Route barrée")
        uow.commit()
    with store.reader() as s:
        ops = s.execute(
            select(OutboxEntry.entity, OutboxEntry.op).where(OutboxEntry.seq > (before or 0))
        ).all()
        events = s.scalars(
            select(CirculationEvent).where(CirculationEvent.flag == rescheduling.RESCHEDULED_FLAG)
        ).all()
    assert ops.count(("stop_visits", "update")) == 1
    assert ops.count(("circulation_events", "insert")) == 3
    assert {(e.kind, e.due_date, e.visit_id) for e in events} == {
        ("renew", D(2026, 4, 14), desk.visit_0331)
    }
    assert all(
        e.override_reason
        and e.override_reason.startswith("Passage annulé du 31/03/2026 (Route barrée)")
        for e in events
    )


def test_a_cancellation_without_reason_or_twice_changes_nothing(store: Store) -> None:
    desk = make_desk(store)
    outbox = count(store, OutboxEntry)
    with store.unit_of_work() as uow:
        with pytest.raises(tours.TimetableError, match="raison"):
            changes.cancel_visit(uow, desk.visit_0331, "   ")
        uow.commit()
    assert count(store, OutboxEntry) == outbox
    with store.unit_of_work() as uow:
        changes.cancel_visit(uow, desk.visit_0331, "Neige")
        uow.commit()
    with store.unit_of_work() as uow, pytest.raises(tours.TimetableError, match="déjà annulé"):
        changes.cancel_visit(uow, desk.visit_0331, "Neige")
    with store.unit_of_work() as uow:
        open_visit(uow, desk.visit_0303)
        uow.commit()
    with store.unit_of_work() as uow, pytest.raises(tours.TimetableError, match="en cours"):
        changes.cancel_visit(uow, desk.visit_0303, "Neige")


def test_cancelling_reaches_beyond_the_generated_calendar(store: Store) -> None:
    desk = make_desk(store)
    last = visit_at(store, desk.village.stop_id, D(2026, 6, 23))
    with store.unit_of_work() as uow:
        change = changes.cancel_visit(uow, last, "Fête du village")
        uow.commit()
    # The calendar was generated up to 30 June: the next visit is generated on demand.
    assert change.next_visit is not None and change.next_visit.date == D(2026, 7, 7)


def test_moving_a_visit_later_carries_its_loans_and_tells_drive_patrons(store: Store) -> None:
    desk = make_desk(store)
    add_request(store, desk.patrons[2], desk.visit_0331, None)
    with store.unit_of_work() as uow:
        change = changes.move_visit(uow, desk.visit_0331, D(2026, 4, 2), T(14, 0), T(15, 0))
        uow.commit()
    assert change.loans_rescheduled == 3 and change.visit.moved_from == D(2026, 3, 31)
    with store.unit_of_work() as uow:
        assert {loan.due_date for loan in open_loans(uow, desk.patrons[0])} == {D(2026, 4, 2)}
    people = {p.name: p.changes for p in change.to_notify}
    assert people["Lucie Bernard"] == (
        "passage déplacé : sac drive à retirer le 02/04/2026 à partir de 14h00",
    )
    assert people["Jeanne Martin"] == ("2 documents à rendre le 02/04/2026",)
    with store.unit_of_work() as uow, pytest.raises(tours.TimetableError, match="déjà un passage"):
        changes.move_visit(uow, desk.visit_0414, D(2026, 4, 2), T(14, 0), T(15, 0))


def test_loans_of_a_last_visit_cancelled_are_still_listed_to_notify(store: Store) -> None:
    desk = make_desk(store)
    with store.unit_of_work() as uow:
        # The stop is no longer served after March: the 31 March visit is its last one.
        rule_changes.update_rule(
            uow, desk.village.rule_id, fortnightly(D(2026, 3, 3), valid_to=D(2026, 3, 31))
        )
        visit_generation.generate_visits(
            uow, stop_id=desk.village.stop_id, start=D(2026, 3, 1), end=D(2026, 12, 31), today=TODAY
        )
        change = changes.cancel_visit(uow, desk.visit_0331, "Fin de la desserte")
        uow.commit()
    assert change.next_visit is None and change.loans_rescheduled == 0
    people = {p.name: p.changes for p in change.to_notify}
    assert people["Jeanne Martin"] == (
        "2 documents à rendre le 31/03/2026 : aucun autre passage prévu, à voir avec la médiathèque",
    )
    with store.unit_of_work() as uow:  # due dates are not invented
        assert {loan.due_date for loan in open_loans(uow, desk.patrons[0])} == {D(2026, 3, 31)}


def test_a_summer_break_for_the_whole_tour_removes_its_visits(store: Store) -> None:
    village = make_village(store)
    summer = Break(D(2026, 4, 10), D(2026, 5, 10), "vacances de printemps")
    with store.unit_of_work() as uow:
        assert rule_changes.add_break_to_tour(uow, village.tour_id, summer) == 2
        assert rule_changes.add_break_to_tour(uow, village.tour_id, summer) == 0
        report = visit_generation.generate_visits(
            uow, tour_id=village.tour_id, start=D(2026, 3, 1), end=D(2026, 6, 30), today=TODAY
        )
        [rule] = rule_changes.list_rules(uow, village.stop_id)
        uow.commit()
    # Saint-Amant 14 and 28 April, Étables 16 and 30 April.
    assert report.removed == 4 and report.created == 0
    assert rule.label.endswith("vacances de printemps du 10/04/2026 au 10/05/2026")
    assert visit_dates(store, village.stop_id, D(2026, 4, 1), D(2026, 5, 31)) == [
        D(2026, 5, 12),
        D(2026, 5, 26),
    ]


def test_renaming_a_tour_and_deleting_a_rule(store: Store) -> None:
    village = make_village(store)
    with store.unit_of_work() as uow:
        renamed = tours.update_tour(
            uow, village.tour_id, name=" Tournée  du Val d'Allier ", vehicle=None, loan_days=21
        )
        removed = rule_changes.delete_rule(uow, village.rule_id, today=D(2026, 4, 1))
        uow.commit()
    assert (renamed.name, renamed.loan_days, renamed.stop_count) == (
        "Tournée du Val d'Allier",
        21,
        2,
    )
    # Past visits stay (without a rule); the future ones go.
    assert removed == 6
    assert visit_dates(store, village.stop_id, D(2026, 3, 1), D(2026, 6, 30)) == [
        D(2026, 3, 3),
        D(2026, 3, 17),
        D(2026, 3, 31),
    ]
    with store.unit_of_work() as uow:
        assert rule_changes.list_rules(uow, village.stop_id) == []
        with pytest.raises(tours.TimetableError, match="Durée de prêt invalide"):
            tours.update_tour(uow, village.tour_id, name="X", vehicle=None, loan_days=0)


def test_a_stop_taken_out_of_service_loses_its_future_visits(store: Store) -> None:
    village = make_village(store)
    with store.unit_of_work() as uow:
        [saint_amant, _etables] = tours.list_stops(uow, village.tour_id)
        tours.update_stop(
            uow,
            village.stop_id,
            tours.StopData(saint_amant.commune, saint_amant.place, active=False),
        )
        report = visit_generation.generate_visits(
            uow,
            tour_id=village.tour_id,
            start=D(2026, 3, 1),
            end=D(2026, 6, 30),
            today=D(2026, 5, 1),
        )
        uow.commit()
    # 12 and 26 May, 9 and 23 June go; the visits before 1 May are history and stay.
    assert report.removed == 4
    assert visit_dates(store, village.stop_id, D(2026, 3, 1), D(2026, 6, 30)) == [
        D(2026, 3, 3),
        D(2026, 3, 17),
        D(2026, 3, 31),
        D(2026, 4, 14),
        D(2026, 4, 28),
    ]
    assert len(visit_dates(store, village.other_stop_id, D(2026, 3, 1), D(2026, 6, 30))) == 8
