"""Message codes of bagcode (French source text)."""

from __future__ import annotations

from .base import QT_TRANSLATE_NOOP, Entry

CODES: dict[str, Entry] = {
    "bagcode.code_sac_vide": QT_TRANSLATE_NOOP("Message", "Code de sac vide."),
    "bagcode.code_sac_doit_commencer": QT_TRANSLATE_NOOP(
        "Message", "Ce n'est pas un code de sac (il doit commencer par B) : {code}"
    ),
    "bagcode.code_sac_length_caracteres": QT_TRANSLATE_NOOP(
        "Message", "Un code de sac a {length} caractères, celui-ci en a {count} : {code}"
    ),
    "bagcode.caractere_impossible_code_sac": QT_TRANSLATE_NOOP(
        "Message", "Caractère impossible dans un code de sac ({shown}) : {code}"
    ),
    "bagcode.code_sac_mal_saisi": QT_TRANSLATE_NOOP(
        "Message",
        "Code de sac mal saisi ou mal lu (caractère de contrôle faux) : {code}. Scannez de nouveau l'étiquette ou vérifiez la saisie.",
    ),
}
