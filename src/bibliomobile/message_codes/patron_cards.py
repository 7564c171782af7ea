"""Message codes of patron cards (French source text)."""

from __future__ import annotations

from .base import QT_TRANSLATE_NOOP, Entry

CODES: dict[str, Entry] = {
    "patron_cards.prenom_nom_necessaires_inscrire": QT_TRANSLATE_NOOP(
        "Message", "Le prénom et le nom sont nécessaires pour inscrire un lecteur."
    ),
    "patron_cards.annee_naissance_invalide_birth": QT_TRANSLATE_NOOP(
        "Message", "Année de naissance invalide : {birth_year}."
    ),
    "patron_cards.adresse_electronique_invalide_email": QT_TRANSLATE_NOOP(
        "Message", "Adresse électronique invalide : {email}."
    ),
    "patron_cards.numero_telephone_invalide_phone": QT_TRANSLATE_NOOP(
        "Message", "Numéro de téléphone invalide : {phone}."
    ),
    "patron_cards.carte_card_deja_celle": QT_TRANSLATE_NOOP(
        "Message", "La carte {card} est déjà celle d'un autre lecteur."
    ),
    "patron_cards.aucun_lecteur_carte_key": QT_TRANSLATE_NOOP(
        "Message", "Aucun lecteur avec la carte {key}."
    ),
    "patron_cards.label_trop_long_limit": QT_TRANSLATE_NOOP(
        "Message", "{label} trop long ({limit} caractères au plus)."
    ),
    "patron_cards.registered": QT_TRANSLATE_NOOP(
        "Message", "Lecteur inscrit : {name}, carte {card}, valable jusqu'au {expiry}."
    ),
    "patron_cards.renewed": QT_TRANSLATE_NOOP(
        "Message", "Carte de {name} renouvelée jusqu'au {expiry}."
    ),
}
