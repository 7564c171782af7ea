"""No health data: a notice on free-text fields about people, a warning before saving."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLineEdit, QMessageBox, QPlainTextEdit, QWidget

from bibliomobile.domain.health import health_words


def tr(text: str) -> str:
    return QCoreApplication.translate("HealthGuard", text)


def add_notice(field: QLineEdit | QPlainTextEdit, example: str = "") -> None:
    """Show « pas d'information de santé » in the field (and its tooltip)."""
    notice = tr("Pas d'information de santé")
    field.setPlaceholderText(f"{example} — {notice}" if example else notice)
    field.setToolTip(
        tr(
            "N'écrivez ici aucune information de santé (maladie, traitement, hôpital…) : "
            "Bibliomobile ne doit pas en garder."
        )
    )


def confirm_no_health_data(parent: QWidget | None, *texts: str) -> bool:
    """True to save: no health word found, or the person confirmed after the warning."""
    words = health_words(*texts)
    if not words:
        return True
    answer = QMessageBox.warning(
        parent,
        tr("Information de santé ?"),
        tr(
            "Ce texte semble contenir une information de santé : {words}.\n\n"
            "Bibliomobile ne doit garder aucune donnée de santé sur les personnes. "
            "Reformulez sans elle (par exemple « indisponible », « à rappeler »).\n\n"
            "Enregistrer quand même ?"
        ).format(words=", ".join(f"« {word} »" for word in words)),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes
