"""Message codes of circulation (French source text)."""

from __future__ import annotations

from .base import QT_TRANSLATE_NOOP, Entry

CODES: dict[str, Entry] = {
    "circulation.tournee_portage_existe_cet": QT_TRANSLATE_NOOP(
        "Message", "Cette tournée de portage n'existe pas sur cet appareil."
    ),
    "circulation.passage_existe_cet_appareil": QT_TRANSLATE_NOOP(
        "Message", "Ce passage n'existe pas (ou plus) sur cet appareil."
    ),
    "circulation.exemplaire_retire_collections_barcode": QT_TRANSLATE_NOOP(
        "Message", "Exemplaire retiré des collections : {barcode}"
    ),
    "circulation.cet_exemplaire_prete_lecteur": QT_TRANSLATE_NOOP(
        "Message", "Cet exemplaire n'est pas prêté à ce lecteur : {barcode}"
    ),
    "circulation.pret_court_deja_jusqu": QT_TRANSLATE_NOOP(
        "Message", "Ce prêt court déjà jusqu'au {due_date} : rien à prolonger."
    ),
    "circulation.rien_annuler_passage": QT_TRANSLATE_NOOP(
        "Message", "Rien à annuler pour ce passage."
    ),
    "circulation.code_barres_vide_scannez": QT_TRANSLATE_NOOP(
        "Message", "Code-barres vide : scannez l'exemplaire."
    ),
    "circulation.lecteur_introuvable_scannez_nouveau": QT_TRANSLATE_NOOP(
        "Message", "Lecteur introuvable : scannez à nouveau sa carte."
    ),
}
