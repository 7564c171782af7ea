"""Message codes of interop (French source text)."""

from __future__ import annotations

from .base import QT_TRANSLATE_NOOP, Entry

CODES: dict[str, Entry] = {
    "interop.repertoire_notice_invalide": QT_TRANSLATE_NOOP(
        "Message", "répertoire de la notice invalide"
    ),
    "interop.codage_declared_sequences_echappement": QT_TRANSLATE_NOOP(
        "Message",
        "codage {declared} avec séquences d'échappement : exportez le catalogue en UTF-8 (Unicode)",
    ),
    "interop.notice_tronquee_fichier_termine": QT_TRANSLATE_NOOP(
        "Message", "notice tronquée : le fichier se termine avant la fin de la notice"
    ),
    "interop.notice_trop_courte_contenir": QT_TRANSLATE_NOOP(
        "Message", "notice trop courte pour contenir un guide (leader)"
    ),
    "interop.guide_leader_invalide_longueur": QT_TRANSLATE_NOOP(
        "Message",
        "guide (leader) invalide : longueur ou adresse de base non numérique ({leader_bytes}, {leader_bytes2})",
    ),
    "interop.longueur_declaree_declared_length": QT_TRANSLATE_NOOP(
        "Message",
        "longueur déclarée ({declared_length} octets) différente de la longueur réelle ({count} octets) : notice tronquée ou corrompue",
    ),
    "interop.guide_leader_invalide_adresse": QT_TRANSLATE_NOOP(
        "Message", "guide (leader) invalide : adresse de base {base} incohérente"
    ),
    "interop.repertoire_notice_invalide_longueur": QT_TRANSLATE_NOOP(
        "Message", "répertoire de la notice invalide (longueur non multiple de 12)"
    ),
    "interop.notice_sans_aucune_zone": QT_TRANSLATE_NOOP("Message", "notice sans aucune zone"),
    "interop.octets_utf_valide_octet": QT_TRANSLATE_NOOP(
        "Message",
        "octets qui ne sont pas de l'UTF-8 valide (octet {start}) : exportez le catalogue en UTF-8 (Unicode)",
    ),
    "interop.guide_leader_invalide_caracteres": QT_TRANSLATE_NOOP(
        "Message", "guide (leader) invalide : caractères non ASCII"
    ),
    "interop.etiquette_zone_non_alphanumerique": QT_TRANSLATE_NOOP(
        "Message", "étiquette de zone non alphanumérique « {tag} »"
    ),
    "interop.repertoire_invalide_zone_tag": QT_TRANSLATE_NOOP(
        "Message", "répertoire invalide pour la zone {tag}"
    ),
    "interop.codage_declared_non_pris": QT_TRANSLATE_NOOP(
        "Message", "codage {declared} non pris en charge : exportez le catalogue en UTF-8 (Unicode)"
    ),
    "interop.zone_value_hors_limites": QT_TRANSLATE_NOOP(
        "Message", "zone {value} hors des limites de la notice (notice tronquée ?)"
    ),
    "interop.etiquette_zone_illisible_entry": QT_TRANSLATE_NOOP(
        "Message", "étiquette de zone illisible {entry}"
    ),
    "interop.code_barres_trop_long": QT_TRANSLATE_NOOP(
        "Message", "code-barres trop long ({count} caractères, {barcode_max} au plus) : {barcode}"
    ),
    "interop.path_dossier_donnez_fichier": QT_TRANSLATE_NOOP(
        "Message", "{path} est un dossier : donnez le fichier MARC lui-même"
    ),
    "interop.fichier_introuvable_path": QT_TRANSLATE_NOOP(
        "Message", "fichier introuvable : {path}"
    ),
    "interop.fichier_vide_path": QT_TRANSLATE_NOOP("Message", "fichier vide : {path}"),
    "interop.fichier_iso5426_reason": QT_TRANSLATE_NOOP("Message", "fichier en {iso5426_reason}"),
    "interop.impossible_reconnaitre_format_ni": QT_TRANSLATE_NOOP(
        "Message",
        "impossible de reconnaître le format (ni UNIMARC ni MARC21) : précisez --flavour unimarc ou --flavour marc21",
    ),
    "interop.disque_plein_done_notices": QT_TRANSLATE_NOOP(
        "Message",
        "disque plein : {done} notices importées, reprenez après avoir libéré de la place",
    ),
    "interop.aucune_notice_marcxml_element": QT_TRANSLATE_NOOP(
        "Message",
        "aucune notice MARCXML (élément <record>) dans {name} : est-ce bien un export de notices ?",
    ),
    "interop.format_flavour_inconnu_unimarc": QT_TRANSLATE_NOOP(
        "Message", "format {flavour} inconnu : unimarc, marc21 ou auto"
    ),
    "interop.date_illisible_text_attendu": QT_TRANSLATE_NOOP(
        "Message", "date illisible « {text} » (attendu jj/mm/aaaa)"
    ),
    "interop.columns_table_colonne_tete": QT_TRANSLATE_NOOP(
        "Message", '[columns] : une table colonne = "En-tête" attendue'
    ),
    "interop.annee_naissance_invalide_text": QT_TRANSLATE_NOOP(
        "Message", "année de naissance invalide « {text} »"
    ),
    "interop.contact_prefere_inconnu_text": QT_TRANSLATE_NOOP(
        "Message", "contact préféré inconnu « {text} » (courriel, SMS, téléphone, courrier)"
    ),
    "interop.numero_carte_manquant": QT_TRANSLATE_NOOP("Message", "numéro de carte manquant"),
    "interop.nom_manquant": QT_TRANSLATE_NOOP("Message", "nom manquant"),
    "interop.adresse_electronique_invalide_values": QT_TRANSLATE_NOOP(
        "Message", "adresse électronique invalide « {values} »"
    ),
    "interop.fichier_correspondance_introuvable_path": QT_TRANSLATE_NOOP(
        "Message", "fichier de correspondance introuvable : {path}"
    ),
    "interop.fichier_correspondance_illisible_path": QT_TRANSLATE_NOOP(
        "Message", "fichier de correspondance illisible ({path}) : {error}"
    ),
    "interop.columns_target_colonne_inconnue": QT_TRANSLATE_NOOP(
        "Message", "[columns] {target} : colonne inconnue (possibles : {names})"
    ),
    "interop.columns_target_tete_doit": QT_TRANSLATE_NOOP(
        "Message", "[columns] {target} : l'en-tête doit être un texte"
    ),
    "interop.columns_target_aucune_colonne": QT_TRANSLATE_NOOP(
        "Message", "[columns] {target} : aucune colonne « {header} » dans le fichier"
    ),
    "interop.key_trop_long_count": QT_TRANSLATE_NOOP(
        "Message", "{key} trop long ({count} caractères, {limit} au plus)"
    ),
    "interop.codage_fichier_non_reconnu": QT_TRANSLATE_NOOP(
        "Message", "codage du fichier non reconnu : enregistrez-le en UTF-8"
    ),
    "interop.path_dossier_donnez_fichier_2": QT_TRANSLATE_NOOP(
        "Message", "{path} est un dossier : donnez le fichier CSV lui-même"
    ),
    "interop.ligne_number_field_limit": QT_TRANSLATE_NOOP(
        "Message", "ligne {number} de plus de {field_limit} caractères"
    ),
    "interop.fichier_illisible_path_value": QT_TRANSLATE_NOOP(
        "Message", "fichier illisible : {path} ({value})"
    ),
    "interop.ligne_line_champ_value": QT_TRANSLATE_NOOP(
        "Message",
        "ligne {line} : champ de plus de {value} Ko ou mal formé ({error}) — un guillemet n'est pas fermé, ou ce n'est pas un fichier de lecteurs",
    ),
    "interop.vers_ligne_line_octets": QT_TRANSLATE_NOOP(
        "Message",
        "vers la ligne {line} : octets illisibles en {label} — enregistrez le fichier en UTF-8",
    ),
    "interop.where_source_liste_sources": QT_TRANSLATE_NOOP(
        "Message", "{where} : une source ou une liste de sources attendue"
    ),
    "interop.where_table_code_valeur": QT_TRANSLATE_NOOP(
        "Message", '[{where}] : une table CODE = "valeur" attendue'
    ),
    "interop.flavour_flavour_unimarc_marc21": QT_TRANSLATE_NOOP(
        "Message", "flavour = {flavour} : « unimarc » ou « marc21 » attendu"
    ),
    "interop.record_table_attendue": QT_TRANSLATE_NOOP("Message", "[record] : une table attendue"),
    "interop.record_title_source_titre": QT_TRANSLATE_NOOP(
        "Message", "[record] title : la source du titre est obligatoire"
    ),
    "interop.items_liste_tables_attendue": QT_TRANSLATE_NOOP(
        "Message", "[[items]] : une liste de tables attendue"
    ),
    "interop.format_flavour_inconnu_unimarc_2": QT_TRANSLATE_NOOP(
        "Message", "format {flavour} inconnu : « unimarc » ou « marc21 »"
    ),
    "interop.source_text_invalide_ecrire": QT_TRANSLATE_NOOP(
        "Message",
        "source « {text} » invalide : écrire ZONE$sous-zones, par ex. 200$a ou 100$a/9-12",
    ),
    "interop.where_key_target_valeurs": QT_TRANSLATE_NOOP(
        "Message", "[{where}] {key} = {target} : valeurs possibles {names}"
    ),
    "interop.record_key_colonne_inconnue": QT_TRANSLATE_NOOP(
        "Message", "[record] {key} : colonne inconnue (possibles : {names})"
    ),
    "interop.items_number_tag_zone": QT_TRANSLATE_NOOP(
        "Message", '[[items]] n° {number} : tag = "995" (zone sur 3 caractères) attendu'
    ),
    "interop.items_number_barcode_f": QT_TRANSLATE_NOOP(
        "Message", '[[items]] n° {number} : barcode = "f" (sous-zone du code-barres) attendu'
    ),
    "interop.items_number_cle_inconnue": QT_TRANSLATE_NOOP(
        "Message", "[[items]] n° {number} : clé inconnue {names}"
    ),
    "interop.record_with_id": QT_TRANSLATE_NOOP("Message", " (identifiant {id})"),
    "interop.record_without_id": QT_TRANSLATE_NOOP("Message", " (sans identifiant)"),
    "interop.at_byte": QT_TRANSLATE_NOOP("Message", ", octet {offset}"),
    "interop.rejected_record": QT_TRANSLATE_NOOP(
        "Message", "notice n° {position}{ident}{where} : {reason}"
    ),
    "interop.records_summary": QT_TRANSLATE_NOOP(
        "Message",
        "{read} notices lues ({flavour}) en {seconds} s : {created} créées, {updated} mises à jour, {unchanged} inchangées, {rejected} rejetées.",
    ),
    "interop.items_summary": QT_TRANSLATE_NOOP(
        "Message", "Exemplaires : {created} créés, {updated} mis à jour, {unchanged} inchangés."
    ),
    "interop.marc8_converted": (
        QT_TRANSLATE_NOOP(
            "Message",
            "Codage MARC-8 : {n} notice convertie en Unicode (vérifiez quelques accents).",
        ),
        QT_TRANSLATE_NOOP(
            "Message",
            "Codage MARC-8 : {n} notices converties en Unicode (vérifiez quelques accents).",
        ),
    ),
    "interop.libraries_created": QT_TRANSLATE_NOOP("Message", "Bibliothèques créées : {count}."),
    "interop.import_interrupted": QT_TRANSLATE_NOOP(
        "Message", "Import interrompu : les notices déjà enregistrées sont complètes."
    ),
    "interop.row_card": QT_TRANSLATE_NOOP("Message", " (carte {card})"),
    "interop.bad_row": QT_TRANSLATE_NOOP("Message", "ligne {line}{card} : {reason}"),
    "interop.patrons_were": QT_TRANSLATE_NOOP(
        "Message",
        "Lecteurs : {created} ont été créés, {updated} ont été mis à jour, {unchanged} inchangés, {rejected} lignes rejetées (fichier {encoding}, séparateur « {delimiter} »).",
    ),
    "interop.patrons_would_be": QT_TRANSLATE_NOOP(
        "Message",
        "Lecteurs : {created} seraient créés, {updated} seraient mis à jour, {unchanged} inchangés, {rejected} lignes rejetées (fichier {encoding}, séparateur « {delimiter} »).",
    ),
    "interop.identity_changes_held": (
        QT_TRANSLATE_NOOP("Message", "{n} changement d'identité non appliqué sans confirmation."),
        QT_TRANSLATE_NOOP("Message", "{n} changements d'identité non appliqués sans confirmation."),
    ),
    "interop.dry_run": QT_TRANSLATE_NOOP("Message", "Essai à blanc : rien n'a été enregistré."),
    "interop.marc8_unreadable": QT_TRANSLATE_NOOP(
        "Message", "notice MARC-8 illisible ({error}) : exportez le catalogue en UTF-8"
    ),
    "interop.xml_record_truncated": QT_TRANSLATE_NOOP(
        "Message",
        "notice tronquée (ligne {line}) : pas de balise de fin </record>, le fichier est coupé ou mal formé",
    ),
    "interop.xml_malformed": QT_TRANSLATE_NOOP(
        "Message",
        "XML mal formé ligne {where}, colonne {column} (notice commençant ligne {line}, octet {start}) : notice perdue, lecture reprise à la notice suivante",
    ),
}
