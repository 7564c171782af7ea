"""Arrêt: open today's visit, then one scan field for cards, loans and returns.

Made for a crew in a van: large feedback in green (done), orange (done, but look) or
red (refused), every action listed in a journal, and keyboard shortcuts for the rest:

- Échap: next patron (items scanned then are returns)
- F5: "Retour" mode on or off (every item scanned is a return, even with a patron)
- F2 / F3: renew the selected loans / all loans of the patron
- F4: lend despite a block (asks for a reason)
- Ctrl+Z: undo the last action
- F6 / F7 / F8: one more adult / child visitor / new registration
- F9: end-of-visit summary
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from bibliomobile.services.bookmobile.desk import Desk
from bibliomobile.services.bookmobile.desk_state import DeskOutcome, OutcomeKind, Tone
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

from ..patrons.registration_dialog import RegistrationDialog
from ..preferences import SOUNDS
from ..sounds import Sounds
from ..widgets.scan_field import ScanField
from ..workspaces import WorkspaceContext
from .desk_queue import desk_queue_for
from .feedback import add_to_journal, ask_yes_no, make_banner, show_on_banner
from .patron_box import PatronBox
from .side_column import SideColumn
from .visit_summary import summary_text


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
        self._wanted_visit: str | None = None
        self.visit_id: str | None = None  # the open visit (the desk state follows it)
        self.banner_tone: Tone | None = None
        self.last_summary: VisitSummary | None = None
        self._shown_once = False
        # The desk of the van, with the features that have their own codes: drive bags.
        self.desk = Desk(scan_handlers=(bag_scan,))
        self.sounds = Sounds(context.preferences.get(SOUNDS))
        self.queue = desk_queue_for(context, self.desk, self)
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
        self.return_button = QPushButton(self.tr("Mode Retour (F5)"))
        self.return_button.setCheckable(True)
        self.return_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.return_button.toggled.connect(self.set_return_mode)
        scan_row.addWidget(self.return_button)
        self.pending_label = QLabel()
        self.pending_label.setMinimumWidth(160)
        scan_row.addWidget(self.pending_label)
        root.addLayout(scan_row)

        self.banner = make_banner(
            self.tr("Scannez une carte pour prêter, ou un document pour un retour.")
        )
        root.addWidget(self.banner)

        middle = QHBoxLayout()
        self.patron = PatronBox(
            renew_selected=self.renew_selected,
            renew_all=self.renew_all,
            override=self.ask_override,
            next_patron=self.next_patron,
            renew_card=self.renew_card,
        )
        middle.addWidget(self.patron, 3)
        side = SideColumn(self._counter, self.undo)
        self.counter_labels = side.counter_labels
        self.undo_button = side.undo_button
        self.pickups = side.pickups
        self.journal = side.journal
        self.summary = side.summary
        middle.addWidget(side, 2)
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
        self.visit_combo.currentIndexChanged.connect(self._name_open_button)
        row.addWidget(self.visit_combo, 1)
        self.open_button = QPushButton(self.tr("Ouvrir le passage"))
        self.open_button.clicked.connect(self.open_selected_visit)
        row.addWidget(self.open_button)
        self.visit_label = QLabel(self.tr("Aucun passage ouvert"))
        self.visit_label.setObjectName("pageSubtitle")
        row.addWidget(self.visit_label)
        self.register_button = QPushButton(self.tr("Nouveau lecteur…"))
        self.register_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.register_button.clicked.connect(self.register_patron)
        row.addWidget(self.register_button)
        self.close_button = QPushButton(self.tr("Clôturer (bilan)"))
        self.close_button.setEnabled(False)
        self.close_button.clicked.connect(self.close_visit)
        row.addWidget(self.close_button)
        return row

    def _shortcuts(self) -> None:
        keys: list[tuple[QKeySequence | QKeySequence.StandardKey | str, Callable[[], None]]] = [
            ("Esc", self.next_patron),
            ("F2", self.renew_selected),
            ("F3", self.renew_all),
            ("F4", self.ask_override),
            ("F5", self.return_button.toggle),
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
        previous = self.visit_combo.currentData()
        self.visit_combo.clear()
        for visit in self._visits:
            status = {"open": self.tr("ouvert"), "closed": self.tr("clôturé")}.get(visit.status, "")
            self.visit_combo.addItem(
                visit.label + (f" — {status}" if status else ""), visit.visit_id
            )
        if not self._visits:
            self.visit_combo.addItem(self.tr("Aucun passage prévu aujourd'hui"), None)
        self.open_button.setEnabled(bool(self._visits))
        if previous is not None and self.visit_combo.findData(previous) >= 0:
            self.visit_combo.setCurrentIndex(self.visit_combo.findData(previous))
        self._name_open_button()
        already_open = next((v for v in self._visits if v.status == "open"), None)
        if already_open is not None:
            self.visit_combo.setCurrentIndex(self._visits.index(already_open))
            self._use_visit(already_open)
        self._open_wanted()

    def _selected_visit(self) -> VisitRow | None:
        visit_id = self.visit_combo.currentData()
        return next((v for v in self._visits if v.visit_id == visit_id), None)

    def _name_open_button(self) -> None:
        selected = self._selected_visit()
        closed = selected is not None and selected.status == "closed"
        self.open_button.setText(
            self.tr("Rouvrir le passage") if closed else self.tr("Ouvrir le passage")
        )

    def open_selected_visit(self) -> None:
        selected = self._selected_visit()
        if selected is None:
            return
        visit_id = selected.visit_id
        if selected.status == "closed" and not self.confirm(
            self.tr("Rouvrir le passage"),
            self.tr("Ce passage est clôturé et son bilan fait. Le rouvrir pour prêter à nouveau ?"),
        ):
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

    def set_return_mode(self, on: bool) -> None:
        """Every item scanned is a return (on), or lent to the patron at the desk (off)."""
        if self.return_button.isChecked() != on:
            self.return_button.setChecked(on)  # toggled again: comes back here
            return
        self.queue.push("return mode", lambda uow, state: self.desk.set_return_mode(uow, state, on))
        self.focus_first()

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

    def renew_card(self) -> None:
        self.queue.push("renew card", lambda uow, state: self.desk.renew_card(uow, state))

    def register_patron(self) -> RegistrationDialog:
        """Register a new patron; once done, they are the patron at the desk."""
        dialog = RegistrationDialog(self._worker, self.visit_id, self)
        dialog.registered.connect(lambda card: self.queue.scan(card.card_barcode))
        dialog.registered.connect(lambda _card: self._refresh_counters())
        dialog.open()
        return dialog

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
        # The desk keeps the closed visit: it refuses loans with a clear banner (returns
        # are still taken) until the crew reopens it.
        self.visit_id = None
        self.load_visits(summary.visit.date)

    def confirm(self, title: str, text: str) -> bool:
        return ask_yes_no(self, title, text)

    def show_target(self, target: object) -> None:
        """Open this visit at the desk (a double-click in Aujourd'hui)."""
        self._wanted_visit = str(target)
        self._open_wanted()

    def _open_wanted(self) -> None:
        index = self.visit_combo.findData(self._wanted_visit) if self._wanted_visit else -1
        if index < 0:
            return  # the visits are still loading: done when they arrive
        self._wanted_visit = None
        self.visit_combo.setCurrentIndex(index)
        selected = self._selected_visit()
        if selected is not None and selected.visit_id != self.visit_id:
            self.open_selected_visit()

    def _show_summary(self, summary: VisitSummary) -> None:
        self._show_counters(summary)
        self.summary.setText(summary_text(summary))
        self.summary.show()

    # -- feedback --------------------------------------------------------------------------

    def _set_banner(self, tone: Tone, text: str) -> None:
        self.banner_tone = tone
        show_on_banner(self.banner, tone, text)
        self.sounds.play(tone)

    def _journal(self, tone: Tone, text: str) -> None:
        add_to_journal(self.journal, tone, text)

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
                status = str(STATUS_LABELS.get(row.status, row.status))
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
