"""The database worker: results by signal, in order, errors reported, progress, cancel."""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject, QThread
from shiboken6 import Shiboken

from bibliomobile.services.catalogue import count_items
from bibliomobile.store.models import Library
from bibliomobile.store.uow import Store, UnitOfWork
from bibliomobile.ui.main_window import MainWindow
from bibliomobile.ui.worker import DbWorker, ProgressReport, TaskCancelled, TaskProgress, run_now


def test_tasks_run_off_the_gui_thread_in_order_and_results_come_back_on_it(
    worker: DbWorker,
) -> None:
    gui_thread = QThread.currentThread()
    ran_on: list[bool] = []
    results: list[int] = []
    delivered_on: list[bool] = []

    def task(n: int):  # type: ignore[no-untyped-def]
        def run(uow: UnitOfWork) -> int:
            ran_on.append(QThread.currentThread() is gui_thread)
            return n

        return run

    def done(n: int) -> None:
        results.append(n)
        delivered_on.append(QThread.currentThread() is gui_thread)

    for n in range(50):
        worker.submit(task(n), on_done=done)
    assert not worker.is_idle()
    worker.wait_idle()
    assert results == list(range(50))
    assert ran_on == [False] * 50
    assert delivered_on == [True] * 50


def test_a_write_is_committed_only_when_the_task_commits(worker: DbWorker, store: Store) -> None:
    def add_and_forget(uow: UnitOfWork) -> None:
        uow.session.add(Library(code="BDP63", name="Médiathèque départementale"))

    def add_and_commit(uow: UnitOfWork) -> None:
        uow.session.add(Library(code="ISS", name="Antenne d'Issoire"))
        uow.commit()

    worker.submit(add_and_forget)
    worker.submit(add_and_commit)
    worker.wait_idle()
    codes = run_now(store, lambda uow: sorted(lib.code for lib in uow.session.query(Library)))
    assert codes == ["ISS"]


def test_an_error_goes_to_on_error_or_to_the_task_failed_signal(qtbot, worker: DbWorker) -> None:  # type: ignore[no-untyped-def]
    def boom(uow: UnitOfWork) -> None:
        raise ValueError("base introuvable")

    errors: list[str] = []
    worker.submit(
        boom, on_done=lambda _: errors.append("done?"), on_error=lambda e: errors.append(str(e))
    )
    worker.wait_idle()
    assert errors == ["base introuvable"]
    with qtbot.waitSignal(worker.task_failed) as failed:
        worker.submit(boom)
    assert failed.args[0].startswith("L'opération a échoué : base introuvable.")
    # The worker goes on after a failure.
    counted: list[int] = []
    worker.submit(count_items, on_done=counted.append)
    worker.wait_idle()
    assert counted == [0]


def test_long_work_reports_progress_and_can_be_cancelled(qtbot, worker: DbWorker) -> None:  # type: ignore[no-untyped-def]
    started = threading.Event()
    release = threading.Event()
    progress: list[ProgressReport] = []
    outcome: list[str] = []

    def long_import(uow: UnitOfWork, report: TaskProgress) -> int:
        started.set()
        for done in range(1, 1001):
            report.check()
            if done == 10:
                release.wait(5)
            report.report(done, 1000, "Import des notices")
        return 1000

    handle = worker.submit(
        long_import,
        on_done=lambda n: outcome.append(f"done {n}"),
        on_error=lambda e: outcome.append(f"error {e}"),
        on_progress=progress.append,
        on_cancelled=lambda: outcome.append("cancelled"),
    )
    assert started.wait(5)
    qtbot.waitUntil(lambda: len(progress) >= 1)
    assert progress[0] == ProgressReport(1, 1000, "Import des notices")
    handle.cancel()
    release.set()
    worker.wait_idle()
    assert outcome == ["cancelled"]
    assert handle.finished


def test_a_task_cancelled_before_it_starts_never_runs(worker: DbWorker) -> None:
    release = threading.Event()
    ran: list[str] = []
    worker.submit(lambda uow: release.wait(5))
    handle = worker.submit(lambda uow: ran.append("ran"), on_done=lambda _: ran.append("done"))
    handle.cancel()
    release.set()
    worker.wait_idle()
    assert ran == []


def test_no_callback_reaches_a_deleted_owner(worker: DbWorker) -> None:
    release = threading.Event()
    owner = QObject()
    called: list[int] = []
    worker.submit(lambda uow: release.wait(5) and 1, on_done=called.append, owner=owner)
    Shiboken.delete(owner)  # the widget that asked was closed meanwhile
    release.set()
    worker.wait_idle()
    assert called == []


def test_task_cancelled_is_what_check_raises(worker: DbWorker) -> None:
    caught: list[str] = []

    def task(uow: UnitOfWork, report: TaskProgress) -> None:
        try:
            report.check()
            caught.append("not cancelled yet")
        except TaskCancelled:
            caught.append("cancelled")

    worker.submit(task, on_progress=lambda _: None)
    worker.wait_idle()
    assert caught == ["not cancelled yet"]


def test_the_status_bar_shows_progress_with_a_cancel_button(window: MainWindow) -> None:
    bar = window.status
    cancelled: list[bool] = []
    bar.show_progress(ProgressReport(3, 10, "Étiquettes"), cancel=lambda: cancelled.append(True))
    assert bar.progress_visible()
    assert bar._progress.value() == 3  # what the user sees filled
    bar._cancel.click()
    assert cancelled == [True]
    assert not bar.progress_visible()
