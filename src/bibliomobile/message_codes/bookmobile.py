"""Message codes of bookmobile (French source text)."""

from __future__ import annotations

from .base import QT_TRANSLATE_NOOP, Entry

CODES: dict[str, Entry] = {
    "bookmobile.passage_annule_peut_etre": QT_TRANSLATE_NOOP(
        "Message", "Ce passage est annulé : il ne peut pas être ouvert."
    ),
    "bookmobile.compteur_peut_devenir_negatif": QT_TRANSLATE_NOOP(
        "Message", "Un compteur ne peut pas devenir négatif."
    ),
    "bookmobile.passage_annule_peut_etre_2": QT_TRANSLATE_NOOP(
        "Message", "Ce passage est annulé : il ne peut pas être clôturé."
    ),
    "bookmobile.tournee_inconnue_name_tournees": QT_TRANSLATE_NOOP(
        "Message", "Tournée inconnue : « {name} ». Tournées existantes : {known}."
    ),
    "bookmobile.donnez_nom_tournee": QT_TRANSLATE_NOOP("Message", "Donnez un nom à la tournée."),
    "bookmobile.duree_pret_invalide_loan": QT_TRANSLATE_NOOP(
        "Message", "Durée de prêt invalide : {loan_days} jours (de 1 à 365)."
    ),
    "bookmobile.tournee_appelle_deja_name": QT_TRANSLATE_NOOP(
        "Message", "Une tournée s'appelle déjà « {name} »."
    ),
    "bookmobile.tournee_existe": QT_TRANSLATE_NOOP("Message", "Cette tournée n'existe plus."),
    "bookmobile.indiquez_commune_arret": QT_TRANSLATE_NOOP(
        "Message", "Indiquez la commune de l'arrêt."
    ),
    "bookmobile.indiquez_lieu_arret_exemple": QT_TRANSLATE_NOOP(
        "Message", "Indiquez le lieu de l'arrêt (par exemple « place de l'église »)."
    ),
    "bookmobile.donnez_latitude_longitude_aucune": QT_TRANSLATE_NOOP(
        "Message", "Donnez la latitude et la longitude, ou aucune des deux."
    ),
    "bookmobile.latitude_invalide_latitude_entre": QT_TRANSLATE_NOOP(
        "Message", "Latitude invalide : {latitude} (entre -90 et 90)."
    ),
    "bookmobile.longitude_invalide_longitude_entre": QT_TRANSLATE_NOOP(
        "Message", "Longitude invalide : {longitude} (entre -180 et 180)."
    ),
    "bookmobile.cet_arret_existe": QT_TRANSLATE_NOOP("Message", "Cet arrêt n'existe plus."),
    "bookmobile.fin_periode_end_precede": QT_TRANSLATE_NOOP(
        "Message", "La fin de la période ({end}) précède son début ({start})."
    ),
    "bookmobile.periode_trop_longue_trois": QT_TRANSLATE_NOOP(
        "Message", "Période trop longue : trois ans au plus."
    ),
    "bookmobile.passage_existe": QT_TRANSLATE_NOOP("Message", "Ce passage n'existe plus."),
    "bookmobile.indiquez_tournee_arret_deux": QT_TRANSLATE_NOOP(
        "Message", "Indiquez une tournée ou un arrêt, pas les deux."
    ),
    "bookmobile.passage_deja_annule_impossible": QT_TRANSLATE_NOOP(
        "Message", "Ce passage est déjà annulé : impossible de le {action}."
    ),
    "bookmobile.passage_cours_impossible_action": QT_TRANSLATE_NOOP(
        "Message", "Ce passage est en cours : impossible de le {action}."
    ),
    "bookmobile.passage_deja_eu_lieu": QT_TRANSLATE_NOOP(
        "Message", "Ce passage a déjà eu lieu : impossible de le {action}."
    ),
    "bookmobile.indiquez_raison_annulation_sera": QT_TRANSLATE_NOOP(
        "Message", "Indiquez la raison de l'annulation (elle sera dite aux lecteurs)."
    ),
    "bookmobile.heure_fin_value_doit": QT_TRANSLATE_NOOP(
        "Message", "L'heure de fin ({value}) doit suivre l'heure de début ({value2})."
    ),
    "bookmobile.passage_deja_date_heure": QT_TRANSLATE_NOOP(
        "Message", "Le passage est déjà à cette date et à cette heure."
    ),
    "bookmobile.cet_arret_deja_passage": QT_TRANSLATE_NOOP(
        "Message", "Cet arrêt a déjà un passage le {date} à {value}{state}."
    ),
    "bookmobile.passage_existe_deja_date": QT_TRANSLATE_NOOP(
        "Message", "Un passage existe déjà à cette date et à cette heure."
    ),
    "bookmobile.regle_passage_existe": QT_TRANSLATE_NOOP(
        "Message", "Cette règle de passage n'existe plus."
    ),
    "bookmobile.tournee_name_dessert_commune": QT_TRANSLATE_NOOP(
        "Message",
        "La tournée « {name} » ne dessert pas « {commune} ». Communes desservies : {served}.",
    ),
    "bookmobile.action_cancel": QT_TRANSLATE_NOOP("Message", "annuler"),
    "bookmobile.action_move": QT_TRANSLATE_NOOP("Message", "déplacer"),
    "bookmobile.cancelled_suffix": QT_TRANSLATE_NOOP("Message", " (annulé)"),
}
