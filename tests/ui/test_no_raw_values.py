"""No stored value ("portal", "queued", "no_show"…) reaches the screen: every workspace,
every tab, every list, table and combo box, with the demo network, in French and in English."""

from __future__ import annotations

import datetime as dt
import gc
import re
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QModelIndex, QSettings, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QLabel,
    QTabWidget,
    QWidget,
)
from sqlalchemy import select

from bibliomobile.domain import enums
from bibliomobile.services.demo.create import create_demo
from bibliomobile.services.drive.requests import create_request, upcoming_visits
from bibliomobile.services.drive.slots import generate_slots
from bibliomobile.services.notifications.queue import NotificationKind, queue_notification
from bibliomobile.store.models import Patron, Record
from bibliomobile.store.uow import Store
from bibliomobile.ui.app import install_translations, remove_translations
from bibliomobile.ui.main_window import MainWindow
from bibliomobile.ui.worker import DbWorker
from bibliomobile.ui.workspaces import WORKSPACES

#: Values of every stored vocabulary (domain.enums) and of the queue of messages.
RAW = {
    member.value
    for name in dir(enums)
    if isinstance(getattr(enums, name), type) and issubclass(getattr(enums, name), enums.StrEnum)
    for member in getattr(enums, name)
} | {"queued", "sent", "failed", "call", "pending", "bag_ready", "reminder"}
#: Raw values that are also ordinary French words a sentence may hold.
FRENCH_WORDS = {"absent", "active", "surprise"}
_SEPARATORS = re.compile(r"[\s/,;:()«»—–·]+")


@pytest.fixture(params=["fr", "en"])
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    # Windows of earlier tests are collected here, in the GUI thread: collected by chance
    # in the database worker's thread, their timers would be stopped from the wrong thread.
    gc.collect()
    translators = install_translations(qapp, request.param)
    yield request.param
    remove_translations(qapp, translators)
    install_translations(qapp, "fr")


def _shown_texts(root: QWidget) -> Iterator[tuple[str, str]]:
    for combo in root.findChildren(QComboBox):
        for index in range(combo.count()):
            yield f"combo {combo.objectName()}", combo.itemText(index)
    for view in root.findChildren(QAbstractItemView):
        model = view.model()
        if model is None:
            continue
        columns = 0
        while model.index(0, columns).isValid():
            columns += 1
        for row in range(min(model.rowCount(QModelIndex()), 60)):
            for column in range(columns):
                value = model.index(row, column).data(Qt.ItemDataRole.DisplayRole)
                if isinstance(value, str):
                    yield f"{type(view.parent()).__name__}.{type(view).__name__}", value
        for column in range(columns):
            header = model.headerData(column, Qt.Orientation.Horizontal)
            if isinstance(header, str):
                yield f"header of {view.objectName()}", header
    for label in root.findChildren(QLabel):
        if label.isVisibleTo(root):
            yield f"label {label.objectName()}", label.text()


def _raw_words(text: str, language: str) -> set[str]:
    if language != "fr":
        # Most values are English words ("paused", "ready"): the English UI may show the
        # same word; an identifier ("no_show", "at_stop") is never one.
        return {text} if text in RAW and "_" in text else set()
    if text in RAW:
        return {text}
    return {word for word in _SEPARATORS.split(text) if word in RAW - FRENCH_WORDS}


def _take_drive_requests(store: Store) -> None:
    """Requests by portal, email and phone at the first drive visit, one with a message queued."""
    with store.unit_of_work() as uow:
        visit = upcoming_visits(uow, dt.date.today())[0]
        slot = generate_slots(uow, visit.visit_id, interval_minutes=30, capacity=10)[0]
        patrons = uow.session.scalars(select(Patron.id).order_by(Patron.id).limit(3)).all()
        records = uow.session.scalars(select(Record.id).order_by(Record.id).limit(2)).all()
        taken = [
            create_request(
                uow,
                patron_id=patron_id,
                visit_id=visit.visit_id,
                slot_id=slot.slot_id,
                channel=channel,
                kind=kind,
                record_ids=records if kind == "titles" else (),
                free_text=None if kind == "titles" else "polars",
            )
            for patron_id, channel, kind in zip(
                patrons, ("portal", "email", "phone"), ("titles", "surprise", "titles"), strict=True
            )
        ]
        queue_notification(uow, taken[0].request_id, NotificationKind.BAG_READY)
        uow.commit()


def _collect(page: QWidget, key: str, language: str, found: dict[str, set[str]]) -> None:
    for where, text in _shown_texts(page):
        for word in _raw_words(text, language):
            found.setdefault(f"{key}: {where}", set()).add(f"{word!r} in {text!r}")


@pytest.mark.slow
def test_no_workspace_shows_a_raw_value(  # type: ignore[no-untyped-def]
    qtbot, language: str, store: Store, worker: DbWorker, settings: QSettings
) -> None:
    create_demo(store.engine, items=400, patrons=80, seed=3, today=dt.date.today())
    _take_drive_requests(store)
    window = MainWindow(store, worker, settings, language)
    qtbot.addWidget(window)
    window.resize(1366, 705)
    window.show()
    found: dict[str, set[str]] = {}
    for spec in WORKSPACES:
        page = window.open_workspace(spec.key)
        worker.wait_idle()
        tabs = page.findChildren(QTabWidget)
        for tab_widget in tabs or [None]:
            for index in range(tab_widget.count() if tab_widget else 1):
                if tab_widget is not None:
                    tab_widget.setCurrentIndex(index)
                worker.wait_idle()
                _collect(page, spec.key, language, found)
                # Each choice of each visible combo box shows other rows (visits, periods…).
                for combo in page.findChildren(QComboBox):
                    if not combo.isVisibleTo(page) or combo.objectName() == "languageChoice":
                        continue
                    for choice in range(1, min(combo.count(), 4)):
                        combo.setCurrentIndex(choice)
                        worker.wait_idle()
                        _collect(page, spec.key, language, found)
    assert found == {}
