"""Message codes of schedule (French source text)."""

from __future__ import annotations

from .base import QT_TRANSLATE_NOOP, Entry

CODES: dict[str, Entry] = {
    "schedule.periode_label_finit_end": QT_TRANSLATE_NOOP(
        "Message", "La période « {label} » finit ({end}) avant de commencer ({start})."
    ),
    "schedule.jour_semaine_invalide_weekday": QT_TRANSLATE_NOOP(
        "Message", "Jour de la semaine invalide : {weekday} (0 = lundi … 6 = dimanche)."
    ),
    "schedule.heure_fin_end_time": QT_TRANSLATE_NOOP(
        "Message", "L'heure de fin ({end_time}) doit suivre l'heure de début ({start_time})."
    ),
    "schedule.fin_validite_valid_to": QT_TRANSLATE_NOOP(
        "Message", "La fin de validité ({valid_to}) précède son début ({valid_from})."
    ),
    "schedule.intervalle_invalide_toutes_interval": QT_TRANSLATE_NOOP(
        "Message", "Intervalle invalide : toutes les {interval_weeks} semaines."
    ),
    "schedule.regle_toutes_semaines_besoin": QT_TRANSLATE_NOOP(
        "Message", "Une règle « toutes les N semaines » a besoin d'une date de premier passage."
    ),
    "schedule.date_premier_passage_anchor": QT_TRANSLATE_NOOP(
        "Message",
        "La date de premier passage ({anchor_date}) ne tombe pas le jour de la semaine de la règle.",
    ),
    "schedule.rang_invalide_mois_nth": QT_TRANSLATE_NOOP(
        "Message", "Rang invalide dans le mois : {nth} (1 à 4, ou -1 pour le dernier)."
    ),
}
