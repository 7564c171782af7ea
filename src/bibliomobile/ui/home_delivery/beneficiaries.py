"""Beneficiaries: the list and the profile form (tastes, visits, access, pause)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QItemSelection
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from bibliomobile.domain.enums import (
    DocumentFormat,
    Referral,
    VisitFrequency,
)
from bibliomobile.services.home_delivery.availability import format_windows, parse_windows
from bibliomobile.services.home_delivery.beneficiaries import (
    BeneficiaryDetail,
    BeneficiaryProfile,
    BeneficiaryRow,
    BeneficiaryWithFeedback,
    add_beneficiary_from_card,
    beneficiary_with_feedback,
    end_beneficiary,
    list_beneficiaries,
    pause_beneficiary,
    resume_beneficiary,
    save_beneficiary,
)
from bibliomobile.services.home_delivery.common import HomeDeliveryError
from bibliomobile.ui.health_guard import add_notice, confirm_no_health_data

from ..i18n import QT_TRANSLATE_NOOP
from ..labels import label
from ..tables import Column, RowTableModel, french_date
from ..workspaces import WorkspaceContext
from .common import Page, date_edit, parse_float, row_table, split_list, to_date
from .legal_record import LegalRecordBox

FREQUENCY_TEXT = {
    VisitFrequency.WEEKLY.value: QT_TRANSLATE_NOOP("HomeDelivery", "chaque semaine"),
    VisitFrequency.FORTNIGHTLY.value: QT_TRANSLATE_NOOP("HomeDelivery", "tous les quinze jours"),
    VisitFrequency.MONTHLY.value: QT_TRANSLATE_NOOP("HomeDelivery", "chaque mois"),
}
# The reasons of domain.health.PAUSE_REASONS: a choice that names no illness.
PAUSE_TEXT = {
    "absence": QT_TRANSLATE_NOOP("HomeDelivery", "Absence (vacances, séjour chez un proche)"),
    "indisponible": QT_TRANSLATE_NOOP("HomeDelivery", "Indisponible"),
    "travaux": QT_TRANSLATE_NOOP("HomeDelivery", "Travaux dans le logement"),
}
STATUS_TEXT = {
    "active": QT_TRANSLATE_NOOP("HomeDelivery", "actif"),
    "paused": QT_TRANSLATE_NOOP("HomeDelivery", "en pause"),
    "ended": QT_TRANSLATE_NOOP("HomeDelivery", "arrêté"),
}
REFERRAL_TEXT = {
    Referral.CCAS.value: QT_TRANSLATE_NOOP("HomeDelivery", "CCAS"),
    Referral.FAMILY.value: QT_TRANSLATE_NOOP("HomeDelivery", "Famille"),
    Referral.SOCIAL_WORKER.value: QT_TRANSLATE_NOOP("HomeDelivery", "Travailleur social"),
    Referral.SELF.value: QT_TRANSLATE_NOOP("HomeDelivery", "La personne elle-même"),
    Referral.OTHER.value: QT_TRANSLATE_NOOP("HomeDelivery", "Autre"),
}


def tr(text: str) -> str:
    return QCoreApplication.translate("HomeDelivery", text)


BENEFICIARY_COLUMNS: tuple[Column[BeneficiaryRow], ...] = (
    Column(QT_TRANSLATE_NOOP("Columns", "Nom"), lambda r: r.name, fit=True),
    Column(QT_TRANSLATE_NOOP("Columns", "Commune"), lambda r: r.commune, fit=True),
    Column(
        QT_TRANSLATE_NOOP("Columns", "Fréquence"),
        lambda r: tr(FREQUENCY_TEXT[r.frequency]),
        width=90,
        elide=True,  # the profile beside says it whole
    ),
    Column(QT_TRANSLATE_NOOP("Columns", "État"), lambda r: tr(STATUS_TEXT[r.status]), fit=True),
    Column(
        QT_TRANSLATE_NOOP("Columns", "Dernière visite"),
        lambda r: french_date(r.last_delivered),
        sort_key=lambda r: r.last_delivered or dt.date.min,
    ),
)


class BeneficiariesPage(Page):
    """List on the left, profile form on the right."""

    def __init__(self, context: WorkspaceContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.current: BeneficiaryDetail | None = None
        root = QVBoxLayout(self)
        splitter = QSplitter()
        root.addWidget(splitter, 1)
        root.addWidget(self.error_label)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        self.model = RowTableModel(BENEFICIARY_COLUMNS, self)
        self.table = row_table(self.model)
        self.table.setObjectName("beneficiariesTable")
        self.table.selectionModel().selectionChanged.connect(self._selected)
        left_layout.addWidget(self.table)
        new_row = QHBoxLayout()
        self.card_field = QLineEdit()
        self.card_field.setPlaceholderText(self.tr("Carte du lecteur à servir à domicile"))
        self.card_field.returnPressed.connect(self.add_from_card)
        add = QPushButton(self.tr("Nouveau bénéficiaire"))
        add.clicked.connect(self.add_from_card)
        new_row.addWidget(self.card_field, 1)
        new_row.addWidget(add)
        left_layout.addLayout(new_row)
        splitter.addWidget(left)

        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        form_host = QWidget()
        scroll.setWidget(form_host)
        splitter.addWidget(scroll)
        # The list gets what its names, towns and dates need; the profile scrolls.
        splitter.setSizes([560, 540])
        # On a smaller screen the list (it scrolls) gives up room, not the profile.
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 0)
        form_layout = QVBoxLayout(form_host)
        self.heading = QLabel(self.tr("Choisissez un bénéficiaire."))
        self.heading.setObjectName("pageTitle")
        self.heading.setWordWrap(True)
        form_layout.addWidget(self.heading)

        tastes = QGroupBox(self.tr("Goûts de lecture"))
        tastes_form = QFormLayout(tastes)
        # Three a row: the six formats fit the profile's half of a 1366-pixel screen.
        formats_row = QGridLayout()
        self.format_boxes: dict[str, QCheckBox] = {}
        for fmt in (
            DocumentFormat.LARGE_PRINT,
            DocumentFormat.BOOK,
            DocumentFormat.AUDIOBOOK,
            DocumentFormat.DVD,
            DocumentFormat.MAGAZINE,
            DocumentFormat.MUSIC_CD,
        ):
            box = QCheckBox(label(fmt.value))
            self.format_boxes[fmt.value] = box
            count = len(self.format_boxes) - 1
            formats_row.addWidget(box, count // 3, count % 3)
        tastes_form.addRow(self.tr("Supports"), formats_row)
        self.genres_liked = QLineEdit()
        self.genres_liked.setPlaceholderText(self.tr("policier, terroir, histoire…"))
        self.genres_disliked = QLineEdit()
        self.authors = QLineEdit()
        self.authors.setPlaceholderText(self.tr("Simenon; Pagnol (séparés par « ; »)"))
        self.taste_notes = QPlainTextEdit()
        add_notice(self.taste_notes, self.tr("Ce qu'elle aime lire, en quelques mots"))
        self.taste_notes.setMaximumHeight(70)
        self.learnt = QLabel()
        self.learnt.setWordWrap(True)
        self.learnt.setStyleSheet("color: #5b6573;")
        tastes_form.addRow(self.tr("Genres aimés"), self.genres_liked)
        tastes_form.addRow(self.tr("Genres à éviter"), self.genres_disliked)
        tastes_form.addRow(self.tr("Auteurs préférés"), self.authors)
        tastes_form.addRow(self.tr("Notes sur les goûts"), self.taste_notes)
        tastes_form.addRow(self.tr("Appris des visites"), self.learnt)
        form_layout.addWidget(tastes)

        visits = QGroupBox(self.tr("Visites et accès"))
        visits_form = QFormLayout(visits)
        self.frequency = QComboBox()
        for value, text in FREQUENCY_TEXT.items():
            self.frequency.addItem(tr(text), value)
        self.availability = QLineEdit()
        self.availability.setPlaceholderText(self.tr("lun 09:00-12:00; jeu 14:00-16:30"))
        self.access_notes = QLineEdit()
        # A door code is a secret: it is never printed and shows only on the day.
        self.access_notes.setPlaceholderText(
            self.tr("« sonner deux fois », code à voir dans l'appli — pas d'information de santé")
        )
        self.contact_person = QLineEdit()
        self.contact_phone = QLineEdit()
        self.referral = QComboBox()
        self.referral.addItem("—", None)
        for value, text in REFERRAL_TEXT.items():
            self.referral.addItem(tr(text), value)
        self.latitude = QLineEdit()
        self.longitude = QLineEdit()
        coords = QHBoxLayout()
        coords.addWidget(self.latitude)
        coords.addWidget(self.longitude)
        visits_form.addRow(self.tr("Fréquence"), self.frequency)
        visits_form.addRow(self.tr("Disponibilités"), self.availability)
        visits_form.addRow(self.tr("Accès"), self.access_notes)
        visits_form.addRow(self.tr("Personne à contacter"), self.contact_person)
        visits_form.addRow(self.tr("Son téléphone"), self.contact_phone)
        visits_form.addRow(self.tr("Orienté par"), self.referral)
        visits_form.addRow(self.tr("Latitude, longitude"), coords)
        form_layout.addWidget(visits)

        self.legal = LegalRecordBox(self.run, self.info)
        form_layout.addWidget(self.legal)
        self.save_button = QPushButton(self.tr("Enregistrer le profil"))
        self.save_button.setObjectName("saveProfile")
        self.save_button.clicked.connect(self.save)
        form_layout.addWidget(self.save_button)

        pause = QGroupBox(self.tr("Pause des visites"))
        pause_form = QFormLayout(pause)
        today = dt.date.today()
        self.pause_from = date_edit(today)
        self.pause_to = date_edit(today + dt.timedelta(days=14))
        self.pause_open = QCheckBox(self.tr("jusqu'à nouvel ordre"))
        self.pause_reason = QComboBox()
        for value, text in PAUSE_TEXT.items():
            self.pause_reason.addItem(tr(text), value)
        self.pause_state = QLabel()
        pause_buttons = QGridLayout()  # two rows: the profile is half a laptop screen wide
        self.pause_button = QPushButton(self.tr("Mettre en pause"))
        self.pause_button.clicked.connect(self.pause)
        self.resume_button = QPushButton(self.tr("Reprendre les visites"))
        self.resume_button.clicked.connect(self.resume)
        self.end_button = QPushButton(self.tr("Arrêter le portage (l'historique reste)"))
        self.end_button.clicked.connect(self.end)
        pause_buttons.addWidget(self.pause_button, 0, 0)
        pause_buttons.addWidget(self.resume_button, 0, 1)
        pause_buttons.addWidget(self.end_button, 1, 0, 1, 2)
        pause_form.addRow(self.tr("État"), self.pause_state)
        pause_form.addRow(self.tr("Du"), self.pause_from)
        pause_form.addRow(self.tr("Au"), self.pause_to)
        pause_form.addRow("", self.pause_open)
        pause_form.addRow(self.tr("Raison"), self.pause_reason)
        pause_form.addRow(pause_buttons)
        form_layout.addWidget(pause)
        form_layout.addStretch(1)
        self._set_enabled(False)

    # -- loading ------------------------------------------------------------

    def refresh(self) -> None:
        self.run(list_beneficiaries, self._show_rows)

    def _show_rows(self, rows: list[BeneficiaryRow]) -> None:
        selected = self.current.beneficiary_id if self.current else None
        self.model.set_rows(rows)
        for index, row in enumerate(rows):
            if row.beneficiary_id == selected:
                self.table.selectRow(index)

    def _selected(self, _new: QItemSelection, _old: QItemSelection) -> None:
        indexes = self.table.selectionModel().selectedRows()
        if not indexes:
            return
        row = self.model.row_at(indexes[0].row())
        if self.current is None or self.current.beneficiary_id != row.beneficiary_id:
            self.load(row.beneficiary_id)

    def load(self, beneficiary_id: str) -> None:
        self.run(
            lambda uow: beneficiary_with_feedback(uow, beneficiary_id),
            self._show_detail,
            commit=True,  # the view is audited
        )

    def _set_enabled(self, enabled: bool) -> None:
        for widget in (
            self.save_button,
            self.pause_button,
            self.resume_button,
            self.end_button,
            self.legal.export_button,
        ):
            widget.setEnabled(enabled)

    def _show_detail(self, result: BeneficiaryWithFeedback) -> None:
        detail, summary = result.detail, result.feedback
        self.current = detail
        self._set_enabled(detail is not None)
        if detail is None:
            return
        p = detail.profile
        address = " ".join(x for x in (detail.address, detail.commune) if x)
        self.heading.setText(
            f"{detail.first_name} {detail.last_name} — {address} — {detail.phone or ''}"
        )
        for value, box in self.format_boxes.items():
            box.setChecked(value in p.formats)
        self.genres_liked.setText(", ".join(p.genres_liked))
        self.genres_disliked.setText(", ".join(p.genres_disliked))
        self.authors.setText("; ".join(p.favourite_authors))
        self.taste_notes.setPlainText(p.taste_notes or "")
        self.frequency.setCurrentIndex(max(0, self.frequency.findData(p.frequency)))
        self.availability.setText(format_windows(p.availability))
        self.access_notes.setText(p.access_notes or "")
        self.contact_person.setText(p.contact_person or "")
        self.contact_phone.setText(p.contact_phone or "")
        self.referral.setCurrentIndex(max(0, self.referral.findData(p.referral)))
        self.latitude.setText("" if p.latitude is None else f"{p.latitude:.5f}")
        self.longitude.setText("" if p.longitude is None else f"{p.longitude:.5f}")
        self.legal.show_profile(detail.card_barcode, p)
        learnt = []
        if summary.disliked_titles:
            learnt.append(
                self.tr("N'a pas aimé : {titles}").format(titles=", ".join(summary.disliked_titles))
            )
        if summary.genre_dislikes:
            learnt.append(
                self.tr("Genres peu appréciés : {genres}").format(
                    genres=", ".join(
                        f"{g} ({n})" for g, n in sorted(summary.genre_dislikes.items())
                    )
                )
            )
        self.learnt.setText("\n".join(learnt) or self.tr("Rien encore."))
        if detail.status == "paused":
            until = french_date(detail.paused_to) if detail.paused_to else self.tr("nouvel ordre")
            self.pause_state.setText(
                self.tr("En pause du {start} au {end} : {reason}").format(
                    start=french_date(detail.paused_from),
                    end=until,
                    reason=tr(
                        PAUSE_TEXT.get(detail.pause_reason or "", PAUSE_TEXT["indisponible"])
                    ),
                )
            )
        else:
            self.pause_state.setText(tr(STATUS_TEXT.get(detail.status, detail.status)))

    # -- writing ------------------------------------------------------------

    def profile_from_form(self) -> BeneficiaryProfile:
        """The profile as typed (raises HomeDeliveryError with a French message)."""
        return BeneficiaryProfile(
            formats=tuple(v for v, box in self.format_boxes.items() if box.isChecked()),
            genres_liked=split_list(self.genres_liked.text()),
            genres_disliked=split_list(self.genres_disliked.text()),
            favourite_authors=split_list(self.authors.text(), ";"),
            taste_notes=self.taste_notes.toPlainText(),
            frequency=str(self.frequency.currentData()),
            availability=parse_windows(self.availability.text()),
            access_notes=self.access_notes.text(),
            contact_person=self.contact_person.text(),
            contact_phone=self.contact_phone.text(),
            referral=self.referral.currentData(),
            latitude=parse_float(self.latitude.text()),
            longitude=parse_float(self.longitude.text()),
            **self.legal.values(),
        )

    def save(self) -> None:
        if self.current is None:
            return
        try:
            profile = self.profile_from_form()
        except HomeDeliveryError as error:
            self.show_error(error)
            return
        if not confirm_no_health_data(
            self,
            profile.taste_notes or "",
            profile.access_notes or "",
            profile.contact_person or "",
        ):
            return
        patron_id = self.current.patron_id
        self.run(lambda uow: save_beneficiary(uow, patron_id, profile), self._saved, commit=True)

    def _saved(self, beneficiary_id: str) -> None:
        self.info(self.tr("Profil enregistré."))
        self.changed.emit()
        self.load(beneficiary_id)
        self.refresh()

    def add_from_card(self) -> None:
        card = self.card_field.text().strip()
        if not card:
            self.info(self.tr("Scannez ou tapez d'abord la carte du lecteur."))
            self.card_field.setFocus()
            return

        def failed(error: BaseException) -> None:
            self.show_error(error)
            self.card_field.selectAll()  # the scan stays, to correct or scan again

        def added(beneficiary_id: str) -> None:
            self.card_field.clear()
            self._saved(beneficiary_id)

        self.run(
            lambda uow: add_beneficiary_from_card(uow, card), added, on_error=failed, commit=True
        )

    def pause(self) -> None:
        if self.current is None:
            return
        beneficiary_id = self.current.beneficiary_id
        start = to_date(self.pause_from)
        end = None if self.pause_open.isChecked() else to_date(self.pause_to)
        reason = str(self.pause_reason.currentData())
        self.run(
            lambda uow: pause_beneficiary(uow, beneficiary_id, start, end, reason),
            lambda _none: self._saved(beneficiary_id),
            commit=True,
        )

    def end(self) -> None:
        if self.current is None:
            return
        beneficiary_id = self.current.beneficiary_id

        def done(_none: None) -> None:
            self.current = None
            self._set_enabled(False)
            self.heading.setText(self.tr("Portage arrêté. Choisissez un bénéficiaire."))
            self.changed.emit()
            self.refresh()

        self.run(lambda uow: end_beneficiary(uow, beneficiary_id), done, commit=True)

    def resume(self) -> None:
        if self.current is None:
            return
        beneficiary_id = self.current.beneficiary_id
        self.run(
            lambda uow: resume_beneficiary(uow, beneficiary_id),
            lambda _none: self._saved(beneficiary_id),
            commit=True,
        )
