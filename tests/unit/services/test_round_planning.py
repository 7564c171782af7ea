"""Round planning: time windows, hours, capacity, dropped visits reported, locks, reordering."""

from __future__ import annotations

import datetime as dt
import itertools
import random
import re
import threading
import time
from dataclasses import replace

import pytest
from sqlalchemy import select

from bibliomobile.services.home_delivery.availability import Window
from bibliomobile.services.home_delivery.beneficiaries import (
    BeneficiaryProfile,
    beneficiary_detail,
    save_beneficiary,
)
from bibliomobile.services.home_delivery.common import HomeDeliveryError
from bibliomobile.services.home_delivery.planning import plan_rounds, save_plan, solve_planning
from bibliomobile.services.home_delivery.planning_problem import read_planning
from bibliomobile.services.home_delivery.plans import PlanningSettings, plan_summary
from bibliomobile.services.home_delivery.round_order import reorder_round, set_locked
from bibliomobile.services.home_delivery.rounds import round_view
from bibliomobile.services.home_delivery.routing.ortools_adapter import solve
from bibliomobile.services.home_delivery.routing.problem import (
    Place,
    RoutingProblem,
    RoutingVehicle,
    RoutingVisit,
    Span,
    earliest_schedule,
)
from bibliomobile.services.home_delivery.routing.process import solve_in_process
from bibliomobile.services.home_delivery.visit_outcomes import record_outcome
from bibliomobile.services.home_delivery.volunteers import (
    VolunteerData,
    save_volunteer,
    volunteer_data,
)
from bibliomobile.store.models import Delivery, Round
from bibliomobile.store.uow import Store
from builders.home_delivery import HomeWorld, build_home_world

FAST = PlanningSettings(time_budget_s=0.5)
#: A legal basis and the information of the person, on record (required to plan).
ON_RECORD = {
    "legal_basis": "public_task",
    "informed_on": dt.date(2026, 1, 5),
    "informed_how": "letter",
}


def random_problem(seed: int, visits: int = 30, volunteers: int = 3) -> RoutingProblem:
    rng = random.Random(seed)

    def place() -> Place:
        return Place(45.72 + rng.uniform(-0.1, 0.1), 3.34 + rng.uniform(-0.12, 0.12))

    vehicles = []
    for k in range(volunteers):
        home = place()
        for day in (0, 1):
            start = day * 86400 + rng.choice((8, 9)) * 3600
            vehicles.append(RoutingVehicle(f"v{k}d{day}", home, Span(start, start + 4 * 3600), 5))
    found = []
    for i in range(visits):
        day = rng.choice((0, 1))
        start = day * 86400 + rng.choice((9, 10, 11)) * 3600
        found.append(RoutingVisit(f"b{i}", place(), (Span(start, start + 2 * 3600),), 15 * 60))
    return RoutingProblem(tuple(found), tuple(vehicles), speed_kmh=30, time_budget_s=1.0)


@pytest.mark.slow
def test_every_planned_time_respects_windows_hours_and_capacity() -> None:
    problem = random_problem(7, visits=36)
    solution = solve(problem)
    distances = problem.distance_matrix()
    travel = problem.travel_matrix(distances)
    n = len(problem.visits)
    served: list[int] = []
    for route in solution.routes:
        vehicle = problem.vehicles[route.vehicle_index]
        assert len(route.stops) <= vehicle.capacity
        assert vehicle.shift.start <= route.start_s and route.end_s <= vehicle.shift.end
        clock = route.start_s
        previous = n + route.vehicle_index
        for stop in route.stops:
            visit = problem.visits[stop.visit_index]
            assert any(w.start <= stop.arrival_s <= w.end for w in visit.windows)
            # The volunteer can really get there in time from the previous stop.
            assert stop.arrival_s >= clock + travel[previous][stop.visit_index]
            clock = stop.arrival_s + visit.service_s
            previous = stop.visit_index
            served.append(stop.visit_index)
        assert clock + travel[previous][n + route.vehicle_index] <= route.end_s
    # 36 visits, 6 rounds of at most 5: some cannot fit; none is lost silently.
    assert sorted(served + list(solution.dropped)) == list(range(n))
    assert len(served) == len(set(served)) <= 30
    assert len(solution.dropped) >= 6


def test_a_visit_that_cannot_fit_is_reported() -> None:
    home = Place(45.72, 3.34)
    vehicle = RoutingVehicle("v", home, Span(9 * 3600, 12 * 3600), 10)
    ok = RoutingVisit("ok", Place(45.73, 3.35), (Span(9 * 3600, 11 * 3600),), 900)
    evening = RoutingVisit("evening", Place(45.73, 3.35), (Span(18 * 3600, 19 * 3600),), 900)
    nobody = RoutingVisit("nobody", Place(45.73, 3.35), (Span(9 * 3600, 11 * 3600),), 900, ())
    solution = solve(RoutingProblem((ok, evening, nobody), (vehicle,), time_budget_s=0.3))
    assert [[s.visit_index for s in r.stops] for r in solution.routes] == [[0]]
    assert solution.dropped == (1, 2)


def test_cancel_stops_the_search_and_keeps_the_best_plan() -> None:
    reports: list[tuple[int, int]] = []
    base = random_problem(3)
    solution = solve(
        RoutingProblem(base.visits, base.vehicles, time_budget_s=30),
        progress=lambda done, total, _text: reports.append((done, total)),
        cancelled=lambda: len(reports) >= 3,
    )
    assert solution.cancelled
    assert solution.wall_time_s < 10
    assert solution.routes
    assert reports[-1][0] == reports[-1][1]  # the bar ends full


def test_earliest_schedule_waits_for_windows_and_flags_missed_ones() -> None:
    schedule = earliest_schedule(
        Span(8 * 3600, 12 * 3600),
        [600, 600],
        [(Span(10 * 3600, 11 * 3600),), (Span(8 * 3600, 9 * 3600),)],
        [300],
        [[0, 120], [120, 0]],
        [300, 300],
    )
    assert schedule.arrivals[0] == 10 * 3600  # waits for the first window
    assert schedule.start_s == 10 * 3600 - 300  # leaves just in time
    assert schedule.late == (1,)  # the second window is long past


# -- the planning service on a real store ------------------------------------------------


@pytest.fixture
def world(store: Store) -> HomeWorld:
    return build_home_world(store)


def test_plan_a_day_reports_who_does_not_fit(store: Store, world: HomeWorld) -> None:
    monday = world.monday
    with store.unit_of_work() as uow:
        plan = plan_rounds(uow, monday, monday, FAST)
    # One volunteer, three visits at most: four beneficiaries due, one reported.
    assert [len(r.visits) for r in plan.rounds] == [3]
    assert len(plan.dropped) == 1
    assert "ne tient dans aucune tournée" in str(plan.dropped[0].reason)
    with store.unit_of_work() as uow:
        save_plan(uow, plan)
        uow.commit()
    with store.unit_of_work() as uow:
        round_id = uow.session.scalar(select(Round.id))
        assert round_id is not None
        view = round_view(uow, round_id)
    assert [s.position for s in view.stops] == [0, 1, 2]
    for stop in view.stops:
        assert stop.planned_time is not None
        assert dt.time(9, 0) <= stop.planned_time <= dt.time(12, 0)  # beneficiary's window
        assert not stop.late
    assert view.start_time is not None and view.end_time is not None
    assert dt.time(9, 0) <= view.start_time and view.end_time <= dt.time(12, 30)  # volunteer


def test_visits_without_coordinates_or_volunteer_are_reported(
    store: Store, world: HomeWorld
) -> None:
    with store.unit_of_work() as uow:
        detail = beneficiary_detail(uow, world.beneficiaries[0])
        assert detail is not None
        save_beneficiary(uow, detail.patron_id, BeneficiaryProfile(frequency="weekly", **ON_RECORD))
        detail = beneficiary_detail(uow, world.beneficiaries[1])
        assert detail is not None
        save_beneficiary(
            uow,
            detail.patron_id,
            BeneficiaryProfile(
                availability=(Window(5, dt.time(10), dt.time(12)),),  # Saturdays only
                latitude=45.72,
                longitude=3.34,
                **ON_RECORD,
            ),
        )
        uow.commit()
    with store.unit_of_work() as uow:
        save_volunteer(
            uow, VolunteerData("Yves", "Morel", availability=(Window(0, dt.time(9), dt.time(12)),))
        )
        uow.commit()
    with store.unit_of_work() as uow:
        plan = plan_rounds(uow, world.monday, world.monday + dt.timedelta(days=6), FAST)
    reasons = {d.name: str(d.reason) for d in plan.dropped}
    assert plan.warnings == ("Yves Morel : adresse de départ sans coordonnées, pas de tournée.",)
    assert reasons["MARTIN Jeanne"].startswith("adresse sans coordonnées")
    assert reasons["DURAND Paul"].startswith("aucun bénévole disponible")
    assert sum(len(r.visits) for r in plan.rounds) == 2


def test_a_beneficiary_without_legal_basis_gets_no_round(store: Store, world: HomeWorld) -> None:
    monday = world.monday
    with store.unit_of_work() as uow:
        complete = plan_rounds(uow, monday, monday, FAST)
        detail = beneficiary_detail(uow, world.beneficiaries[0])
        assert detail is not None
        # The coordinator's form had no legal basis yet: the record is cleared.
        save_beneficiary(uow, detail.patron_id, replace(detail.profile, legal_basis=None))
        uow.commit()
    planned = {v.beneficiary_id for r in complete.rounds for v in r.visits}
    assert world.beneficiaries[0] in planned
    with store.unit_of_work() as uow:
        plan = plan_rounds(uow, monday, monday, FAST)
    assert world.beneficiaries[0] not in {v.beneficiary_id for r in plan.rounds for v in r.visits}
    refused = [d for d in plan.dropped if d.beneficiary_id == world.beneficiaries[0]]
    assert [str(d.reason) for d in refused] == [
        "base légale non renseignée (fiche du bénéficiaire, avant la première tournée)"
    ]
    # A plan computed before the record was cleared is refused whole, with the name.
    refusal = "MARTIN Jeanne : base légale non renseignée"
    with store.unit_of_work() as uow, pytest.raises(HomeDeliveryError, match=refusal):
        save_plan(uow, complete)
    with store.unit_of_work() as uow:
        assert uow.session.scalar(select(Round.id)) is None
    # Basis given, information not: still refused, for that reason.
    with store.unit_of_work() as uow:
        save_beneficiary(
            uow,
            detail.patron_id,
            replace(detail.profile, legal_basis="consent", informed_on=None, informed_how=None),
        )
        plan = plan_rounds(uow, monday, monday, FAST)
    reasons = [str(d.reason) for d in plan.dropped if d.beneficiary_id == world.beneficiaries[0]]
    assert reasons == ["information de la personne non renseignée (date et moyen, sur sa fiche)"]


def test_the_legal_record_takes_only_known_choices(store: Store, world: HomeWorld) -> None:
    with store.unit_of_work() as uow:
        detail = beneficiary_detail(uow, world.beneficiaries[0])
        assert detail is not None
        for wrong, message in (
            ({"legal_basis": "parce que"}, "Base légale inconnue"),
            ({"informed_how": "pigeon"}, "Moyen d'information inconnu"),
            ({"informed_how": None}, "à la fois la date et le moyen"),
            ({"informed_on": dt.date.today() + dt.timedelta(days=3)}, "ne peut être à venir"),
        ):
            with pytest.raises(HomeDeliveryError, match=message):
                save_beneficiary(uow, detail.patron_id, replace(detail.profile, **wrong))
        assert beneficiary_detail(uow, world.beneficiaries[0]) == detail


@pytest.mark.slow
def test_a_locked_visit_stays_where_the_coordinator_put_it(store: Store, world: HomeWorld) -> None:
    monday = world.monday
    friday = monday + dt.timedelta(days=4)
    with store.unit_of_work() as uow:
        save_plan(uow, plan_rounds(uow, monday, friday, FAST))
        uow.commit()
    with store.unit_of_work() as uow:
        rounds = list(uow.session.scalars(select(Round).order_by(Round.date)))
        last_round = rounds[-1]
        last_visit = uow.session.scalar(
            select(Delivery)
            .where(Delivery.round_id == last_round.id)
            .order_by(Delivery.position.desc())
            .limit(1)
        )
        assert last_visit is not None
        locked_id, locked_round = last_visit.id, last_round.id
        set_locked(uow, locked_id, True)
        uow.commit()
    with store.unit_of_work() as uow:
        replanned = plan_rounds(uow, monday, friday, FAST)
        save_plan(uow, replanned)
        uow.commit()
    with store.unit_of_work() as uow:
        delivery = uow.session.get(Delivery, locked_id)
        assert delivery is not None
        assert delivery.round_id == locked_round
        assert delivery.locked
        total = len(list(uow.session.scalars(select(Delivery))))
    assert total == 4  # replanning moved visits, it did not duplicate them


def test_reorder_recomputes_times_and_flags_a_missed_window(store: Store, world: HomeWorld) -> None:
    monday = world.monday
    with store.unit_of_work() as uow:
        detail = beneficiary_detail(uow, world.beneficiaries[0])
        assert detail is not None
        profile = detail.profile
        save_beneficiary(
            uow,
            detail.patron_id,
            BeneficiaryProfile(
                formats=profile.formats,
                frequency=profile.frequency,
                availability=(Window(0, dt.time(9), dt.time(9, 30)),),
                latitude=profile.latitude,
                longitude=profile.longitude,
                since=profile.since,
                **ON_RECORD,
            ),
        )
        uow.commit()
    with store.unit_of_work() as uow:
        save_plan(uow, plan_rounds(uow, monday, monday, FAST))
        uow.commit()
    with store.unit_of_work() as uow:
        round_id = uow.session.scalar(select(Round.id))
        assert round_id is not None
        view = round_view(uow, round_id)
    early = next(s for s in view.stops if s.beneficiary_id == world.beneficiaries[0])
    assert early.position < len(view.stops) - 1  # planned in its 9:00–9:30 window
    assert not any(s.late for s in view.stops)
    order = [s.delivery_id for s in view.stops if s is not early] + [early.delivery_id]
    with store.unit_of_work() as uow:
        moved = reorder_round(uow, round_id, order)
        uow.commit()
    assert [s.delivery_id for s in moved.stops] == order
    assert moved.stops[-1].late  # 9:00–9:30 cannot be met last
    assert not any(s.late for s in moved.stops[:-1])
    with store.unit_of_work() as uow, pytest.raises(HomeDeliveryError):
        reorder_round(uow, round_id, order[:-1])


@pytest.mark.slow
def test_a_planned_visit_of_someone_now_paused_leaves_the_round(
    store: Store, world: HomeWorld
) -> None:
    from bibliomobile.services.home_delivery.beneficiaries import pause_beneficiary

    monday = world.monday
    with store.unit_of_work() as uow:
        save_plan(uow, plan_rounds(uow, monday, monday, FAST))
        uow.commit()
    with store.unit_of_work() as uow:
        planned = uow.session.scalar(select(Delivery.beneficiary_id).limit(1))
        assert planned is not None
        pause_beneficiary(uow, planned, monday, None, "indisponible")
        uow.commit()
    with store.unit_of_work() as uow:
        plan = plan_rounds(uow, monday, monday, FAST)
        save_plan(uow, plan)
        uow.commit()
    reasons = {d.beneficiary_id: str(d.reason) for d in plan.dropped}
    assert reasons[planned] == "en pause ou pas disponible sur la période"
    with store.unit_of_work() as uow:
        assert planned not in set(uow.session.scalars(select(Delivery.beneficiary_id)))
        # The freed place went to the person who did not fit before.
        assert len(list(uow.session.scalars(select(Delivery.id)))) == 3


@pytest.mark.slow
def test_the_child_process_solver_plans_the_same_problem_and_stops_on_cancel() -> None:
    problem = replace(random_problem(7, visits=20), time_budget_s=1.5)
    reports: list[tuple[int, int]] = []
    solution = solve_in_process(problem, progress=lambda d, t, _text: reports.append((d, t)))
    assert solution.found and not solution.cancelled
    planned = sorted(s.visit_index for r in solution.routes for s in r.stops)
    assert sorted(planned + list(solution.dropped)) == list(range(20))  # nothing lost
    assert reports[-1] == (1500, 1500)
    assert len(reports) > 5  # the bar moves while the child searches

    started = time.monotonic()
    stopped = solve_in_process(
        replace(problem, time_budget_s=30), cancelled=lambda: time.monotonic() - started > 0.3
    )
    assert stopped.cancelled and not stopped.routes
    assert time.monotonic() - started < 3  # not the 30-second budget


def test_communes_match_as_people_type_them_and_idle_volunteers_are_said(
    store: Store, world: HomeWorld
) -> None:
    with store.unit_of_work() as uow:
        claire = volunteer_data(uow, world.volunteers[0])
        assert claire is not None
        # Billom and Mauzun typed without care; Saint-Julien-de-Coppel as "St Julien de Coppel".
        save_volunteer(
            uow,
            replace(claire, communes=("billom ", "MAUZUN", "St Julien de Coppel")),
            world.volunteers[0],
        )
        uow.commit()
    with store.unit_of_work() as uow:
        save_volunteer(
            uow, VolunteerData("Yves", "Morel", start_latitude=45.7, start_longitude=3.3)
        )
        uow.commit()
    with store.unit_of_work() as uow:
        plan = plan_rounds(uow, world.monday, world.monday + dt.timedelta(days=4), FAST)
    assert plan.warnings == ("Yves Morel : aucune disponibilité indiquée, pas de tournée.",)
    assert sum(len(r.visits) for r in plan.rounds) == 4
    assert not plan.dropped
    assert re.search(r"\d,\d km, calcul \d+,\d s$", plan_summary(plan))  # French decimals


def test_a_period_with_nothing_to_plan_says_so(store: Store) -> None:
    monday = dt.date(2026, 3, 2)
    with store.unit_of_work() as uow:
        planning = read_planning(uow, monday, monday + dt.timedelta(days=4), FAST)
    plan = solve_planning(planning, solver=solve_in_process)  # no child started for nothing
    assert plan.solve_seconds < 0.5
    assert plan_summary(plan) == "Aucune visite à planifier du 02/03/2026 au 06/03/2026."


@pytest.mark.slow
def test_the_rest_of_the_program_runs_while_the_child_process_solves() -> None:
    # OR-Tools holds the GIL for its whole search: on a thread of this process it would
    # freeze every other thread (the GUI's database worker) for the whole budget.
    problem = replace(random_problem(3, visits=30), time_budget_s=2.0)
    solver = threading.Thread(target=solve_in_process, args=(problem,))
    solver.start()
    ticks = [time.monotonic()]
    while solver.is_alive():
        time.sleep(0.01)
        ticks.append(time.monotonic())
    solver.join()
    assert ticks[-1] - ticks[0] > 1.5  # the search did take its budget
    assert max(b - a for a, b in itertools.pairwise(ticks)) < 0.5


@pytest.mark.slow
def test_a_visit_made_while_the_solver_ran_is_not_moved(store: Store, world: HomeWorld) -> None:
    monday, friday = world.monday, world.monday + dt.timedelta(days=4)
    with store.unit_of_work() as uow:
        save_plan(uow, plan_rounds(uow, monday, friday, FAST))
        uow.commit()
    with store.unit_of_work() as uow:
        planning = read_planning(uow, monday, friday, FAST)
    replanned = solve_planning(planning)
    with store.unit_of_work() as uow:  # meanwhile, a volunteer records a visit
        made = uow.session.scalars(select(Delivery)).first()
        assert made is not None
        record_outcome(uow, made.id, "absent")
        uow.commit()
        made_id, made_round = made.id, made.round_id
    with (
        store.unit_of_work() as uow,
        pytest.raises(HomeDeliveryError, match="relancez le calcul"),
    ):
        save_plan(uow, replanned)
    with store.unit_of_work() as uow:
        delivery = uow.session.get(Delivery, made_id)
        assert delivery is not None and delivery.round_id == made_round
        assert delivery.outcome == "absent"


def test_a_locked_visit_that_cannot_be_made_leaves_the_others_planned() -> None:
    """The coordinator locked three visits in an order the second one can no longer
    keep (its window closed before the first's opens): it alone is reported."""
    home = Place(45.72, 3.34)
    vehicle = RoutingVehicle("v", home, Span(9 * 3600, 12 * 3600 + 1800), 10)
    near = Place(45.725, 3.345)
    first = RoutingVisit("a", near, (Span(10 * 3600, 10 * 3600 + 1800),), 900, None, 0, 0)
    early = RoutingVisit("b", near, (Span(9 * 3600, 9 * 3600 + 1200),), 900, None, 0, 1)
    last = RoutingVisit("c", near, (Span(11 * 3600, 12 * 3600),), 900, None, 0, 2)
    solution = solve(RoutingProblem((first, early, last), (vehicle,), time_budget_s=0.5))
    assert [[s.visit_index for s in r.stops] for r in solution.routes] == [[0, 2]]
    assert solution.dropped == (1,)
