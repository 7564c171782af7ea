"""Arrêt: open today's visit, then one scan field for cards, loans and returns.

Made for a crew in a van: large feedback in green (done), orange (done, but look) or
red (refused), every action listed in a journal, and keyboard shortcuts for the rest:

- Échap: next patron (items scanned then are returns)
- F2 / F3: renew the selected loans / all loans of the patron
- F4: lend despite a block (asks for a reason)
- Ctrl+Z: undo the last action
- F6 / F7 / F8: one more adult / child visitor / new registration
- F9: end-of-visit summary
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from bibliomobile.services.bookmobile.desk import Desk
from bibliomobile.services.bookmobile.desk_state import DeskOutcome, DeskState, OutcomeKind, Tone
from bibliomobile.services.bookmobile.visits import (
    VisitRow,
    VisitSummary,
    add_visitors,
    close_visit,
    open_visit,
    visit_summary,
    visits_on,
)
from bibliomobile.services.drive.common import STATUS_LABELS
from bibliomobile.services.drive.desk import bag_scan
from bibliomobile.services.drive.handover import PickupRow, expected_pickups
from bibliomobile.store.uow import UnitOfWork

from ..widgets.scan_field import ScanField
from ..workspaces import WorkspaceContext
from .desk_queue import DeskQueue
from .patron_box import PatronBox
from .visit_summary import summary_text

TONE_STYLE = {
    Tone.OK: "background: #2f7d32; color: white;",
    Tone.WARNING: "background: #b76e00; color: white;",
    Tone.ERROR: "background: #b3261e; color: white;",
}
IDLE_STYLE = "background: #eef1f4; color: #1f2933;"
TONE_COLOUR = {
    Tone.OK: QColor("#2f7d32"),
    Tone.WARNING: QColor("#8a5300"),
    Tone.ERROR: QColor("#b3261e"),
}
JOURNAL_LIMIT = 500


class StopWorkspace(QWidget):
    """The circulation desk of the van.

    Signals:
        shown(object): a :class:`DeskOutcome` has been displayed (tests, benchmarks).
    """

    shown = Signal(object)

    def __init__(self, context: WorkspaceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("stopWorkspace")
        self._context = context
        self._worker = context.worker
        self._visits: list[VisitRow] = []
        self._refused_code: str | None = None
        self.visit_id: str | None = None  # the open visit (the desk state follows it)
        self.banner_tone: Tone | None = None
        self.last_summary: VisitSummary | None = None
        self._shown_once = False
        # The desk of the van, with the features that have their own codes: drive bags.
        self.desk = Desk(scan_handlers=(bag_scan,))
        self.queue = DeskQueue(context.worker, self.desk, DeskState(), self)
        self.queue.outcome.connect(self._show_outcome)
        self.queue.failed.connect(self._show_failure)
        self.queue.pending_changed.connect(self._show_pending)

        root = QVBoxLayout(self)
        root.setContentsMargins(24, 18, 24, 12)
        root.setSpacing(10)
        root.addLayout(self._visit_bar())

        self.scan_field = ScanField(
            placeholder=self.tr("Scanner une carte de lecteur ou un document")
        )
        self.scan_field.setMinimumHeight(48)
        scan_font = self.scan_field.font()
        scan_font.setPointSizeF(scan_font.pointSizeF() * 1.25)
        self.scan_field.setFont(scan_font)
        self.scan_field.scanned.connect(self.queue.scan)
        # Ctrl+Z means "undo the last loan or return" here, not "undo typing".
        self.scan_field.installEventFilter(self)
        scan_row = QHBoxLayout()
        scan_row.addWidget(self.scan_field, 1)
        self.pending_label = QLabel()
        self.pending_label.setMinimumWidth(160)
        scan_row.addWidget(self.pending_label)
        root.addLayout(scan_row)

        self.banner = QLabel(
            self.tr("Scannez une carte pour prêter, ou un document pour un retour.")
        )
        self.banner.setObjectName("deskBanner")
        self.banner.setWordWrap(True)
        self.banner.setMinimumHeight(64)
        self.banner.setAlignment(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft)
        self._set_banner_style(IDLE_STYLE)
        root.addWidget(self.banner)

        middle = QHBoxLayout()
        self.patron = PatronBox(
            renew_selected=self.renew_selected,
            renew_all=self.renew_all,
            override=self.ask_override,
            next_patron=self.next_patron,
        )
        middle.addWidget(self.patron, 3)
        middle.addLayout(self._right_column(), 2)
        root.addLayout(middle, 1)

        self._shortcuts()
        self.load_visits()

    # -- building ----------------------------------------------------------------------

    def _visit_bar(self) -> QHBoxLayout:
        row = QHBoxLayout()
        heading = QLabel(self.tr("Arrêt"))
        heading.setObjectName("pageTitle")
        row.addWidget(heading)
        self.visit_combo = QComboBox()
        self.visit_combo.setMinimumWidth(380)
        row.addWidget(self.visit_combo, 1)
        self.open_button = QPushButton(self.tr("Ouvrir le passage"))
        self.open_button.clicked.connect(self.open_selected_visit)
        row.addWidget(self.open_button)
        self.visit_label = QLabel(self.tr("Aucun passage ouvert"))
        self.visit_label.setObjectName("pageSubtitle")
        row.addWidget(self.visit_label)
        self.close_button = QPushButton(self.tr("Clôturer (bilan)"))
        self.close_button.setEnabled(False)
        self.close_button.clicked.connect(self.close_visit)
        row.addWidget(self.close_button)
        return row

    def _right_column(self) -> QVBoxLayout:
        column = QVBoxLayout()
        counters = QGroupBox(self.tr("Visiteurs du passage"))
        grid = QGridLayout(counters)
        self.counter_labels: dict[str, QLabel] = {}
        entries = (
            ("adults", self.tr("Adultes"), "F6"),
            ("children", self.tr("Enfants"), "F7"),
            ("new_registrations", self.tr("Inscriptions"), "F8"),
        )
        for row, (key, text, key_name) in enumerate(entries):
            grid.addWidget(QLabel(text), row, 0)
            value = QLabel("0")
            value.setStyleSheet("font-size: 18px; font-weight: 600;")
            self.counter_labels[key] = value
            grid.addWidget(value, row, 1)
            grid.addWidget(self._button(f"+1 ({key_name})", self._counter(key, 1)), row, 2)
            grid.addWidget(self._button("−1", self._counter(key, -1)), row, 3)
        column.addWidget(counters)
        self.undo_button = self._button(self.tr("Annuler la dernière action (Ctrl+Z)"), self.undo)
        column.addWidget(self.undo_button)
        # Drive bags expected at this visit, by slot (scan a bag's QR to hand it over).
        column.addWidget(QLabel(self.tr("Retraits drive attendus")))
        self.pickups = QListWidget()
        self.pickups.setObjectName("drivePickups")
        self.pickups.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.pickups.setMaximumHeight(140)
        column.addWidget(self.pickups)
        journal_title = QLabel(self.tr("Journal du passage"))
        column.addWidget(journal_title)
        self.journal = QListWidget()
        self.journal.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.journal.setWordWrap(True)
        self.journal.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        column.addWidget(self.journal, 1)
        self.summary = QLabel()
        self.summary.setObjectName("visitSummary")
        self.summary.setWordWrap(True)
        self.summary.setFrameShape(QFrame.Shape.StyledPanel)
        self.summary.hide()
        column.addWidget(self.summary)
        return column

    def _button(self, text: str, slot: Callable[[], None]) -> QPushButton:
        button = QPushButton(text)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the scan field keeps the focus
        button.clicked.connect(slot)
        return button

    def _shortcuts(self) -> None:
        keys: list[tuple[QKeySequence | QKeySequence.StandardKey | str, Callable[[], None]]] = [
            ("Esc", self.next_patron),
            ("F2", self.renew_selected),
            ("F3", self.renew_all),
            ("F4", self.ask_override),
            (QKeySequence.StandardKey.Undo, self.undo),
            ("F6", self._counter("adults", 1)),
            ("F7", self._counter("children", 1)),
            ("F8", self._counter("new_registrations", 1)),
            ("F9", self.show_summary),
        ]
        for key, slot in keys:
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.scan_field
            and event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and event.matches(QKeySequence.StandardKey.Undo)
        ):
            event.ignore()  # not taken by the line edit: the desk shortcut fires
            return True
        return super().eventFilter(watched, event)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.visit_id is None and self._shown_once:
            self.load_visits()  # the calendar may have changed since (a visit added)
        self._shown_once = True
        self.focus_first()

    def focus_first(self) -> None:
        self.scan_field.setFocus()

    # -- visits ----------------------------------------------------------------------------

    def load_visits(self, day: dt.date | None = None) -> None:
        """Fill the visit list with the visits of ``day`` (today by default)."""
        when = day or dt.date.today()

        def task(uow: UnitOfWork) -> list[VisitRow]:
            return visits_on(uow, when)

        self._worker.submit(task, on_done=self._show_visits, owner=self, label="visits of the day")

    def _show_visits(self, visits: list[VisitRow]) -> None:
        self._visits = [v for v in visits if v.status != "cancelled"]
        self.visit_combo.clear()
        for visit in self._visits:
            status = {"open": self.tr("ouvert"), "closed": self.tr("clôturé")}.get(visit.status, "")
            self.visit_combo.addItem(
                visit.label + (f" — {status}" if status else ""), visit.visit_id
            )
        if not self._visits:
            self.visit_combo.addItem(self.tr("Aucun passage prévu aujourd'hui"), None)
        self.open_button.setEnabled(bool(self._visits))
        already_open = next((v for v in self._visits if v.status == "open"), None)
        if already_open is not None:
            self.visit_combo.setCurrentIndex(self._visits.index(already_open))
            self._use_visit(already_open)

    def open_selected_visit(self) -> None:
        visit_id = self.visit_combo.currentData()
        if not visit_id:
            return

        def task(uow: UnitOfWork) -> VisitRow:
            return open_visit(uow, visit_id)

        self._worker.submit(
            task, on_done=self._use_visit, on_error=self._visit_error, owner=self, commit=True
        )

    def _use_visit(self, visit: VisitRow) -> None:
        self.visit_label.setText(self.tr("Passage ouvert"))
        self.visit_label.setToolTip(visit.label)
        self.visit_label.setStyleSheet("color: #2f7d32; font-weight: 600;")
        self.close_button.setEnabled(True)
        visit_id = self.visit_id = visit.visit_id
        self.queue.push("visit", lambda uow, state: self.desk.set_visit(uow, state, visit_id))
        self._refresh_counters()
        self._refresh_pickups()
        self.focus_first()

    def _visit_error(self, error: BaseException) -> None:
        self._set_banner(Tone.ERROR, str(error))

    # -- actions -------------------------------------------------------------------------

    def scan(self, code: str) -> None:
        """Handle a code as if scanned (the scan field calls the same queue)."""
        self.queue.scan(code)

    def next_patron(self) -> None:
        self.queue.push("next", self.desk.end_patron)
        self.focus_first()

    def renew_selected(self) -> None:
        barcodes = self.patron.selected_barcodes()
        if not barcodes:
            self._set_banner(Tone.ERROR, self.tr("Choisissez d'abord les prêts à prolonger."))
            return
        self.queue.push("renew", lambda uow, state: self.desk.renew(uow, state, barcodes))

    def renew_all(self) -> None:
        self.queue.push("renew all", lambda uow, state: self.desk.renew(uow, state, ()))

    def undo(self) -> None:
        self.queue.push("undo", lambda uow, state: self.desk.undo(uow, state))

    def ask_override(self) -> None:
        if self.queue.state.patron_id is None:
            self._set_banner(Tone.ERROR, self.tr("Scannez d'abord la carte du lecteur."))
            return
        reason, ok = QInputDialog.getText(
            self,
            self.tr("Prêter malgré le blocage"),
            self.tr("Motif (il sera enregistré avec les prêts de ce lecteur) :"),
        )
        if ok:
            self.override(reason)

    def override(self, reason: str) -> None:
        """Lift the current patron's blocks with a reason and retry the refused item."""
        retry = self._refused_code
        self._refused_code = None
        self.queue.push(
            "override", lambda uow, state: self.desk.set_override(uow, state, reason, retry)
        )

    # -- counters and summary --------------------------------------------------------------

    def _counter(self, key: str, step: int) -> Callable[[], None]:
        def bump() -> None:
            visit_id = self.visit_id
            if visit_id is None:
                self._set_banner(Tone.ERROR, self.tr("Ouvrez d'abord le passage."))
                return

            def task(uow: UnitOfWork) -> VisitRow:
                return add_visitors(
                    uow,
                    visit_id,
                    adults=step if key == "adults" else 0,
                    children=step if key == "children" else 0,
                    new_registrations=step if key == "new_registrations" else 0,
                )

            self._worker.submit(
                task,
                on_done=lambda _row: self._refresh_counters(),
                on_error=self._visit_error,
                owner=self,
                commit=True,
            )

        return bump

    def _refresh_counters(self) -> None:
        visit_id = self.visit_id
        if not visit_id:
            return

        def task(uow: UnitOfWork) -> VisitSummary:
            return visit_summary(uow, visit_id)

        self._worker.submit(task, on_done=self._show_counters, owner=self)

    def _show_counters(self, summary: VisitSummary) -> None:
        self.counter_labels["adults"].setText(str(summary.adults))
        self.counter_labels["children"].setText(str(summary.children))
        self.counter_labels["new_registrations"].setText(str(summary.new_registrations))
        self.last_summary = summary

    def show_summary(self) -> None:
        visit_id = self.visit_id
        if visit_id is None:
            self._set_banner(Tone.ERROR, self.tr("Ouvrez d'abord le passage."))
            return

        def task(uow: UnitOfWork) -> VisitSummary:
            return visit_summary(uow, visit_id)

        self._worker.submit(task, on_done=self._show_summary, owner=self)

    def close_visit(self) -> None:
        visit_id = self.visit_id
        if visit_id is None:
            return

        def task(uow: UnitOfWork) -> VisitSummary:
            return close_visit(uow, visit_id)

        self._worker.submit(
            task, on_done=self._closed, on_error=self._visit_error, owner=self, commit=True
        )

    def _closed(self, summary: VisitSummary) -> None:
        self._show_summary(summary)
        self.visit_label.setText(self.tr("Passage clôturé"))
        self.visit_label.setStyleSheet("")
        self.close_button.setEnabled(False)
        self.visit_id = None
        self.queue.push("visit", lambda uow, state: self.desk.set_visit(uow, state, None))

    def _show_summary(self, summary: VisitSummary) -> None:
        self._show_counters(summary)
        self.summary.setText(summary_text(summary))
        self.summary.show()

    # -- feedback --------------------------------------------------------------------------

    def _set_banner_style(self, colours: str) -> None:
        self.banner.setStyleSheet(
            f"QLabel#deskBanner {{ {colours} font-size: 20px; font-weight: 600;"
            " padding: 10px 16px; border-radius: 8px; }"
        )

    def _set_banner(self, tone: Tone, text: str) -> None:
        self.banner_tone = tone
        self._set_banner_style(TONE_STYLE[tone])
        self.banner.setText(text)

    def _journal(self, tone: Tone, text: str) -> None:
        item = QListWidgetItem(f"{time.strftime('%H:%M:%S')}  {text}")
        item.setForeground(TONE_COLOUR[tone])
        self.journal.insertItem(0, item)
        while self.journal.count() > JOURNAL_LIMIT:
            self.journal.takeItem(self.journal.count() - 1)

    def _show_outcome(self, outcome: DeskOutcome) -> None:
        if outcome.message:
            self._set_banner(outcome.tone, outcome.message)
            if outcome.kind != OutcomeKind.STATE or outcome.tone != Tone.OK:
                self._journal(outcome.tone, outcome.message)
        self._refused_code = outcome.code if outcome.needs_override else None
        if outcome.kind == OutcomeKind.STATE and outcome.state.patron_id is None:
            self.patron.show_panel(None)
        elif outcome.panel is not None or outcome.state.patron_id is None:
            self.patron.show_panel(outcome.panel)
        if outcome.needs_override:
            self.patron.override_button.setEnabled(True)
        if outcome.kind == OutcomeKind.OTHER:  # a drive bag was handed over
            self._refresh_pickups()
        self.shown.emit(outcome)

    def _refresh_pickups(self) -> None:
        visit_id = self.visit_id
        if visit_id is None:
            return

        def show(rows: list[PickupRow]) -> None:
            self.pickups.clear()
            for row in rows:
                status = STATUS_LABELS.get(row.status, row.status)
                self.pickups.addItem(
                    f"{row.slot}  {row.patron_name} — {row.bag_code or '—'} "
                    f"({row.item_count} doc., {status})"
                )

        self._worker.submit(lambda uow: expected_pickups(uow, visit_id), on_done=show, owner=self)

    def _show_failure(self, label: str, message: str) -> None:
        text = self.tr("{message} (scan « {code} »)").format(message=message, code=label)
        self._set_banner(Tone.ERROR, text)
        self._journal(Tone.ERROR, text)

    def _show_pending(self, pending: int) -> None:
        self.pending_label.setText(
            self.tr("{n} en attente…").format(n=pending) if pending > 1 else ""
        )
