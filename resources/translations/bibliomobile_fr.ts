<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="fr">
<context>
    <name></name>
    <message>
        <source>Pas d&apos;information de santé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&apos;écrivez ici aucune information de santé (maladie, traitement, hôpital…) : Bibliomobile ne doit pas en garder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information de santé ?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ce texte semble contenir une information de santé : {words}.

Bibliomobile ne doit garder aucune donnée de santé sur les personnes. Reformulez sans elle (par exemple « indisponible », « à rappeler »).

Enregistrer quand même ?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActivityTab</name>
    <message>
        <source>Afficher :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graphique : {title}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AlertsPage</name>
    <message>
        <source>Inquiétudes signalées par les bénévoles : appelez la personne ou son contact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Je prends en charge l&apos;alerte choisie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>coordination</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>La base de données {path} a été créée par une version plus récente de Bibliomobile. Installez la dernière version pour l&apos;ouvrir ; la base n&apos;a pas été modifiée.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bibliomobile ne peut pas démarrer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impossible d&apos;ouvrir la base de données {path}.

Cause : {error}

Vérifiez que le fichier existe, qu&apos;il n&apos;est pas ouvert ailleurs et que la phrase de passe est la bonne.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Données NON chiffrées sur cet ordinateur : fermez l&apos;appli et lancez « bibliomobile encrypt --db {path} ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ce fichier n&apos;est pas une base Bibliomobile, ou la phrase de passe est fausse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>la base est utilisée par un autre programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>le fichier ne peut pas être ouvert (dossier absent ou droits insuffisants)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cette phrase de passe n&apos;ouvre pas les données. Réessayez.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditBox</name>
    <message>
        <source>Journal des accès aux données personnelles (12 mois)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carte d&apos;un lecteur (vide : tout le journal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Afficher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chargement…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} entrée(s), les plus récentes d&apos;abord.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucune entrée.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BagPane</name>
    <message>
        <source>Sac de la visite choisie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposer des documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mettre les documents cochés dans le sac</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Étiquette du sac (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sac {code} : {titles}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (déjà lu)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pas encore de sac.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choisissez d&apos;abord une visite dans la tournée.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucun document disponible ne correspond à ce profil.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Sac {code} prêt : %Ln document(s).</source>
        <translation>
            <numerusform>Sac {code} prêt : %Ln document.</numerusform>
            <numerusform>Sac {code} prêt : %Ln documents.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cette visite n&apos;a pas encore de sac.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Étiquette du sac</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Étiquette enregistrée : {p}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BagPreparationPage</name>
    <message>
        <source>Demande :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposer une sélection surprise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanner le sac, puis les documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retirer du sac</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le document choisi retourne en rayon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sac prêt (prévenir le lecteur)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choisissez d&apos;abord un document du sac.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln proposition(s) : scannez celles que vous retenez.</source>
        <translation>
            <numerusform>%Ln proposition : scannez celles que vous retenez.</numerusform>
            <numerusform>%Ln propositions : scannez celles que vous retenez.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <source>Rien à montrer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BeneficiariesPage</name>
    <message>
        <source>Scannez ou tapez d&apos;abord la carte du lecteur.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carte du lecteur à servir à domicile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nouveau bénéficiaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choisissez un bénéficiaire.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goûts de lecture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>policier, terroir, histoire…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simenon; Pagnol (séparés par « ; »)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ce qu&apos;elle aime lire, en quelques mots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Genres aimés</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Genres à éviter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auteurs préférés</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes sur les goûts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appris des visites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visites et accès</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lun 09:00-12:00; jeu 14:00-16:30</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>« sonner deux fois », code à voir dans l&apos;appli — pas d&apos;information de santé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause des visites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fréquence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disponibilités</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accès</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personne à contacter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Son téléphone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orienté par</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latitude, longitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enregistrer le profil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>jusqu&apos;à nouvel ordre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mettre en pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reprendre les visites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrêter le portage (l&apos;historique reste)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>État</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Du</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Au</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&apos;a pas aimé : {titles}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Genres peu appréciés : {genres}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rien encore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nouvel ordre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>En pause du {start} au {end} : {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profil enregistré.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portage arrêté. Choisissez un bénéficiaire.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BreakDialog</name>
    <message>
        <source>Pause pour toute la tournée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tournée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Du</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Au</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CalendarPanel</name>
    <message>
        <source>Calendrier des passages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Générer les passages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crée les passages que donnent les règles sur la période (sans doublon).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annuler le passage…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Déplacer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ajouter un passage…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Déplacer le passage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passage supplémentaire à {stop}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passage ajouté le {date}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CancelVisitDialog</name>
    <message>
        <source>Annuler un passage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ex. : panne du véhicule, salle fermée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Les prêts à rendre ce jour-là passeront au passage suivant de l&apos;arrêt, et les demandes drive y seront reportées s&apos;il reste de la place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indiquez la raison de l&apos;annulation (elle sera dite aux lecteurs).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CatalogueWorkspace</name>
    <message>
        <source>Catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Titre, auteur, sujet, ISBN, cote ou code-barres : sans se soucier des accents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rechercher un document… (ex. : etranger camus)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choisissez un titre pour voir ses exemplaires.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}, retour prévu le {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Genre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sujets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucun exemplaire.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ISBN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Éditeur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exemplaires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Résumé</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>version du programme et du schéma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fichier de la base (par défaut : {value})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La base {path} sera chiffrée. Choisissez sa phrase de passe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Solidité : {label}. {advice}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Les deux saisies diffèrent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gardée dans le trousseau du système.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucune phrase de passe choisie : la base n&apos;a pas été créée.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Une nouvelle base est chiffrée : donnez sa phrase de passe dans ${key_env} ou lancez la commande dans un terminal ({plain_env}=1 ou --plain pour une base de démonstration non chiffrée). Rien n&apos;a été créé.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La base {path} est chiffrée : lancez la commande dans un terminal pour taper sa phrase de passe, ou donnez-la dans ${key_env}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base introuvable : {path}. Créez-la avec « bibliomobile demo --db {path} ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>créer un réseau de démonstration (Puy-de-Dôme : 3 tournées, lecteurs, catalogue, prêts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exemplaires (défaut : {default_items})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lecteurs (défaut : {default_patrons})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>graine : même graine, même base (défaut : 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date de référence AAAA-MM-JJ (défaut : aujourd&apos;hui)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remplacer une base qui contient déjà des données</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>créer une base NON chiffrée (démonstration seulement : ses lecteurs sont fictifs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} n&apos;est pas une base Bibliomobile lisible : rien n&apos;a été modifié.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La base {path} contient déjà des données : rien n&apos;a été modifié. Ajoutez --force pour la remplacer par la démonstration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impossible de remplacer {path} (ouverte par un autre programme ?) : {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Création de la démonstration « {network_name} » dans {path}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  [{value} s] {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Créé (graine {seed}, date de référence {today}) :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminé en {value} s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chiffrer une base non chiffrée (l&apos;original est gardé à côté, à supprimer ensuite)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base introuvable ou vide : {path}. Rien n&apos;a été modifié.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La base {path} est déjà chiffrée. Rien n&apos;a été modifié.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Donnez la phrase de passe dans ${key_env} ou lancez la commande dans un terminal. Rien n&apos;a été modifié.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impossible de chiffrer {path} (ouverte par un autre programme ? disque plein ?) : {error}. Rien n&apos;a été modifié.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base chiffrée : {path} ({tables} tables).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&apos;original NON chiffré est gardé ici : {backup}
Il contient des données personnelles en clair : supprimez-le dès que Bibliomobile s&apos;ouvre sur la base chiffrée.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impossible de lire {path} : {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} est un dossier, pas une base Bibliomobile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La base {path} n&apos;est pas chiffrée : ouvrez-la sans clé (retirez BIBLIOMOBILE_DB_KEY).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La base {path} est endommagée ou n&apos;est pas une base Bibliomobile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impossible d&apos;ouvrir la base {path} : la clé de chiffrement est fausse, ou le fichier n&apos;est pas une base Bibliomobile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impossible d&apos;ouvrir la base {path} : elle est chiffrée (donnez sa clé dans BIBLIOMOBILE_DB_KEY) ou ce n&apos;est pas une base SQLite.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La base{where} est en lecture seule : on peut la consulter (info, search) mais pas la modifier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disque plein ou illisible : libérez de la place puis recommencez.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La base{where} est occupée par un autre programme : réessayez dans un moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La base{where} est illisible : chiffrée sans sa clé, clé fausse, ou ce n&apos;est pas une base Bibliomobile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erreur de la base{where} : {error}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accès refusé : {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fichier introuvable : {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>erreur inattendue ({kind} : {error}). Relancez avec -v pour le détail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interrompu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>la circulation hors ligne au format Koha (.koc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Écrit prêts, retours et prolongations au format Koha « offline circulation » (.koc), dans l&apos;ordre où ils ont eu lieu ; les actions annulées sont omises. Par défaut : ce qui n&apos;a pas encore été exporté depuis cet appareil.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fichier .koc à écrire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>depuis cette date (AAAA-MM-JJ)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ce jour-là (AAAA-MM-JJ)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impossible d&apos;écrire {out} : {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Depuis le dernier export de cet appareil.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{explicit_returns} retour(s) ajouté(s) : document prêté à un autre lecteur sans retour entre les deux (deux appareils avant synchronisation).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attention : {skipped_no_card} prêt(s) sans carte de lecteur omis.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exporter vers d&apos;autres logiciels (Koha .koc, …)</source>
        <extracomment>One function per export format; each adds its sub-command to the ``export`` group.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ouvrir l&apos;application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>langue de l&apos;interface</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AAAA-MM-JJ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>portage à domicile : visites dues, tournées, feuilles de route, statistiques</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>les bénéficiaires à visiter sur une période</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>calculer les tournées d&apos;une période</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>secondes de calcul (5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vitesse moyenne, km/h (25)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minutes par visite (20)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enregistrer les tournées</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>la feuille de route PDF d&apos;une tournée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>identifiant de tournée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fichier PDF à écrire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>statistiques mensuelles du portage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>écrire un CSV pour Excel (UTF-8 BOM, « ; »)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>les inquiétudes signalées, non traitées</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La fin de la période doit suivre son début.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{next_due}{late}  {name} — {commune}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} visite(s) due(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{date} {start_time}–{end_time}  {volunteer_name}  ({count} visite(s), {distance_km} km)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>    {planned_time}  {name} — {commune}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attention : {warning}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>À revoir : {name} — {commune} : {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feuille de route écrite : {out}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elle contient des données personnelles (noms, adresses, téléphones) : à rendre ou détruire après la tournée.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mois      visites  livraisons  bénéficiaires  documents  heures  alertes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{month} {visits}  {deliveries}  {beneficiaries_served}  {items_delivered}  {volunteer_hours}  {welfare_concerns}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV écrit (UTF-8 avec BOM, séparateur « ; ») : {csv}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{date}  {name} ({commune}) tél. {value} — signalé par {volunteer_name} : {note}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} alerte(s) bien-être à traiter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>importer un catalogue MARC ou un fichier de lecteurs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>notices et exemplaires UNIMARC / MARC21 (ISO 2709, MARCXML)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FICHIER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lecteurs depuis un fichier CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FICHIER.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>format des notices (par défaut : reconnu d&apos;après leur structure)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fichier de correspondance TOML (voir resources/mappings/)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code de sortie 1 si une notice est rejetée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fichier TOML [columns] colonne = &quot;En-tête&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>montrer ce qui serait importé sans rien écrire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code de sortie 1 si une ligne est rejetée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>appliquer aussi les changements de nom, prénom ou année de naissance d&apos;une carte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} notice(s) rejetée(s), rien n&apos;en a été écrit :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  - {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} avertissement(s) :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  - notice n° {position} : {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  … et {value} autres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} est un dossier : donnez le fichier MARC lui-même</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fichier introuvable : {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fichier {encoding}, séparateur « {delimiter} », {row_count} lignes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  {header} → {target}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Colonnes ignorées (jamais enregistrées) : {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version du programme, du schéma et identité de l&apos;appareil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bibliomobile {version} (schéma {schema})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base : {path} (schéma {schema})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appareil : {device}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base : {path} (pas encore créée)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imprimer les étiquettes QR des sacs (planches A4, rouleau 62 mm, ZPL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tous les sacs drive de ce passage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ces sacs (codes B…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>format : {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fichier PDF ou ZPL à écrire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>première position libre sur la planche (défaut 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sacs en tissu : correction d&apos;erreur QR H</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format d&apos;étiquettes inconnu : {format}. Formats possibles : {names}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucun sac à étiqueter pour ce passage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} étiquette(s) écrites dans {out} ({count2} {unit}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inscrire un lecteur, renouveler une carte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inscrire un nouveau lecteur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prénom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>année de naissance (contrôle des doublons)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>commune</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>courriel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>téléphone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>numéro d&apos;une carte déjà imprimée (sinon il est créé)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inscrire même si un lecteur de même nom et année, ou de même courriel, existe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>renouveler la carte d&apos;un lecteur pour un an</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>numéro de carte du lecteur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{error}. Rien n&apos;est enregistré ; --allow-duplicate pour inscrire quand même.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chercher des titres (titre, auteur, sujet, ISBN, code-barres, cote), une ligne par titre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mots cherchés, sans souci des accents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nombre de titres (20)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lister aussi les exemplaires de chaque titre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--limit : un nombre de titres supérieur à zéro est attendu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucun titre ne correspond à « {query} ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title}	{authors}{year}	{value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  {barcode}	{call_number}	{where}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>jouer N jours d&apos;activité réaliste (formation, démonstration, charge)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joue N jours d&apos;activité par les mêmes services que l&apos;application : passages ouverts, cartes scannées, prêts, retours, prolongations, compteurs, passages clôturés. Même graine, même base : mêmes actions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nombre de jours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>graine du hasard (défaut 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>premier jour (défaut : finir aujourd&apos;hui)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucun passage prévu sur ces jours : générez le calendrier des tournées (ou choisissez d&apos;autres dates avec --start).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2026 (année), 2026-03 (mois) ou 2026-01-01:2026-06-30</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>network (défaut), library:…, tour:… ou stop:…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>csv, xlsx ou pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fichier à écrire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>statistiques d&apos;une période (bibliobus, drive, portage, enquête annuelle)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Écrit les tableaux de la période en CSV (Excel en français), en classeur XLSX (une feuille par tableau et les définitions) ou le rapport annuel en PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format inconnu : choisissez --format csv, xlsx ou pdf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ce dossier n&apos;existe pas : {parent}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impossible d&apos;écrire {out} : {strerror}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} — {label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  {question} : {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Écrit : {out}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inscrire ce poste auprès du serveur central</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adresse du serveur (https://…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code d&apos;inscription à usage unique</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>synchroniser avec le serveur central (envoi puis réception)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>état de la synchronisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exporter le travail non envoyé (JSON, données personnelles en clair), sans rien effacer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fichier JSON à écrire (à l&apos;endroit choisi)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fichier de la base (comme ci-dessus)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Poste inscrit : « {device_name} » ({role}, périmètre {scope}) sur {server_url}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lancez « bibliomobile sync » pour recevoir les données.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{error} ({pending} modification(s) non envoyée(s) conservée(s) : bibliomobile sync export-pending --out FICHIER.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{error} ({pending} modification(s) en attente, conservées.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Envoyé : {pushed} appliquée(s), {duplicates} déjà reçue(s), {conflicts} conflit(s), {rejected} refusée(s) par le serveur.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instantané initial : {snapshot_rows} ligne(s) reçue(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reçu : {pulled} modification(s), {deleted} suppression(s), {evicted} retirée(s) du périmètre, {fetched} ajoutée(s) au périmètre.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Poste non inscrit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serveur : {server_url} — poste « {device_name} » ({role}, {scope})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ce poste a été RÉVOQUÉ : synchronisation arrêtée ; exportez le travail non envoyé.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dernière synchronisation : {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dernière erreur : {last_error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>En attente : {pending} modification(s) ({refused} refusée(s) par le serveur)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} modification(s) non envoyée(s) exportée(s) dans {out} (rien n&apos;a été effacé).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ce fichier contient des données personnelles EN CLAIR (lecteurs, visites, notes) : gardez-le sur un support sûr, remettez-le au coordinateur et supprimez-le ensuite.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impossible d&apos;écrire {path} : {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>horaires du bibliobus en PDF (affichage en mairie)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Écrit les horaires publics d&apos;une tournée (ou d&apos;une commune) en PDF, en gros caractères, avec les passages annulés ou déplacés.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nom de la tournée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seulement les arrêts de cette commune</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nombre de mois (6 par défaut)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>premier jour (aujourd&apos;hui par défaut)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ligne de contact de la médiathèque, en pied de page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{out} : horaires de « {name} »{where} du {start} au {end}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>les passages d&apos;une tournée au format iCalendar (.ics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Écrit les passages d&apos;une tournée au format iCalendar (RFC 5545), pour les sites des communes et les agendas ; les passages annulés y restent, marqués.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fichier .ics à écrire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nombre de mois (12 par défaut)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{out} : {events} passage(s) de « {name} » du {start} au {end}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>personnes de cet ordinateur (nom, rôle, code PIN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ajouter une personne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nom affiché (et noté sur ses changements)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rôle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code PIN (4 à 8 chiffres ; demandé s&apos;il est absent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lister les personnes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Donnez le code PIN (--pin) ou lancez la commande dans un terminal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Les deux codes diffèrent : personne n&apos;a été ajoutée.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{error} Personne n&apos;a été ajoutée.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>« {name} » ajouté·e ({role}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personne : l&apos;application s&apos;ouvre sans code PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} — {value}{state}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bibliomobile : bibliobus, drive et portage à domicile, même hors connexion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>journal détaillé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>langue des messages (sinon celle du système, ou le français)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>COMMANDE</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <source>Titre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auteurs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bibliobus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Réserve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>En prêt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prochain retour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fréquence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dernière visite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prénom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commune</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fin d&apos;abonnement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lieu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adresse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Horaires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrêt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>État</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remarque</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lecteur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prévenir par</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ce qui change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visite due le</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mois</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Livraisons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bénéficiaires servis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents livrés</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heures de bénévolat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alertes bien-être</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Téléphone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Communes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visites max.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actif</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tournées faites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reçu le</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Par</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Détail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Résolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saisi le</source>
        <extracomment>Ops the server refused, kept in the outbox: when, what, and the server&apos;s reason.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Donnée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opération</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Motif du refus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qui</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appareil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quoi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Précision</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DbWorker</name>
    <message>
        <source>L&apos;opération a échoué : {error}. Les détails sont dans le journal.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DriveWorkspace</name>
    <message>
        <source>Téléphone</source>
        <extracomment>How a pickup request reached the library; labels translated at display time.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>À l&apos;arrêt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passage :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demandes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nouvelle demande</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Préparation des sacs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Étiquettes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EnrolmentBox</name>
    <message>
        <source>Serveur de la médiathèque</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lecture de l&apos;état…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adresse du serveur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code d&apos;inscription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inscrire cet appareil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cet appareil a été révoqué : il ne se synchronise plus. Voir Synchronisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inscrit sur {server} sous le nom « {name} » ({scope}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cet appareil n&apos;est inscrit auprès d&apos;aucun serveur : il fonctionne hors connexion. Saisissez l&apos;adresse du serveur et le code donné par le coordinateur.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&apos;adresse du serveur et le code sont nécessaires.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inscription en cours…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inscrit sous le nom « {name} » ({scope}) : première synchronisation…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErasureDialog</name>
    <message>
        <source>Demande de la personne</source>
        <extracomment>The reasons, in the order the list shows them (source strings for translation).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Décès</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doublon de carte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Autre motif</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effacer une personne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} (carte {card}) sera effacé(e) partout : sur le serveur, dans son historique, puis sur chaque poste à sa prochaine synchronisation. Les statistiques restent, anonymes. C&apos;est irréversible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Motif</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effacer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmer l&apos;effacement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effacer définitivement {name} ? Cette action ne peut pas être annulée.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effacement en cours…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effacé(e) sur le serveur (relevé n° {number}). Ce poste l&apos;effacera à sa prochaine synchronisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ce poste n&apos;est pas inscrit auprès d&apos;un serveur : rien n&apos;a été effacé.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hors connexion : l&apos;effacement se fait sur le serveur. Réessayez une fois connecté ; rien n&apos;a été effacé.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HomeDelivery</name>
    <message>
        <source>livré</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>absent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refusé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reporté</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>oui</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>non</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chaque semaine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tous les quinze jours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chaque mois</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Absence (vacances, séjour chez un proche)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indisponible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Travaux dans le logement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>actif</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>en pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>arrêté</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CCAS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Famille</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Travailleur social</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La personne elle-même</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Autre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mission d&apos;intérêt public</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consentement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sauvegarde des intérêts vitaux</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Courrier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>En personne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Téléphone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Courriel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Par la personne à contacter</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HomeDeliveryStatsPanel</name>
    <message>
        <source>Afficher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporter en CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Du</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>au</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le fichier CSV s&apos;ouvre directement dans Excel en français : UTF-8 avec BOM, séparateur « ; », virgule décimale.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statistiques du portage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statistiques enregistrées : {p}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HomeDeliveryWorkspace</name>
    <message>
        <source>Portage à domicile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voir les alertes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bénéficiaires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bénévoles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode bénévole</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alertes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statistiques</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alertes ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ {n} inquiétude(s) signalée(s) par les bénévoles — dernière : {name}, {date} : « {note} »</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InboxPage</name>
    <message>
        <source>Créneau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lecteur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sac</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Texte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>En préparation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prête</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Liste de prélèvement (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Créneaux de</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Créer les créneaux</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Surprise</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln titre(s)</source>
        <translation>
            <numerusform>%Ln titre</numerusform>
            <numerusform>%Ln titres</numerusform>
        </translation>
    </message>
    <message>
        <source>Choisissez d&apos;abord une demande.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} créneau(x).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Liste de prélèvement</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Liste de prélèvement : %Ln document(s).</source>
        <translation>
            <numerusform>Liste de prélèvement : %Ln document.</numerusform>
            <numerusform>Liste de prélèvement : %Ln documents.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Livre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gros caractères</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Livre audio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DVD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CD musical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bande dessinée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adulte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ado</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jeunesse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bibliobus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Réserve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dans un sac</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>En prêt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>À l&apos;arrêt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>En attente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Envoyé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Échec</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Courriel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Téléphone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Courrier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prêt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prolongation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annulation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Français</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anglais</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allemand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Espagnol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Italien</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portugais</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arabe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Occitan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breton</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LabelsPage</name>
    <message>
        <source>ZPL (imprimante Zebra)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Première étiquette libre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sacs en tissu (QR plus robuste)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enregistrer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imprimer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Étiquettes</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln étiquette(s) écrites dans {p}.</source>
        <translation>
            <numerusform>%Ln étiquette écrite dans {p}.</numerusform>
            <numerusform>%Ln étiquettes écrites dans {p}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Le ZPL s&apos;envoie à l&apos;imprimante Zebra : utilisez « Enregistrer ».</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LegalRecordBox</name>
    <message>
        <source>Base légale et information (avant la première tournée)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La personne a été informée le</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base légale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Par</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoadingPage</name>
    <message>
        <source>Ouverture de la base de données…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockDialog</name>
    <message>
        <source>Bibliomobile est verrouillé</source>
        <extracomment>The entities a workspace changes: a role sees it when it may change one of them. Workspaces absent from this map only read, or only concern the laptop: all see them. (A volunteer lends and takes back too, but at the door: not at a stop&apos;s desk.) Failed PINs in a row before the lock screen waits.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qui êtes-vous ? Tapez votre code PIN pour continuer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Déverrouiller</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockGuard</name>
    <message>
        <source>Code PIN incorrect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trop d&apos;essais : patientez {s} secondes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Bibliomobile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cet espace n&apos;a pas pu s&apos;ouvrir. Les détails sont dans le journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Travail en cours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Une opération est encore en cours. Quitter quand même ?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MarcImportDialog</name>
    <message>
        <source>Importer des notices MARC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fichier :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconnu automatiquement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>correspondance par défaut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choisir…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correspondance :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fichier de correspondance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correspondance (*.toml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import en cours…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrêt après le lot en cours…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{done} notices lues sur {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fermer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import interrompu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import terminé.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import impossible : {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importer une notice MARC…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Message</name>
    <message>
        <source>Code de sac vide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ce n&apos;est pas un code de sac (il doit commencer par B) : {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Un code de sac a {length} caractères, celui-ci en a {count} : {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caractère impossible dans un code de sac ({shown}) : {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code de sac mal saisi ou mal lu (caractère de contrôle faux) : {code}. Scannez de nouveau l&apos;étiquette ou vérifiez la saisie.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ce passage est annulé : il ne peut pas être ouvert.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Un compteur ne peut pas devenir négatif.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ce passage est annulé : il ne peut pas être clôturé.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tournée inconnue : « {name} ». Tournées existantes : {known}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Donnez un nom à la tournée.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Durée de prêt invalide : {loan_days} jours (de 1 à 365).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Une tournée s&apos;appelle déjà « {name} ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cette tournée n&apos;existe plus.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indiquez la commune de l&apos;arrêt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indiquez le lieu de l&apos;arrêt (par exemple « place de l&apos;église »).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Donnez la latitude et la longitude, ou aucune des deux.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latitude invalide : {latitude} (entre -90 et 90).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longitude invalide : {longitude} (entre -180 et 180).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cet arrêt n&apos;existe plus.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La fin de la période ({end}) précède son début ({start}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Période trop longue : trois ans au plus.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ce passage n&apos;existe plus.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indiquez une tournée ou un arrêt, pas les deux.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ce passage est déjà annulé : impossible de le {action}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ce passage est en cours : impossible de le {action}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ce passage a déjà eu lieu : impossible de le {action}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indiquez la raison de l&apos;annulation (elle sera dite aux lecteurs).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&apos;heure de fin ({value}) doit suivre l&apos;heure de début ({value2}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le passage est déjà à cette date et à cette heure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cet arrêt a déjà un passage le {date} à {value}{state}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Un passage existe déjà à cette date et à cette heure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cette règle de passage n&apos;existe plus.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La tournée « {name} » ne dessert pas « {commune} ». Communes desservies : {served}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>annuler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>déplacer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (annulé)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cette tournée de portage n&apos;existe pas sur cet appareil.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ce passage n&apos;existe pas (ou plus) sur cet appareil.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exemplaire retiré des collections : {barcode}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cet exemplaire n&apos;est pas prêté à ce lecteur : {barcode}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ce prêt court déjà jusqu&apos;au {due_date} : rien à prolonger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rien à annuler pour ce passage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code-barres vide : scannez l&apos;exemplaire.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lecteur introuvable : scannez à nouveau sa carte.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ce code-barres n&apos;est pas un exemplaire connu : {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cette carte n&apos;est pas connue : {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prêt refusé. {blocks} Pour prêter quand même, indiquez un motif.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carte bloquée : {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carte expirée depuis le {date} : à renouveler.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trop de prêts : {count} en cours pour {limit} autorisés.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} document en retard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} documents en retard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} document en retard (le plus ancien attendu le {date}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} documents en retard (le plus ancien attendu le {date}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exemplaire mis de côté jusqu&apos;au {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Déjà prêté à ce lecteur (à rendre le {due}) : utilisez « Prolonger ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Déjà prêté à ce lecteur : utilisez « Prolonger ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prêté : {title} — à rendre le {due}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(il était encore prêté à un autre lecteur : son prêt est clos)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retour : {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>aucun prêt en cours : retour enregistré et signalé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} jour de retard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} jours de retard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>à mettre de côté jusqu&apos;au {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prolongé : {title} — à rendre le {due}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annulé : prêt de {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annulé : retour de {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annulé : prolongation de {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double lecture ignorée : {code} vient d&apos;être scanné.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ce code-barres n&apos;est ni un exemplaire ni une carte connus : {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ce code-barres n&apos;est ni un exemplaire ni une carte connus (vérifié auprès du serveur) : {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>carte vérifiée en ligne auprès du serveur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>carte trouvée dans l&apos;index hors ligne du bibliobus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Déjà prêté à ce lecteur{due} : rien n&apos;est fait. Pour un retour : Échap (lecteur suivant) puis scannez, ou mode Retour (F5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (à rendre le {date})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode Retour : chaque document scanné est rendu, même avec un lecteur.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode Retour terminé : les documents scannés avec un lecteur lui sont prêtés.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scannez d&apos;abord la carte du lecteur.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ce lecteur n&apos;a aucun prêt à prolonger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Un motif est nécessaire pour prêter malgré un blocage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prêts autorisés pour ce lecteur : {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lecteur suivant : scannez une carte, ou des documents pour les retours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} prêt prolongé jusqu&apos;au {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} prêts prolongés jusqu&apos;au {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucun prêt prolongé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Non prolongé(s) : {refused}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucun passage ouvert : prêt refusé. Ouvrez le passage pour prêter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passage clôturé : prêt refusé. « Rouvrir » le passage pour prêter (les retours restent possibles).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passage annulé : prêt refusé.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lundi</source>
        <extracomment>Monday first, as ``date.weekday()``.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mardi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mercredi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>jeudi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vendredi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>samedi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dimanche</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>jeu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ven</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>janvier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>février</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>avril</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>juin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>juillet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>août</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>septembre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>octobre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>novembre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>décembre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le nombre d&apos;exemplaires et de lecteurs doit être positif ou nul.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La base contient déjà des données : la démonstration n&apos;est chargée que dans une base vide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passage introuvable : {visit_id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demande introuvable : {request_id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lecteur introuvable : {patron_id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucun sac ne porte ce code : {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La durée d&apos;un créneau doit être comprise entre 5 et 240 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La capacité d&apos;un créneau doit être comprise entre 1 et 100 lecteurs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ce passage est clos ou annulé : pas de créneaux de retrait.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le passage du {date} est clos ou annulé : choisissez un autre passage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ce créneau n&apos;appartient pas à ce passage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Créneau {start}–{end} en dehors des horaires du passage ({start_time}–{end_time}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ce lecteur a déjà un retrait en attente à ce passage (demande {status}) : complétez-la plutôt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le créneau {start}–{end} est complet ({booked}/{capacity}) : choisissez-en un autre.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choisissez un passage prévu ou ouvert pour y déplacer les demandes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Un sac appartient à une demande drive ou à une livraison de portage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le sac {code} n&apos;est plus en préparation (statut : {status}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ce code-barres n&apos;est pas un exemplaire connu : {barcode}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impossible de mettre {barcode} dans le sac : {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ce document n&apos;est pas dans le sac {code} : {barcode}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le sac {code} n&apos;est pas en préparation (statut : {status}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le sac {code} est vide : scannez au moins un document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cette demande est {status} : on ne prépare plus son sac.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cette demande a déjà un sac en préparation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le sac {normalised} est déjà utilisé (statut : {status}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le sac {code} a déjà été remis.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le sac {code} n&apos;est pas prêt (statut : {status}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le sac {code} n&apos;a pas de lecteur.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sac de {value} prévu pour le passage du {date}{where}, pas pour celui-ci. Remettre quand même : F4 (avec un motif).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le sac {code} n&apos;était pas chez un lecteur (statut : {status}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canal de demande inconnu : {channel}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type de demande inconnu : {kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indiquez au moins un titre, ou choisissez une sélection surprise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pour une sélection surprise, notez les goûts du lecteur (ex. « polars, pas d&apos;horreur »).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Une demande {value} ne peut pas devenir {value2}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice introuvable : {record_id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cet exemplaire n&apos;est pas celui d&apos;un titre de la demande.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucun sac à étiqueter pour ce passage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exemplaire introuvable : {item_id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nouvelle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>en préparation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prête</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retirée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>non retirée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>annulée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sac {code} en préparation : scannez les documents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Déjà dans ce sac : {barcode}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ajouté : {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retiré du sac : {barcode}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sac {code} prêt ({n} document).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sac {code} prêt ({n} documents).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sac {code} remis à {patron} : {n} document prêté.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sac {code} remis à {patron} : {n} documents prêtés.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(Prévu pour un autre passage.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sac {code} rendu, de nouveau disponible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> à {commune}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Liste de prélèvement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rayonnages du bibliobus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Magasin central</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sans exemplaire disponible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucun document à prélever.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code-barres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Titre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lecteur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sac</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cette visite n&apos;existe pas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indiquez la latitude et la longitude, ou aucune des deux.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latitude hors limites (entre -90 et 90).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longitude hors limites (entre -180 et 180).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Décrivez en quelques mots ce qui vous inquiète.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indiquez qui prend en charge cette alerte.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planifiez au plus un mois à la fois.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cette tournée n&apos;existe pas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ce bénéficiaire n&apos;existe pas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cette visite a déjà eu lieu : son sac ne change plus.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choisissez au moins un document pour le sac.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Un des documents choisis n&apos;existe pas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format inconnu : {names}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fréquence de visite inconnue : {frequency}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orientation inconnue : {referral}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Un genre ne peut pas être à la fois aimé et à éviter : {names}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ce lecteur n&apos;existe pas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucun lecteur avec la carte « {card} ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La fin de la pause doit suivre son début.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le prénom et le nom du bénévole sont obligatoires.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le nombre maximal de visites par tournée va de 1 à 30.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ce bénévole n&apos;existe pas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue de visite inconnue : {outcome}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cette visite est déjà notée « {value} ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cette visite est prévue le {date} : son issue se note le jour de la visite ou après.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cet exemplaire n&apos;existe pas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pas de sac préparé pour cette visite : « Livré » demande un sac. Notez « Absent », « Refusé » ou « Reporté », ou faites préparer le sac.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heure non comprise : « {text} » (exemple : 09:30).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jour de la semaine inconnu dans les disponibilités.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disponibilité {value} : l&apos;heure de fin doit suivre l&apos;heure de début.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disponibilité non comprise : « {value} » (exemple : lun 09:00-12:00).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Une visite de la période a eu lieu pendant le calcul : relancez le calcul.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&apos;ordre donné ne correspond pas aux visites de la tournée.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>livré</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>absent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refusé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reporté</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rapportez le sac {code} à la médiathèque : ses documents retournent en rayon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visite notée : {outcome}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code d&apos;accès : voir l&apos;appli</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidentiel — à rendre ou détruire après la tournée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portage à domicile — {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — départ {start}, retour vers {end}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bénévole : {name}{hours} — {n} visite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bénévole : {name}{hours} — {n} visites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>page {page}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tél. : {phone}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accès : {access}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retours : ______</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pas de sac</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tournée du {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucune visite dans cette tournée.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} : adresse de départ sans coordonnées, pas de tournée.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} : aucune disponibilité indiquée, pas de tournée.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucune visite à planifier du {start} au {end}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{visits} visite(s) en {rounds} tournée(s), {km} km, calcul {seconds} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} visite impossible à placer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} visites impossibles à placer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accès : note d&apos;accès trop longue (au plus {max} octets).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La note d&apos;accès ne s&apos;ouvre pas sur ce poste : synchronisez-le pour recevoir la clé des notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La note d&apos;accès ne s&apos;ouvre pas avec la clé de ce poste : synchronisez-le.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cette visite n&apos;existe plus sur ce poste.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La note d&apos;accès ne s&apos;affiche que le jour de la visite.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base légale inconnue : {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moyen d&apos;information inconnu : {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La date d&apos;information de la personne ne peut être à venir.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indiquez à la fois la date et le moyen par lequel la personne a été informée.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>base légale non renseignée (fiche du bénéficiaire, avant la première tournée)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>information de la personne non renseignée (date et moyen, sur sa fiche)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tournées non enregistrées : complétez d&apos;abord la fiche de ces bénéficiaires — {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} : {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adresse sans coordonnées : à compléter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>en pause ou pas disponible sur la période</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>aucun bénévole disponible ces jours-là dans cette commune</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ne tient dans aucune tournée (horaires, capacité ou trajets)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>répertoire de la notice invalide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>codage {declared} avec séquences d&apos;échappement : exportez le catalogue en UTF-8 (Unicode)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>notice tronquée : le fichier se termine avant la fin de la notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>notice trop courte pour contenir un guide (leader)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>guide (leader) invalide : longueur ou adresse de base non numérique ({leader_bytes}, {leader_bytes2})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>longueur déclarée ({declared_length} octets) différente de la longueur réelle ({count} octets) : notice tronquée ou corrompue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>guide (leader) invalide : adresse de base {base} incohérente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>répertoire de la notice invalide (longueur non multiple de 12)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>notice sans aucune zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>octets qui ne sont pas de l&apos;UTF-8 valide (octet {start}) : exportez le catalogue en UTF-8 (Unicode)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>guide (leader) invalide : caractères non ASCII</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>étiquette de zone non alphanumérique « {tag} »</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>répertoire invalide pour la zone {tag}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>codage {declared} non pris en charge : exportez le catalogue en UTF-8 (Unicode)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zone {value} hors des limites de la notice (notice tronquée ?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>étiquette de zone illisible {entry}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code-barres trop long ({count} caractères, {barcode_max} au plus) : {barcode}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} est un dossier : donnez le fichier MARC lui-même</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fichier introuvable : {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fichier vide : {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fichier en {iso5426_reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>impossible de reconnaître le format (ni UNIMARC ni MARC21) : précisez --flavour unimarc ou --flavour marc21</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disque plein : {done} notices importées, reprenez après avoir libéré de la place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>aucune notice MARCXML (élément &lt;record&gt;) dans {name} : est-ce bien un export de notices ?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>format {flavour} inconnu : unimarc, marc21 ou auto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date illisible « {text} » (attendu jj/mm/aaaa)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[columns] : une table colonne = &quot;En-tête&quot; attendue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>année de naissance invalide « {text} »</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contact préféré inconnu « {text} » (courriel, SMS, téléphone, courrier)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>numéro de carte manquant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nom manquant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adresse électronique invalide « {values} »</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fichier de correspondance introuvable : {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fichier de correspondance illisible ({path}) : {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[columns] {target} : colonne inconnue (possibles : {names})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[columns] {target} : l&apos;en-tête doit être un texte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[columns] {target} : aucune colonne « {header} » dans le fichier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{key} trop long ({count} caractères, {limit} au plus)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>codage du fichier non reconnu : enregistrez-le en UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} est un dossier : donnez le fichier CSV lui-même</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ligne {number} de plus de {field_limit} caractères</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fichier illisible : {path} ({value})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ligne {line} : champ de plus de {value} Ko ou mal formé ({error}) — un guillemet n&apos;est pas fermé, ou ce n&apos;est pas un fichier de lecteurs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vers la ligne {line} : octets illisibles en {label} — enregistrez le fichier en UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where} : une source ou une liste de sources attendue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[{where}] : une table CODE = &quot;valeur&quot; attendue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>flavour = {flavour} : « unimarc » ou « marc21 » attendu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[record] : une table attendue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[record] title : la source du titre est obligatoire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[[items]] : une liste de tables attendue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>format {flavour} inconnu : « unimarc » ou « marc21 »</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source « {text} » invalide : écrire ZONE$sous-zones, par ex. 200$a ou 100$a/9-12</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[{where}] {key} = {target} : valeurs possibles {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[record] {key} : colonne inconnue (possibles : {names})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[[items]] n° {number} : tag = &quot;995&quot; (zone sur 3 caractères) attendu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[[items]] n° {number} : barcode = &quot;f&quot; (sous-zone du code-barres) attendu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[[items]] n° {number} : clé inconnue {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (identifiant {id})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (sans identifiant)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, octet {offset}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>notice n° {position}{ident}{where} : {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{read} notices lues ({flavour}) en {seconds} s : {created} créées, {updated} mises à jour, {unchanged} inchangées, {rejected} rejetées.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exemplaires : {created} créés, {updated} mis à jour, {unchanged} inchangés.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Codage MARC-8 : {n} notice convertie en Unicode (vérifiez quelques accents).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Codage MARC-8 : {n} notices converties en Unicode (vérifiez quelques accents).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bibliothèques créées : {count}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import interrompu : les notices déjà enregistrées sont complètes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (carte {card})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ligne {line}{card} : {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lecteurs : {created} ont été créés, {updated} ont été mis à jour, {unchanged} inchangés, {rejected} lignes rejetées (fichier {encoding}, séparateur « {delimiter} »).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lecteurs : {created} seraient créés, {updated} seraient mis à jour, {unchanged} inchangés, {rejected} lignes rejetées (fichier {encoding}, séparateur « {delimiter} »).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} changement d&apos;identité non appliqué sans confirmation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} changements d&apos;identité non appliqués sans confirmation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Essai à blanc : rien n&apos;a été enregistré.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>notice MARC-8 illisible ({error}) : exportez le catalogue en UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>notice tronquée (ligne {line}) : pas de balise de fin &lt;/record&gt;, le fichier est coupé ou mal formé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>XML mal formé ligne {where}, colonne {column} (notice commençant ligne {line}, octet {start}) : notice perdue, lecture reprise à la notice suivante</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Niveau de correction QR inconnu : {level} (Q ou H).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position de départ impossible : {start} (de 1 à {per_page} pour {key}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format d&apos;étiquettes inconnu : {key}. Formats possibles : {choices}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avery L7160 — A4, 3 × 7 étiquettes de 63,5 × 38,1 mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avery L7163 — A4, 2 × 7 étiquettes de 99,1 × 38,1 mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avery L7651 — A4, 5 × 13 étiquettes de 38,1 × 21,2 mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zweckform 3474 — A4, 3 × 8 étiquettes de 70 × 37 mm, bord à bord</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rouleau continu 62 mm (Brother QL), une étiquette par page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>passerelle SMS : HTTP {status_code} {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adresse e-mail invalide : « {to} ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le serveur refuse l&apos;identifiant ou le mot de passe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le serveur {where} ne propose pas STARTTLS : choisissez « aucun » ou « SSL ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le serveur refuse l&apos;adresse {to}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le serveur refuse l&apos;adresse d&apos;expéditeur {sender}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le serveur {where} a refusé le message : {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La connexion chiffrée avec {where} a échoué ({value}) : vérifiez le mode de chiffrement et le port (587 pour STARTTLS, 465 pour SSL).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le serveur {where} ne répond pas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impossible de joindre le serveur {where} : {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port SMTP invalide : {smtp_port} (1 à 65535).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode de chiffrement inconnu : {smtp_tls}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sans chiffrement, le mot de passe SMTP et les messages aux lecteurs passent en clair sur le réseau : choisissez STARTTLS ou SSL, ou confirmez l&apos;envoi sans chiffrement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adresse d&apos;expéditeur invalide : {sender}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&apos;adresse de la passerelle SMS doit commencer par https:// : {url}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indiquez le serveur SMTP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message introuvable : {notification_id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modèle de message inconnu : {key}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le texte du message est vide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Champ inconnu dans le modèle : ${args}. Champs possibles : {allowed}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Un « $ » du modèle n&apos;est pas suivi d&apos;un nom de champ (écrivez $$ pour un $).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>aucun serveur d&apos;envoi de courriels (SMTP) n&apos;est réglé (Réglages › Messages)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>aucun service d&apos;envoi de SMS n&apos;est réglé (Réglages › Messages)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>aucun moyen d&apos;envoi réglé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} message non envoyé : {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} messages non envoyés : {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le prénom et le nom sont nécessaires pour inscrire un lecteur.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Année de naissance invalide : {birth_year}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adresse électronique invalide : {email}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numéro de téléphone invalide : {phone}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La carte {card} est déjà celle d&apos;un autre lecteur.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucun lecteur avec la carte {key}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} trop long ({limit} caractères au plus).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lecteur inscrit : {name}, carte {card}, valable jusqu&apos;au {expiry}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carte de {name} renouvelée jusqu&apos;au {expiry}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La période « {label} » finit ({end}) avant de commencer ({start}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jour de la semaine invalide : {weekday} (0 = lundi … 6 = dimanche).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&apos;heure de fin ({end_time}) doit suivre l&apos;heure de début ({start_time}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La fin de validité ({valid_to}) précède son début ({valid_from}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intervalle invalide : toutes les {interval_weeks} semaines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Une règle « toutes les N semaines » a besoin d&apos;une date de premier passage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La date de premier passage ({anchor_date}) ne tombe pas le jour de la semaine de la règle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rang invalide dans le mois : {nth} (1 à 4, ou -1 pour le dernier).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le nombre de jours doit être au moins 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le temps de planification doit être positif.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Période non reconnue : « {text} » (attendu : 2026, 2026-03 ou 2026-01-01:2026-06-30).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Périmètre non reconnu : « {text} » (attendu : network, library:…, tour:… ou stop:…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucune bibliothèque ne porte ce nom : « {name} ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucune tournée ne porte ce nom : « {name} ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucun arrêt ne porte ce nom : « {name} ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plusieurs bibliothèques portent ce nom : « {name} » ; donnez son identifiant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plusieurs tournées portent ce nom : « {name} » ; donnez son identifiant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plusieurs arrêts portent ce nom : « {name} » ; donnez son identifiant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date impossible dans la période « {text} ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La fin de la période doit suivre son début.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base introuvable ou vide : {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} est déjà chiffrée (ou n&apos;est pas une base SQLite).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La copie chiffrée ne correspond pas à la base : rien n&apos;a changé.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La copie chiffrée est abîmée : rien n&apos;a changé.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} n&apos;est pas une base lisible : {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le chiffrement de la base demande SQLCipher (paquet sqlcipher3-binary).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fichier de catalogue illisible : {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fichier de catalogue d&apos;une autre version du schéma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fichier de catalogue sans index de recherche</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>copie du catalogue incohérente (numéros de lignes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cette base a été créée par une version plus récente de Bibliomobile (schéma {schema}). Installez la dernière version ; la base n&apos;a pas été modifiée.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cette base de serveur a été créée par une version plus récente de Bibliomobile (schéma {schema}). Installez la dernière version ; la base n&apos;a pas été modifiée.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ce poste n&apos;est pas inscrit : saisissez l&apos;adresse du serveur et le code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Décrivez la résolution avant de l&apos;enregistrer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflits non transmis : {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Envoi refusé par le serveur : {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serveur occupé (trop de requêtes) : réessayez dans quelques minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requête refusée par le serveur ({status_code}) : {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erreur du serveur ({status_code}) : réessayez plus tard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serveur injoignable ({name}) : réessayez plus tard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Réponse du serveur incomplète : réessayez plus tard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cet appareil a été révoqué.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ce poste n&apos;est pas inscrit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adresse de serveur invalide : {server_url} (https://…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adresse refusée : {server_url} est en http:// simple, les données des lecteurs passeraient en clair sur le réseau. Demandez l&apos;adresse en https://… au coordinateur (le serveur se place derrière un proxy TLS).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Réponse du serveur illisible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serveur injoignable ({name}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Périmètre refusé : {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Réception refusée : {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lecture refusée : {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le serveur a un schéma plus récent : mettez Bibliomobile à jour.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instantané refusé : {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Données personnelles verrouillées : ce poste ne s&apos;est pas synchronisé depuis plus de {days} jours. Synchronisez-le pour les retrouver.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cet appareil a été révoqué. Le travail non envoyé est conservé : exportez-le.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jeton refusé par le serveur : inscrivez de nouveau ce poste.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Motif inconnu : {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effacement refusé : {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refus du serveur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal d&apos;accès non transmis : {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clé des notes d&apos;accès reçue invalide : réessayez plus tard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ce poste n&apos;est pas inscrit auprès du serveur : l&apos;export se fait depuis un poste de coordination connecté.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format inconnu : {fmt} (pdf ou json).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serveur injoignable ({error}) : réessayez une fois connecté.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le serveur ne connaît pas la carte {card}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Réponse inattendue du serveur ({status}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le code PIN doit compter 4 à 8 chiffres.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ce code PIN se devine trop facilement (suite ou chiffre répété).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indiquez le nom de la personne.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rôle inconnu : {role} (coordinator, crew ou volunteer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>« {name} » existe déjà sur cet ordinateur.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code PIN incorrect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personne inconnue sur cet ordinateur.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessagesBox</name>
    <message>
        <source>Messages aux lecteurs</source>
        <extracomment>Usual port of each encryption mode, proposed when the mode changes.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ex. smtp.mairie-exemple.fr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serveur SMTP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>aucun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chiffrement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identifiant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mot de passe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le mot de passe est enregistré dans la base de données de cet appareil (chiffrée si le chiffrement de la base est activé) ; il n&apos;est jamais synchronisé avec le serveur.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ex. mediatheque@mairie-exemple.fr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adresse d&apos;expéditeur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passerelle SMS (adresse)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jeton de la passerelle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enregistrer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>votre adresse e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tester l&apos;envoi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message d&apos;essai à</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Envoi sans chiffrement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sans chiffrement, le mot de passe et les messages aux lecteurs passent en clair sur le réseau. Envoyer quand même sans chiffrement ?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Réglages des messages enregistrés.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message d&apos;essai envoyé à {to} : vérifiez sa réception.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&apos;envoi du message d&apos;essai a échoué : {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Envoi du message d&apos;essai…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewRequestPage</name>
    <message>
        <source>Nom, carte, commune…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lecteur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Créneau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reçue par</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sélection surprise (d&apos;après les goûts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ex. « polars, pas d&apos;horreur, gros caractères »</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goûts / remarque</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Titre, auteur… puis Entrée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Titres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Titres choisis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enregistrer la demande</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disponible : {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>en prêt : {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(retour le {date})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dans un sac : {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&apos;importe lequel (choisi à la préparation du sac)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exemplaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exemplaire demandé :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choisissez un lecteur, un passage et un créneau.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demande enregistrée pour {name}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotificationsPage</name>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lecteur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>État</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erreur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actualiser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Envoyer maintenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rappels de la veille</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Liste d&apos;appels (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modèles de messages…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appel passé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le lecteur choisi a été prévenu par téléphone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sac prêt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rappel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{s} envoyé(s), {f} en échec, {c} appel(s) à passer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choisissez un appel à passer dans la liste.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appel à {name} noté comme passé.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appels à passer</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln appel(s) à passer.</source>
        <translation>
            <numerusform>%Ln appel à passer.</numerusform>
            <numerusform>%Ln appels à passer.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NotifyPanel</name>
    <message>
        <source>À prévenir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choisissez un passage annulé ou déplacé pour voir qui prévenir.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fermer</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln lecteur(s) à prévenir.</source>
        <translation>
            <numerusform>%Ln lecteur à prévenir.</numerusform>
            <numerusform>%Ln lecteurs à prévenir.</numerusform>
        </translation>
    </message>
    <message>
        <source>Personne à prévenir.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prochain passage : {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucun prochain passage prévu à cet arrêt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{loans} prêt(s) reporté(s), {moved} demande(s) drive reportée(s), {flagged} à replanifier.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Protéger les données de cet ordinateur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ouvrir Bibliomobile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Les données des lecteurs sont chiffrées sur cet ordinateur. Choisissez une phrase de passe : sans elle, un ordinateur perdu ou volé ne montre rien. Quatre mots au hasard font une bonne phrase de passe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tapez la phrase de passe des données de cet ordinateur.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phrase de passe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La garder dans le trousseau de cet ordinateur (ordinateur personnel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encore une fois</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Solidité</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pas de trousseau sur cet ordinateur : elle sera demandée à chaque démarrage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Solidité : {label}. {advice}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Les deux saisies diffèrent.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PatronImportDialog</name>
    <message>
        <source>N° de carte</source>
        <extracomment>How the preview names the patron columns (French source, translated by _column_label).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prénom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Année de naissance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adresse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code postal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commune</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Téléphone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Courriel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact préféré</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fin d&apos;abonnement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importer des lecteurs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colonne du fichier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enregistrée comme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Premières lignes :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ce que l&apos;import changera :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fichier illisible : {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{rows} lignes · codage {encoding} · séparateur « {delimiter} »</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colonnes ignorées (jamais enregistrées) : {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colonne obligatoire introuvable : {names}. Utilisez un fichier de correspondance (bibliomobile import patrons --mapping).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparaison avec les lecteurs connus…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rien à changer : les lecteurs sont à jour.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appliquer aussi les {n} changement(s) d&apos;identité (nom, prénom, année de naissance) : même carte, autre personne ?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import en cours…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fermer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucune ligne rejetée.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import impossible : {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importer des lecteurs (CSV)…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PatronsWorkspace</name>
    <message>
        <source>Lecteurs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nom, commune, numéro de carte, courriel ou téléphone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rechercher un lecteur… (ex. : dupre egliseneuve)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choisissez un lecteur pour voir sa fiche et ses prêts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nouveau lecteur…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renouveler la carte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effacer la personne…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carte {card}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carte bloquée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fin d&apos;abonnement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrêt habituel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adresse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Téléphone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Courriel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prévenir par</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Année de naissance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>à rendre le {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>en retard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prêts en cours ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucun prêt en cours.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeopleBox</name>
    <message>
        <source>Personnes de cet ordinateur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avec des personnes définies, l&apos;appli s&apos;ouvre verrouillée et se verrouille après quelques minutes sans activité ; chacun la déverrouille avec son code PIN et ne voit que ce que son rôle permet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rôle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code PIN (4 à 8 chiffres)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ajouter cette personne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ordinateur partagé : ne plus garder la phrase de passe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personne : l&apos;appli s&apos;ouvre sans code PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La première personne est un coordinateur (elle gère les autres).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seul un coordinateur ajoute des personnes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ajouté·e. Le verrouillage s&apos;applique au prochain démarrage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La phrase de passe sera demandée à chaque démarrage.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeriodChooser</name>
    <message>
        <source> mois</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Du</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sur</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonExportButton</name>
    <message>
        <source>Exporter ses données (droit d&apos;accès)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tout ce que le serveur détient sur cette personne, en PDF pour elle ou en JSON pour le délégué à la protection des données (poste de coordination connecté).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Données de la personne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF pour la personne (*.pdf);;JSON pour le DPO (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Données enregistrées : {path}. Ce fichier contient des données personnelles : remettez-le à la personne, puis supprimez-le.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <source>Cet espace arrive bientôt</source>
        <extracomment>When set to 1, print &quot;first-paint &lt;epoch seconds&gt;&quot; after the first paint and quit.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanningPage</name>
    <message>
        <source>Aucune visite due sur la période : rien à planifier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Du</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>au</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vitesse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Durée d&apos;une visite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temps de calcul</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actualiser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visites dues sur la période (non encore planifiées)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calculer les tournées</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrêter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visites impossibles à placer (à revoir)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln visite(s) due(s) sur la période, pas encore planifiée(s)</source>
        <translation>
            <numerusform>%Ln visite due sur la période, pas encore planifiée</numerusform>
            <numerusform>%Ln visites dues sur la période, pas encore planifiées</numerusform>
        </translation>
    </message>
    <message>
        <source>Calcul des tournées en cours…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calcul arrêté : rien n&apos;a été enregistré.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegistrationDialog</name>
    <message>
        <source>Nouveau lecteur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(non donnée)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prénom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Année de naissance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commune</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Courriel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Téléphone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inscrire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inscrire quand même</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ce lecteur est peut-être déjà inscrit :
{lines}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inscription impossible : {error}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestBasket</name>
    <message>
        <source>Retirer le titre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choisir l&apos;exemplaire…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Par défaut, l&apos;exemplaire est choisi à la préparation du sac.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} — exemplaire {barcode}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucun titre choisi</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln titre(s) choisi(s)</source>
        <translation>
            <numerusform>%Ln titre choisi</numerusform>
            <numerusform>%Ln titres choisis</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResultCount</name>
    <message numerus="yes">
        <source>%Ln fiche(s) en tout</source>
        <translation>
            <numerusform>%Ln fiche en tout</numerusform>
            <numerusform>%Ln fiches en tout</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln premiers résultats</source>
        <translation>
            <numerusform>%Ln premier résultat</numerusform>
            <numerusform>%Ln premiers résultats</numerusform>
        </translation>
    </message>
    <message>
        <source>Précisez la recherche pour voir les autres.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln résultat(s)</source>
        <translation>
            <numerusform>%Ln résultat</numerusform>
            <numerusform>%Ln résultats</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RoundPane</name>
    <message>
        <source>Aucune tournée planifiée sur la période</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Glisser-déposer pour changer l&apos;ordre ; cocher pour verrouiller une visite.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feuille de route (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(hors disponibilités)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{date} — {name} — {done}/%Ln visite(s)</source>
        <translation>
            <numerusform>{date} — {name} — {done}/%Ln visite</numerusform>
            <numerusform>{date} — {name} — {done}/%Ln visites</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln visite(s) hors des disponibilités dans cet ordre.</source>
        <translation>
            <numerusform>%Ln visite hors des disponibilités dans cet ordre.</numerusform>
            <numerusform>%Ln visites hors des disponibilités dans cet ordre.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choisissez d&apos;abord une tournée.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feuille de route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feuille de route enregistrée : {p}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RuleDialog</name>
    <message>
        <source>Règle de passage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>toutes les semaines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>toutes les N semaines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>un jour donné du mois (ex. : le 2e mardi)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>toutes les </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> semaines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>à</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sans date de fin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>au</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Du</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Au</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ajouter une pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retirer la pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fréquence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intervalle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Premier passage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rang dans le mois</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Horaires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valable du</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jours fériés</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pauses</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RulePanel</name>
    <message>
        <source>Règles de passage de l&apos;arrêt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ajouter une règle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modifier…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supprimer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supprimer la règle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supprimer « {rule} » ? Les passages à venir sans prêt ni demande seront retirés.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Rules</name>
    <message>
        <source>lundi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mardi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mercredi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>jeudi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vendredi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>samedi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dimanche</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1er</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2e</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3e</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4e</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dernier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pas de passage les jours fériés</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>jour férié : passage le lendemain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>jour férié : passage la veille</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>passage maintenu les jours fériés</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pause estivale</source>
        <extracomment>Suggested names of breaks (the coordinator may type another).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vacances de la Toussaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vacances de Noël</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vacances d&apos;hiver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vacances de printemps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>le {nth} {day} du mois</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>toutes les {n} semaines, le {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tous les {day}s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{when}, {start}–{end}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>du {start} au {end}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>à partir du {start}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} du {start} au {end}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annulé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>En cours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prévu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>déplacé (au lieu du {date})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>passage supplémentaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{holiday} : déplacé du {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>jour férié</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{holiday} : passage maintenu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{stop}, {day} {date} {start}–{end}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScanField</name>
    <message>
        <source>Scanner ou saisir un code-barres</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchPage</name>
    <message>
        <source>Aucun résultat pour « {query} ».</source>
        <extracomment>Workspaces add their own buttons here (e.g. the catalogue&apos;s MARC import).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cette fiche n&apos;existe plus.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsWorkspace</name>
    <message>
        <source>Réglages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Langue de l&apos;interface</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Langue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrêt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Un son à chaque scan (fait, à regarder, refusé)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cet appareil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identifiant de l&apos;appareil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(en mémoire)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ouvrir le dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base de données</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Langue utilisée en ce moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La nouvelle langue s&apos;appliquera au prochain démarrage de Bibliomobile.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Stats</name>
    <message>
        <source>Livres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Livres en gros caractères</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bandes dessinées</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Livres audio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Musique (CD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vidéo (DVD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adultes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adolescents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enfants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0-14 ans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>15-64 ans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>65 ans et plus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Âge inconnu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passages prévus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passages effectués</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passages annulés</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heures d&apos;ouverture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visiteurs adultes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visiteurs enfants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prêts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prolongations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nouveaux inscrits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emprunteur actif : lecteur ayant emprunté au moins un document au bibliobus pendant la période, compté une fois par année civile. Âge atteint dans l&apos;année du premier prêt de la période ; commune de résidence du lecteur à ce prêt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emprunteur actif : lecteur ayant emprunté au moins un document au bibliobus pendant la période, compté une fois par année civile. Âge atteint dans l&apos;année du premier prêt de la période ; commune de résidence du lecteur à ce prêt. Prêts : tous les prêts de la période, selon l&apos;âge de l&apos;emprunteur noté au prêt (ils restent comptés une fois le prêt anonymisé).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bibliobus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passages annulés, par motif</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le motif saisi à l&apos;annulation du passage (« Sans motif » quand il manque).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prêts, retours et prolongations par type de document et public</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type et public de la notice de l&apos;exemplaire prêté (adultes, adolescents, enfants).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Éléments du coût par prêt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ce qu&apos;il faut pour calculer un coût par prêt : le coût de l&apos;heure (personnel, véhicule) et du kilomètre vient de la comptabilité. Les kilomètres ne sont pas encore relevés par l&apos;application.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Par arrêt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Un passage prévu est un passage daté dans la période ; effectué : ouvert ou clos par l&apos;équipage ; annulé : annulé avec ou sans motif. Heures : de l&apos;ouverture prévue à la fermeture prévue des passages effectués. Visiteurs : les compteurs tenus pendant le passage. Prêts, retours, prolongations : opérations faites au bureau pendant les passages (annulations déduites). Les arrêts sont rangés par tournée.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Par tournée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Les mêmes chiffres, additionnés par tournée.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Par mois</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Les mêmes chiffres, additionnés par mois (date du passage).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Motif</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type de document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emprunteurs actifs et prêts par tranche d&apos;âge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emprunteurs actifs par commune</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kilomètres parcourus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>non renseigné</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prêts par heure d&apos;ouverture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Élément</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valeur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prêts par mois, par arrêt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prêts par mois, par tournée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrêt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tournée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mois</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visiteurs par arrêt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tranche d&apos;âge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emprunteurs actifs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commune</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sans motif</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commune inconnue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Téléphone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Courriel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>À l&apos;arrêt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demandes par canal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demandes reçues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dont demandes annulées</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dont sélections surprises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Titres demandés</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Titres trouvés</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sacs préparés</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sacs remis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sacs non retirés</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Délai moyen de la demande à la remise (jours)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Délai médian de la demande à la remise (jours)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Créneaux proposés</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Places sur les créneaux</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Places réservées</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taux d&apos;occupation des créneaux (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demandes de drive pour un passage de la période, annulées comprises, selon le canal par lequel elles sont arrivées.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demandes, titres et sacs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Titres demandés : lignes de demande non retirées ; trouvés : un exemplaire y a été mis. Sacs préparés : demandes ayant eu un sac ; remis : demandes retirées par le lecteur ; non retirés : lecteur absent au passage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Délais et créneaux</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Délai : de la prise de la demande à la remise du sac, pour les sacs remis. Occupation : demandes non annulées ayant un créneau, rapportées aux places de tous les créneaux des passages de la période.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demandes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicateur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nombre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents remis à domicile par mois</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portage à domicile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visites prévues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visites faites (documents remis)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visites manquées : absent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visites manquées : refus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visites manquées : reportée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visites sans résultat saisi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bénéficiaires servis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents remis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heures des bénévoles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inquiétudes signalées</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inquiétudes prises en charge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visites à domicile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visites des tournées de portage de la période (tournées annulées exclues). Bénéficiaires servis : personnes ayant reçu au moins une fois des documents, comptées une fois. Heures : de l&apos;heure de départ à l&apos;heure de retour des tournées ayant eu lieu. Inquiétudes : nombre seulement, jamais leur contenu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portage par mois</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Les mêmes chiffres par mois (date de la tournée) ; la ligne Total compte chaque bénéficiaire une fois sur la période.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bibliothèque</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enquête annuelle — services hors les murs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chiffres à reporter dans l&apos;enquête annuelle sur les bibliothèques publiques (services hors les murs : bibliobus, portage à domicile, retrait de réservations). Définitions : docs/statistics.md.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enquête annuelle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points de desserte (arrêts desservis)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heures d&apos;ouverture au public</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dont enfants (0-14 ans)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dont adultes (15-64 ans)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dont 65 ans et plus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visiteurs comptés</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personnes desservies à domicile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents prêtés à domicile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drive (retrait de réservations)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rubrique</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tout le réseau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>du {start} au {end}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{library} — rapport d&apos;activité {period}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rapport d&apos;activité {period}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bibliobus, drive et portage à domicile — périmètre : {scope} — du {start} au {end} — établi le {made}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucune donnée sur la période.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Périmètre : {scope}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feuille</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tableau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ce qui est compté</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Définitions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visites effectuées</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Livraisons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents livrés</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heures de bénévolat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alertes bien-être</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatsWorkspace</name>
    <message>
        <source>Statistiques</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bibliobus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portage à domicile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enquête annuelle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Période :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Année</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mois</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>janvier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>février</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>avril</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>juin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>juillet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>août</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>septembre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>octobre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>novembre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>décembre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>au</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Périmètre :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tout le réseau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Afficher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporter :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rapport PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bibliothèque</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tournée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrêt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calcul des statistiques…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} — périmètre : {scope}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporter les statistiques</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statistiques enregistrées : {p}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <source>Hors connexion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synchronisé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synchronisation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Échec de synchronisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appareil non inscrit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annuler</source>
        <extracomment>Only show the &quot;working&quot; indicator when the worker is busy longer than this.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appareil : {device}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(en mémoire)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base : {name}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StopDialog</name>
    <message>
        <source>Arrêt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nouvel arrêt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ex. : place de l&apos;église</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrêt desservi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commune</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code postal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lieu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adresse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(aucune)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indiquez la commune de l&apos;arrêt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indiquez le lieu de l&apos;arrêt (par exemple « place de l&apos;église »).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Donnez la latitude et la longitude, ou aucune des deux.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latitude invalide (entre -90 et 90).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longitude invalide (entre -180 et 180).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StopPanel</name>
    <message>
        <source>Arrêts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ajouter un arrêt…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modifier l&apos;arrêt…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StopWorkspace</name>
    <message>
        <source>Scanner une carte de lecteur ou un document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode Retour (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scannez une carte pour prêter, ou un document pour un retour.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrêt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ouvrir le passage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucun passage ouvert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nouveau lecteur…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clôturer (bilan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lecteur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucun lecteur : les documents scannés sont des retours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prolonger la sélection (F2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prolonger tout (F3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prêter quand même… (F4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lecteur suivant (Échap)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renouveler la carte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visiteurs du passage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adultes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enfants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inscriptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annuler la dernière action (Ctrl+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retraits drive attendus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal du passage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ouvert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clôturé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucun passage prévu aujourd&apos;hui</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rouvrir le passage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ce passage est clôturé et son bilan fait. Le rouvrir pour prêter à nouveau ?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passage ouvert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passage clôturé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choisissez d&apos;abord les prêts à prolonger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scannez d&apos;abord la carte du lecteur.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prêter malgré le blocage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Motif (il sera enregistré avec les prêts de ce lecteur) :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ouvrez d&apos;abord le passage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bilan — {label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prêts : {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retours : {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prolongations : {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lecteurs servis : {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visiteurs : {a} adultes, {c} enfants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inscriptions : {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nouveaux lecteurs : {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retours sans prêt (à vérifier) : {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prêts forcés avec motif : {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions annulées : {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{message} (scan « {code} »)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} en attente…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} — carte {card}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prêts en cours : {n} sur {max}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>à rendre le {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EN RETARD</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StrandedBar</name>
    <message>
        <source>Déplacer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annuler ces demandes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passage annulé du {visit} : {n} demande(s) en attente, à déplacer vers :</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln demande(s) déplacée(s).</source>
        <translation>
            <numerusform>%Ln demande déplacée.</numerusform>
            <numerusform>%Ln demandes déplacées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln demande(s) annulée(s).</source>
        <translation>
            <numerusform>%Ln demande annulée.</numerusform>
            <numerusform>%Ln demandes annulées.</numerusform>
        </translation>
    </message>
    <message>
        <source>{n} sans place dans un créneau : restées.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <source>Synchronisation…</source>
        <extracomment>Minutes between two background syncs.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>appareil révoqué</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>travail conservé</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln modification(s) encore en attente.</source>
        <translation>
            <numerusform>%Ln modification encore en attente.</numerusform>
            <numerusform>%Ln modifications encore en attente.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncWorkspace</name>
    <message>
        <source>Synchronisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cet appareil a été révoqué par la médiathèque : il ne se synchronise plus. Le travail non envoyé est conservé sur cet appareil ; exportez-le et remettez le fichier à un coordinateur, puis effacez les données locales.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>État</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serveur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cet appareil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dernière synchronisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>En attente d&apos;envoi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synchroniser maintenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporter le travail non envoyé…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refusé par le serveur (conservé, exportable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>À revoir (coordination)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Résolution (ex. : exemplaire retrouvé chez le second lecteur)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enregistrer la résolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actualiser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>« {name} » ({role}, périmètre {scope})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>aucun : inscrivez l&apos;appareil dans Réglages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>jamais</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synchronisation en cours…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Une synchronisation est déjà en cours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cet appareil a été révoqué par le serveur : il ne synchronise plus.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rien n&apos;est synchronisé : cet appareil n&apos;est inscrit auprès d&apos;aucun serveur. Inscrivez-le dans Réglages › Serveur avec le code donné par un coordinateur ; en attendant, tout est gardé sur ce portable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Envoyé : {pushed} ; reçu : {pulled} ; conflits : {conflicts} ; retirés du périmètre : {evicted}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporter le travail non envoyé (données personnelles en clair)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} modification(s) exportée(s) ; rien n&apos;a été effacé. Ce fichier contient des données personnelles en clair : gardez-le en lieu sûr et supprimez-le une fois remis.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln modification(s)</source>
        <translation>
            <numerusform>%Ln modification</numerusform>
            <numerusform>%Ln modifications</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>dont %Ln refusée(s) par le serveur</source>
        <translation>
            <numerusform>dont %Ln refusée par le serveur</numerusform>
            <numerusform>dont %Ln refusées par le serveur</numerusform>
        </translation>
    </message>
    <message>
        <source>Export impossible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le fichier n&apos;a pas pu être écrit : {e}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chargement…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rien à revoir.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln point(s) à revoir.</source>
        <translation>
            <numerusform>%Ln point à revoir.</numerusform>
            <numerusform>%Ln points à revoir.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choisissez d&apos;abord un point à revoir.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Décrivez la résolution avant de l&apos;enregistrer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplateEditor</name>
    <message>
        <source>Modèles de messages aux lecteurs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objet</source>
        <extracomment>Unsaved texts of the templates left while editing, by (kind, channel).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Texte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Champs (cliquez pour insérer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prénom du lecteur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nom du lecteur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>arrêt du bibliobus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date du passage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>créneau de retrait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nombre de documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code du sac</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aperçu (lecteur et passage d&apos;exemple)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enregistrer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rétablir le texte d&apos;origine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fermer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sac prêt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Veille du passage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>liste d&apos;appels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (modifié)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seuls les e-mails ont un objet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objet : {subject}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modèle enregistré : les prochains messages l&apos;utiliseront.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Texte d&apos;origine rétabli.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimetableOutputs</name>
    <message>
        <source>Horaires PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iCalendar…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Horaires publics :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact en pied d&apos;affiche (téléphone, courriel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toute la tournée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Horaires PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iCalendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iCalendar (*.ics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enregistré : {path}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TodayWorkspace</name>
    <message>
        <source>Aujourd&apos;hui</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actualiser (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-clic pour l&apos;ouvrir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passages du bibliobus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tournées de portage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>En attente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synchronisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aujourd&apos;hui — {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prévu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ouvert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clôturé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>annulé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucun passage aujourd&apos;hui.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{volunteer} : %Ln visite(s)</source>
        <translation>
            <numerusform>{volunteer} : %Ln visite</numerusform>
            <numerusform>{volunteer} : %Ln visites</numerusform>
        </translation>
    </message>
    <message>
        <source>Aucune tournée de portage aujourd&apos;hui.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sacs drive à remettre aujourd&apos;hui : {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demandes à préparer (7 prochains jours) : {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changements à envoyer au serveur : {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tout est envoyé.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hors connexion : tout est gardé sur cet appareil.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synchronisé.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synchronisation en cours…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Échec de la dernière synchronisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appareil pas encore inscrit auprès du serveur.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TourDialog</name>
    <message>
        <source>Tournée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nouvelle tournée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> jours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tournée en service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Véhicule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Durée de prêt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Donnez un nom à la tournée.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TourPanel</name>
    <message>
        <source>Tournées</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nouvelle tournée…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modifier…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Une pause (été, vacances scolaires) pour tous les arrêts de la tournée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} (hors service)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{vehicle} · %Ln arrêt(s) · prêt {days} jours</source>
        <translation>
            <numerusform>{vehicle} · %Ln arrêt · prêt {days} jours</numerusform>
            <numerusform>{vehicle} · %Ln arrêts · prêt {days} jours</numerusform>
        </translation>
    </message>
    <message>
        <source>véhicule non précisé</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ToursWorkspace</name>
    <message>
        <source>Tournées du bibliobus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrêts, règles de passage, calendrier et horaires publics.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tournées</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&apos;opération a échoué : {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{created} passage(s) créé(s), {removed} retiré(s), {updated} mis à jour.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passages à annuler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ces passages ne suivent plus les règles mais ont des prêts ou des demandes : annulez-les pour reporter prêts et demandes : {dates}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VisitDateDialog</name>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Début</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&apos;heure de fin doit suivre l&apos;heure de début.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VolunteerModePage</name>
    <message>
        <source>Aucun bénévole actif : ajoutez-en dans l&apos;onglet Bénévoles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bénévole</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adresse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Téléphone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accès</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sac</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Afficher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le code d&apos;accès ne s&apos;affiche que sur demande, le jour de la visite.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue de la visite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents du sac : qu&apos;en a pensé la personne ?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A aimé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&apos;a pas aimé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents rendus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note libre sur la visite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enregistrer la note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inquiétude pour la personne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signaler aux coordinateurs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pas de tournée ce jour-là.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>masqué : « Afficher » pour le lire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>masqué : lisible le jour de la visite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pas de sac</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — déjà lu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visite à venir : son issue se note le jour même.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pas de sac préparé pour cette visite.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choisissez d&apos;abord un document du sac.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avis noté.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choisissez d&apos;abord la visite.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note enregistrée.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inquiétude signalée : les coordinateurs la verront en priorité.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sac {code} : {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&apos;a pas répondu trois fois, volets fermés…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le sac {code} n&apos;est pas dans votre tournée de ce jour.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanner le QR du sac ou un document rendu</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VolunteersPage</name>
    <message>
        <source>Nouveau bénévole</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mar 09:00-12:30; jeu 14:00-17:30</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vide = toutes les communes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agent de la médiathèque</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>actif (décocher quand la personne arrête : son historique reste)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prénom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Téléphone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Courriel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disponibilités</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Communes couvertes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visites par tournée (max.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adresse de départ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latitude, longitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enregistrer le bénévole</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bénévole enregistré.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Workspaces</name>
    <message>
        <source>Aujourd&apos;hui</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Les passages, retraits drive et tournées de portage du jour, en un coup d&apos;œil.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrêt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le poste de prêt du bibliobus : ouvrir le passage, scanner cartes et documents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Les demandes des lecteurs, la préparation des sacs et leurs étiquettes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Les bénéficiaires du portage à domicile, leurs profils et les visites.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tournées</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Les tournées du bibliobus, les arrêts, les horaires et les tournées de portage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rechercher un document et voir ses exemplaires.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lecteurs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rechercher un lecteur et voir ses prêts en cours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synchronisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Échanger les données avec le serveur de la médiathèque dès qu&apos;une connexion est là.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statistiques</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prêts, passages et visiteurs, par arrêt et par mois, pour le rapport annuel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Réglages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La langue, la base de données et cet appareil.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
