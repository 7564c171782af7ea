"""Message codes of demo (French source text)."""

from __future__ import annotations

from .base import QT_TRANSLATE_NOOP, Entry

CODES: dict[str, Entry] = {
    "demo.nombre_exemplaires_lecteurs_doit": QT_TRANSLATE_NOOP(
        "Message", "Le nombre d'exemplaires et de lecteurs doit être positif ou nul."
    ),
    "demo.base_contient_deja_donnees": QT_TRANSLATE_NOOP(
        "Message",
        "La base contient déjà des données : la démonstration n'est chargée que dans une base vide.",
    ),
}
