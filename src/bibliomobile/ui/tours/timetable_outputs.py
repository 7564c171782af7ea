"""The public timetable of the current tour (or of one commune): PDF and iCalendar files.

Saving one first generates the visits of the period (in the same use case), so the
file shows the calendar the van and the drive use.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from bibliomobile.services.bookmobile import ical, timetable_pdf
from bibliomobile.services.bookmobile.tours import StopRow, TourRow
from bibliomobile.store.uow import UnitOfWork

from ..preferences import OUTPUT_FOLDER, TIMETABLE_CONTACT
from ..workspaces import WorkspaceContext
from .common import PeriodChooser, RunTask


class TimetableOutputs(QWidget):
    """A row: the commune (or the whole tour), the contact line, PDF and iCalendar buttons.

    Signals:
        saved(Path): a file was written (and the visits of the period generated).
    """

    saved = Signal(object)

    def __init__(
        self,
        context: WorkspaceContext,
        run: RunTask,
        period: PeriodChooser,
        current_tour: Callable[[], TourRow | None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._context = context
        self._run = run
        self._period = period
        self._current_tour = current_tour
        self.last_saved: Path | None = None
        self.commune_choice = QComboBox()
        self.commune_choice.setObjectName("communeChoice")
        self.commune_choice.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.commune_choice.setMinimumContentsLength(18)
        self.contact_field = self._contact_field()
        self.pdf_button = QPushButton(self.tr("Horaires PDF…"))
        self.pdf_button.clicked.connect(self.save_pdf)
        self.ical_button = QPushButton(self.tr("iCalendar…"))
        self.ical_button.clicked.connect(self.save_ical)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(QLabel(self.tr("Horaires publics :")))
        row.addWidget(self.commune_choice)
        row.addWidget(self.contact_field, 1)
        row.addWidget(self.pdf_button)
        row.addWidget(self.ical_button)

    def _contact_field(self) -> QLineEdit:
        preferences = self._context.preferences
        field = QLineEdit(preferences.get(TIMETABLE_CONTACT))
        field.setObjectName("contactField")
        field.setPlaceholderText(self.tr("Contact en pied d'affiche (téléphone, courriel)"))
        field.setMinimumWidth(220)
        field.editingFinished.connect(
            lambda: preferences.set(TIMETABLE_CONTACT, field.text().strip())
        )
        return field

    def update_buttons(self) -> None:
        has_tour = self._current_tour() is not None
        self.pdf_button.setEnabled(has_tour)
        self.ical_button.setEnabled(has_tour)

    def set_stops(self, stops: list[StopRow] | None) -> None:
        """Offer the communes of these stops (None: no tour, nothing to offer)."""
        self.commune_choice.clear()
        if stops is None:
            return
        self.commune_choice.addItem(self.tr("Toute la tournée"), None)
        for commune in dict.fromkeys(s.commune for s in stops):
            self.commune_choice.addItem(commune, commune)

    def _ask_path(self, title: str, suggested: str, filter_: str) -> Path | None:
        preferences = self._context.preferences
        folder = Path(preferences.get(OUTPUT_FOLDER) or Path.home())
        chosen, _ = QFileDialog.getSaveFileName(self, title, str(folder / suggested), filter_)
        if not chosen:
            return None
        path = Path(chosen)
        preferences.set(OUTPUT_FOLDER, str(path.parent))
        return path

    def save_pdf(self) -> None:
        tour = self._current_tour()
        if tour is None:
            return
        commune = self.commune_choice.currentData()
        suggested = f"horaires-{(commune or tour.name)}.pdf".replace(" ", "-").lower()
        path = self._ask_path(self.tr("Horaires PDF"), suggested, self.tr("PDF (*.pdf)"))
        if path is None:
            return
        start, end = self._period.period()
        contact = self.contact_field.text().strip() or None
        self._context.preferences.set(TIMETABLE_CONTACT, contact or "")
        request = timetable_pdf.TimetableRequest(
            tour.tour_id, start, end, commune=commune, contact=contact
        )

        def task(uow: UnitOfWork) -> Path:
            path.write_bytes(timetable_pdf.timetable_pdf(uow, request))
            return path

        self._run(task, self._after_save, label="timetable pdf", commit=True)

    def save_ical(self) -> None:
        tour = self._current_tour()
        if tour is None:
            return
        suggested = f"{tour.name}.ics".replace(" ", "-").lower()
        path = self._ask_path(self.tr("iCalendar"), suggested, self.tr("iCalendar (*.ics)"))
        if path is None:
            return
        start, end = self._period.period()

        def task(uow: UnitOfWork) -> Path:
            path.write_bytes(ical.tour_ical(uow, tour.tour_id, start, end))
            return path

        self._run(task, self._after_save, label="ical", commit=False)

    def _after_save(self, path: Path) -> None:
        self.last_saved = path
        self._context.status.show_message(self.tr("Enregistré : {path}").format(path=path))
        self.saved.emit(path)
