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
    "circulation.unknown_barcode": QT_TRANSLATE_NOOP(
        "Message", "Ce code-barres n'est pas un exemplaire connu : {code}"
    ),
    "circulation.unknown_card": QT_TRANSLATE_NOOP(
        "Message", "Cette carte n'est pas connue : {code}"
    ),
    "circulation.checkout_refused": QT_TRANSLATE_NOOP(
        "Message", "Prêt refusé. {blocks} Pour prêter quand même, indiquez un motif."
    ),
    "circulation.card_blocked": QT_TRANSLATE_NOOP("Message", "Carte bloquée : {reason}"),
    "circulation.card_expired": QT_TRANSLATE_NOOP(
        "Message", "Carte expirée depuis le {date} : à renouveler."
    ),
    "circulation.too_many_loans": QT_TRANSLATE_NOOP(
        "Message", "Trop de prêts : {count} en cours pour {limit} autorisés."
    ),
    "circulation.overdue": (
        QT_TRANSLATE_NOOP("Message", "{n} document en retard."),
        QT_TRANSLATE_NOOP("Message", "{n} documents en retard."),
    ),
    "circulation.overdue_since": (
        QT_TRANSLATE_NOOP("Message", "{n} document en retard (le plus ancien attendu le {date})."),
        QT_TRANSLATE_NOOP("Message", "{n} documents en retard (le plus ancien attendu le {date})."),
    ),
    "circulation.item_set_aside": QT_TRANSLATE_NOOP(
        "Message", "Exemplaire mis de côté jusqu'au {date}."
    ),
    "circulation.already_lent_due": QT_TRANSLATE_NOOP(
        "Message", "Déjà prêté à ce lecteur (à rendre le {due}) : utilisez « Prolonger »."
    ),
    "circulation.already_lent": QT_TRANSLATE_NOOP(
        "Message", "Déjà prêté à ce lecteur : utilisez « Prolonger »."
    ),
    "circulation.lent": QT_TRANSLATE_NOOP("Message", "Prêté : {title} — à rendre le {due}"),
    "circulation.lent_still_on_loan": QT_TRANSLATE_NOOP(
        "Message", "(il était encore prêté à un autre lecteur : son prêt est clos)"
    ),
    "circulation.returned": QT_TRANSLATE_NOOP("Message", "Retour : {title}"),
    "circulation.returned_no_loan": QT_TRANSLATE_NOOP(
        "Message", "aucun prêt en cours : retour enregistré et signalé"
    ),
    "circulation.days_late": (
        QT_TRANSLATE_NOOP("Message", "{n} jour de retard"),
        QT_TRANSLATE_NOOP("Message", "{n} jours de retard"),
    ),
    "circulation.set_aside_until": QT_TRANSLATE_NOOP("Message", "à mettre de côté jusqu'au {date}"),
    "circulation.renewed": QT_TRANSLATE_NOOP("Message", "Prolongé : {title} — à rendre le {due}"),
    "circulation.undone_checkout": QT_TRANSLATE_NOOP("Message", "Annulé : prêt de {title}"),
    "circulation.undone_checkin": QT_TRANSLATE_NOOP("Message", "Annulé : retour de {title}"),
    "circulation.undone_renew": QT_TRANSLATE_NOOP("Message", "Annulé : prolongation de {title}"),
    "circulation.double_read": QT_TRANSLATE_NOOP(
        "Message", "Double lecture ignorée : {code} vient d'être scanné."
    ),
    "circulation.neither_item_nor_card": QT_TRANSLATE_NOOP(
        "Message", "Ce code-barres n'est ni un exemplaire ni une carte connus : {code}"
    ),
    "circulation.neither_item_nor_card_online": QT_TRANSLATE_NOOP(
        "Message",
        "Ce code-barres n'est ni un exemplaire ni une carte connus (vérifié auprès du serveur) : {code}",
    ),
    "circulation.card_checked_online": QT_TRANSLATE_NOOP(
        "Message", "carte vérifiée en ligne auprès du serveur"
    ),
    "circulation.card_from_offline_index": QT_TRANSLATE_NOOP(
        "Message", "carte trouvée dans l'index hors ligne du bibliobus"
    ),
    "circulation.already_lent_here": QT_TRANSLATE_NOOP(
        "Message",
        "Déjà prêté à ce lecteur{due} : rien n'est fait. Pour un retour : Échap (lecteur suivant) puis scannez, ou mode Retour (F5).",
    ),
    "circulation.due_on": QT_TRANSLATE_NOOP("Message", " (à rendre le {date})"),
    "circulation.return_mode_on": QT_TRANSLATE_NOOP(
        "Message", "Mode Retour : chaque document scanné est rendu, même avec un lecteur."
    ),
    "circulation.return_mode_off": QT_TRANSLATE_NOOP(
        "Message", "Mode Retour terminé : les documents scannés avec un lecteur lui sont prêtés."
    ),
    "circulation.scan_card_first": QT_TRANSLATE_NOOP(
        "Message", "Scannez d'abord la carte du lecteur."
    ),
    "circulation.nothing_to_renew": QT_TRANSLATE_NOOP(
        "Message", "Ce lecteur n'a aucun prêt à prolonger."
    ),
    "circulation.override_needs_reason": QT_TRANSLATE_NOOP(
        "Message", "Un motif est nécessaire pour prêter malgré un blocage."
    ),
    "circulation.override_given": QT_TRANSLATE_NOOP(
        "Message", "Prêts autorisés pour ce lecteur : {reason}"
    ),
    "circulation.next_patron": QT_TRANSLATE_NOOP(
        "Message", "Lecteur suivant : scannez une carte, ou des documents pour les retours."
    ),
    "circulation.renewed_many": (
        QT_TRANSLATE_NOOP("Message", "{n} prêt prolongé jusqu'au {date}"),
        QT_TRANSLATE_NOOP("Message", "{n} prêts prolongés jusqu'au {date}"),
    ),
    "circulation.renewed_none": QT_TRANSLATE_NOOP("Message", "Aucun prêt prolongé"),
    "circulation.not_renewed": QT_TRANSLATE_NOOP("Message", "Non prolongé(s) : {refused}"),
    "circulation.no_open_visit": QT_TRANSLATE_NOOP(
        "Message", "Aucun passage ouvert : prêt refusé. Ouvrez le passage pour prêter."
    ),
    "circulation.visit_closed": QT_TRANSLATE_NOOP(
        "Message",
        "Passage clôturé : prêt refusé. « Rouvrir » le passage pour prêter (les retours restent possibles).",
    ),
    "circulation.visit_cancelled": QT_TRANSLATE_NOOP("Message", "Passage annulé : prêt refusé."),
}
