"""French words shown for the stored vocabularies of ``domain.enums`` (and their English)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from .i18n import QT_TRANSLATE_NOOP

_LABELS: dict[str, str] = {
    # DocumentFormat
    "book": QT_TRANSLATE_NOOP("Labels", "Livre"),
    "large_print": QT_TRANSLATE_NOOP("Labels", "Gros caractères"),
    "audiobook": QT_TRANSLATE_NOOP("Labels", "Livre audio"),
    "dvd": QT_TRANSLATE_NOOP("Labels", "DVD"),
    "music_cd": QT_TRANSLATE_NOOP("Labels", "CD musical"),
    "magazine": QT_TRANSLATE_NOOP("Labels", "Revue"),
    "comic": QT_TRANSLATE_NOOP("Labels", "Bande dessinée"),
    # Audience
    "adult": QT_TRANSLATE_NOOP("Labels", "Adulte"),
    "young_adult": QT_TRANSLATE_NOOP("Labels", "Ado"),
    "child": QT_TRANSLATE_NOOP("Labels", "Jeunesse"),
    # Location
    "van": QT_TRANSLATE_NOOP("Labels", "Bibliobus"),
    "stacks": QT_TRANSLATE_NOOP("Labels", "Réserve"),
    "bag": QT_TRANSLATE_NOOP("Labels", "Dans un sac"),
    "on_loan": QT_TRANSLATE_NOOP("Labels", "En prêt"),
    # RequestChannel and ContactChannel
    "phone": QT_TRANSLATE_NOOP("Labels", "Téléphone"),
    "email": QT_TRANSLATE_NOOP("Labels", "E-mail"),
    "portal": QT_TRANSLATE_NOOP("Labels", "Portail"),
    "at_stop": QT_TRANSLATE_NOOP("Labels", "À l'arrêt"),
    "sms": QT_TRANSLATE_NOOP("Labels", "SMS"),
    "letter": QT_TRANSLATE_NOOP("Labels", "Courrier"),
    # Notification status
    "queued": QT_TRANSLATE_NOOP("Labels", "En attente"),
    "sent": QT_TRANSLATE_NOOP("Labels", "Envoyé"),
    "failed": QT_TRANSLATE_NOOP("Labels", "Échec"),
    # CirculationKind
    "checkout": QT_TRANSLATE_NOOP("Labels", "Prêt"),
    "checkin": QT_TRANSLATE_NOOP("Labels", "Retour"),
    "renew": QT_TRANSLATE_NOOP("Labels", "Prolongation"),
    "undo": QT_TRANSLATE_NOOP("Labels", "Annulation"),
}


def label(value: str) -> str:
    """The word shown for a stored value (the value itself if unknown)."""
    text = _LABELS.get(value)
    return QCoreApplication.translate("Labels", text) if text else value


_LANGUAGES: dict[str, str] = {
    "fre": QT_TRANSLATE_NOOP("Labels", "Français"),
    "fra": QT_TRANSLATE_NOOP("Labels", "Français"),
    "eng": QT_TRANSLATE_NOOP("Labels", "Anglais"),
    "ger": QT_TRANSLATE_NOOP("Labels", "Allemand"),
    "deu": QT_TRANSLATE_NOOP("Labels", "Allemand"),
    "spa": QT_TRANSLATE_NOOP("Labels", "Espagnol"),
    "ita": QT_TRANSLATE_NOOP("Labels", "Italien"),
    "por": QT_TRANSLATE_NOOP("Labels", "Portugais"),
    "ara": QT_TRANSLATE_NOOP("Labels", "Arabe"),
    "oci": QT_TRANSLATE_NOOP("Labels", "Occitan"),
    "bre": QT_TRANSLATE_NOOP("Labels", "Breton"),
}


def language_name(code: str | None) -> str:
    """The name of a MARC/ISO 639-2 language code ("fre" → "Français"); the code if unknown."""
    if not code:
        return ""
    text = _LANGUAGES.get(code.lower())
    return QCoreApplication.translate("Labels", text) if text else code
