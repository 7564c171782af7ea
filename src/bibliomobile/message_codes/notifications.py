"""Message codes of notifications (French source text)."""

from __future__ import annotations

from .base import QT_TRANSLATE_NOOP, Entry

CODES: dict[str, Entry] = {
    "notifications.passerelle_sms_http_status": QT_TRANSLATE_NOOP(
        "Message", "passerelle SMS : HTTP {status_code} {text}"
    ),
    "notifications.adresse_e_mail_invalide": QT_TRANSLATE_NOOP(
        "Message", "Adresse e-mail invalide : « {to} »."
    ),
    "notifications.serveur_refuse_identifiant_mot": QT_TRANSLATE_NOOP(
        "Message", "Le serveur refuse l'identifiant ou le mot de passe."
    ),
    "notifications.serveur_where_propose_starttls": QT_TRANSLATE_NOOP(
        "Message", "Le serveur {where} ne propose pas STARTTLS : choisissez « aucun » ou « SSL »."
    ),
    "notifications.serveur_refuse_adresse_to": QT_TRANSLATE_NOOP(
        "Message", "Le serveur refuse l'adresse {to}."
    ),
    "notifications.serveur_refuse_adresse_expediteur": QT_TRANSLATE_NOOP(
        "Message", "Le serveur refuse l'adresse d'expéditeur {sender}."
    ),
    "notifications.serveur_where_refuse_message": QT_TRANSLATE_NOOP(
        "Message", "Le serveur {where} a refusé le message : {error}"
    ),
    "notifications.connexion_chiffree_where_echoue": QT_TRANSLATE_NOOP(
        "Message",
        "La connexion chiffrée avec {where} a échoué ({value}) : vérifiez le mode de chiffrement et le port (587 pour STARTTLS, 465 pour SSL).",
    ),
    "notifications.serveur_where_repond": QT_TRANSLATE_NOOP(
        "Message", "Le serveur {where} ne répond pas."
    ),
    "notifications.impossible_joindre_serveur_where": QT_TRANSLATE_NOOP(
        "Message", "Impossible de joindre le serveur {where} : {value}."
    ),
    "notifications.port_smtp_invalide_smtp": QT_TRANSLATE_NOOP(
        "Message", "Port SMTP invalide : {smtp_port} (1 à 65535)."
    ),
    "notifications.mode_chiffrement_inconnu_smtp": QT_TRANSLATE_NOOP(
        "Message", "Mode de chiffrement inconnu : {smtp_tls}"
    ),
    "notifications.sans_chiffrement_mot_passe": QT_TRANSLATE_NOOP(
        "Message",
        "Sans chiffrement, le mot de passe SMTP et les messages aux lecteurs passent en clair sur le réseau : choisissez STARTTLS ou SSL, ou confirmez l'envoi sans chiffrement.",
    ),
    "notifications.adresse_expediteur_invalide_sender": QT_TRANSLATE_NOOP(
        "Message", "Adresse d'expéditeur invalide : {sender}"
    ),
    "notifications.adresse_passerelle_sms_doit": QT_TRANSLATE_NOOP(
        "Message", "L'adresse de la passerelle SMS doit commencer par https:// : {url}"
    ),
    "notifications.indiquez_serveur_smtp": QT_TRANSLATE_NOOP(
        "Message", "Indiquez le serveur SMTP."
    ),
    "notifications.message_introuvable_notification_id": QT_TRANSLATE_NOOP(
        "Message", "Message introuvable : {notification_id}"
    ),
    "notifications.modele_message_inconnu_key": QT_TRANSLATE_NOOP(
        "Message", "Modèle de message inconnu : {key}"
    ),
    "notifications.texte_message_vide": QT_TRANSLATE_NOOP(
        "Message", "Le texte du message est vide."
    ),
    "notifications.champ_inconnu_modele_args": QT_TRANSLATE_NOOP(
        "Message", "Champ inconnu dans le modèle : ${args}. Champs possibles : {allowed}."
    ),
    "notifications.modele_suivi_nom_champ": QT_TRANSLATE_NOOP(
        "Message", "Un « $ » du modèle n'est pas suivi d'un nom de champ (écrivez $$ pour un $)."
    ),
    "notifications.no_smtp": QT_TRANSLATE_NOOP(
        "Message", "aucun serveur d'envoi de courriels (SMTP) n'est réglé (Réglages › Messages)"
    ),
    "notifications.no_sms_service": QT_TRANSLATE_NOOP(
        "Message", "aucun service d'envoi de SMS n'est réglé (Réglages › Messages)"
    ),
    "notifications.no_sender": QT_TRANSLATE_NOOP("Message", "aucun moyen d'envoi réglé"),
    "notifications.not_sent": (
        QT_TRANSLATE_NOOP("Message", "{n} message non envoyé : {why}"),
        QT_TRANSLATE_NOOP("Message", "{n} messages non envoyés : {why}"),
    ),
}
