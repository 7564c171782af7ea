"""Message codes of the store (French source text)."""

from __future__ import annotations

from .base import QT_TRANSLATE_NOOP, Entry

CODES: dict[str, Entry] = {
    "store.base_introuvable_vide_path": QT_TRANSLATE_NOOP(
        "Message", "Base introuvable ou vide : {path}."
    ),
    "store.path_deja_chiffree_base": QT_TRANSLATE_NOOP(
        "Message", "{path} est déjà chiffrée (ou n'est pas une base SQLite)."
    ),
    "store.copie_chiffree_correspond_base": QT_TRANSLATE_NOOP(
        "Message", "La copie chiffrée ne correspond pas à la base : rien n'a changé."
    ),
    "store.copie_chiffree_abimee_rien": QT_TRANSLATE_NOOP(
        "Message", "La copie chiffrée est abîmée : rien n'a changé."
    ),
    "store.path_base_lisible_error": QT_TRANSLATE_NOOP(
        "Message", "{path} n'est pas une base lisible : {error}"
    ),
    "store.chiffrement_base_demande_sqlcipher": QT_TRANSLATE_NOOP(
        "Message", "Le chiffrement de la base demande SQLCipher (paquet sqlcipher3-binary)."
    ),
    "store.fichier_catalogue_illisible_error": QT_TRANSLATE_NOOP(
        "Message", "fichier de catalogue illisible : {error}"
    ),
    "store.fichier_catalogue_autre_version": QT_TRANSLATE_NOOP(
        "Message", "fichier de catalogue d'une autre version du schéma"
    ),
    "store.fichier_catalogue_sans_index": QT_TRANSLATE_NOOP(
        "Message", "fichier de catalogue sans index de recherche"
    ),
    "store.copie_catalogue_incoherente_numeros": QT_TRANSLATE_NOOP(
        "Message", "copie du catalogue incohérente (numéros de lignes)"
    ),
    "store.schema_too_new_device": QT_TRANSLATE_NOOP(
        "Message",
        "Cette base a été créée par une version plus récente de Bibliomobile (schéma {schema}). Installez la dernière version ; la base n'a pas été modifiée.",
    ),
    "store.schema_too_new_server": QT_TRANSLATE_NOOP(
        "Message",
        "Cette base de serveur a été créée par une version plus récente de Bibliomobile (schéma {schema}). Installez la dernière version ; la base n'a pas été modifiée.",
    ),
}
