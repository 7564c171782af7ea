"""Drive: the request inbox, new requests, slots, pick list, bags, labels, notifications.

All database work goes through the worker; the widgets only hold frozen rows.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from bibliomobile.domain.bagcode import looks_like_bag_code
from bibliomobile.services.drive import core as drive
from bibliomobile.services.labels import (
    FORMATS,
    TEMPLATES,
    labels_for_visit,
    layout_pages,
    write_labels,
)
from bibliomobile.services.labels import template as label_template
from bibliomobile.services.notifications.phone_calls import save_phone_list
from bibliomobile.services.notifications.queue import NotificationRow, list_queue, queue_reminders
from bibliomobile.services.notifications.sending import SendReport, send_pending
from bibliomobile.services.patrons import search_patrons
from bibliomobile.store.uow import UnitOfWork

from ..channels import channel_label
from ..widgets.scan_field import ScanField, ScanQueue
from ..workspaces import WorkspaceContext

#: How a pickup request reached the library; labels translated at display time.
CHANNELS = (
    ("phone", QT_TRANSLATE_NOOP("DriveWorkspace", "Téléphone")),
    ("email", QT_TRANSLATE_NOOP("DriveWorkspace", "E-mail")),
    ("portal", QT_TRANSLATE_NOOP("DriveWorkspace", "Portail")),
    ("at_stop", QT_TRANSLATE_NOOP("DriveWorkspace", "À l'arrêt")),
)


def _table(headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.horizontalHeader().setStretchLastSection(True)
    table.verticalHeader().setVisible(False)
    return table


def _fill(table: QTableWidget, rows: list[list[str]], keys: list[str]) -> None:
    table.setRowCount(len(rows))
    for r, (values, key) in enumerate(zip(rows, keys, strict=True)):
        for c, value in enumerate(values):
            cell = QTableWidgetItem(value)
            cell.setData(Qt.ItemDataRole.UserRole, key)
            table.setItem(r, c, cell)
    table.resizeColumnsToContents()


class DriveWorkspace(QWidget):
    """Tabs: Demandes, Nouvelle demande, Préparation des sacs, Étiquettes, Notifications."""

    def __init__(self, context: WorkspaceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("driveWorkspace")
        self._worker = context.worker
        self._status = context.status
        self.visits: list[drive.VisitChoice] = []
        self.requests: list[drive.RequestRow] = []
        self.current_bag: str | None = None
        self.message = QLabel()
        self.message.setObjectName("driveMessage")
        self.message.setWordWrap(True)

        root = QVBoxLayout(self)
        top = QHBoxLayout()
        title = QLabel(self.tr("Drive"))
        title.setObjectName("pageTitle")
        top.addWidget(title)
        top.addWidget(QLabel(self.tr("Passage :")))
        self.visit_box = QComboBox()
        self.visit_box.currentIndexChanged.connect(lambda _i: self.refresh())
        top.addWidget(self.visit_box, 1)
        root.addLayout(top)
        self.tabs = QTabWidget()
        self.tabs.addTab(self._inbox_tab(), self.tr("Demandes"))
        self.tabs.addTab(self._form_tab(), self.tr("Nouvelle demande"))
        self.tabs.addTab(self._bag_tab(), self.tr("Préparation des sacs"))
        self.tabs.addTab(self._labels_tab(), self.tr("Étiquettes"))
        self.tabs.addTab(self._notify_tab(), self.tr("Notifications"))
        root.addWidget(self.tabs, 1)
        root.addWidget(self.message)
        self.load_visits()

    # -- common ---------------------------------------------------------------------

    @property
    def visit_id(self) -> str | None:
        data = self.visit_box.currentData()
        return str(data) if data else None

    def show_message(self, text: str, error: bool = False) -> None:
        self.message.setText(text)
        self.message.setProperty("tone", "error" if error else "ok")

    def _error(self, error: BaseException) -> None:
        self.show_message(str(error), error=True)

    def run(self, fn: Any, on_done: Any) -> None:
        self._worker.submit(fn, on_done=on_done, on_error=self._error, owner=self)

    def load_visits(self, today: dt.date | None = None) -> None:
        day = today or dt.date.today()
        self.run(lambda uow: drive.upcoming_visits(uow, day), self._show_visits)

    def _show_visits(self, visits: list[drive.VisitChoice]) -> None:
        self.visits = visits
        self.visit_box.blockSignals(True)
        self.visit_box.clear()
        for v in visits:
            self.visit_box.addItem(v.label, v.visit_id)
        self.visit_box.blockSignals(False)
        self.refresh()

    def refresh(self) -> None:
        visit_id = self.visit_id
        if visit_id is None:
            return

        def load(uow: UnitOfWork) -> tuple[list[drive.RequestRow], list[drive.SlotRow]]:
            return drive.list_requests(uow, visit_id=visit_id), drive.list_slots(uow, visit_id)

        self.run(load, self._show_requests)

    # -- inbox ----------------------------------------------------------------------

    def _inbox_tab(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.inbox = _table([self.tr("Créneau"), self.tr("Lecteur"), self.tr("Type"),
                             self.tr("Statut"), self.tr("Sac"), self.tr("Canal"), self.tr("Texte")])  # fmt: skip
        layout.addWidget(self.inbox, 1)
        buttons = QHBoxLayout()
        for status, label in (("preparing", self.tr("En préparation")), ("ready", self.tr("Prête")),
                              ("cancelled", self.tr("Annuler"))):  # fmt: skip
            button = QPushButton(label)
            button.clicked.connect(lambda _c=False, s=status: self.set_status(s))
            buttons.addWidget(button)
        pick = QPushButton(self.tr("Liste de prélèvement (PDF)…"))
        pick.clicked.connect(self.save_pick_list)
        buttons.addWidget(pick)
        buttons.addStretch(1)
        buttons.addWidget(QLabel(self.tr("Créneaux de")))
        self.interval = QSpinBox()
        self.interval.setRange(5, 240)
        self.interval.setValue(15)
        self.interval.setSuffix(" min")
        buttons.addWidget(self.interval)
        buttons.addWidget(QLabel(self.tr("pour")))
        self.capacity = QSpinBox()
        self.capacity.setRange(1, 100)
        self.capacity.setValue(4)
        buttons.addWidget(self.capacity)
        make = QPushButton(self.tr("Créer les créneaux"))
        make.clicked.connect(self.generate_slots)
        buttons.addWidget(make)
        layout.addLayout(buttons)
        return page

    def _show_requests(self, result: tuple[list[drive.RequestRow], list[drive.SlotRow]]) -> None:
        self.requests, slots = result
        rows = [
            [f"{r.slot_start:%H:%M}" if r.slot_start else "", r.patron_name,
             "surprise" if r.kind == "surprise" else f"{r.lines} titre(s)", r.status_label,
             r.bag_code or "", r.channel, r.free_text]
            for r in self.requests
        ]  # fmt: skip
        _fill(self.inbox, rows, [r.request_id for r in self.requests])
        self.slot_box.clear()
        for s in slots:
            self.slot_box.addItem(s.label, s.slot_id)
        self.bag_request.clear()
        for r in self.requests:
            if r.status in ("new", "preparing"):
                self.bag_request.addItem(f"{r.patron_name} — {r.status_label}", r.request_id)

    def selected_request(self) -> str | None:
        row = self.inbox.currentRow()
        if row < 0:
            return None
        cell = self.inbox.item(row, 0)
        return str(cell.data(Qt.ItemDataRole.UserRole)) if cell else None

    def set_status(self, status: str) -> None:
        request_id = self.selected_request()
        if request_id is None:
            self.show_message(self.tr("Choisissez d'abord une demande."), error=True)
            return
        self.run(lambda uow: drive.set_status(uow, request_id, status), lambda _r: self.refresh())

    def generate_slots(self) -> None:
        visit_id, interval, capacity = self.visit_id, self.interval.value(), self.capacity.value()
        if visit_id is None:
            return

        def done(rows: list[drive.SlotRow]) -> None:
            self.show_message(self.tr("{n} créneau(x).").format(n=len(rows)))
            self.refresh()

        self.run(
            lambda uow: drive.generate_slots(uow, visit_id, interval_minutes=interval, capacity=capacity),
            done,
        )  # fmt: skip

    def save_pick_list(self) -> None:
        visit_id = self.visit_id
        if visit_id is None:
            return
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Liste de prélèvement"), "prelevement.pdf", "PDF (*.pdf)"
        )
        if path:
            self.write_pick_list(Path(path))

    def write_pick_list(self, path: Path) -> None:
        visit_id = self.visit_id
        assert visit_id is not None

        def task(uow: UnitOfWork) -> int:
            lines = drive.pick_list(uow, visit_id)
            drive.pick_list_pdf(lines, path)
            return len(lines)

        self.run(
            task,
            lambda n: self.show_message(
                self.tr("Liste de prélèvement : {n} document(s).").format(n=n)
            ),
        )

    # -- new request ------------------------------------------------------------------

    def _form_tab(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        self.patron_query = QLineEdit()
        self.patron_query.setPlaceholderText(self.tr("Nom, carte, commune…"))
        self.patron_query.returnPressed.connect(self.find_patrons)
        self.patron_list = QListWidget()
        self.patron_list.setMaximumHeight(110)
        form.addRow(self.tr("Lecteur"), self.patron_query)
        form.addRow("", self.patron_list)
        self.slot_box = QComboBox()
        form.addRow(self.tr("Créneau"), self.slot_box)
        self.channel_box = QComboBox()
        for key, label in CHANNELS:
            self.channel_box.addItem(QCoreApplication.translate("DriveWorkspace", str(label)), key)
        form.addRow(self.tr("Reçue par"), self.channel_box)
        self.surprise = QCheckBox(self.tr("Sélection surprise (d'après les goûts)"))
        form.addRow("", self.surprise)
        self.free_text = QLineEdit()
        self.free_text.setPlaceholderText(self.tr("ex. « polars, pas d'horreur, gros caractères »"))
        form.addRow(self.tr("Goûts / remarque"), self.free_text)
        self.catalogue_query = QLineEdit()
        self.catalogue_query.setPlaceholderText(self.tr("Titre, auteur… puis Entrée"))
        self.catalogue_query.returnPressed.connect(self.find_items)
        self.catalogue_list = QListWidget()
        form.addRow(self.tr("Titres"), self.catalogue_query)
        form.addRow("", self.catalogue_list)
        save = QPushButton(self.tr("Enregistrer la demande"))
        save.clicked.connect(self.save_request)
        form.addRow("", save)
        return page

    def find_patrons(self) -> None:
        query = self.patron_query.text()
        self.run(lambda uow: search_patrons(uow, query, limit=30), self._show_patrons)

    def _show_patrons(self, rows: list[Any]) -> None:
        self.patron_list.clear()
        for p in rows:
            item = QListWidgetItem(f"{p.last_name} {p.first_name} — {p.card_barcode} — {p.commune}")
            item.setData(Qt.ItemDataRole.UserRole, p.patron_id)
            self.patron_list.addItem(item)
        if rows:
            self.patron_list.setCurrentRow(0)

    def find_items(self) -> None:
        query = self.catalogue_query.text()
        self.run(lambda uow: drive.search_with_availability(uow, query), self._show_items)

    def _show_items(self, rows: list[drive.AvailableItem]) -> None:
        self.catalogue_list.clear()
        for hit in rows:
            state = self.tr("disponible") if hit.available else hit.reason
            item = QListWidgetItem(f"{hit.title} — {hit.authors} — {hit.call_number} ({state})")
            item.setData(Qt.ItemDataRole.UserRole, hit.record_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.catalogue_list.addItem(item)

    def save_request(self) -> None:
        patron = self.patron_list.currentItem()
        visit_id, slot_id = self.visit_id, self.slot_box.currentData()
        if patron is None or visit_id is None or slot_id is None:
            self.show_message(
                self.tr("Choisissez un lecteur, un passage et un créneau."), error=True
            )
            return
        patron_id = str(patron.data(Qt.ItemDataRole.UserRole))
        records = [
            str(self.catalogue_list.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(self.catalogue_list.count())
            if self.catalogue_list.item(i).checkState() == Qt.CheckState.Checked
        ]
        kind = "surprise" if self.surprise.isChecked() else "titles"
        channel = str(self.channel_box.currentData())
        text = self.free_text.text()

        def task(uow: UnitOfWork) -> drive.RequestRow:
            return drive.create_request(
                uow, patron_id=patron_id, visit_id=visit_id, slot_id=str(slot_id), channel=channel,
                kind=kind, record_ids=records, free_text=text, taken_by=None,
            )  # fmt: skip

        def done(row: drive.RequestRow) -> None:
            self.show_message(
                self.tr("Demande enregistrée pour {name}.").format(name=row.patron_name)
            )
            self.free_text.clear()
            self.catalogue_list.clear()
            self.refresh()

        self.run(task, done)

    # -- bag preparation ----------------------------------------------------------------

    def _bag_tab(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Demande :")))
        self.bag_request = QComboBox()
        row.addWidget(self.bag_request, 1)
        propose = QPushButton(self.tr("Proposer une sélection surprise"))
        propose.clicked.connect(self.propose)
        row.addWidget(propose)
        layout.addLayout(row)
        self.bag_scan = ScanField(placeholder=self.tr("Scanner le sac, puis les documents"))
        layout.addWidget(self.bag_scan)
        self.bag_queue = ScanQueue(self._worker, self._handle_bag_scan, self._bag_scanned,
                                   lambda _code, error: self._error(error), self)  # fmt: skip
        self.bag_scan.scanned.connect(self.bag_queue.push)
        self.bag_items = QListWidget()
        layout.addWidget(self.bag_items, 1)
        ready = QPushButton(self.tr("Sac prêt (prévenir le lecteur)"))
        ready.clicked.connect(self.bag_ready)
        layout.addWidget(ready)
        return page

    def _handle_bag_scan(self, uow: UnitOfWork, code: str) -> drive.BagContent:
        if looks_like_bag_code(code):
            request_id = self._bag_request_id
            if request_id is None:
                raise drive.DriveError("Choisissez d'abord la demande dont vous préparez le sac.")
            return drive.create_bag(uow, code, request_id=request_id)
        if self.current_bag is None:
            raise drive.DriveError("Scannez d'abord l'étiquette du sac.")
        return drive.add_to_bag(uow, self.current_bag, code)

    def _bag_scanned(self, _code: str, content: drive.BagContent) -> None:
        self.current_bag = content.code
        self.bag_items.clear()
        for item in content.items:
            self.bag_items.addItem(f"{item.call_number}  {item.barcode}  {item.title}")
        self.show_message(content.message)

    @property
    def _bag_request_id(self) -> str | None:
        data = self.bag_request.currentData()
        return str(data) if data else None

    def propose(self) -> None:
        request_id = self._bag_request_id
        if request_id is None:
            return
        self.run(lambda uow: drive.propose_surprise(uow, request_id), self._show_proposal)

    def _show_proposal(self, rows: list[drive.AvailableItem]) -> None:
        self.bag_items.clear()
        for hit in rows:
            self.bag_items.addItem(
                f"{self.tr('À prendre')} : {hit.call_number}  {hit.barcode}  {hit.title} ({hit.location})"
            )
        self.show_message(
            self.tr("{n} proposition(s) : scannez celles que vous retenez.").format(n=len(rows))
        )

    def bag_ready(self) -> None:
        code = self.current_bag
        if code is None:
            return
        self.run(lambda uow: drive.mark_bag_ready(uow, code), self._bag_done)

    def _bag_done(self, content: drive.BagContent) -> None:
        self.show_message(content.message)
        self.current_bag = None
        self.bag_items.clear()
        self.refresh()

    # -- labels -------------------------------------------------------------------------------

    def _labels_tab(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        self.label_format = QComboBox()
        for key in FORMATS:
            self.label_format.addItem(
                TEMPLATES[key].description
                if key in TEMPLATES
                else self.tr("ZPL (imprimante Zebra)"),
                key,
            )
        form.addRow(self.tr("Format"), self.label_format)
        self.label_start = QSpinBox()
        self.label_start.setRange(1, 65)
        form.addRow(self.tr("Première étiquette libre"), self.label_start)
        self.fabric = QCheckBox(self.tr("Sacs en tissu (QR plus robuste)"))
        form.addRow("", self.fabric)
        save = QPushButton(self.tr("Enregistrer…"))
        save.clicked.connect(self.save_labels)
        printer = QPushButton(self.tr("Imprimer…"))
        printer.clicked.connect(self.print_labels)
        buttons = QHBoxLayout()
        buttons.addWidget(save)
        buttons.addWidget(printer)
        form.addRow("", buttons)
        return page

    def save_labels(self) -> None:
        fmt = str(self.label_format.currentData())
        suffix = "zpl" if fmt == "zpl" else "pdf"
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Étiquettes"), f"etiquettes.{suffix}")
        if path:
            self.write_labels(Path(path))

    def write_labels(self, path: Path) -> None:
        visit_id = self.visit_id
        fmt = str(self.label_format.currentData())
        start, level = self.label_start.value(), "H" if self.fabric.isChecked() else "Q"

        def task(uow: UnitOfWork) -> int:
            labels = labels_for_visit(uow, visit_id or "")
            if not labels:
                raise drive.DriveError("Aucun sac à étiqueter pour ce passage.")
            write_labels(labels, fmt, path, start, level)
            return len(labels)

        self.run(
            task,
            lambda n: self.show_message(
                self.tr("{n} étiquette(s) écrites dans {p}.").format(n=n, p=path)
            ),
        )

    def print_labels(self) -> None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        from .printing import paint_pages

        visit_id = self.visit_id
        fmt = str(self.label_format.currentData())
        if fmt == "zpl":
            self.show_message(
                self.tr("Le ZPL s'envoie à l'imprimante Zebra : utilisez « Enregistrer »."),
                error=True,
            )
            return
        start, level = self.label_start.value(), "H" if self.fabric.isChecked() else "Q"

        def task(uow: UnitOfWork) -> Any:
            return layout_pages(
                labels_for_visit(uow, visit_id or ""), label_template(fmt), start, level
            )

        def done(pages: Any) -> None:
            printer = QPrinter(QPrinter.PrinterMode.HighResolution)
            if QPrintDialog(printer, self).exec():
                paint_pages(pages, printer)

        self.run(task, done)

    # -- notifications ---------------------------------------------------------------------------

    def _notify_tab(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.queue_table = _table([self.tr("Date"), self.tr("Lecteur"), self.tr("Message"),
                                   self.tr("Canal"), self.tr("État"), self.tr("Erreur")])  # fmt: skip
        layout.addWidget(self.queue_table, 1)
        row = QHBoxLayout()
        reload_ = QPushButton(self.tr("Actualiser"))
        reload_.clicked.connect(self.load_queue)
        send = QPushButton(self.tr("Envoyer maintenant"))
        send.clicked.connect(self.send_now)
        reminders = QPushButton(self.tr("Rappels de la veille"))
        reminders.clicked.connect(self.queue_reminders)
        calls = QPushButton(self.tr("Liste d'appels (PDF)…"))
        calls.clicked.connect(self.save_calls)
        templates = QPushButton(self.tr("Modèles de messages…"))
        templates.setObjectName("editTemplates")
        templates.clicked.connect(self.edit_templates)
        for b in (reload_, send, reminders, calls, templates):
            row.addWidget(b)
        layout.addLayout(row)
        return page

    def edit_templates(self) -> QDialog:
        """Open the message template editor (non-modal; returned for tests)."""
        from .templates import TemplateEditor

        editor = TemplateEditor(self._worker, self)
        editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        editor.show()
        return editor

    def load_queue(self) -> None:
        self.run(list_queue, self._show_queue)

    def _show_queue(self, rows: list[NotificationRow]) -> None:
        kinds = {"bag_ready": self.tr("Sac prêt"), "reminder": self.tr("Rappel")}
        _fill(self.queue_table, [
            [f"{r.created_at:%d/%m %H:%M}", r.patron_name, kinds.get(r.kind, r.kind),
             channel_label(r.channel),
             r.status, r.last_error] for r in rows
        ], [r.notification_id for r in rows])  # fmt: skip

    def send_now(self) -> None:
        def task(_uow: UnitOfWork) -> SendReport:
            return send_pending(self._worker.store.transactions())

        def done(report: SendReport) -> None:
            self.show_message(self.tr("{s} envoyé(s), {f} en échec, {c} appel(s) à passer.").format(
                s=report.sent, f=report.failed, c=report.to_call))  # fmt: skip
            self.load_queue()

        self.run(task, done)

    def queue_reminders(self) -> None:
        day = dt.date.today()
        self._worker.submit(
            lambda uow: queue_reminders(uow, day),
            on_done=lambda _r: self.load_queue(),
            on_error=self._error,
            owner=self,
            commit=True,
        )

    def save_calls(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Appels à passer"), "appels.pdf", "PDF (*.pdf)"
        )
        if not path:
            return

        def task(uow: UnitOfWork) -> int:
            return save_phone_list(uow, Path(path))

        self.run(task, lambda n: self.show_message(self.tr("{n} appel(s) à passer.").format(n=n)))
