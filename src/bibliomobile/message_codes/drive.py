"""Message codes of drive (French source text)."""

from __future__ import annotations

from .base import QT_TRANSLATE_NOOP, Entry

CODES: dict[str, Entry] = {
    "drive.passage_introuvable_visit_id": QT_TRANSLATE_NOOP(
        "Message", "Passage introuvable : {visit_id}"
    ),
    "drive.demande_introuvable_request_id": QT_TRANSLATE_NOOP(
        "Message", "Demande introuvable : {request_id}"
    ),
    "drive.lecteur_introuvable_patron_id": QT_TRANSLATE_NOOP(
        "Message", "Lecteur introuvable : {patron_id}"
    ),
    "drive.aucun_sac_porte_code": QT_TRANSLATE_NOOP(
        "Message", "Aucun sac ne porte ce code : {code}"
    ),
    "drive.duree_creneau_doit_etre": QT_TRANSLATE_NOOP(
        "Message", "La durée d'un créneau doit être comprise entre 5 et 240 minutes."
    ),
    "drive.capacite_creneau_doit_etre": QT_TRANSLATE_NOOP(
        "Message", "La capacité d'un créneau doit être comprise entre 1 et 100 lecteurs."
    ),
    "drive.passage_clos_annule_creneaux": QT_TRANSLATE_NOOP(
        "Message", "Ce passage est clos ou annulé : pas de créneaux de retrait."
    ),
    "drive.passage_date_clos_annule": QT_TRANSLATE_NOOP(
        "Message", "Le passage du {date} est clos ou annulé : choisissez un autre passage."
    ),
    "drive.creneau_appartient_passage": QT_TRANSLATE_NOOP(
        "Message", "Ce créneau n'appartient pas à ce passage."
    ),
    "drive.creneau_start_end_dehors": QT_TRANSLATE_NOOP(
        "Message",
        "Créneau {start}–{end} en dehors des horaires du passage ({start_time}–{end_time}).",
    ),
    "drive.lecteur_deja_retrait_attente": QT_TRANSLATE_NOOP(
        "Message",
        "Ce lecteur a déjà un retrait en attente à ce passage (demande {status}) : complétez-la plutôt.",
    ),
    "drive.creneau_start_end_complet": QT_TRANSLATE_NOOP(
        "Message",
        "Le créneau {start}–{end} est complet ({booked}/{capacity}) : choisissez-en un autre.",
    ),
    "drive.choisissez_passage_prevu_ouvert": QT_TRANSLATE_NOOP(
        "Message", "Choisissez un passage prévu ou ouvert pour y déplacer les demandes."
    ),
    "drive.sac_appartient_demande_drive": QT_TRANSLATE_NOOP(
        "Message", "Un sac appartient à une demande drive ou à une livraison de portage."
    ),
    "drive.sac_code_preparation_statut": QT_TRANSLATE_NOOP(
        "Message", "Le sac {code} n'est plus en préparation (statut : {status})."
    ),
    "drive.code_barres_exemplaire_connu": QT_TRANSLATE_NOOP(
        "Message", "Ce code-barres n'est pas un exemplaire connu : {barcode}"
    ),
    "drive.impossible_mettre_barcode_sac": QT_TRANSLATE_NOOP(
        "Message", "Impossible de mettre {barcode} dans le sac : {reason}."
    ),
    "drive.document_sac_code_barcode": QT_TRANSLATE_NOOP(
        "Message", "Ce document n'est pas dans le sac {code} : {barcode}"
    ),
    "drive.sac_code_preparation_statut_2": QT_TRANSLATE_NOOP(
        "Message", "Le sac {code} n'est pas en préparation (statut : {status})."
    ),
    "drive.sac_code_vide_scannez": QT_TRANSLATE_NOOP(
        "Message", "Le sac {code} est vide : scannez au moins un document."
    ),
    "drive.demande_status_prepare_sac": QT_TRANSLATE_NOOP(
        "Message", "Cette demande est {status} : on ne prépare plus son sac."
    ),
    "drive.demande_deja_sac_preparation": QT_TRANSLATE_NOOP(
        "Message", "Cette demande a déjà un sac en préparation."
    ),
    "drive.sac_normalised_deja_utilise": QT_TRANSLATE_NOOP(
        "Message", "Le sac {normalised} est déjà utilisé (statut : {status})."
    ),
    "drive.sac_code_deja_ete": QT_TRANSLATE_NOOP("Message", "Le sac {code} a déjà été remis."),
    "drive.sac_code_pret_statut": QT_TRANSLATE_NOOP(
        "Message", "Le sac {code} n'est pas prêt (statut : {status})."
    ),
    "drive.sac_code_lecteur": QT_TRANSLATE_NOOP("Message", "Le sac {code} n'a pas de lecteur."),
    "drive.sac_value_prevu_passage": QT_TRANSLATE_NOOP(
        "Message",
        "Sac de {value} prévu pour le passage du {date}{where}, pas pour celui-ci. Remettre quand même : F4 (avec un motif).",
    ),
    "drive.sac_code_etait_chez": QT_TRANSLATE_NOOP(
        "Message", "Le sac {code} n'était pas chez un lecteur (statut : {status})."
    ),
    "drive.canal_demande_inconnu_channel": QT_TRANSLATE_NOOP(
        "Message", "Canal de demande inconnu : {channel}"
    ),
    "drive.type_demande_inconnu_kind": QT_TRANSLATE_NOOP(
        "Message", "Type de demande inconnu : {kind}"
    ),
    "drive.indiquez_moins_titre_choisissez": QT_TRANSLATE_NOOP(
        "Message", "Indiquez au moins un titre, ou choisissez une sélection surprise."
    ),
    "drive.selection_surprise_notez_gouts": QT_TRANSLATE_NOOP(
        "Message",
        "Pour une sélection surprise, notez les goûts du lecteur (ex. « polars, pas d'horreur »).",
    ),
    "drive.demande_value_peut_devenir": QT_TRANSLATE_NOOP(
        "Message", "Une demande {value} ne peut pas devenir {value2}."
    ),
    "drive.notice_introuvable_record_id": QT_TRANSLATE_NOOP(
        "Message", "Notice introuvable : {record_id}"
    ),
    "drive.cet_exemplaire_celui_titre": QT_TRANSLATE_NOOP(
        "Message", "Cet exemplaire n'est pas celui d'un titre de la demande."
    ),
    "drive.aucun_sac_etiqueter_passage": QT_TRANSLATE_NOOP(
        "Message", "Aucun sac à étiqueter pour ce passage."
    ),
    "drive.exemplaire_introuvable_item_id": QT_TRANSLATE_NOOP(
        "Message", "Exemplaire introuvable : {item_id}"
    ),
    "drive.status_new": QT_TRANSLATE_NOOP("Message", "nouvelle"),
    "drive.status_preparing": QT_TRANSLATE_NOOP("Message", "en préparation"),
    "drive.status_ready": QT_TRANSLATE_NOOP("Message", "prête"),
    "drive.status_collected": QT_TRANSLATE_NOOP("Message", "retirée"),
    "drive.status_no_show": QT_TRANSLATE_NOOP("Message", "non retirée"),
    "drive.status_cancelled": QT_TRANSLATE_NOOP("Message", "annulée"),
    "drive.bag_preparing": QT_TRANSLATE_NOOP(
        "Message", "Sac {code} en préparation : scannez les documents."
    ),
    "drive.already_in_bag": QT_TRANSLATE_NOOP("Message", "Déjà dans ce sac : {barcode}"),
    "drive.added_to_bag": QT_TRANSLATE_NOOP("Message", "Ajouté : {title}"),
    "drive.removed_from_bag": QT_TRANSLATE_NOOP("Message", "Retiré du sac : {barcode}"),
    "drive.bag_ready": (
        QT_TRANSLATE_NOOP("Message", "Sac {code} prêt ({n} document)."),
        QT_TRANSLATE_NOOP("Message", "Sac {code} prêt ({n} documents)."),
    ),
    "drive.bag_handed_over": (
        QT_TRANSLATE_NOOP("Message", "Sac {code} remis à {patron} : {n} document prêté."),
        QT_TRANSLATE_NOOP("Message", "Sac {code} remis à {patron} : {n} documents prêtés."),
    ),
    "drive.planned_for_another_visit": QT_TRANSLATE_NOOP(
        "Message", "(Prévu pour un autre passage.)"
    ),
    "drive.bag_returned": QT_TRANSLATE_NOOP("Message", "Sac {code} rendu, de nouveau disponible."),
    "drive.at_commune": QT_TRANSLATE_NOOP("Message", " à {commune}"),
    "drive.pick_title": QT_TRANSLATE_NOOP("Message", "Liste de prélèvement"),
    "drive.pick_van": QT_TRANSLATE_NOOP("Message", "Rayonnages du bibliobus"),
    "drive.pick_stacks": QT_TRANSLATE_NOOP("Message", "Magasin central"),
    "drive.pick_none": QT_TRANSLATE_NOOP("Message", "Sans exemplaire disponible"),
    "drive.pick_empty": QT_TRANSLATE_NOOP("Message", "Aucun document à prélever."),
    "drive.pick_call_number": QT_TRANSLATE_NOOP("Message", "Cote"),
    "drive.pick_barcode": QT_TRANSLATE_NOOP("Message", "Code-barres"),
    "drive.pick_title_column": QT_TRANSLATE_NOOP("Message", "Titre"),
    "drive.pick_time": QT_TRANSLATE_NOOP("Message", "Heure"),
    "drive.pick_patron": QT_TRANSLATE_NOOP("Message", "Lecteur"),
    "drive.pick_bag": QT_TRANSLATE_NOOP("Message", "Sac"),
}
