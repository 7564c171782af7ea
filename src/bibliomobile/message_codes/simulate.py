"""Message codes of simulate (French source text)."""

from __future__ import annotations

from .base import QT_TRANSLATE_NOOP, Entry

CODES: dict[str, Entry] = {
    "simulate.nombre_jours_doit_etre": QT_TRANSLATE_NOOP(
        "Message", "Le nombre de jours doit être au moins 1."
    ),
    "simulate.planning_budget_positive": QT_TRANSLATE_NOOP(
        "Message", "Le temps de planification doit être positif."
    ),
}
