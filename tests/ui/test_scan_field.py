"""Barcode scans: none lost, none doubled, AZERTY repaired, even while the worker works."""

from __future__ import annotations

import threading

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from bibliomobile.store.uow import UnitOfWork
from bibliomobile.ui.widgets.scan_field import ScanField, ScanQueue
from bibliomobile.ui.worker import DbWorker

AZERTY = str.maketrans("1234567890", "&é\"'(-è_çà")


def type_keys(widget: QWidget, text: str) -> None:
    """Type like a keyboard wedge; QTest.keyClicks only knows ASCII, so é, è, ç, à
    (the AZERTY digit row) are sent as the key events a French layout produces."""
    for char in text:
        if char.isascii():
            QTest.keyClicks(widget, char)
            continue
        key = Qt.Key(ord(char.upper()))
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(
                widget, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, char)
            )


def _codes(n: int) -> list[str]:
    return [f"31{index:09d}" for index in range(n)]


def test_200_fast_scans_give_exactly_200_codes_azerty_repaired(qtbot) -> None:  # type: ignore[no-untyped-def]
    field = ScanField()
    qtbot.addWidget(field)
    field.show()
    received: list[str] = []
    field.scanned.connect(received.append)
    expected = _codes(200)
    for index, code in enumerate(expected):
        # Every other scan arrives through a French AZERTY keyboard layout.
        typed = code.translate(AZERTY) if index % 2 else code
        type_keys(field, typed)
        QTest.keyClick(field, Qt.Key.Key_Return if index % 3 else Qt.Key.Key_Enter)
        QTest.qWait(1)  # the scanner pauses between two scans (300 ms in real life)
    assert received == expected
    assert field.text() == ""


def test_hand_typed_lower_case_bag_code_is_accepted(qtbot) -> None:  # type: ignore[no-untyped-def]
    field = ScanField()
    qtbot.addWidget(field)
    with qtbot.waitSignal(field.scanned) as signal:
        QTest.keyClicks(field, " b1x2k9m4q7z ")
        QTest.keyClick(field, Qt.Key.Key_Return)
    assert signal.args == ["B1X2K9M4Q7Z"]


def test_enter_on_an_empty_field_emits_nothing(qtbot) -> None:  # type: ignore[no-untyped-def]
    field = ScanField()
    qtbot.addWidget(field)
    received: list[str] = []
    field.scanned.connect(received.append)
    QTest.keyClick(field, Qt.Key.Key_Return)
    QTest.keyClicks(field, "   ")
    QTest.keyClick(field, Qt.Key.Key_Return)
    assert received == []


def test_scans_queue_while_the_worker_is_busy_and_are_handled_in_order(  # type: ignore[no-untyped-def]
    qtbot, worker: DbWorker
) -> None:
    release = threading.Event()
    worker.submit(lambda uow: release.wait(5))  # a long sync, say
    handled_on_worker: list[str] = []
    results: list[tuple[str, int]] = []

    def handle(uow: UnitOfWork, code: str) -> int:
        handled_on_worker.append(code)
        return len(code)

    queue = ScanQueue(worker, handle, lambda code, n: results.append((code, n)), lambda c, e: None)
    field = ScanField()
    qtbot.addWidget(field)
    field.scanned.connect(queue.push)
    codes = _codes(50)
    for code in codes:
        QTest.keyClicks(field, code)
        QTest.keyClick(field, Qt.Key.Key_Return)
    assert queue.pending == 50
    assert handled_on_worker == []
    release.set()
    qtbot.waitUntil(lambda: len(results) == 50, timeout=10000)
    assert [code for code, _ in results] == codes
    assert handled_on_worker == codes
    assert queue.pending == 0


def test_a_failing_scan_is_reported_and_the_next_ones_still_run(qtbot, worker: DbWorker) -> None:  # type: ignore[no-untyped-def]
    errors: list[tuple[str, str]] = []
    results: list[str] = []

    def handle(uow: UnitOfWork, code: str) -> str:
        if code == "BAD":
            raise ValueError("Ce code-barres n'est pas un exemplaire connu")
        return code

    queue = ScanQueue(
        worker, handle, lambda code, r: results.append(r), lambda c, e: errors.append((c, str(e)))
    )
    for code in ("A1", "BAD", "A2"):
        queue.push(code)
    qtbot.waitUntil(lambda: len(results) + len(errors) == 3)
    assert results == ["A1", "A2"]
    assert errors == [("BAD", "Ce code-barres n'est pas un exemplaire connu")]
