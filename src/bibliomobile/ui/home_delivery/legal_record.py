"""The beneficiary's GDPR record in the profile form: legal basis, how and when the
person was informed, and the coordinator's right-of-access button."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QWidget,
)

from bibliomobile.domain.enums import InformationWay, LegalBasis
from bibliomobile.services.home_delivery.beneficiaries import BeneficiaryProfile

from ..i18n import QT_TRANSLATE_NOOP
from ..person_export import PersonExportButton
from .common import date_edit, to_date

LEGAL_BASIS_TEXT = {
    LegalBasis.PUBLIC_TASK.value: QT_TRANSLATE_NOOP("HomeDelivery", "Mission d'intérêt public"),
    LegalBasis.CONSENT.value: QT_TRANSLATE_NOOP("HomeDelivery", "Consentement"),
    LegalBasis.VITAL_INTEREST.value: QT_TRANSLATE_NOOP(
        "HomeDelivery", "Sauvegarde des intérêts vitaux"
    ),
}
INFORMATION_TEXT = {
    InformationWay.LETTER.value: QT_TRANSLATE_NOOP("HomeDelivery", "Courrier"),
    InformationWay.IN_PERSON.value: QT_TRANSLATE_NOOP("HomeDelivery", "En personne"),
    InformationWay.PHONE.value: QT_TRANSLATE_NOOP("HomeDelivery", "Téléphone"),
    InformationWay.EMAIL.value: QT_TRANSLATE_NOOP("HomeDelivery", "Courriel"),
    InformationWay.REPRESENTATIVE.value: QT_TRANSLATE_NOOP(
        "HomeDelivery", "Par la personne à contacter"
    ),
}

# page.run(task, on_done): how the form runs a database task (and shows its errors).
Run = Callable[..., Any]


def _tr(text: str) -> str:
    return QCoreApplication.translate("HomeDelivery", text)


class LegalRecordBox(QGroupBox):
    """Legal basis and information of the person (required before the first round)."""

    def __init__(self, run: Run, info: Callable[[str], None], parent: QWidget | None = None):
        super().__init__(parent)
        self.setTitle(self.tr("Base légale et information (avant la première tournée)"))
        form = QFormLayout(self)
        self.legal_basis = QComboBox()
        self.legal_basis.setObjectName("legalBasis")
        self.legal_basis.addItem("—", None)
        for value, text in LEGAL_BASIS_TEXT.items():
            self.legal_basis.addItem(_tr(text), value)
        self.informed = QCheckBox(self.tr("La personne a été informée le"))
        self.informed_on = date_edit(dt.date.today())
        informed_row = QHBoxLayout()
        informed_row.addWidget(self.informed)
        informed_row.addWidget(self.informed_on)
        self.informed_how = QComboBox()
        for value, text in INFORMATION_TEXT.items():
            self.informed_how.addItem(_tr(text), value)
        form.addRow(self.tr("Base légale"), self.legal_basis)
        form.addRow(self.tr("Information"), informed_row)
        form.addRow(self.tr("Par"), self.informed_how)
        self.export_button = PersonExportButton(run, info)
        form.addRow(self.export_button)

    def show_profile(self, card: str, profile: BeneficiaryProfile) -> None:
        self.export_button.card = card
        self.legal_basis.setCurrentIndex(max(0, self.legal_basis.findData(profile.legal_basis)))
        self.informed.setChecked(profile.informed_on is not None)
        told = profile.informed_on or dt.date.today()
        self.informed_on.setDate(QDate(told.year, told.month, told.day))
        self.informed_how.setCurrentIndex(max(0, self.informed_how.findData(profile.informed_how)))

    def values(self) -> dict[str, Any]:
        """The record as typed, for :class:`BeneficiaryProfile`."""
        told = self.informed.isChecked()
        return {
            "legal_basis": self.legal_basis.currentData(),
            "informed_on": to_date(self.informed_on) if told else None,
            "informed_how": self.informed_how.currentData() if told else None,
        }
