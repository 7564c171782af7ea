"""Message codes of home delivery (French source text)."""

from __future__ import annotations

from .base import QT_TRANSLATE_NOOP, Entry

CODES: dict[str, Entry] = {
    "home_delivery.visite_existe": QT_TRANSLATE_NOOP("Message", "Cette visite n'existe pas."),
    "home_delivery.indiquez_latitude_longitude_aucune": QT_TRANSLATE_NOOP(
        "Message", "Indiquez la latitude et la longitude, ou aucune des deux."
    ),
    "home_delivery.latitude_hors_limites_entre": QT_TRANSLATE_NOOP(
        "Message", "Latitude hors limites (entre -90 et 90)."
    ),
    "home_delivery.longitude_hors_limites_entre": QT_TRANSLATE_NOOP(
        "Message", "Longitude hors limites (entre -180 et 180)."
    ),
    "home_delivery.decrivez_quelques_mots_vous": QT_TRANSLATE_NOOP(
        "Message", "Décrivez en quelques mots ce qui vous inquiète."
    ),
    "home_delivery.indiquez_prend_charge_alerte": QT_TRANSLATE_NOOP(
        "Message", "Indiquez qui prend en charge cette alerte."
    ),
    "home_delivery.planifiez_mois_fois": QT_TRANSLATE_NOOP(
        "Message", "Planifiez au plus un mois à la fois."
    ),
    "home_delivery.tournee_existe": QT_TRANSLATE_NOOP("Message", "Cette tournée n'existe pas."),
    "home_delivery.beneficiaire_existe": QT_TRANSLATE_NOOP(
        "Message", "Ce bénéficiaire n'existe pas."
    ),
    "home_delivery.visite_deja_eu_lieu": QT_TRANSLATE_NOOP(
        "Message", "Cette visite a déjà eu lieu : son sac ne change plus."
    ),
    "home_delivery.choisissez_moins_document_sac": QT_TRANSLATE_NOOP(
        "Message", "Choisissez au moins un document pour le sac."
    ),
    "home_delivery.documents_choisis_existe": QT_TRANSLATE_NOOP(
        "Message", "Un des documents choisis n'existe pas."
    ),
    "home_delivery.format_inconnu_names": QT_TRANSLATE_NOOP("Message", "Format inconnu : {names}."),
    "home_delivery.frequence_visite_inconnue_frequency": QT_TRANSLATE_NOOP(
        "Message", "Fréquence de visite inconnue : {frequency}."
    ),
    "home_delivery.orientation_inconnue_referral": QT_TRANSLATE_NOOP(
        "Message", "Orientation inconnue : {referral}."
    ),
    "home_delivery.genre_peut_etre_fois": QT_TRANSLATE_NOOP(
        "Message", "Un genre ne peut pas être à la fois aimé et à éviter : {names}."
    ),
    "home_delivery.lecteur_existe": QT_TRANSLATE_NOOP("Message", "Ce lecteur n'existe pas."),
    "home_delivery.aucun_lecteur_carte_card": QT_TRANSLATE_NOOP(
        "Message", "Aucun lecteur avec la carte « {card} »."
    ),
    "home_delivery.fin_pause_doit_suivre": QT_TRANSLATE_NOOP(
        "Message", "La fin de la pause doit suivre son début."
    ),
    "home_delivery.prenom_nom_benevole_obligatoires": QT_TRANSLATE_NOOP(
        "Message", "Le prénom et le nom du bénévole sont obligatoires."
    ),
    "home_delivery.nombre_maximal_visites_tournee": QT_TRANSLATE_NOOP(
        "Message", "Le nombre maximal de visites par tournée va de 1 à 30."
    ),
    "home_delivery.benevole_existe": QT_TRANSLATE_NOOP("Message", "Ce bénévole n'existe pas."),
    "home_delivery.issue_visite_inconnue_outcome": QT_TRANSLATE_NOOP(
        "Message", "Issue de visite inconnue : {outcome}."
    ),
    "home_delivery.visite_deja_notee_value": QT_TRANSLATE_NOOP(
        "Message", "Cette visite est déjà notée « {value} »."
    ),
    "home_delivery.visite_prevue_date_issue": QT_TRANSLATE_NOOP(
        "Message",
        "Cette visite est prévue le {date} : son issue se note le jour de la visite ou après.",
    ),
    "home_delivery.cet_exemplaire_existe": QT_TRANSLATE_NOOP(
        "Message", "Cet exemplaire n'existe pas."
    ),
    "home_delivery.sac_prepare_visite_livre": QT_TRANSLATE_NOOP(
        "Message",
        "Pas de sac préparé pour cette visite : « Livré » demande un sac. Notez « Absent », « Refusé » ou « Reporté », ou faites préparer le sac.",
    ),
    "home_delivery.heure_non_comprise_text": QT_TRANSLATE_NOOP(
        "Message", "Heure non comprise : « {text} » (exemple : 09:30)."
    ),
    "home_delivery.jour_semaine_inconnu_disponibilites": QT_TRANSLATE_NOOP(
        "Message", "Jour de la semaine inconnu dans les disponibilités."
    ),
    "home_delivery.disponibilite_value_heure_fin": QT_TRANSLATE_NOOP(
        "Message", "Disponibilité {value} : l'heure de fin doit suivre l'heure de début."
    ),
    "home_delivery.disponibilite_non_comprise_value": QT_TRANSLATE_NOOP(
        "Message", "Disponibilité non comprise : « {value} » (exemple : lun 09:00-12:00)."
    ),
    "home_delivery.visite_periode_eu_lieu": QT_TRANSLATE_NOOP(
        "Message", "Une visite de la période a eu lieu pendant le calcul : relancez le calcul."
    ),
    "home_delivery.ordre_donne_correspond_visites": QT_TRANSLATE_NOOP(
        "Message", "L'ordre donné ne correspond pas aux visites de la tournée."
    ),
    "home_delivery.outcome_delivered": QT_TRANSLATE_NOOP("Message", "livré"),
    "home_delivery.outcome_absent": QT_TRANSLATE_NOOP("Message", "absent"),
    "home_delivery.outcome_refused": QT_TRANSLATE_NOOP("Message", "refusé"),
    "home_delivery.outcome_postponed": QT_TRANSLATE_NOOP("Message", "reporté"),
    "home_delivery.bring_bag_back": QT_TRANSLATE_NOOP(
        "Message", "Rapportez le sac {code} à la médiathèque : ses documents retournent en rayon."
    ),
    "home_delivery.visit_recorded": QT_TRANSLATE_NOOP("Message", "Visite notée : {outcome}."),
    "home_delivery.sheet_access_on_screen": QT_TRANSLATE_NOOP(
        "Message", "code d'accès : voir l'appli"
    ),
    "home_delivery.sheet_confidential": QT_TRANSLATE_NOOP(
        "Message", "Confidentiel — à rendre ou détruire après la tournée"
    ),
    "home_delivery.sheet_title": QT_TRANSLATE_NOOP("Message", "Portage à domicile — {date}"),
    "home_delivery.sheet_hours": QT_TRANSLATE_NOOP(
        "Message", " — départ {start}, retour vers {end}"
    ),
    "home_delivery.sheet_volunteer": (
        QT_TRANSLATE_NOOP("Message", "Bénévole : {name}{hours} — {n} visite"),
        QT_TRANSLATE_NOOP("Message", "Bénévole : {name}{hours} — {n} visites"),
    ),
    "home_delivery.sheet_page": QT_TRANSLATE_NOOP("Message", "page {page}"),
    "home_delivery.sheet_phone": QT_TRANSLATE_NOOP("Message", "Tél. : {phone}"),
    "home_delivery.sheet_access": QT_TRANSLATE_NOOP("Message", "Accès : {access}"),
    "home_delivery.sheet_returns": QT_TRANSLATE_NOOP("Message", "Retours : ______"),
    "home_delivery.sheet_items": (
        QT_TRANSLATE_NOOP("Message", "{n} document"),
        QT_TRANSLATE_NOOP("Message", "{n} documents"),
    ),
    "home_delivery.sheet_no_bag": QT_TRANSLATE_NOOP("Message", "pas de sac"),
    "home_delivery.sheet_pdf_title": QT_TRANSLATE_NOOP("Message", "Tournée du {date}"),
    "home_delivery.sheet_no_visit": QT_TRANSLATE_NOOP(
        "Message", "Aucune visite dans cette tournée."
    ),
    "home_delivery.volunteer_no_coordinates": QT_TRANSLATE_NOOP(
        "Message", "{name} : adresse de départ sans coordonnées, pas de tournée."
    ),
    "home_delivery.volunteer_no_availability": QT_TRANSLATE_NOOP(
        "Message", "{name} : aucune disponibilité indiquée, pas de tournée."
    ),
    "home_delivery.nothing_to_plan": QT_TRANSLATE_NOOP(
        "Message", "Aucune visite à planifier du {start} au {end}."
    ),
    "home_delivery.plan_summary": QT_TRANSLATE_NOOP(
        "Message", "{visits} visite(s) en {rounds} tournée(s), {km} km, calcul {seconds} s"
    ),
    "home_delivery.plan_dropped": (
        QT_TRANSLATE_NOOP("Message", "{n} visite impossible à placer"),
        QT_TRANSLATE_NOOP("Message", "{n} visites impossibles à placer"),
    ),
    "home_delivery.access_note_too_long": QT_TRANSLATE_NOOP(
        "Message", "Accès : note d'accès trop longue (au plus {max} octets)."
    ),
    "home_delivery.access_note_no_key": QT_TRANSLATE_NOOP(
        "Message",
        "La note d'accès ne s'ouvre pas sur ce poste : synchronisez-le pour recevoir la clé des notes.",
    ),
    "home_delivery.access_note_wrong_key": QT_TRANSLATE_NOOP(
        "Message", "La note d'accès ne s'ouvre pas avec la clé de ce poste : synchronisez-le."
    ),
    "home_delivery.visit_gone": QT_TRANSLATE_NOOP(
        "Message", "Cette visite n'existe plus sur ce poste."
    ),
    "home_delivery.access_note_only_on_the_day": QT_TRANSLATE_NOOP(
        "Message", "La note d'accès ne s'affiche que le jour de la visite."
    ),
    "home_delivery.unknown_legal_basis": QT_TRANSLATE_NOOP(
        "Message", "Base légale inconnue : {value}."
    ),
    "home_delivery.unknown_information_way": QT_TRANSLATE_NOOP(
        "Message", "Moyen d'information inconnu : {value}."
    ),
    "home_delivery.information_date_in_future": QT_TRANSLATE_NOOP(
        "Message", "La date d'information de la personne ne peut être à venir."
    ),
    "home_delivery.information_date_and_way": QT_TRANSLATE_NOOP(
        "Message", "Indiquez à la fois la date et le moyen par lequel la personne a été informée."
    ),
    "home_delivery.legal_basis_missing": QT_TRANSLATE_NOOP(
        "Message", "base légale non renseignée (fiche du bénéficiaire, avant la première tournée)"
    ),
    "home_delivery.information_missing": QT_TRANSLATE_NOOP(
        "Message", "information de la personne non renseignée (date et moyen, sur sa fiche)"
    ),
    "home_delivery.rounds_refused_legal_record": QT_TRANSLATE_NOOP(
        "Message",
        "Tournées non enregistrées : complétez d'abord la fiche de ces bénéficiaires — {names}",
    ),
    "home_delivery.name_reason": QT_TRANSLATE_NOOP("Message", "{name} : {reason}"),
    "home_delivery.dropped_no_coordinates": QT_TRANSLATE_NOOP(
        "Message", "adresse sans coordonnées : à compléter"
    ),
    "home_delivery.dropped_paused": QT_TRANSLATE_NOOP(
        "Message", "en pause ou pas disponible sur la période"
    ),
    "home_delivery.dropped_no_volunteer": QT_TRANSLATE_NOOP(
        "Message", "aucun bénévole disponible ces jours-là dans cette commune"
    ),
    "home_delivery.dropped_no_round": QT_TRANSLATE_NOOP(
        "Message", "ne tient dans aucune tournée (horaires, capacité ou trajets)"
    ),
}
