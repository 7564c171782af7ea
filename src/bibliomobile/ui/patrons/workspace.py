"""Lecteurs: find a patron as you type, browse all patrons, see their current loans."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QPushButton, QWidget

from bibliomobile.services.patron_cards import PatronCard, renew_card
from bibliomobile.services.patrons import (
    PatronDetail,
    PatronRow,
    browse_patrons,
    count_patrons,
    patron_detail,
    search_patrons,
)
from bibliomobile.services.sync.common import SyncError
from bibliomobile.services.sync.erasure import is_coordinator
from bibliomobile.services.sync.purge import stale_lock
from bibliomobile.store.uow import UnitOfWork

from ..channels import channel_label
from ..i18n import QT_TRANSLATE_NOOP
from ..person_export import PersonExportButton
from ..tables import Column, french_date
from ..widgets.search_page import DetailSection, SearchPage
from ..worker import describe_error
from ..workspaces import WorkspaceContext
from .erasure_dialog import ErasureDialog
from .import_dialog import install_patron_import
from .registration_dialog import RegistrationDialog

PATRON_COLUMNS: tuple[Column[PatronRow], ...] = (
    Column(QT_TRANSLATE_NOOP("Columns", "Nom"), lambda r: r.last_name, width=160, elide=True),
    Column(QT_TRANSLATE_NOOP("Columns", "Prénom"), lambda r: r.first_name, width=125, elide=True),
    Column(QT_TRANSLATE_NOOP("Columns", "Commune"), lambda r: r.commune, elide=True),
    Column(QT_TRANSLATE_NOOP("Columns", "Carte"), lambda r: r.card_barcode, width=110),
    Column(
        QT_TRANSLATE_NOOP("Columns", "Fin d'abonnement"),
        lambda r: french_date(r.card_expiry),
        sort_key=lambda r: r.card_expiry.isoformat() if r.card_expiry else "",
        width=125,
    ),
)


class PatronsWorkspace(SearchPage):
    """Search field, patrons table (lazy over all patrons) and patron detail with loans."""

    def __init__(self, context: WorkspaceContext, parent: QWidget | None = None) -> None:
        super().__init__(
            context.worker,
            title=self.tr("Lecteurs"),
            subtitle=self.tr("Nom, commune, numéro de carte, courriel ou téléphone."),
            placeholder=self.tr("Rechercher un lecteur… (ex. : dupre egliseneuve)"),
            columns=PATRON_COLUMNS,
            search=search_patrons,
            count=count_patrons,
            browse=browse_patrons,
            detail=patron_detail,
            row_id=lambda row: row.patron_id,
            empty_detail=self.tr("Choisissez un lecteur pour voir sa fiche et ses prêts."),
            locked=stale_lock,
            parent=parent,
        )
        self.import_button = install_patron_import(self, context.worker)
        self.current: PatronDetail | None = None
        self.new_button = QPushButton(self.tr("Nouveau lecteur…"))
        self.new_button.setObjectName("newPatronButton")
        self.new_button.clicked.connect(self.register_patron)
        self.action_bar.addWidget(self.new_button)
        self.renew_button = QPushButton(self.tr("Renouveler la carte"))
        self.renew_button.setObjectName("renewCardButton")
        self.renew_button.setEnabled(False)
        self.renew_button.clicked.connect(self.renew_card)
        self.action_bar.addWidget(self.renew_button)
        # Coordination laptops only (the server checks it too): shown once known.
        self.erase_button = QPushButton(self.tr("Effacer la personne…"))
        self.erase_button.setObjectName("erasePersonButton")
        self.erase_button.setEnabled(False)
        self.erase_button.setVisible(False)
        self.erase_button.clicked.connect(self.erase_person)
        self.action_bar.addWidget(self.erase_button)
        self._worker.submit(
            is_coordinator, on_done=self.erase_button.setVisible, owner=self, label="role"
        )
        self._status = context.status
        self.export_button = PersonExportButton(self._run_export, self._status.show_message)
        self.export_button.setEnabled(False)
        self.action_bar.addWidget(self.export_button)

    def _run_export(self, task: Callable[[UnitOfWork], Path], done: Callable[[Path], None]) -> None:
        def failed(error: BaseException) -> None:
            self._status.show_message(
                str(error) if isinstance(error, SyncError) else describe_error(error)
            )

        self._worker.submit(task, done, failed, owner=self, label="person export")

    def register_patron(self) -> RegistrationDialog:
        """Register a patron here; then they are shown (found by their new card)."""
        dialog = RegistrationDialog(self._worker, None, self)
        dialog.registered.connect(self._registered)
        dialog.open()
        return dialog

    def _registered(self, card: PatronCard) -> None:
        self.browse_model.reload()
        self.search_field.setText(card.card_barcode)
        self.search(card.card_barcode)

    def renew_card(self) -> None:
        """Renew the card of the patron shown, for a year."""
        if self.current is None:
            return
        patron_id = self.current.patron_id

        def task(uow: UnitOfWork) -> PatronDetail | None:
            renew_card(uow, patron_id)
            return patron_detail(uow, patron_id)

        def done(detail: PatronDetail | None) -> None:
            if detail is not None:
                self.render_detail(detail)
            self.browse_model.reload()

        self._worker.submit(task, on_done=done, owner=self, commit=True, label="renew card")

    def erase_person(self) -> ErasureDialog | None:
        """Erase the patron shown, everywhere (a reason, then a second confirmation)."""
        if self.current is None:
            return None
        name = f"{self.current.first_name} {self.current.last_name}".strip()
        dialog = ErasureDialog(self._worker, self.current.card_barcode, name, self)
        dialog.open()
        return dialog

    def render_detail(self, detail: PatronDetail) -> None:
        self.current = detail
        self.renew_button.setEnabled(True)
        self.export_button.card = detail.card_barcode
        self.export_button.setEnabled(True)
        self.erase_button.setEnabled(True)
        title = f"{detail.first_name} {detail.last_name}".strip()
        subtitle = self.tr("Carte {card}").format(card=detail.card_barcode)
        address = ", ".join(
            part
            for part in (
                detail.address,
                " ".join(p for p in (detail.postcode, detail.commune) if p),
            )
            if part
        )
        fields = [
            (self.tr("Carte bloquée"), detail.blocked_reason or ""),
            (self.tr("Fin d'abonnement"), french_date(detail.card_expiry)),
            (self.tr("Arrêt habituel"), detail.home_stop or ""),
            (self.tr("Adresse"), address),
            (self.tr("Téléphone"), detail.phone or ""),
            (self.tr("Courriel"), detail.email or ""),
            (self.tr("Prévenir par"), channel_label(detail.preferred_channel)),
            (self.tr("Année de naissance"), str(detail.birth_year) if detail.birth_year else ""),
        ]
        loans = []
        for loan in detail.loans:
            due = (
                self.tr("à rendre le {date}").format(date=french_date(loan.due_date))
                if loan.due_date
                else ""
            )
            late = self.tr("en retard") if getattr(loan, "overdue", False) else ""
            loans.append(" · ".join(p for p in (loan.title, loan.barcode, due, late) if p))
        sections = [
            DetailSection(
                self.tr("Prêts en cours ({count})").format(count=len(detail.loans)),
                loans,
                empty_text=self.tr("Aucun prêt en cours."),
            )
        ]
        self.detail_panel.show_content(title, subtitle, fields, sections)
