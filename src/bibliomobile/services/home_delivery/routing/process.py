"""Solve in a child process, so the rest of the program keeps running meanwhile.

OR-Tools' Python binding holds the GIL for the whole search: run on a thread, it
stalls every other Python thread (the GUI's database worker, the GUI itself) for the
time budget. A child process does not. The problem and the solution are plain,
picklable dataclasses; progress is the elapsed share of the budget; cancelling ends
the child at once and plans nothing.
"""

from __future__ import annotations

import multiprocessing
import time
from dataclasses import replace
from multiprocessing.connection import Connection
from typing import Any

from bibliomobile.services.home_delivery.routing.problem import (
    CancelCheck,
    ProgressCallback,
    RoutingProblem,
    RoutingSolution,
)

#: Shortest search left once the child has started (its start-up eats into the budget).
MIN_SEARCH_S = 0.5
#: How often the parent reports progress and checks for a cancel.
POLL_S = 0.05


class SolverFailed(RuntimeError):
    """The child process ended without a solution (its message says why)."""


def solve_in_process(
    problem: RoutingProblem,
    *,
    progress: ProgressCallback | None = None,
    cancelled: CancelCheck | None = None,
) -> RoutingSolution:
    """Same contract as ``ortools_adapter.solve``, run in a child process.

    The budget covers the child's start-up too. Once ``cancelled()`` is True the child
    is ended and a solution with no route, ``cancelled=True``, is returned.

    Raises:
        SolverFailed: the child crashed or raised.
    """
    started = time.monotonic()
    if not problem.visits:  # nothing to search: spare the child's start-up
        return RoutingSolution((), (), 0, 0.0)
    budget_ms = max(1, round(problem.time_budget_s * 1000))
    context = multiprocessing.get_context("spawn")  # fork is unsafe in a threaded GUI
    receiver, sender = context.Pipe(duplex=False)
    child = context.Process(
        target=_solve_child,
        args=(problem, time.time(), sender),
        name="bibliomobile-solver",
        daemon=True,
    )
    child.start()
    sender.close()
    try:
        while True:
            if cancelled is not None and cancelled():
                return RoutingSolution(
                    (),
                    tuple(range(len(problem.visits))),
                    0,
                    time.monotonic() - started,
                    cancelled=True,
                    found=False,
                )
            if receiver.poll(POLL_S):
                try:
                    kind, payload = receiver.recv()
                except EOFError:
                    raise SolverFailed(_ended(child)) from None
                if kind == "error":
                    raise SolverFailed(str(payload))
                assert isinstance(payload, RoutingSolution)
                if progress is not None:
                    progress(budget_ms, budget_ms, "Recherche terminée")
                return payload
            if not child.is_alive() and not receiver.poll():
                raise SolverFailed(_ended(child))
            if progress is not None:
                elapsed_ms = round((time.monotonic() - started) * 1000)
                progress(min(elapsed_ms, budget_ms - 1), budget_ms, "Recherche des tournées…")
    finally:
        receiver.close()
        if child.is_alive():
            child.terminate()
        child.join(5)


def _ended(child: Any) -> str:
    child.join(1)
    return f"le calcul des tournées s'est arrêté sans résultat (code {child.exitcode})"


def _solve_child(problem: RoutingProblem, sent_at: float, sender: Connection) -> None:
    # OR-Tools (the routing extra) is loaded by the child only, never by the GUI process.
    from bibliomobile.services.home_delivery.routing import ortools_adapter

    try:
        spent = time.time() - sent_at
        budget = max(MIN_SEARCH_S, problem.time_budget_s - spent)
        sender.send(("done", ortools_adapter.solve(replace(problem, time_budget_s=budget))))
    except Exception as error:  # the parent reports it; nothing is lost silently
        sender.send(("error", f"{type(error).__name__}: {error}"))
    finally:
        sender.close()
