"""Message codes of sync (French source text)."""

from __future__ import annotations

from .base import QT_TRANSLATE_NOOP, Entry

CODES: dict[str, Entry] = {
    "sync.poste_inscrit_saisissez_adresse": QT_TRANSLATE_NOOP(
        "Message", "Ce poste n'est pas inscrit : saisissez l'adresse du serveur et le code."
    ),
    "sync.decrivez_resolution_avant_enregistrer": QT_TRANSLATE_NOOP(
        "Message", "Décrivez la résolution avant de l'enregistrer."
    ),
    "sync.conflits_non_transmis_value": QT_TRANSLATE_NOOP(
        "Message", "Conflits non transmis : {value}"
    ),
    "sync.envoi_refuse_serveur_value": QT_TRANSLATE_NOOP(
        "Message", "Envoi refusé par le serveur : {value}"
    ),
    "sync.serveur_occupe_trop_requetes": QT_TRANSLATE_NOOP(
        "Message", "Serveur occupé (trop de requêtes) : réessayez dans quelques minutes."
    ),
    "sync.requete_refusee_serveur_status": QT_TRANSLATE_NOOP(
        "Message", "Requête refusée par le serveur ({status_code}) : {detail}"
    ),
    "sync.erreur_serveur_status_code": QT_TRANSLATE_NOOP(
        "Message", "Erreur du serveur ({status_code}) : réessayez plus tard."
    ),
    "sync.serveur_injoignable_name_reessayez": QT_TRANSLATE_NOOP(
        "Message", "Serveur injoignable ({name}) : réessayez plus tard."
    ),
    "sync.reponse_serveur_incomplete_reessayez": QT_TRANSLATE_NOOP(
        "Message", "Réponse du serveur incomplète : réessayez plus tard."
    ),
    "sync.cet_appareil_ete_revoque": QT_TRANSLATE_NOOP("Message", "Cet appareil a été révoqué."),
    "sync.poste_inscrit": QT_TRANSLATE_NOOP("Message", "Ce poste n'est pas inscrit."),
    "sync.adresse_serveur_invalide_server": QT_TRANSLATE_NOOP(
        "Message", "Adresse de serveur invalide : {server_url} (https://…)."
    ),
    "sync.adresse_refusee_server_url": QT_TRANSLATE_NOOP(
        "Message",
        "Adresse refusée : {server_url} est en http:// simple, les données des lecteurs passeraient en clair sur le réseau. Demandez l'adresse en https://… au coordinateur (le serveur se place derrière un proxy TLS).",
    ),
    "sync.reponse_serveur_illisible": QT_TRANSLATE_NOOP("Message", "Réponse du serveur illisible."),
    "sync.serveur_injoignable_name": QT_TRANSLATE_NOOP("Message", "Serveur injoignable ({name})."),
    "sync.perimetre_refuse_value": QT_TRANSLATE_NOOP("Message", "Périmètre refusé : {value}"),
    "sync.reception_refusee_value": QT_TRANSLATE_NOOP("Message", "Réception refusée : {value}"),
    "sync.lecture_refusee_value": QT_TRANSLATE_NOOP("Message", "Lecture refusée : {value}"),
    "sync.serveur_schema_recent_mettez": QT_TRANSLATE_NOOP(
        "Message", "Le serveur a un schéma plus récent : mettez Bibliomobile à jour."
    ),
    "sync.instantane_refuse_value": QT_TRANSLATE_NOOP("Message", "Instantané refusé : {value}"),
    "sync.personal_data_locked": QT_TRANSLATE_NOOP(
        "Message",
        "Données personnelles verrouillées : ce poste ne s'est pas synchronisé depuis plus de {days} jours. Synchronisez-le pour les retrouver.",
    ),
    "sync.device_revoked_export": QT_TRANSLATE_NOOP(
        "Message", "Cet appareil a été révoqué. Le travail non envoyé est conservé : exportez-le."
    ),
    "sync.token_refused": QT_TRANSLATE_NOOP(
        "Message", "Jeton refusé par le serveur : inscrivez de nouveau ce poste."
    ),
    "sync.unknown_erasure_reason": QT_TRANSLATE_NOOP("Message", "Motif inconnu : {reason}."),
    "sync.erasure_refused": QT_TRANSLATE_NOOP("Message", "Effacement refusé : {detail}"),
    "sync.server_refusal": QT_TRANSLATE_NOOP("Message", "refus du serveur"),
    "sync.audit_not_sent": QT_TRANSLATE_NOOP("Message", "Journal d'accès non transmis : {detail}"),
    "sync.notes_key_invalid": QT_TRANSLATE_NOOP(
        "Message", "Clé des notes d'accès reçue invalide : réessayez plus tard."
    ),
    "sync.export_not_enrolled": QT_TRANSLATE_NOOP(
        "Message",
        "Ce poste n'est pas inscrit auprès du serveur : l'export se fait depuis un poste de coordination connecté.",
    ),
    "sync.export_unknown_format": QT_TRANSLATE_NOOP(
        "Message", "Format inconnu : {fmt} (pdf ou json)."
    ),
    "sync.export_unreachable": QT_TRANSLATE_NOOP(
        "Message", "Serveur injoignable ({error}) : réessayez une fois connecté."
    ),
    "sync.export_unknown_card": QT_TRANSLATE_NOOP(
        "Message", "Le serveur ne connaît pas la carte {card}."
    ),
    "sync.export_unexpected_answer": QT_TRANSLATE_NOOP(
        "Message", "Réponse inattendue du serveur ({status})."
    ),
}
