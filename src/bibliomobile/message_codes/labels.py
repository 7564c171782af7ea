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
    "labels.format_l7160": QT_TRANSLATE_NOOP(
        "Message", "Avery L7160 — A4, 3 × 7 étiquettes de 63,5 × 38,1 mm"
    ),
    "labels.format_l7163": QT_TRANSLATE_NOOP(
        "Message", "Avery L7163 — A4, 2 × 7 étiquettes de 99,1 × 38,1 mm"
    ),
    "labels.format_l7651": QT_TRANSLATE_NOOP(
        "Message", "Avery L7651 — A4, 5 × 13 étiquettes de 38,1 × 21,2 mm"
    ),
    "labels.format_z3474": QT_TRANSLATE_NOOP(
        "Message", "Zweckform 3474 — A4, 3 × 8 étiquettes de 70 × 37 mm, bord à bord"
    ),
    "labels.format_roll62": QT_TRANSLATE_NOOP(
        "Message", "Rouleau continu 62 mm (Brother QL), une étiquette par page"
    ),
}
