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
    "stats.article_what_porte_nom": QT_TRANSLATE_NOOP(
        "Message", "{article} {what} ne porte ce nom : « {name} »."
    ),
    "stats.plusieurs_what_portent_nom": QT_TRANSLATE_NOOP(
        "Message", "Plusieurs {what}s portent ce nom : « {name} » ; donnez son identifiant."
    ),
    "stats.date_impossible_periode_text": QT_TRANSLATE_NOOP(
        "Message", "Date impossible dans la période « {text} »."
    ),
    "stats.fin_periode_doit_suivre": QT_TRANSLATE_NOOP(
        "Message", "La fin de la période doit suivre son début."
    ),
}
