"""Message codes of users (French source text)."""

from __future__ import annotations

from .base import QT_TRANSLATE_NOOP, Entry

CODES: dict[str, Entry] = {
    "users.code_pin_doit_compter": QT_TRANSLATE_NOOP(
        "Message", "Le code PIN doit compter 4 à 8 chiffres."
    ),
    "users.code_pin_devine_trop": QT_TRANSLATE_NOOP(
        "Message", "Ce code PIN se devine trop facilement (suite ou chiffre répété)."
    ),
    "users.indiquez_nom_personne": QT_TRANSLATE_NOOP("Message", "Indiquez le nom de la personne."),
    "users.role_inconnu_role_coordinator": QT_TRANSLATE_NOOP(
        "Message", "Rôle inconnu : {role} (coordinator, crew ou volunteer)."
    ),
    "users.name_existe_deja_cet": QT_TRANSLATE_NOOP(
        "Message", "« {name} » existe déjà sur cet ordinateur."
    ),
    "users.code_pin_incorrect": QT_TRANSLATE_NOOP("Message", "Code PIN incorrect."),
    "users.personne_inconnue_cet_ordinateur": QT_TRANSLATE_NOOP(
        "Message", "Personne inconnue sur cet ordinateur."
    ),
}
