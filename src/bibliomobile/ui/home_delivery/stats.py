"""Home-delivery statistics by month, exported as CSV for French Excel."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from bibliomobile.services.home_delivery.stats import (
    MonthStats,
    home_delivery_stats,
    stats_csv,
)
from bibliomobile.store.uow import UnitOfWork

from ..i18n import QT_TRANSLATE_NOOP
from ..tables import Column, RowTableModel
from ..workspaces import WorkspaceContext
from .common import Page, date_edit, row_table, to_date

STATS_COLUMNS: tuple[Column[MonthStats], ...] = (
    Column(QT_TRANSLATE_NOOP("Columns", "Mois"), lambda r: r.month, width=90),
    Column(QT_TRANSLATE_NOOP("Columns", "Visites"), lambda r: str(r.visits), align_right=True),
    Column(
        QT_TRANSLATE_NOOP("Columns", "Livraisons"), lambda r: str(r.deliveries), align_right=True
    ),
    Column(
        QT_TRANSLATE_NOOP("Columns", "Bénéficiaires servis"),
        lambda r: str(r.beneficiaries_served),
        align_right=True,
    ),
    Column(
        QT_TRANSLATE_NOOP("Columns", "Documents livrés"),
        lambda r: str(r.items_delivered),
        align_right=True,
    ),
    Column(
        QT_TRANSLATE_NOOP("Columns", "Heures de bénévolat"),
        lambda r: f"{r.volunteer_hours:.1f}".replace(".", ","),
        align_right=True,
    ),
    Column(
        QT_TRANSLATE_NOOP("Columns", "Alertes bien-être"),
        lambda r: str(r.welfare_concerns),
        align_right=True,
    ),
)


class HomeDeliveryStatsPanel(Page):
    """A period, the monthly figures, and the CSV export."""

    def __init__(self, context: WorkspaceContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        root = QVBoxLayout(self)
        top = QHBoxLayout()
        today = dt.date.today()
        self.start = date_edit(dt.date(today.year, 1, 1))
        self.end = date_edit(dt.date(today.year, 12, 31))
        show = QPushButton(self.tr("Afficher"))
        show.clicked.connect(self.refresh)
        self.export_button = QPushButton(self.tr("Exporter en CSV…"))
        self.export_button.clicked.connect(self._ask_path)
        top.addWidget(QLabel(self.tr("Du")))
        top.addWidget(self.start)
        top.addWidget(QLabel(self.tr("au")))
        top.addWidget(self.end)
        top.addWidget(show)
        top.addStretch(1)
        top.addWidget(self.export_button)
        root.addLayout(top)
        self.model = RowTableModel(STATS_COLUMNS, self)
        table = row_table(self.model, selectable=False)
        table.setObjectName("homeDeliveryStats")
        root.addWidget(table, 1)
        note = QLabel(
            self.tr(
                "Le fichier CSV s'ouvre directement dans Excel en français : UTF-8 avec BOM, "
                "séparateur « ; », virgule décimale."
            )
        )
        note.setWordWrap(True)
        note.setStyleSheet("color: #5b6573;")
        root.addWidget(note)
        root.addWidget(self.error_label)

    def refresh(self) -> None:
        start, end = to_date(self.start), to_date(self.end)
        self.run(lambda uow: home_delivery_stats(uow, start, end), self.model.set_rows)

    def _ask_path(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Statistiques du portage"), "portage.csv", self.tr("CSV (*.csv)")
        )
        if path:
            self.export_csv(Path(path))

    def export_csv(self, path: Path) -> None:
        start, end = to_date(self.start), to_date(self.end)

        def task(uow: UnitOfWork) -> Path:
            path.write_bytes(stats_csv(home_delivery_stats(uow, start, end)))
            return path

        self.run(task, lambda p: self.info(self.tr("Statistiques enregistrées : {p}").format(p=p)))
