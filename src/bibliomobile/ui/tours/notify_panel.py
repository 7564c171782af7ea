"""The "À prévenir" box: the patrons to tell about a cancelled or moved visit."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGroupBox, QLabel, QPushButton, QVBoxLayout, QWidget

from bibliomobile.services.bookmobile.visit_calendar import VisitRow
from bibliomobile.services.bookmobile.visit_changes import VisitChange
from bibliomobile.services.bookmobile.visit_notices import PatronToNotify

from ..tables import RowTableModel, french_date
from . import rule_text
from .tables import NOTIFY_COLUMNS, table_view


class NotifyPanel(QGroupBox):
    """Who to notify, how, and what changes for them; a summary of the change above."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("À prévenir"), parent)
        self.notify = RowTableModel(NOTIFY_COLUMNS, self)
        self.notify_table = table_view(self.notify, "notifyTable")
        self.notify_table.setWordWrap(True)  # "what changes" is the point: show it whole
        self.notify.modelReset.connect(self.notify_table.resizeRowsToContents)
        self.notify_summary = QLabel(
            self.tr("Choisissez un passage annulé ou déplacé pour voir qui prévenir.")
        )
        self.notify_summary.setObjectName("notifySummary")
        self.notify_summary.setWordWrap(True)
        self.close_button = QPushButton(self.tr("Fermer"))
        self.close_button.clicked.connect(self.hide)
        layout = QVBoxLayout(self)
        layout.addWidget(self.notify_summary)
        layout.addWidget(self.notify_table, 1)
        layout.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignRight)
        # A secondary panel: it opens beside the calendar when a cancelled or moved visit
        # is chosen, so the calendar keeps the whole width the rest of the time.
        self.hide()

    def show_patrons(
        self, visit: VisitRow, rows: list[PatronToNotify], change: VisitChange | None = None
    ) -> None:
        """The patrons to notify about ``visit``; ``change``: the change just made to it."""
        self.notify.set_rows(rows)
        lines = [rule_text.visit_label(visit)]
        if change is not None:
            lines.extend(self._change_lines(change))
        lines.append(
            self.tr("%Ln lecteur(s) à prévenir.", "", len(rows))
            if rows
            else self.tr("Personne à prévenir.")
        )
        self.notify_summary.setText("\n".join(lines))
        self.show()

    def _change_lines(self, change: VisitChange) -> list[str]:
        if change.next_visit is not None:
            next_line = self.tr("Prochain passage : {date}.").format(
                date=french_date(change.next_visit.date)
            )
        else:
            next_line = self.tr("Aucun prochain passage prévu à cet arrêt.")
        counts = self.tr(
            "{loans} prêt(s) reporté(s), {moved} demande(s) drive reportée(s), "
            "{flagged} à replanifier."
        ).format(
            loans=change.loans_rescheduled,
            moved=change.requests_moved,
            flagged=change.requests_flagged,
        )
        return [next_line, counts]
