"""Message codes of labels (French source text)."""

from __future__ import annotations

from .base import QT_TRANSLATE_NOOP, Entry

CODES: dict[str, Entry] = {
    "labels.niveau_correction_qr_inconnu": QT_TRANSLATE_NOOP(
        "Message", "Niveau de correction QR inconnu : {level} (Q ou H)."
    ),
    "labels.position_depart_impossible_start": QT_TRANSLATE_NOOP(
        "Message", "Position de départ impossible : {start} (de 1 à {per_page} pour {key})."
    ),
    "labels.format_etiquettes_inconnu_key": QT_TRANSLATE_NOOP(
        "Message", "Format d'étiquettes inconnu : {key}. Formats possibles : {choices}."
    ),
}
