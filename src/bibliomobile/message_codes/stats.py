"""Message codes of stats (French source text)."""

from __future__ import annotations

from .base import QT_TRANSLATE_NOOP, Entry

CODES: dict[str, Entry] = {
    "stats.periode_non_reconnue_text": QT_TRANSLATE_NOOP(
        "Message",
        "Période non reconnue : « {text} » (attendu : 2026, 2026-03 ou 2026-01-01:2026-06-30).",
    ),
    "stats.perimetre_non_reconnu_text": QT_TRANSLATE_NOOP(
        "Message",
        "Périmètre non reconnu : « {text} » (attendu : network, library:…, tour:… ou stop:…).",
    ),
    "stats.none_named_library": QT_TRANSLATE_NOOP(
        "Message", "Aucune bibliothèque ne porte ce nom : « {name} »."
    ),
    "stats.none_named_tour": QT_TRANSLATE_NOOP(
        "Message", "Aucune tournée ne porte ce nom : « {name} »."
    ),
    "stats.none_named_stop": QT_TRANSLATE_NOOP(
        "Message", "Aucun arrêt ne porte ce nom : « {name} »."
    ),
    "stats.several_named_library": QT_TRANSLATE_NOOP(
        "Message", "Plusieurs bibliothèques portent ce nom : « {name} » ; donnez son identifiant."
    ),
    "stats.several_named_tour": QT_TRANSLATE_NOOP(
        "Message", "Plusieurs tournées portent ce nom : « {name} » ; donnez son identifiant."
    ),
    "stats.several_named_stop": QT_TRANSLATE_NOOP(
        "Message", "Plusieurs arrêts portent ce nom : « {name} » ; donnez son identifiant."
    ),
    "stats.date_impossible_periode_text": QT_TRANSLATE_NOOP(
        "Message", "Date impossible dans la période « {text} »."
    ),
    "stats.fin_periode_doit_suivre": QT_TRANSLATE_NOOP(
        "Message", "La fin de la période doit suivre son début."
    ),
}
