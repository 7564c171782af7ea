<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="fr">
<context>
    <name></name>
    <message>
        <source>Pas d&apos;information de santé</source>
        <translation>No health information</translation>
    </message>
    <message>
        <source>N&apos;écrivez ici aucune information de santé (maladie, traitement, hôpital…) : Bibliomobile ne doit pas en garder.</source>
        <translation>Write no health information here (illness, treatment, hospital…): Bibliomobile must not keep any.</translation>
    </message>
    <message>
        <source>Information de santé ?</source>
        <translation>Health information?</translation>
    </message>
    <message>
        <source>Ce texte semble contenir une information de santé : {words}.

Bibliomobile ne doit garder aucune donnée de santé sur les personnes. Reformulez sans elle (par exemple « indisponible », « à rappeler »).

Enregistrer quand même ?</source>
        <translation>This text seems to hold health information: {words}.

Bibliomobile must keep no health data about people. Rephrase without it (for example &quot;unavailable&quot;, &quot;to call back&quot;).

Save anyway?</translation>
    </message>
</context>
<context>
    <name>ActivityTab</name>
    <message>
        <source>Afficher :</source>
        <translation>Show:</translation>
    </message>
    <message>
        <source>Graphique : {title}</source>
        <translation>Chart: {title}</translation>
    </message>
</context>
<context>
    <name>AlertsPage</name>
    <message>
        <source>Inquiétudes signalées par les bénévoles : appelez la personne ou son contact.</source>
        <translation>Concerns raised by volunteers: call the person or their contact.</translation>
    </message>
    <message>
        <source>Je prends en charge l&apos;alerte choisie</source>
        <translation>I am taking care of the selected alert</translation>
    </message>
    <message>
        <source>coordination</source>
        <translation>coordinator</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>La base de données {path} a été créée par une version plus récente de Bibliomobile. Installez la dernière version pour l&apos;ouvrir ; la base n&apos;a pas été modifiée.</source>
        <translation>The database {path} was created by a newer version of Bibliomobile. Install the latest version to open it; the database has not been changed.</translation>
    </message>
    <message>
        <source>Bibliomobile ne peut pas démarrer</source>
        <translation>Bibliomobile cannot start</translation>
    </message>
    <message>
        <source>Impossible d&apos;ouvrir la base de données {path}.

Cause : {error}

Vérifiez que le fichier existe, qu&apos;il n&apos;est pas ouvert ailleurs et que la phrase de passe est la bonne.</source>
        <translation>Cannot open the database {path}.

Cause: {error}

Check that the file exists, that it is not open elsewhere and that the passphrase is right.</translation>
    </message>
    <message>
        <source>Données NON chiffrées sur cet ordinateur : fermez l&apos;appli et lancez « bibliomobile encrypt --db {path} ».</source>
        <translation>Data NOT encrypted on this computer: close the app and run &quot;bibliomobile encrypt --db {path}&quot;.</translation>
    </message>
    <message>
        <source>ce fichier n&apos;est pas une base Bibliomobile, ou la phrase de passe est fausse</source>
        <translation>this file is not a Bibliomobile database, or the passphrase is wrong</translation>
    </message>
    <message>
        <source>la base est utilisée par un autre programme</source>
        <translation>the database is in use by another program</translation>
    </message>
    <message>
        <source>le fichier ne peut pas être ouvert (dossier absent ou droits insuffisants)</source>
        <translation>the file cannot be opened (missing folder or insufficient permissions)</translation>
    </message>
    <message>
        <source>Cette phrase de passe n&apos;ouvre pas les données. Réessayez.</source>
        <translation>This passphrase does not open the data. Try again.</translation>
    </message>
</context>
<context>
    <name>AuditBox</name>
    <message>
        <source>Journal des accès aux données personnelles (12 mois)</source>
        <translation>Log of access to personal data (12 months)</translation>
    </message>
    <message>
        <source>Carte d&apos;un lecteur (vide : tout le journal)</source>
        <translation>A patron&apos;s card (empty: the whole log)</translation>
    </message>
    <message>
        <source>Afficher</source>
        <translation>Show</translation>
    </message>
    <message>
        <source>Chargement…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>{count} entrée(s), les plus récentes d&apos;abord.</source>
        <translation>{count} entry(ies), newest first.</translation>
    </message>
    <message>
        <source>Aucune entrée.</source>
        <translation>No entry.</translation>
    </message>
</context>
<context>
    <name>BagPane</name>
    <message>
        <source>Sac de la visite choisie</source>
        <translation>Bag of the selected visit</translation>
    </message>
    <message>
        <source>Proposer des documents</source>
        <translation>Suggest items</translation>
    </message>
    <message>
        <source>Mettre les documents cochés dans le sac</source>
        <translation>Put the ticked items in the bag</translation>
    </message>
    <message>
        <source>Étiquette du sac (PDF)…</source>
        <translation>Bag label (PDF)…</translation>
    </message>
    <message>
        <source>Sac {code} : {titles}</source>
        <translation>Bag {code}: {titles}</translation>
    </message>
    <message>
        <source> (déjà lu)</source>
        <translation> (already read)</translation>
    </message>
    <message>
        <source>Pas encore de sac.</source>
        <translation>No bag yet.</translation>
    </message>
    <message>
        <source>Choisissez d&apos;abord une visite dans la tournée.</source>
        <translation>First choose a visit in the round.</translation>
    </message>
    <message>
        <source>Aucun document disponible ne correspond à ce profil.</source>
        <translation>No available item matches this profile.</translation>
    </message>
    <message numerus="yes">
        <source>Sac {code} prêt : %Ln document(s).</source>
        <translation>
            <numerusform>Bag {code} ready: %Ln item.</numerusform>
            <numerusform>Bag {code} ready: %Ln items.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cette visite n&apos;a pas encore de sac.</source>
        <translation>This visit has no bag yet.</translation>
    </message>
    <message>
        <source>Étiquette du sac</source>
        <translation>Bag label</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Étiquette enregistrée : {p}</source>
        <translation>Label saved: {p}</translation>
    </message>
</context>
<context>
    <name>BagPreparationPage</name>
    <message>
        <source>Demande :</source>
        <translation>Request:</translation>
    </message>
    <message>
        <source>Proposer une sélection surprise</source>
        <translation>Suggest a surprise selection</translation>
    </message>
    <message>
        <source>Scanner le sac, puis les documents</source>
        <translation>Scan the bag, then the items</translation>
    </message>
    <message>
        <source>Retirer du sac</source>
        <translation>Take out of the bag</translation>
    </message>
    <message>
        <source>Le document choisi retourne en rayon.</source>
        <translation>The chosen document goes back to the shelves.</translation>
    </message>
    <message>
        <source>Sac prêt (prévenir le lecteur)</source>
        <translation>Bag ready (notify the patron)</translation>
    </message>
    <message>
        <source>Choisissez d&apos;abord un document du sac.</source>
        <translation>First choose a document of the bag.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln proposition(s) : scannez celles que vous retenez.</source>
        <translation>
            <numerusform>%Ln suggestion: scan the ones you keep.</numerusform>
            <numerusform>%Ln suggestions: scan the ones you keep.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <source>Rien à montrer</source>
        <translation>Nothing to show</translation>
    </message>
</context>
<context>
    <name>BeneficiariesPage</name>
    <message>
        <source>Scannez ou tapez d&apos;abord la carte du lecteur.</source>
        <translation>First scan or type the patron&apos;s card.</translation>
    </message>
    <message>
        <source>Carte du lecteur à servir à domicile</source>
        <translation>Card of the patron to serve at home</translation>
    </message>
    <message>
        <source>Nouveau bénéficiaire</source>
        <translation>New beneficiary</translation>
    </message>
    <message>
        <source>Choisissez un bénéficiaire.</source>
        <translation>Choose a beneficiary.</translation>
    </message>
    <message>
        <source>Goûts de lecture</source>
        <translation>Reading tastes</translation>
    </message>
    <message>
        <source>Supports</source>
        <translation>Formats</translation>
    </message>
    <message>
        <source>policier, terroir, histoire…</source>
        <translation>crime, regional, history…</translation>
    </message>
    <message>
        <source>Simenon; Pagnol (séparés par « ; »)</source>
        <translation>Simenon; Pagnol (separated by &quot;; &quot;)</translation>
    </message>
    <message>
        <source>Ce qu&apos;elle aime lire, en quelques mots</source>
        <translation>What they like to read, in a few words</translation>
    </message>
    <message>
        <source>Genres aimés</source>
        <translation>Genres liked</translation>
    </message>
    <message>
        <source>Genres à éviter</source>
        <translation>Genres to avoid</translation>
    </message>
    <message>
        <source>Auteurs préférés</source>
        <translation>Favourite authors</translation>
    </message>
    <message>
        <source>Notes sur les goûts</source>
        <translation>Notes on tastes</translation>
    </message>
    <message>
        <source>Appris des visites</source>
        <translation>Learnt from visits</translation>
    </message>
    <message>
        <source>Visites et accès</source>
        <translation>Visits and access</translation>
    </message>
    <message>
        <source>lun 09:00-12:00; jeu 14:00-16:30</source>
        <translation>lun 09:00-12:00; jeu 14:00-16:30 (French day names)</translation>
    </message>
    <message>
        <source>« sonner deux fois », code à voir dans l&apos;appli — pas d&apos;information de santé</source>
        <translation>&quot;ring twice&quot;, code shown in the app — no health information</translation>
    </message>
    <message>
        <source>Pause des visites</source>
        <translation>Pause of visits</translation>
    </message>
    <message>
        <source>Fréquence</source>
        <translation>Frequency</translation>
    </message>
    <message>
        <source>Disponibilités</source>
        <translation>Availability</translation>
    </message>
    <message>
        <source>Accès</source>
        <translation>Access</translation>
    </message>
    <message>
        <source>Personne à contacter</source>
        <translation>Contact person</translation>
    </message>
    <message>
        <source>Son téléphone</source>
        <translation>Their phone</translation>
    </message>
    <message>
        <source>Orienté par</source>
        <translation>Referred by</translation>
    </message>
    <message>
        <source>Latitude, longitude</source>
        <translation>Latitude, longitude</translation>
    </message>
    <message>
        <source>Enregistrer le profil</source>
        <translation>Save the profile</translation>
    </message>
    <message>
        <source>jusqu&apos;à nouvel ordre</source>
        <translation>until further notice</translation>
    </message>
    <message>
        <source>Mettre en pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Reprendre les visites</source>
        <translation>Resume visits</translation>
    </message>
    <message>
        <source>Arrêter le portage (l&apos;historique reste)</source>
        <translation>Stop home delivery (the history stays)</translation>
    </message>
    <message>
        <source>État</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Du</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Au</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Raison</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>N&apos;a pas aimé : {titles}</source>
        <translation>Did not like: {titles}</translation>
    </message>
    <message>
        <source>Genres peu appréciés : {genres}</source>
        <translation>Genres not much liked: {genres}</translation>
    </message>
    <message>
        <source>Rien encore.</source>
        <translation>Nothing yet.</translation>
    </message>
    <message>
        <source>nouvel ordre</source>
        <translation>further notice</translation>
    </message>
    <message>
        <source>En pause du {start} au {end} : {reason}</source>
        <translation>Paused from {start} to {end}: {reason}</translation>
    </message>
    <message>
        <source>Profil enregistré.</source>
        <translation>Profile saved.</translation>
    </message>
    <message>
        <source>Portage arrêté. Choisissez un bénéficiaire.</source>
        <translation>Home delivery stopped. Choose a beneficiary.</translation>
    </message>
</context>
<context>
    <name>BreakDialog</name>
    <message>
        <source>Pause pour toute la tournée</source>
        <translation>Break for the whole tour</translation>
    </message>
    <message>
        <source>Tournée</source>
        <translation>Tour</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Break</translation>
    </message>
    <message>
        <source>Du</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Au</source>
        <translation>To</translation>
    </message>
</context>
<context>
    <name>CalendarPanel</name>
    <message>
        <source>Calendrier des passages</source>
        <translation>Calendar of visits</translation>
    </message>
    <message>
        <source>Générer les passages</source>
        <translation>Generate visits</translation>
    </message>
    <message>
        <source>Crée les passages que donnent les règles sur la période (sans doublon).</source>
        <translation>Creates the visits the rules give over the period (never twice).</translation>
    </message>
    <message>
        <source>Annuler le passage…</source>
        <translation>Cancel the visit…</translation>
    </message>
    <message>
        <source>Déplacer…</source>
        <translation>Move…</translation>
    </message>
    <message>
        <source>Ajouter un passage…</source>
        <translation>Add a visit…</translation>
    </message>
    <message>
        <source>Déplacer le passage</source>
        <translation>Move the visit</translation>
    </message>
    <message>
        <source>Passage supplémentaire à {stop}</source>
        <translation>Extra visit at {stop}</translation>
    </message>
    <message>
        <source>Passage ajouté le {date}.</source>
        <translation>Visit added on {date}.</translation>
    </message>
</context>
<context>
    <name>CancelVisitDialog</name>
    <message>
        <source>Annuler un passage</source>
        <translation>Cancel a visit</translation>
    </message>
    <message>
        <source>Passage</source>
        <translation>Visit</translation>
    </message>
    <message>
        <source>ex. : panne du véhicule, salle fermée</source>
        <translation>e.g. van broken down, hall closed</translation>
    </message>
    <message>
        <source>Raison</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Les prêts à rendre ce jour-là passeront au passage suivant de l&apos;arrêt, et les demandes drive y seront reportées s&apos;il reste de la place.</source>
        <translation>Loans due that day will be due at the stop&apos;s next visit, and drive requests will move there if there is room.</translation>
    </message>
    <message>
        <source>Indiquez la raison de l&apos;annulation (elle sera dite aux lecteurs).</source>
        <translation>Give the reason for the cancellation (patrons will be told).</translation>
    </message>
</context>
<context>
    <name>CatalogueWorkspace</name>
    <message>
        <source>Catalogue</source>
        <translation>Catalogue</translation>
    </message>
    <message>
        <source>Titre, auteur, sujet, ISBN, cote ou code-barres : sans se soucier des accents.</source>
        <translation>Title, author, subject, ISBN, call number or barcode: accents do not matter.</translation>
    </message>
    <message>
        <source>Rechercher un document… (ex. : etranger camus)</source>
        <translation>Search for a document… (e.g. etranger camus)</translation>
    </message>
    <message>
        <source>Choisissez un titre pour voir ses exemplaires.</source>
        <translation>Choose a title to see its copies.</translation>
    </message>
    <message>
        <source>{where}, retour prévu le {date}</source>
        <translation>{where}, due {date}</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>Audience</translation>
    </message>
    <message>
        <source>Genre</source>
        <translation>Genre</translation>
    </message>
    <message>
        <source>Sujets</source>
        <translation>Subjects</translation>
    </message>
    <message>
        <source>Aucun exemplaire.</source>
        <translation>No copy.</translation>
    </message>
    <message>
        <source>ISBN</source>
        <translation>ISBN</translation>
    </message>
    <message>
        <source>Éditeur</source>
        <translation>Publisher</translation>
    </message>
    <message>
        <source>Exemplaires</source>
        <translation>Copies</translation>
    </message>
    <message>
        <source>Résumé</source>
        <translation>Summary</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>version du programme et du schéma</source>
        <translation>version of the program and of the schema</translation>
    </message>
    <message>
        <source>fichier de la base (par défaut : {value})</source>
        <translation>database file (default: {value})</translation>
    </message>
    <message>
        <source>La base {path} sera chiffrée. Choisissez sa phrase de passe.</source>
        <translation>The database {path} will be encrypted. Choose its passphrase.</translation>
    </message>
    <message>
        <source>Solidité : {label}. {advice}</source>
        <translation>Strength: {label}. {advice}</translation>
    </message>
    <message>
        <source>Les deux saisies diffèrent.</source>
        <translation>The two entries differ.</translation>
    </message>
    <message>
        <source>Gardée dans le trousseau du système.</source>
        <translation>Kept in the system keyring.</translation>
    </message>
    <message>
        <source>Aucune phrase de passe choisie : la base n&apos;a pas été créée.</source>
        <translation>No passphrase chosen: the database was not created.</translation>
    </message>
    <message>
        <source>Une nouvelle base est chiffrée : donnez sa phrase de passe dans ${key_env} ou lancez la commande dans un terminal ({plain_env}=1 ou --plain pour une base de démonstration non chiffrée). Rien n&apos;a été créé.</source>
        <translation>A new database is encrypted: give its passphrase in ${key_env} or run the command in a terminal ({plain_env}=1 or --plain for an unencrypted demonstration database). Nothing was created.</translation>
    </message>
    <message>
        <source>La base {path} est chiffrée : lancez la commande dans un terminal pour taper sa phrase de passe, ou donnez-la dans ${key_env}.</source>
        <translation>The database {path} is encrypted: run the command in a terminal to type its passphrase, or give it in ${key_env}.</translation>
    </message>
    <message>
        <source>Base introuvable : {path}. Créez-la avec « bibliomobile demo --db {path} ».</source>
        <translation>Database not found: {path}. Create it with &quot;bibliomobile demo --db {path}&quot;.</translation>
    </message>
    <message>
        <source>créer un réseau de démonstration (Puy-de-Dôme : 3 tournées, lecteurs, catalogue, prêts)</source>
        <translation>create a demonstration network (Puy-de-Dôme: 3 tours, patrons, catalogue, loans)</translation>
    </message>
    <message>
        <source>exemplaires (défaut : {default_items})</source>
        <translation>items (default: {default_items})</translation>
    </message>
    <message>
        <source>lecteurs (défaut : {default_patrons})</source>
        <translation>patrons (default: {default_patrons})</translation>
    </message>
    <message>
        <source>graine : même graine, même base (défaut : 1)</source>
        <translation>seed: same seed, same database (default: 1)</translation>
    </message>
    <message>
        <source>date de référence AAAA-MM-JJ (défaut : aujourd&apos;hui)</source>
        <translation>reference date YYYY-MM-DD (default: today)</translation>
    </message>
    <message>
        <source>remplacer une base qui contient déjà des données</source>
        <translation>replace a database that already holds data</translation>
    </message>
    <message>
        <source>créer une base NON chiffrée (démonstration seulement : ses lecteurs sont fictifs)</source>
        <translation>create an UNENCRYPTED database (demonstration only: its patrons are fictitious)</translation>
    </message>
    <message>
        <source>{path} n&apos;est pas une base Bibliomobile lisible : rien n&apos;a été modifié.</source>
        <translation>{path} is not a readable Bibliomobile database: nothing was changed.</translation>
    </message>
    <message>
        <source>La base {path} contient déjà des données : rien n&apos;a été modifié. Ajoutez --force pour la remplacer par la démonstration.</source>
        <translation>The database {path} already holds data: nothing was changed. Add --force to replace it with the demonstration.</translation>
    </message>
    <message>
        <source>Impossible de remplacer {path} (ouverte par un autre programme ?) : {error}</source>
        <translation>Cannot replace {path} (open in another program?): {error}</translation>
    </message>
    <message>
        <source>Création de la démonstration « {network_name} » dans {path}…</source>
        <translation>Creating the demonstration &quot;{network_name}&quot; in {path}…</translation>
    </message>
    <message>
        <source>  [{value} s] {message}</source>
        <translation>  [{value} s] {message}</translation>
    </message>
    <message>
        <source>Créé (graine {seed}, date de référence {today}) :</source>
        <translation>Created (seed {seed}, reference date {today}):</translation>
    </message>
    <message>
        <source>Terminé en {value} s.</source>
        <translation>Done in {value} s.</translation>
    </message>
    <message>
        <source>chiffrer une base non chiffrée (l&apos;original est gardé à côté, à supprimer ensuite)</source>
        <translation>encrypt an unencrypted database (the original is kept beside it, to be deleted afterwards)</translation>
    </message>
    <message>
        <source>Base introuvable ou vide : {path}. Rien n&apos;a été modifié.</source>
        <translation>Database not found or empty: {path}. Nothing was changed.</translation>
    </message>
    <message>
        <source>La base {path} est déjà chiffrée. Rien n&apos;a été modifié.</source>
        <translation>The database {path} is already encrypted. Nothing was changed.</translation>
    </message>
    <message>
        <source>Donnez la phrase de passe dans ${key_env} ou lancez la commande dans un terminal. Rien n&apos;a été modifié.</source>
        <translation>Give the passphrase in ${key_env} or run the command in a terminal. Nothing was changed.</translation>
    </message>
    <message>
        <source>Impossible de chiffrer {path} (ouverte par un autre programme ? disque plein ?) : {error}. Rien n&apos;a été modifié.</source>
        <translation>Cannot encrypt {path} (open in another program? disk full?): {error}. Nothing was changed.</translation>
    </message>
    <message>
        <source>Base chiffrée : {path} ({tables} tables).</source>
        <translation>Database encrypted: {path} ({tables} tables).</translation>
    </message>
    <message>
        <source>L&apos;original NON chiffré est gardé ici : {backup}
Il contient des données personnelles en clair : supprimez-le dès que Bibliomobile s&apos;ouvre sur la base chiffrée.</source>
        <translation>The UNENCRYPTED original is kept here: {backup}
It holds personal data in clear: delete it as soon as Bibliomobile opens the encrypted database.</translation>
    </message>
    <message>
        <source>Impossible de lire {path} : {reason}.</source>
        <translation>Cannot read {path}: {reason}.</translation>
    </message>
    <message>
        <source>{path} est un dossier, pas une base Bibliomobile.</source>
        <translation>{path} is a folder, not a Bibliomobile database.</translation>
    </message>
    <message>
        <source>La base {path} n&apos;est pas chiffrée : ouvrez-la sans clé (retirez BIBLIOMOBILE_DB_KEY).</source>
        <translation>The database {path} is not encrypted: open it without a key (remove BIBLIOMOBILE_DB_KEY).</translation>
    </message>
    <message>
        <source>La base {path} est endommagée ou n&apos;est pas une base Bibliomobile.</source>
        <translation>The database {path} is damaged or is not a Bibliomobile database.</translation>
    </message>
    <message>
        <source>Impossible d&apos;ouvrir la base {path} : la clé de chiffrement est fausse, ou le fichier n&apos;est pas une base Bibliomobile.</source>
        <translation>Cannot open the database {path}: the encryption key is wrong, or the file is not a Bibliomobile database.</translation>
    </message>
    <message>
        <source>Impossible d&apos;ouvrir la base {path} : elle est chiffrée (donnez sa clé dans BIBLIOMOBILE_DB_KEY) ou ce n&apos;est pas une base SQLite.</source>
        <translation>Cannot open the database {path}: it is encrypted (give its key in BIBLIOMOBILE_DB_KEY) or it is not an SQLite database.</translation>
    </message>
    <message>
        <source>La base{where} est en lecture seule : on peut la consulter (info, search) mais pas la modifier.</source>
        <translation>The database{where} is read-only: it can be consulted (info, search) but not changed.</translation>
    </message>
    <message>
        <source>Disque plein ou illisible : libérez de la place puis recommencez.</source>
        <translation>Disk full or unreadable: free some space, then try again.</translation>
    </message>
    <message>
        <source>La base{where} est occupée par un autre programme : réessayez dans un moment.</source>
        <translation>The database{where} is in use by another program: try again in a moment.</translation>
    </message>
    <message>
        <source>La base{where} est illisible : chiffrée sans sa clé, clé fausse, ou ce n&apos;est pas une base Bibliomobile.</source>
        <translation>The database{where} is unreadable: encrypted without its key, wrong key, or not a Bibliomobile database.</translation>
    </message>
    <message>
        <source>Erreur de la base{where} : {error}.</source>
        <translation>Database error{where}: {error}.</translation>
    </message>
    <message>
        <source>Accès refusé : {path}.</source>
        <translation>Access denied: {path}.</translation>
    </message>
    <message>
        <source>Fichier introuvable : {path}.</source>
        <translation>File not found: {path}.</translation>
    </message>
    <message>
        <source>erreur inattendue ({kind} : {error}). Relancez avec -v pour le détail.</source>
        <translation>unexpected error ({kind}: {error}). Run again with -v for the details.</translation>
    </message>
    <message>
        <source>interrompu.</source>
        <translation>interrupted.</translation>
    </message>
    <message>
        <source>la circulation hors ligne au format Koha (.koc)</source>
        <translation>offline circulation in Koha format (.koc)</translation>
    </message>
    <message>
        <source>Écrit prêts, retours et prolongations au format Koha « offline circulation » (.koc), dans l&apos;ordre où ils ont eu lieu ; les actions annulées sont omises. Par défaut : ce qui n&apos;a pas encore été exporté depuis cet appareil.</source>
        <translation>Writes loans, returns and renewals in Koha &quot;offline circulation&quot; format (.koc), in the order they happened; undone actions are left out. By default: what this device has not exported yet.</translation>
    </message>
    <message>
        <source>fichier .koc à écrire</source>
        <translation>.koc file to write</translation>
    </message>
    <message>
        <source>depuis cette date (AAAA-MM-JJ)</source>
        <translation>since this date (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>ce jour-là (AAAA-MM-JJ)</source>
        <translation>on that day (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>Impossible d&apos;écrire {out} : {value}</source>
        <translation>Cannot write {out}: {value}</translation>
    </message>
    <message>
        <source>Depuis le dernier export de cet appareil.</source>
        <translation>Since this device&apos;s last export.</translation>
    </message>
    <message>
        <source>{explicit_returns} retour(s) ajouté(s) : document prêté à un autre lecteur sans retour entre les deux (deux appareils avant synchronisation).</source>
        <translation>{explicit_returns} return(s) added: item lent to another patron without a return in between (two devices before synchronisation).</translation>
    </message>
    <message>
        <source>Attention : {skipped_no_card} prêt(s) sans carte de lecteur omis.</source>
        <translation>Warning: {skipped_no_card} loan(s) without a patron card left out.</translation>
    </message>
    <message>
        <source>exporter vers d&apos;autres logiciels (Koha .koc, …)</source>
        <extracomment>One function per export format; each adds its sub-command to the ``export`` group.</extracomment>
        <translation>export to other software (Koha .koc, …)</translation>
    </message>
    <message>
        <source>ouvrir l&apos;application</source>
        <translation>open the application</translation>
    </message>
    <message>
        <source>langue de l&apos;interface</source>
        <translation>language of the interface</translation>
    </message>
    <message>
        <source>AAAA-MM-JJ</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>portage à domicile : visites dues, tournées, feuilles de route, statistiques</source>
        <translation>home delivery: visits due, rounds, round sheets, statistics</translation>
    </message>
    <message>
        <source>les bénéficiaires à visiter sur une période</source>
        <translation>the beneficiaries to visit over a period</translation>
    </message>
    <message>
        <source>calculer les tournées d&apos;une période</source>
        <translation>compute the rounds of a period</translation>
    </message>
    <message>
        <source>secondes de calcul (5)</source>
        <translation>seconds of computation (5)</translation>
    </message>
    <message>
        <source>vitesse moyenne, km/h (25)</source>
        <translation>average speed, km/h (25)</translation>
    </message>
    <message>
        <source>minutes par visite (20)</source>
        <translation>minutes per visit (20)</translation>
    </message>
    <message>
        <source>enregistrer les tournées</source>
        <translation>save the rounds</translation>
    </message>
    <message>
        <source>la feuille de route PDF d&apos;une tournée</source>
        <translation>the PDF round sheet of a round</translation>
    </message>
    <message>
        <source>identifiant de tournée</source>
        <translation>round identifier</translation>
    </message>
    <message>
        <source>fichier PDF à écrire</source>
        <translation>PDF file to write</translation>
    </message>
    <message>
        <source>statistiques mensuelles du portage</source>
        <translation>monthly statistics of home delivery</translation>
    </message>
    <message>
        <source>écrire un CSV pour Excel (UTF-8 BOM, « ; »)</source>
        <translation>write a CSV for Excel (UTF-8 BOM, &quot;;&quot;)</translation>
    </message>
    <message>
        <source>les inquiétudes signalées, non traitées</source>
        <translation>the worries reported, not yet handled</translation>
    </message>
    <message>
        <source>La fin de la période doit suivre son début.</source>
        <translation>The end of the period must come after its start.</translation>
    </message>
    <message>
        <source>{next_due}{late}  {name} — {commune}</source>
        <translation>{next_due}{late}  {name} — {commune}</translation>
    </message>
    <message>
        <source>{count} visite(s) due(s).</source>
        <translation>{count} visit(s) due.</translation>
    </message>
    <message>
        <source>{date} {start_time}–{end_time}  {volunteer_name}  ({count} visite(s), {distance_km} km)</source>
        <translation>{date} {start_time}–{end_time}  {volunteer_name}  ({count} visit(s), {distance_km} km)</translation>
    </message>
    <message>
        <source>    {planned_time}  {name} — {commune}</source>
        <translation>    {planned_time}  {name} — {commune}</translation>
    </message>
    <message>
        <source>Attention : {warning}</source>
        <translation>Warning: {warning}</translation>
    </message>
    <message>
        <source>À revoir : {name} — {commune} : {reason}</source>
        <translation>To review: {name} — {commune}: {reason}</translation>
    </message>
    <message>
        <source>Feuille de route écrite : {out}</source>
        <translation>Round sheet written: {out}</translation>
    </message>
    <message>
        <source>Elle contient des données personnelles (noms, adresses, téléphones) : à rendre ou détruire après la tournée.</source>
        <translation>It holds personal data (names, addresses, phone numbers): to be handed back or destroyed after the round.</translation>
    </message>
    <message>
        <source>Mois      visites  livraisons  bénéficiaires  documents  heures  alertes</source>
        <translation>Month     visits  deliveries  beneficiaries  items      hours   alerts</translation>
    </message>
    <message>
        <source>{month} {visits}  {deliveries}  {beneficiaries_served}  {items_delivered}  {volunteer_hours}  {welfare_concerns}</source>
        <translation>{month} {visits}  {deliveries}  {beneficiaries_served}  {items_delivered}  {volunteer_hours}  {welfare_concerns}</translation>
    </message>
    <message>
        <source>CSV écrit (UTF-8 avec BOM, séparateur « ; ») : {csv}</source>
        <translation>CSV written (UTF-8 with BOM, separator &quot;;&quot;): {csv}</translation>
    </message>
    <message>
        <source>{date}  {name} ({commune}) tél. {value} — signalé par {volunteer_name} : {note}</source>
        <translation>{date}  {name} ({commune}) phone {value} — reported by {volunteer_name}: {note}</translation>
    </message>
    <message>
        <source>{count} alerte(s) bien-être à traiter.</source>
        <translation>{count} welfare alert(s) to handle.</translation>
    </message>
    <message>
        <source>importer un catalogue MARC ou un fichier de lecteurs</source>
        <translation>import a MARC catalogue or a patron file</translation>
    </message>
    <message>
        <source>notices et exemplaires UNIMARC / MARC21 (ISO 2709, MARCXML)</source>
        <translation>UNIMARC / MARC21 records and items (ISO 2709, MARCXML)</translation>
    </message>
    <message>
        <source>FICHIER</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>lecteurs depuis un fichier CSV</source>
        <translation>patrons from a CSV file</translation>
    </message>
    <message>
        <source>FICHIER.csv</source>
        <translation>FILE.csv</translation>
    </message>
    <message>
        <source>format des notices (par défaut : reconnu d&apos;après leur structure)</source>
        <translation>format of the records (default: recognised from their structure)</translation>
    </message>
    <message>
        <source>fichier de correspondance TOML (voir resources/mappings/)</source>
        <translation>TOML mapping file (see resources/mappings/)</translation>
    </message>
    <message>
        <source>code de sortie 1 si une notice est rejetée</source>
        <translation>exit code 1 if a record is rejected</translation>
    </message>
    <message>
        <source>fichier TOML [columns] colonne = &quot;En-tête&quot;</source>
        <translation>TOML file [columns] column = &quot;Header&quot;</translation>
    </message>
    <message>
        <source>montrer ce qui serait importé sans rien écrire</source>
        <translation>show what would be imported without writing anything</translation>
    </message>
    <message>
        <source>code de sortie 1 si une ligne est rejetée</source>
        <translation>exit code 1 if a line is rejected</translation>
    </message>
    <message>
        <source>appliquer aussi les changements de nom, prénom ou année de naissance d&apos;une carte</source>
        <translation>also apply changes of last name, first name or year of birth of a card</translation>
    </message>
    <message>
        <source>{count} notice(s) rejetée(s), rien n&apos;en a été écrit :</source>
        <translation>{count} record(s) rejected, nothing of them was written:</translation>
    </message>
    <message>
        <source>  - {value}</source>
        <translation>  - {value}</translation>
    </message>
    <message>
        <source>{count} avertissement(s) :</source>
        <translation>{count} warning(s):</translation>
    </message>
    <message>
        <source>  - notice n° {position} : {message}</source>
        <translation>  - record no. {position}: {message}</translation>
    </message>
    <message>
        <source>  … et {value} autres</source>
        <translation>  … and {value} more</translation>
    </message>
    <message>
        <source>{file} est un dossier : donnez le fichier MARC lui-même</source>
        <translation>{file} is a folder: give the MARC file itself</translation>
    </message>
    <message>
        <source>fichier introuvable : {file}</source>
        <translation>file not found: {file}</translation>
    </message>
    <message>
        <source>  {value}</source>
        <translation>  {value}</translation>
    </message>
    <message>
        <source>Fichier {encoding}, séparateur « {delimiter} », {row_count} lignes.</source>
        <translation>File {encoding}, separator &quot;{delimiter}&quot;, {row_count} lines.</translation>
    </message>
    <message>
        <source>  {header} → {target}</source>
        <translation>  {header} → {target}</translation>
    </message>
    <message>
        <source>  Colonnes ignorées (jamais enregistrées) : {names}</source>
        <translation>  Columns ignored (never saved): {names}</translation>
    </message>
    <message>
        <source>version du programme, du schéma et identité de l&apos;appareil</source>
        <translation>version of the program and schema, and identity of the device</translation>
    </message>
    <message>
        <source>Bibliomobile {version} (schéma {schema})</source>
        <translation>Bibliomobile {version} (schema {schema})</translation>
    </message>
    <message>
        <source>Base : {path} (schéma {schema})</source>
        <translation>Database: {path} (schema {schema})</translation>
    </message>
    <message>
        <source>Appareil : {device}</source>
        <translation>Device: {device}</translation>
    </message>
    <message>
        <source>Base : {path} (pas encore créée)</source>
        <translation>Database: {path} (not created yet)</translation>
    </message>
    <message>
        <source>imprimer les étiquettes QR des sacs (planches A4, rouleau 62 mm, ZPL)</source>
        <translation>print the QR labels of the bags (A4 sheets, 62 mm roll, ZPL)</translation>
    </message>
    <message>
        <source>tous les sacs drive de ce passage</source>
        <translation>every drive bag of this visit</translation>
    </message>
    <message>
        <source>ces sacs (codes B…)</source>
        <translation>these bags (codes B…)</translation>
    </message>
    <message>
        <source>format : {names}</source>
        <translation>format: {names}</translation>
    </message>
    <message>
        <source>fichier PDF ou ZPL à écrire</source>
        <translation>PDF or ZPL file to write</translation>
    </message>
    <message>
        <source>première position libre sur la planche (défaut 1)</source>
        <translation>first free position on the sheet (default 1)</translation>
    </message>
    <message>
        <source>sacs en tissu : correction d&apos;erreur QR H</source>
        <translation>cloth bags: QR error correction H</translation>
    </message>
    <message>
        <source>Format d&apos;étiquettes inconnu : {format}. Formats possibles : {names}.</source>
        <translation>Unknown label format: {format}. Possible formats: {names}.</translation>
    </message>
    <message>
        <source>Aucun sac à étiqueter pour ce passage.</source>
        <translation>No bag to label for this visit.</translation>
    </message>
    <message>
        <source>{count} étiquette(s) écrites dans {out} ({count2} {unit}).</source>
        <translation>{count} label(s) written to {out} ({count2} {unit}).</translation>
    </message>
    <message>
        <source>inscrire un lecteur, renouveler une carte</source>
        <translation>register a patron, renew a card</translation>
    </message>
    <message>
        <source>inscrire un nouveau lecteur</source>
        <translation>register a new patron</translation>
    </message>
    <message>
        <source>prénom</source>
        <translation>first name</translation>
    </message>
    <message>
        <source>nom</source>
        <translation>last name</translation>
    </message>
    <message>
        <source>année de naissance (contrôle des doublons)</source>
        <translation>year of birth (duplicate check)</translation>
    </message>
    <message>
        <source>commune</source>
        <translation>town</translation>
    </message>
    <message>
        <source>courriel</source>
        <translation>email</translation>
    </message>
    <message>
        <source>téléphone</source>
        <translation>phone</translation>
    </message>
    <message>
        <source>numéro d&apos;une carte déjà imprimée (sinon il est créé)</source>
        <translation>number of a card already printed (otherwise one is made)</translation>
    </message>
    <message>
        <source>inscrire même si un lecteur de même nom et année, ou de même courriel, existe</source>
        <translation>register even if a patron with the same name and year, or the same email, exists</translation>
    </message>
    <message>
        <source>renouveler la carte d&apos;un lecteur pour un an</source>
        <translation>renew a patron&apos;s card for one year</translation>
    </message>
    <message>
        <source>numéro de carte du lecteur</source>
        <translation>the patron&apos;s card number</translation>
    </message>
    <message>
        <source>{error}. Rien n&apos;est enregistré ; --allow-duplicate pour inscrire quand même.</source>
        <translation>{error}. Nothing is saved; --allow-duplicate to register anyway.</translation>
    </message>
    <message>
        <source>chercher des titres (titre, auteur, sujet, ISBN, code-barres, cote), une ligne par titre</source>
        <translation>search titles (title, author, subject, ISBN, barcode, call number), one line per title</translation>
    </message>
    <message>
        <source>mots cherchés, sans souci des accents</source>
        <translation>words searched, accents ignored</translation>
    </message>
    <message>
        <source>nombre de titres (20)</source>
        <translation>number of titles (20)</translation>
    </message>
    <message>
        <source>lister aussi les exemplaires de chaque titre</source>
        <translation>also list the items of each title</translation>
    </message>
    <message>
        <source>--limit : un nombre de titres supérieur à zéro est attendu.</source>
        <translation>--limit: a number of titles above zero is expected.</translation>
    </message>
    <message>
        <source>Aucun titre ne correspond à « {query} ».</source>
        <translation>No title matches &quot;{query}&quot;.</translation>
    </message>
    <message>
        <source>{title}	{authors}{year}	{value}</source>
        <translation>{title}	{authors}{year}	{value}</translation>
    </message>
    <message>
        <source>  {barcode}	{call_number}	{where}</source>
        <translation>  {barcode}	{call_number}	{where}</translation>
    </message>
    <message>
        <source>jouer N jours d&apos;activité réaliste (formation, démonstration, charge)</source>
        <translation>play N days of realistic activity (training, demonstration, load)</translation>
    </message>
    <message>
        <source>Joue N jours d&apos;activité par les mêmes services que l&apos;application : passages ouverts, cartes scannées, prêts, retours, prolongations, compteurs, passages clôturés. Même graine, même base : mêmes actions.</source>
        <translation>Plays N days of activity through the same services as the application: visits opened, cards scanned, loans, returns, renewals, counters, visits closed. Same seed, same database: same actions.</translation>
    </message>
    <message>
        <source>nombre de jours</source>
        <translation>number of days</translation>
    </message>
    <message>
        <source>graine du hasard (défaut 1)</source>
        <translation>random seed (default 1)</translation>
    </message>
    <message>
        <source>premier jour (défaut : finir aujourd&apos;hui)</source>
        <translation>first day (default: end today)</translation>
    </message>
    <message>
        <source>Aucun passage prévu sur ces jours : générez le calendrier des tournées (ou choisissez d&apos;autres dates avec --start).</source>
        <translation>No visit planned on these days: generate the tours&apos; calendar (or choose other dates with --start).</translation>
    </message>
    <message>
        <source>2026 (année), 2026-03 (mois) ou 2026-01-01:2026-06-30</source>
        <translation>2026 (year), 2026-03 (month) or 2026-01-01:2026-06-30</translation>
    </message>
    <message>
        <source>network (défaut), library:…, tour:… ou stop:…</source>
        <translation>network (default), library:…, tour:… or stop:…</translation>
    </message>
    <message>
        <source>csv, xlsx ou pdf</source>
        <translation>csv, xlsx or pdf</translation>
    </message>
    <message>
        <source>fichier à écrire</source>
        <translation>file to write</translation>
    </message>
    <message>
        <source>statistiques d&apos;une période (bibliobus, drive, portage, enquête annuelle)</source>
        <translation>statistics of a period (bookmobile, drive, home delivery, annual survey)</translation>
    </message>
    <message>
        <source>Écrit les tableaux de la période en CSV (Excel en français), en classeur XLSX (une feuille par tableau et les définitions) ou le rapport annuel en PDF.</source>
        <translation>Writes the tables of the period as CSV (French Excel), as an XLSX workbook (one sheet per table and the definitions) or the annual report as PDF.</translation>
    </message>
    <message>
        <source>Format inconnu : choisissez --format csv, xlsx ou pdf.</source>
        <translation>Unknown format: choose --format csv, xlsx or pdf.</translation>
    </message>
    <message>
        <source>Ce dossier n&apos;existe pas : {parent}</source>
        <translation>This folder does not exist: {parent}</translation>
    </message>
    <message>
        <source>Impossible d&apos;écrire {out} : {strerror}</source>
        <translation>Cannot write {out}: {strerror}</translation>
    </message>
    <message>
        <source>{title} — {label}</source>
        <translation>{title} — {label}</translation>
    </message>
    <message>
        <source>  {question} : {value}</source>
        <translation>  {question}: {value}</translation>
    </message>
    <message>
        <source>Écrit : {out}</source>
        <translation>Written: {out}</translation>
    </message>
    <message>
        <source>inscrire ce poste auprès du serveur central</source>
        <translation>enrol this device with the central server</translation>
    </message>
    <message>
        <source>adresse du serveur (https://…)</source>
        <translation>server address (https://…)</translation>
    </message>
    <message>
        <source>code d&apos;inscription à usage unique</source>
        <translation>one-time enrolment code</translation>
    </message>
    <message>
        <source>synchroniser avec le serveur central (envoi puis réception)</source>
        <translation>synchronise with the central server (send, then receive)</translation>
    </message>
    <message>
        <source>état de la synchronisation</source>
        <translation>state of the synchronisation</translation>
    </message>
    <message>
        <source>exporter le travail non envoyé (JSON, données personnelles en clair), sans rien effacer</source>
        <translation>export the work not yet sent (JSON, personal data in clear), without deleting anything</translation>
    </message>
    <message>
        <source>fichier JSON à écrire (à l&apos;endroit choisi)</source>
        <translation>JSON file to write (at the place chosen)</translation>
    </message>
    <message>
        <source>fichier de la base (comme ci-dessus)</source>
        <translation>database file (as above)</translation>
    </message>
    <message>
        <source>Poste inscrit : « {device_name} » ({role}, périmètre {scope}) sur {server_url}.</source>
        <translation>Device enrolled: &quot;{device_name}&quot; ({role}, scope {scope}) on {server_url}.</translation>
    </message>
    <message>
        <source>Lancez « bibliomobile sync » pour recevoir les données.</source>
        <translation>Run &quot;bibliomobile sync&quot; to receive the data.</translation>
    </message>
    <message>
        <source>{error} ({pending} modification(s) non envoyée(s) conservée(s) : bibliomobile sync export-pending --out FICHIER.json)</source>
        <translation>{error} ({pending} change(s) not sent, kept: bibliomobile sync export-pending --out FILE.json)</translation>
    </message>
    <message>
        <source>{error} ({pending} modification(s) en attente, conservées.)</source>
        <translation>{error} ({pending} change(s) waiting, kept.)</translation>
    </message>
    <message>
        <source>Envoyé : {pushed} appliquée(s), {duplicates} déjà reçue(s), {conflicts} conflit(s), {rejected} refusée(s) par le serveur.</source>
        <translation>Sent: {pushed} applied, {duplicates} already received, {conflicts} conflict(s), {rejected} refused by the server.</translation>
    </message>
    <message>
        <source>Instantané initial : {snapshot_rows} ligne(s) reçue(s).</source>
        <translation>Initial snapshot: {snapshot_rows} row(s) received.</translation>
    </message>
    <message>
        <source>Reçu : {pulled} modification(s), {deleted} suppression(s), {evicted} retirée(s) du périmètre, {fetched} ajoutée(s) au périmètre.</source>
        <translation>Received: {pulled} change(s), {deleted} deletion(s), {evicted} removed from the scope, {fetched} added to the scope.</translation>
    </message>
    <message>
        <source>Poste non inscrit.</source>
        <translation>Device not enrolled.</translation>
    </message>
    <message>
        <source>Serveur : {server_url} — poste « {device_name} » ({role}, {scope})</source>
        <translation>Server: {server_url} — device &quot;{device_name}&quot; ({role}, {scope})</translation>
    </message>
    <message>
        <source>Ce poste a été RÉVOQUÉ : synchronisation arrêtée ; exportez le travail non envoyé.</source>
        <translation>This device has been REVOKED: synchronisation stopped; export the work not yet sent.</translation>
    </message>
    <message>
        <source>Dernière synchronisation : {value}</source>
        <translation>Last synchronisation: {value}</translation>
    </message>
    <message>
        <source>Dernière erreur : {last_error}</source>
        <translation>Last error: {last_error}</translation>
    </message>
    <message>
        <source>En attente : {pending} modification(s) ({refused} refusée(s) par le serveur)</source>
        <translation>Waiting: {pending} change(s) ({refused} refused by the server)</translation>
    </message>
    <message>
        <source>{count} modification(s) non envoyée(s) exportée(s) dans {out} (rien n&apos;a été effacé).</source>
        <translation>{count} change(s) not yet sent exported to {out} (nothing was deleted).</translation>
    </message>
    <message>
        <source>Ce fichier contient des données personnelles EN CLAIR (lecteurs, visites, notes) : gardez-le sur un support sûr, remettez-le au coordinateur et supprimez-le ensuite.</source>
        <translation>This file holds personal data IN CLEAR (patrons, visits, notes): keep it on a safe medium, hand it to the coordinator and delete it afterwards.</translation>
    </message>
    <message>
        <source>Impossible d&apos;écrire {path} : {value}</source>
        <translation>Cannot write {path}: {value}</translation>
    </message>
    <message>
        <source>horaires du bibliobus en PDF (affichage en mairie)</source>
        <translation>bookmobile timetable as PDF (for the town hall notice board)</translation>
    </message>
    <message>
        <source>Écrit les horaires publics d&apos;une tournée (ou d&apos;une commune) en PDF, en gros caractères, avec les passages annulés ou déplacés.</source>
        <translation>Writes the public timetable of a tour (or of a town) as PDF, in large print, with the cancelled or moved visits.</translation>
    </message>
    <message>
        <source>nom de la tournée</source>
        <translation>name of the tour</translation>
    </message>
    <message>
        <source>seulement les arrêts de cette commune</source>
        <translation>only the stops of this town</translation>
    </message>
    <message>
        <source>nombre de mois (6 par défaut)</source>
        <translation>number of months (6 by default)</translation>
    </message>
    <message>
        <source>premier jour (aujourd&apos;hui par défaut)</source>
        <translation>first day (today by default)</translation>
    </message>
    <message>
        <source>ligne de contact de la médiathèque, en pied de page</source>
        <translation>contact line of the library, at the foot of the page</translation>
    </message>
    <message>
        <source>{out} : horaires de « {name} »{where} du {start} au {end}</source>
        <translation>{out}: timetable of &quot;{name}&quot;{where} from {start} to {end}</translation>
    </message>
    <message>
        <source>les passages d&apos;une tournée au format iCalendar (.ics)</source>
        <translation>the visits of a tour in iCalendar format (.ics)</translation>
    </message>
    <message>
        <source>Écrit les passages d&apos;une tournée au format iCalendar (RFC 5545), pour les sites des communes et les agendas ; les passages annulés y restent, marqués.</source>
        <translation>Writes the visits of a tour in iCalendar format (RFC 5545), for the towns&apos; websites and calendars; cancelled visits stay in it, marked.</translation>
    </message>
    <message>
        <source>fichier .ics à écrire</source>
        <translation>.ics file to write</translation>
    </message>
    <message>
        <source>nombre de mois (12 par défaut)</source>
        <translation>number of months (12 by default)</translation>
    </message>
    <message>
        <source>{out} : {events} passage(s) de « {name} » du {start} au {end}</source>
        <translation>{out}: {events} visit(s) of &quot;{name}&quot; from {start} to {end}</translation>
    </message>
    <message>
        <source>personnes de cet ordinateur (nom, rôle, code PIN)</source>
        <translation>people of this computer (name, role, PIN)</translation>
    </message>
    <message>
        <source>ajouter une personne</source>
        <translation>add a person</translation>
    </message>
    <message>
        <source>nom affiché (et noté sur ses changements)</source>
        <translation>name shown (and noted on their changes)</translation>
    </message>
    <message>
        <source>rôle</source>
        <translation>role</translation>
    </message>
    <message>
        <source>code PIN (4 à 8 chiffres ; demandé s&apos;il est absent)</source>
        <translation>PIN (4 to 8 digits; asked for if absent)</translation>
    </message>
    <message>
        <source>lister les personnes</source>
        <translation>list the people</translation>
    </message>
    <message>
        <source>Donnez le code PIN (--pin) ou lancez la commande dans un terminal.</source>
        <translation>Give the PIN (--pin) or run the command in a terminal.</translation>
    </message>
    <message>
        <source>Les deux codes diffèrent : personne n&apos;a été ajoutée.</source>
        <translation>The two PINs differ: nobody was added.</translation>
    </message>
    <message>
        <source>{error} Personne n&apos;a été ajoutée.</source>
        <translation>{error} Nobody was added.</translation>
    </message>
    <message>
        <source>« {name} » ajouté·e ({role}).</source>
        <translation>&quot;{name}&quot; added ({role}).</translation>
    </message>
    <message>
        <source>Personne : l&apos;application s&apos;ouvre sans code PIN.</source>
        <translation>Nobody: the application opens without a PIN.</translation>
    </message>
    <message>
        <source>{name} — {value}{state}</source>
        <translation>{name} — {value}{state}</translation>
    </message>
    <message>
        <source>Bibliomobile : bibliobus, drive et portage à domicile, même hors connexion.</source>
        <translation>Bibliomobile: bookmobile, drive and home delivery, even offline.</translation>
    </message>
    <message>
        <source>journal détaillé</source>
        <translation>detailed log</translation>
    </message>
    <message>
        <source>langue des messages (sinon celle du système, ou le français)</source>
        <translation>language of the messages (otherwise the system&apos;s, or French)</translation>
    </message>
    <message>
        <source>COMMANDE</source>
        <translation>COMMAND</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <source>Titre</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Auteurs</source>
        <translation>Authors</translation>
    </message>
    <message>
        <source>Bibliobus</source>
        <translation>Bookmobile</translation>
    </message>
    <message>
        <source>Réserve</source>
        <translation>Stacks</translation>
    </message>
    <message>
        <source>En prêt</source>
        <translation>On loan</translation>
    </message>
    <message>
        <source>Prochain retour</source>
        <translation>Next due</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Nom</source>
        <translation>Last name</translation>
    </message>
    <message>
        <source>Fréquence</source>
        <translation>Frequency</translation>
    </message>
    <message>
        <source>Dernière visite</source>
        <translation>Last visit</translation>
    </message>
    <message>
        <source>Prénom</source>
        <translation>First name</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Town</translation>
    </message>
    <message>
        <source>Carte</source>
        <translation>Card</translation>
    </message>
    <message>
        <source>Fin d&apos;abonnement</source>
        <translation>Card expires</translation>
    </message>
    <message>
        <source>Lieu</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Adresse</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Horaires</source>
        <translation>Hours</translation>
    </message>
    <message>
        <source>Arrêt</source>
        <translation>Stop</translation>
    </message>
    <message>
        <source>État</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Remarque</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Lecteur</source>
        <translation>Patron</translation>
    </message>
    <message>
        <source>Prévenir par</source>
        <translation>Notify by</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Ce qui change</source>
        <translation>What changes</translation>
    </message>
    <message>
        <source>Visite due le</source>
        <translation>Visit due on</translation>
    </message>
    <message>
        <source>Mois</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Visites</source>
        <translation>Visits</translation>
    </message>
    <message>
        <source>Livraisons</source>
        <translation>Deliveries</translation>
    </message>
    <message>
        <source>Bénéficiaires servis</source>
        <translation>Beneficiaries served</translation>
    </message>
    <message>
        <source>Documents livrés</source>
        <translation>Items delivered</translation>
    </message>
    <message>
        <source>Heures de bénévolat</source>
        <translation>Volunteer hours</translation>
    </message>
    <message>
        <source>Alertes bien-être</source>
        <translation>Welfare alerts</translation>
    </message>
    <message>
        <source>Téléphone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Communes</source>
        <translation>Communes</translation>
    </message>
    <message>
        <source>Visites max.</source>
        <translation>Max. visits</translation>
    </message>
    <message>
        <source>Actif</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Tournées faites</source>
        <translation>Rounds done</translation>
    </message>
    <message>
        <source>Reçu le</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Conflit</source>
        <translation>Conflict</translation>
    </message>
    <message>
        <source>Par</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Détail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>Résolution</source>
        <translation>Resolution</translation>
    </message>
    <message>
        <source>Saisi le</source>
        <extracomment>Ops the server refused, kept in the outbox: when, what, and the server&apos;s reason.</extracomment>
        <translation>Entered on</translation>
    </message>
    <message>
        <source>Donnée</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Opération</source>
        <translation>Operation</translation>
    </message>
    <message>
        <source>Motif du refus</source>
        <translation>Reason for refusal</translation>
    </message>
    <message>
        <source>Quand</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Qui</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Appareil</source>
        <translation>Device</translation>
    </message>
    <message>
        <source>Quoi</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Précision</source>
        <translation>Detail</translation>
    </message>
</context>
<context>
    <name>DbWorker</name>
    <message>
        <source>L&apos;opération a échoué : {error}. Les détails sont dans le journal.</source>
        <translation>The operation failed: {error}. Details are in the log.</translation>
    </message>
</context>
<context>
    <name>DriveWorkspace</name>
    <message>
        <source>Téléphone</source>
        <extracomment>How a pickup request reached the library; labels translated at display time.</extracomment>
        <translation>Phone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Portail</source>
        <translation>Portal</translation>
    </message>
    <message>
        <source>À l&apos;arrêt</source>
        <translation>At the stop</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>Drive</translation>
    </message>
    <message>
        <source>Passage :</source>
        <translation>Visit:</translation>
    </message>
    <message>
        <source>Demandes</source>
        <translation>Requests</translation>
    </message>
    <message>
        <source>Nouvelle demande</source>
        <translation>New request</translation>
    </message>
    <message>
        <source>Préparation des sacs</source>
        <translation>Bag preparation</translation>
    </message>
    <message>
        <source>Étiquettes</source>
        <translation>Labels</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notifications</translation>
    </message>
</context>
<context>
    <name>EnrolmentBox</name>
    <message>
        <source>Serveur de la médiathèque</source>
        <translation>Library server</translation>
    </message>
    <message>
        <source>Lecture de l&apos;état…</source>
        <translation>Reading the status…</translation>
    </message>
    <message>
        <source>Adresse du serveur</source>
        <translation>Server address</translation>
    </message>
    <message>
        <source>Code d&apos;inscription</source>
        <translation>Enrolment code</translation>
    </message>
    <message>
        <source>Inscrire cet appareil</source>
        <translation>Enrol this device</translation>
    </message>
    <message>
        <source>Cet appareil a été révoqué : il ne se synchronise plus. Voir Synchronisation.</source>
        <translation>This device has been revoked: it no longer syncs. See Sync.</translation>
    </message>
    <message>
        <source>Inscrit sur {server} sous le nom « {name} » ({scope}).</source>
        <translation>Enrolled on {server} as &quot;{name}&quot; ({scope}).</translation>
    </message>
    <message>
        <source>Cet appareil n&apos;est inscrit auprès d&apos;aucun serveur : il fonctionne hors connexion. Saisissez l&apos;adresse du serveur et le code donné par le coordinateur.</source>
        <translation>This device is not enrolled on any server: it works offline. Enter the server address and the code given by the coordinator.</translation>
    </message>
    <message>
        <source>L&apos;adresse du serveur et le code sont nécessaires.</source>
        <translation>The server address and the code are required.</translation>
    </message>
    <message>
        <source>Inscription en cours…</source>
        <translation>Enrolling…</translation>
    </message>
    <message>
        <source>Inscrit sous le nom « {name} » ({scope}) : première synchronisation…</source>
        <translation>Enrolled as &quot;{name}&quot; ({scope}): first sync…</translation>
    </message>
</context>
<context>
    <name>ErasureDialog</name>
    <message>
        <source>Demande de la personne</source>
        <extracomment>The reasons, in the order the list shows them (source strings for translation).</extracomment>
        <translation>The person&apos;s request</translation>
    </message>
    <message>
        <source>Décès</source>
        <translation>Death</translation>
    </message>
    <message>
        <source>Doublon de carte</source>
        <translation>Duplicate card</translation>
    </message>
    <message>
        <source>Autre motif</source>
        <translation>Other reason</translation>
    </message>
    <message>
        <source>Effacer une personne</source>
        <translation>Erase a person</translation>
    </message>
    <message>
        <source>{name} (carte {card}) sera effacé(e) partout : sur le serveur, dans son historique, puis sur chaque poste à sa prochaine synchronisation. Les statistiques restent, anonymes. C&apos;est irréversible.</source>
        <translation>{name} (card {card}) will be erased everywhere: on the server, in its history, then on each computer at its next sync. The statistics stay, anonymous. This cannot be undone.</translation>
    </message>
    <message>
        <source>Motif</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Effacer…</source>
        <translation>Erase…</translation>
    </message>
    <message>
        <source>Confirmer l&apos;effacement</source>
        <translation>Confirm the erasure</translation>
    </message>
    <message>
        <source>Effacer définitivement {name} ? Cette action ne peut pas être annulée.</source>
        <translation>Erase {name} for good? This cannot be undone.</translation>
    </message>
    <message>
        <source>Effacement en cours…</source>
        <translation>Erasing…</translation>
    </message>
    <message>
        <source>Effacé(e) sur le serveur (relevé n° {number}). Ce poste l&apos;effacera à sa prochaine synchronisation.</source>
        <translation>Erased on the server (record no. {number}). This computer will erase them at its next sync.</translation>
    </message>
    <message>
        <source>Ce poste n&apos;est pas inscrit auprès d&apos;un serveur : rien n&apos;a été effacé.</source>
        <translation>This computer is not enrolled with a server: nothing was erased.</translation>
    </message>
    <message>
        <source>Hors connexion : l&apos;effacement se fait sur le serveur. Réessayez une fois connecté ; rien n&apos;a été effacé.</source>
        <translation>Offline: erasure is done on the server. Try again once connected; nothing was erased.</translation>
    </message>
</context>
<context>
    <name>HomeDelivery</name>
    <message>
        <source>livré</source>
        <translation>delivered</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>absent</translation>
    </message>
    <message>
        <source>refusé</source>
        <translation>refused</translation>
    </message>
    <message>
        <source>reporté</source>
        <translation>postponed</translation>
    </message>
    <message>
        <source>oui</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>non</source>
        <translation>no</translation>
    </message>
    <message>
        <source>chaque semaine</source>
        <translation>every week</translation>
    </message>
    <message>
        <source>tous les quinze jours</source>
        <translation>every fortnight</translation>
    </message>
    <message>
        <source>chaque mois</source>
        <translation>every month</translation>
    </message>
    <message>
        <source>Absence (vacances, séjour chez un proche)</source>
        <translation>Away (holidays, staying with relatives)</translation>
    </message>
    <message>
        <source>Indisponible</source>
        <translation>Unavailable</translation>
    </message>
    <message>
        <source>Travaux dans le logement</source>
        <translation>Building work at home</translation>
    </message>
    <message>
        <source>actif</source>
        <translation>active</translation>
    </message>
    <message>
        <source>en pause</source>
        <translation>paused</translation>
    </message>
    <message>
        <source>arrêté</source>
        <translation>ended</translation>
    </message>
    <message>
        <source>CCAS</source>
        <translation>CCAS (social services)</translation>
    </message>
    <message>
        <source>Famille</source>
        <translation>Family</translation>
    </message>
    <message>
        <source>Travailleur social</source>
        <translation>Social worker</translation>
    </message>
    <message>
        <source>La personne elle-même</source>
        <translation>The person themselves</translation>
    </message>
    <message>
        <source>Autre</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Mission d&apos;intérêt public</source>
        <translation>Public-interest task</translation>
    </message>
    <message>
        <source>Consentement</source>
        <translation>Consent</translation>
    </message>
    <message>
        <source>Sauvegarde des intérêts vitaux</source>
        <translation>Vital interests</translation>
    </message>
    <message>
        <source>Courrier</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>En personne</source>
        <translation>In person</translation>
    </message>
    <message>
        <source>Téléphone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Courriel</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Par la personne à contacter</source>
        <translation>Through the contact person</translation>
    </message>
</context>
<context>
    <name>HomeDeliveryStatsPanel</name>
    <message>
        <source>Afficher</source>
        <translation>Show</translation>
    </message>
    <message>
        <source>Exporter en CSV…</source>
        <translation>Export as CSV…</translation>
    </message>
    <message>
        <source>Du</source>
        <translation>From</translation>
    </message>
    <message>
        <source>au</source>
        <translation>to</translation>
    </message>
    <message>
        <source>Le fichier CSV s&apos;ouvre directement dans Excel en français : UTF-8 avec BOM, séparateur « ; », virgule décimale.</source>
        <translation>The CSV file opens directly in French Excel: UTF-8 with BOM, &quot;;&quot; separator, decimal comma.</translation>
    </message>
    <message>
        <source>Statistiques du portage</source>
        <translation>Home delivery statistics</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Statistiques enregistrées : {p}</source>
        <translation>Statistics saved: {p}</translation>
    </message>
</context>
<context>
    <name>HomeDeliveryWorkspace</name>
    <message>
        <source>Portage à domicile</source>
        <translation>Home delivery</translation>
    </message>
    <message>
        <source>Voir les alertes</source>
        <translation>See the alerts</translation>
    </message>
    <message>
        <source>Bénéficiaires</source>
        <translation>Beneficiaries</translation>
    </message>
    <message>
        <source>Bénévoles</source>
        <translation>Volunteers</translation>
    </message>
    <message>
        <source>Planification</source>
        <translation>Planning</translation>
    </message>
    <message>
        <source>Mode bénévole</source>
        <translation>Volunteer mode</translation>
    </message>
    <message>
        <source>Alertes</source>
        <translation>Alerts</translation>
    </message>
    <message>
        <source>Statistiques</source>
        <translation>Statistics</translation>
    </message>
    <message>
        <source>Alertes ({n})</source>
        <translation>Alerts ({n})</translation>
    </message>
    <message>
        <source>⚠ {n} inquiétude(s) signalée(s) par les bénévoles — dernière : {name}, {date} : « {note} »</source>
        <translation>⚠ {n} concern(s) raised by volunteers — latest: {name}, {date}: &quot;{note}&quot;</translation>
    </message>
</context>
<context>
    <name>InboxPage</name>
    <message>
        <source>Créneau</source>
        <translation>Slot</translation>
    </message>
    <message>
        <source>Lecteur</source>
        <translation>Patron</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Statut</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Sac</source>
        <translation>Bag</translation>
    </message>
    <message>
        <source>Canal</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Texte</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>En préparation</source>
        <translation>Being prepared</translation>
    </message>
    <message>
        <source>Prête</source>
        <translation>Ready</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Liste de prélèvement (PDF)…</source>
        <translation>Pick list (PDF)…</translation>
    </message>
    <message>
        <source>Créneaux de</source>
        <translation>Slots of</translation>
    </message>
    <message>
        <source>pour</source>
        <translation>for</translation>
    </message>
    <message>
        <source>Créer les créneaux</source>
        <translation>Create slots</translation>
    </message>
    <message>
        <source>Surprise</source>
        <translation>Surprise</translation>
    </message>
    <message numerus="yes">
        <source>%Ln titre(s)</source>
        <translation>
            <numerusform>%Ln title</numerusform>
            <numerusform>%Ln titles</numerusform>
        </translation>
    </message>
    <message>
        <source>Choisissez d&apos;abord une demande.</source>
        <translation>Choose a request first.</translation>
    </message>
    <message>
        <source>{n} créneau(x).</source>
        <translation>{n} slot(s).</translation>
    </message>
    <message>
        <source>Liste de prélèvement</source>
        <translation>Pick list</translation>
    </message>
    <message numerus="yes">
        <source>Liste de prélèvement : %Ln document(s).</source>
        <translation>
            <numerusform>Pick list: %Ln item.</numerusform>
            <numerusform>Pick list: %Ln items.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Livre</source>
        <translation>Book</translation>
    </message>
    <message>
        <source>Gros caractères</source>
        <translation>Large print</translation>
    </message>
    <message>
        <source>Livre audio</source>
        <translation>Audiobook</translation>
    </message>
    <message>
        <source>DVD</source>
        <translation>DVD</translation>
    </message>
    <message>
        <source>CD musical</source>
        <translation>Music CD</translation>
    </message>
    <message>
        <source>Revue</source>
        <translation>Magazine</translation>
    </message>
    <message>
        <source>Bande dessinée</source>
        <translation>Comic</translation>
    </message>
    <message>
        <source>Adulte</source>
        <translation>Adult</translation>
    </message>
    <message>
        <source>Ado</source>
        <translation>Young adult</translation>
    </message>
    <message>
        <source>Jeunesse</source>
        <translation>Children</translation>
    </message>
    <message>
        <source>Bibliobus</source>
        <translation>Bookmobile</translation>
    </message>
    <message>
        <source>Réserve</source>
        <translation>Stacks</translation>
    </message>
    <message>
        <source>Dans un sac</source>
        <translation>In a bag</translation>
    </message>
    <message>
        <source>En prêt</source>
        <translation>On loan</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Portail</source>
        <translation>Portal</translation>
    </message>
    <message>
        <source>À l&apos;arrêt</source>
        <translation>At the stop</translation>
    </message>
    <message>
        <source>En attente</source>
        <translation>Queued</translation>
    </message>
    <message>
        <source>Envoyé</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Échec</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>Courriel</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Téléphone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Courrier</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>Prêt</source>
        <translation>Checkout</translation>
    </message>
    <message>
        <source>Retour</source>
        <translation>Check-in</translation>
    </message>
    <message>
        <source>Prolongation</source>
        <translation>Renewal</translation>
    </message>
    <message>
        <source>Annulation</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Français</source>
        <translation>French</translation>
    </message>
    <message>
        <source>Anglais</source>
        <translation>English</translation>
    </message>
    <message>
        <source>Allemand</source>
        <translation>German</translation>
    </message>
    <message>
        <source>Espagnol</source>
        <translation>Spanish</translation>
    </message>
    <message>
        <source>Italien</source>
        <translation>Italian</translation>
    </message>
    <message>
        <source>Portugais</source>
        <translation>Portuguese</translation>
    </message>
    <message>
        <source>Arabe</source>
        <translation>Arabic</translation>
    </message>
    <message>
        <source>Occitan</source>
        <translation>Occitan</translation>
    </message>
    <message>
        <source>Breton</source>
        <translation>Breton</translation>
    </message>
</context>
<context>
    <name>LabelsPage</name>
    <message>
        <source>ZPL (imprimante Zebra)</source>
        <translation>ZPL (Zebra printer)</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Première étiquette libre</source>
        <translation>First free label</translation>
    </message>
    <message>
        <source>Sacs en tissu (QR plus robuste)</source>
        <translation>Cloth bags (sturdier QR)</translation>
    </message>
    <message>
        <source>Enregistrer…</source>
        <translation>Save…</translation>
    </message>
    <message>
        <source>Imprimer…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>Étiquettes</source>
        <translation>Labels</translation>
    </message>
    <message numerus="yes">
        <source>%Ln étiquette(s) écrites dans {p}.</source>
        <translation>
            <numerusform>%Ln label written to {p}.</numerusform>
            <numerusform>%Ln labels written to {p}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Le ZPL s&apos;envoie à l&apos;imprimante Zebra : utilisez « Enregistrer ».</source>
        <translation>ZPL goes to the Zebra printer: use &quot;Save&quot;.</translation>
    </message>
</context>
<context>
    <name>LegalRecordBox</name>
    <message>
        <source>Base légale et information (avant la première tournée)</source>
        <translation>Legal basis and information (before the first round)</translation>
    </message>
    <message>
        <source>La personne a été informée le</source>
        <translation>The person was informed on</translation>
    </message>
    <message>
        <source>Base légale</source>
        <translation>Legal basis</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>Par</source>
        <translation>By</translation>
    </message>
</context>
<context>
    <name>LoadingPage</name>
    <message>
        <source>Ouverture de la base de données…</source>
        <translation>Opening the database…</translation>
    </message>
</context>
<context>
    <name>LockDialog</name>
    <message>
        <source>Bibliomobile est verrouillé</source>
        <extracomment>The entities a workspace changes: a role sees it when it may change one of them. Workspaces absent from this map only read, or only concern the laptop: all see them. (A volunteer lends and takes back too, but at the door: not at a stop&apos;s desk.) Failed PINs in a row before the lock screen waits.</extracomment>
        <translation>Bibliomobile is locked</translation>
    </message>
    <message>
        <source>Qui êtes-vous ? Tapez votre code PIN pour continuer.</source>
        <translation>Who are you? Type your PIN to go on.</translation>
    </message>
    <message>
        <source>Personne</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Code PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Déverrouiller</source>
        <translation>Unlock</translation>
    </message>
</context>
<context>
    <name>LockGuard</name>
    <message>
        <source>Code PIN incorrect.</source>
        <translation>Wrong PIN.</translation>
    </message>
    <message>
        <source>Trop d&apos;essais : patientez {s} secondes.</source>
        <translation>Too many attempts: wait {s} seconds.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Bibliomobile</source>
        <translation>Bibliomobile</translation>
    </message>
    <message>
        <source>Cet espace n&apos;a pas pu s&apos;ouvrir. Les détails sont dans le journal.</source>
        <translation>This workspace could not open. Details are in the log.</translation>
    </message>
    <message>
        <source>Travail en cours</source>
        <translation>Work in progress</translation>
    </message>
    <message>
        <source>Une opération est encore en cours. Quitter quand même ?</source>
        <translation>An operation is still running. Quit anyway?</translation>
    </message>
</context>
<context>
    <name>MarcImportDialog</name>
    <message>
        <source>Importer des notices MARC</source>
        <translation>Import MARC records</translation>
    </message>
    <message>
        <source>Fichier :</source>
        <translation>File:</translation>
    </message>
    <message>
        <source>Reconnu automatiquement</source>
        <translation>Detected automatically</translation>
    </message>
    <message>
        <source>Format :</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>correspondance par défaut</source>
        <translation>default mapping</translation>
    </message>
    <message>
        <source>Choisir…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Correspondance :</source>
        <translation>Mapping:</translation>
    </message>
    <message>
        <source>Importer</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Fichier de correspondance</source>
        <translation>Mapping file</translation>
    </message>
    <message>
        <source>Correspondance (*.toml)</source>
        <translation>Mapping (*.toml)</translation>
    </message>
    <message>
        <source>Import en cours…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <source>Arrêt après le lot en cours…</source>
        <translation>Stopping after the current batch…</translation>
    </message>
    <message>
        <source>{done} notices lues sur {total}</source>
        <translation>{done} of {total} records read</translation>
    </message>
    <message>
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Import interrompu.</source>
        <translation>Import stopped.</translation>
    </message>
    <message>
        <source>Import terminé.</source>
        <translation>Import finished.</translation>
    </message>
    <message>
        <source>Import impossible : {error}</source>
        <translation>Import failed: {error}</translation>
    </message>
    <message>
        <source>Importer une notice MARC…</source>
        <translation>Import MARC records…</translation>
    </message>
</context>
<context>
    <name>Message</name>
    <message>
        <source>Code de sac vide.</source>
        <translation>Empty bag code.</translation>
    </message>
    <message>
        <source>Ce n&apos;est pas un code de sac (il doit commencer par B) : {code}</source>
        <translation>This is not a bag code (it must start with B): {code}</translation>
    </message>
    <message>
        <source>Un code de sac a {length} caractères, celui-ci en a {count} : {code}</source>
        <translation>A bag code has {length} characters, this one has {count}: {code}</translation>
    </message>
    <message>
        <source>Caractère impossible dans un code de sac ({shown}) : {code}</source>
        <translation>Impossible character in a bag code ({shown}): {code}</translation>
    </message>
    <message>
        <source>Code de sac mal saisi ou mal lu (caractère de contrôle faux) : {code}. Scannez de nouveau l&apos;étiquette ou vérifiez la saisie.</source>
        <translation>Bag code mistyped or misread (wrong check character): {code}. Scan the label again or check what was typed.</translation>
    </message>
    <message>
        <source>Ce passage est annulé : il ne peut pas être ouvert.</source>
        <translation>This visit is cancelled: it cannot be opened.</translation>
    </message>
    <message>
        <source>Un compteur ne peut pas devenir négatif.</source>
        <translation>A counter cannot become negative.</translation>
    </message>
    <message>
        <source>Ce passage est annulé : il ne peut pas être clôturé.</source>
        <translation>This visit is cancelled: it cannot be closed.</translation>
    </message>
    <message>
        <source>Tournée inconnue : « {name} ». Tournées existantes : {known}.</source>
        <translation>Unknown tour: &quot;{name}&quot;. Existing tours: {known}.</translation>
    </message>
    <message>
        <source>Donnez un nom à la tournée.</source>
        <translation>Give the tour a name.</translation>
    </message>
    <message>
        <source>Durée de prêt invalide : {loan_days} jours (de 1 à 365).</source>
        <translation>Invalid loan period: {loan_days} days (1 to 365).</translation>
    </message>
    <message>
        <source>Une tournée s&apos;appelle déjà « {name} ».</source>
        <translation>A tour is already called &quot;{name}&quot;.</translation>
    </message>
    <message>
        <source>Cette tournée n&apos;existe plus.</source>
        <translation>This tour no longer exists.</translation>
    </message>
    <message>
        <source>Indiquez la commune de l&apos;arrêt.</source>
        <translation>Enter the town of the stop.</translation>
    </message>
    <message>
        <source>Indiquez le lieu de l&apos;arrêt (par exemple « place de l&apos;église »).</source>
        <translation>Enter the place of the stop (for example &quot;church square&quot;).</translation>
    </message>
    <message>
        <source>Donnez la latitude et la longitude, ou aucune des deux.</source>
        <translation>Give both latitude and longitude, or neither.</translation>
    </message>
    <message>
        <source>Latitude invalide : {latitude} (entre -90 et 90).</source>
        <translation>Invalid latitude: {latitude} (between -90 and 90).</translation>
    </message>
    <message>
        <source>Longitude invalide : {longitude} (entre -180 et 180).</source>
        <translation>Invalid longitude: {longitude} (between -180 and 180).</translation>
    </message>
    <message>
        <source>Cet arrêt n&apos;existe plus.</source>
        <translation>This stop no longer exists.</translation>
    </message>
    <message>
        <source>La fin de la période ({end}) précède son début ({start}).</source>
        <translation>The end of the period ({end}) is before its start ({start}).</translation>
    </message>
    <message>
        <source>Période trop longue : trois ans au plus.</source>
        <translation>Period too long: three years at most.</translation>
    </message>
    <message>
        <source>Ce passage n&apos;existe plus.</source>
        <translation>This visit no longer exists.</translation>
    </message>
    <message>
        <source>Indiquez une tournée ou un arrêt, pas les deux.</source>
        <translation>Give a tour or a stop, not both.</translation>
    </message>
    <message>
        <source>Ce passage est déjà annulé : impossible de le {action}.</source>
        <translation>This visit is already cancelled: it cannot be {action}.</translation>
    </message>
    <message>
        <source>Ce passage est en cours : impossible de le {action}.</source>
        <translation>This visit is under way: it cannot be {action}.</translation>
    </message>
    <message>
        <source>Ce passage a déjà eu lieu : impossible de le {action}.</source>
        <translation>This visit has already taken place: it cannot be {action}.</translation>
    </message>
    <message>
        <source>Indiquez la raison de l&apos;annulation (elle sera dite aux lecteurs).</source>
        <translation>Give the reason for the cancellation (patrons will be told).</translation>
    </message>
    <message>
        <source>L&apos;heure de fin ({value}) doit suivre l&apos;heure de début ({value2}).</source>
        <translation>The end time ({value}) must come after the start time ({value2}).</translation>
    </message>
    <message>
        <source>Le passage est déjà à cette date et à cette heure.</source>
        <translation>The visit is already on this date and at this time.</translation>
    </message>
    <message>
        <source>Cet arrêt a déjà un passage le {date} à {value}{state}.</source>
        <translation>This stop already has a visit on {date} at {value}{state}.</translation>
    </message>
    <message>
        <source>Un passage existe déjà à cette date et à cette heure.</source>
        <translation>A visit already exists on this date and at this time.</translation>
    </message>
    <message>
        <source>Cette règle de passage n&apos;existe plus.</source>
        <translation>This visit rule no longer exists.</translation>
    </message>
    <message>
        <source>La tournée « {name} » ne dessert pas « {commune} ». Communes desservies : {served}.</source>
        <translation>The tour &quot;{name}&quot; does not serve &quot;{commune}&quot;. Towns served: {served}.</translation>
    </message>
    <message>
        <source>annuler</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <source>déplacer</source>
        <translation>moved</translation>
    </message>
    <message>
        <source> (annulé)</source>
        <translation> (cancelled)</translation>
    </message>
    <message>
        <source>Cette tournée de portage n&apos;existe pas sur cet appareil.</source>
        <translation>This home delivery round does not exist on this device.</translation>
    </message>
    <message>
        <source>Ce passage n&apos;existe pas (ou plus) sur cet appareil.</source>
        <translation>This visit does not exist (or no longer exists) on this device.</translation>
    </message>
    <message>
        <source>Exemplaire retiré des collections : {barcode}</source>
        <translation>Item withdrawn from the collections: {barcode}</translation>
    </message>
    <message>
        <source>Cet exemplaire n&apos;est pas prêté à ce lecteur : {barcode}</source>
        <translation>This item is not on loan to this patron: {barcode}</translation>
    </message>
    <message>
        <source>Ce prêt court déjà jusqu&apos;au {due_date} : rien à prolonger.</source>
        <translation>This loan already runs until {due_date}: nothing to renew.</translation>
    </message>
    <message>
        <source>Rien à annuler pour ce passage.</source>
        <translation>Nothing to undo for this visit.</translation>
    </message>
    <message>
        <source>Code-barres vide : scannez l&apos;exemplaire.</source>
        <translation>Empty barcode: scan the item.</translation>
    </message>
    <message>
        <source>Lecteur introuvable : scannez à nouveau sa carte.</source>
        <translation>Patron not found: scan their card again.</translation>
    </message>
    <message>
        <source>Ce code-barres n&apos;est pas un exemplaire connu : {code}</source>
        <translation>This barcode is not a known item: {code}</translation>
    </message>
    <message>
        <source>Cette carte n&apos;est pas connue : {code}</source>
        <translation>This card is not known: {code}</translation>
    </message>
    <message>
        <source>Prêt refusé. {blocks} Pour prêter quand même, indiquez un motif.</source>
        <translation>Checkout refused. {blocks} To lend anyway, give a reason.</translation>
    </message>
    <message>
        <source>Carte bloquée : {reason}</source>
        <translation>Card blocked: {reason}</translation>
    </message>
    <message>
        <source>Carte expirée depuis le {date} : à renouveler.</source>
        <translation>Card expired on {date}: to be renewed.</translation>
    </message>
    <message>
        <source>Trop de prêts : {count} en cours pour {limit} autorisés.</source>
        <translation>Too many loans: {count} out for {limit} allowed.</translation>
    </message>
    <message>
        <source>{n} document en retard.</source>
        <translation>{n} item overdue.</translation>
    </message>
    <message>
        <source>{n} documents en retard.</source>
        <translation>{n} items overdue.</translation>
    </message>
    <message>
        <source>{n} document en retard (le plus ancien attendu le {date}).</source>
        <translation>{n} item overdue (the oldest due on {date}).</translation>
    </message>
    <message>
        <source>{n} documents en retard (le plus ancien attendu le {date}).</source>
        <translation>{n} items overdue (the oldest due on {date}).</translation>
    </message>
    <message>
        <source>Exemplaire mis de côté jusqu&apos;au {date}.</source>
        <translation>Item set aside until {date}.</translation>
    </message>
    <message>
        <source>Déjà prêté à ce lecteur (à rendre le {due}) : utilisez « Prolonger ».</source>
        <translation>Already lent to this patron (due on {due}): use &quot;Renew&quot;.</translation>
    </message>
    <message>
        <source>Déjà prêté à ce lecteur : utilisez « Prolonger ».</source>
        <translation>Already lent to this patron: use &quot;Renew&quot;.</translation>
    </message>
    <message>
        <source>Prêté : {title} — à rendre le {due}</source>
        <translation>Lent: {title} — due on {due}</translation>
    </message>
    <message>
        <source>(il était encore prêté à un autre lecteur : son prêt est clos)</source>
        <translation>(it was still on loan to another patron: that loan is closed)</translation>
    </message>
    <message>
        <source>Retour : {title}</source>
        <translation>Returned: {title}</translation>
    </message>
    <message>
        <source>aucun prêt en cours : retour enregistré et signalé</source>
        <translation>no current loan: return recorded and flagged</translation>
    </message>
    <message>
        <source>{n} jour de retard</source>
        <translation>{n} day late</translation>
    </message>
    <message>
        <source>{n} jours de retard</source>
        <translation>{n} days late</translation>
    </message>
    <message>
        <source>à mettre de côté jusqu&apos;au {date}</source>
        <translation>to set aside until {date}</translation>
    </message>
    <message>
        <source>Prolongé : {title} — à rendre le {due}</source>
        <translation>Renewed: {title} — due on {due}</translation>
    </message>
    <message>
        <source>Annulé : prêt de {title}</source>
        <translation>Undone: loan of {title}</translation>
    </message>
    <message>
        <source>Annulé : retour de {title}</source>
        <translation>Undone: return of {title}</translation>
    </message>
    <message>
        <source>Annulé : prolongation de {title}</source>
        <translation>Undone: renewal of {title}</translation>
    </message>
    <message>
        <source>Double lecture ignorée : {code} vient d&apos;être scanné.</source>
        <translation>Double read ignored: {code} was just scanned.</translation>
    </message>
    <message>
        <source>Ce code-barres n&apos;est ni un exemplaire ni une carte connus : {code}</source>
        <translation>This barcode is neither a known item nor a known card: {code}</translation>
    </message>
    <message>
        <source>Ce code-barres n&apos;est ni un exemplaire ni une carte connus (vérifié auprès du serveur) : {code}</source>
        <translation>This barcode is neither a known copy nor a known card (checked with the server): {code}</translation>
    </message>
    <message>
        <source>carte vérifiée en ligne auprès du serveur</source>
        <translation>card checked online with the server</translation>
    </message>
    <message>
        <source>carte trouvée dans l&apos;index hors ligne du bibliobus</source>
        <translation>card found in the bookmobile&apos;s offline index</translation>
    </message>
    <message>
        <source>Déjà prêté à ce lecteur{due} : rien n&apos;est fait. Pour un retour : Échap (lecteur suivant) puis scannez, ou mode Retour (F5).</source>
        <translation>Already lent to this patron{due}: nothing done. For a return: Esc (next patron) then scan, or Return mode (F5).</translation>
    </message>
    <message>
        <source> (à rendre le {date})</source>
        <translation> (due on {date})</translation>
    </message>
    <message>
        <source>Mode Retour : chaque document scanné est rendu, même avec un lecteur.</source>
        <translation>Return mode: every item scanned is returned, even with a patron.</translation>
    </message>
    <message>
        <source>Mode Retour terminé : les documents scannés avec un lecteur lui sont prêtés.</source>
        <translation>Return mode over: items scanned with a patron are lent to them.</translation>
    </message>
    <message>
        <source>Scannez d&apos;abord la carte du lecteur.</source>
        <translation>Scan the patron&apos;s card first.</translation>
    </message>
    <message>
        <source>Ce lecteur n&apos;a aucun prêt à prolonger.</source>
        <translation>This patron has no loan to renew.</translation>
    </message>
    <message>
        <source>Un motif est nécessaire pour prêter malgré un blocage.</source>
        <translation>A reason is needed to lend despite a block.</translation>
    </message>
    <message>
        <source>Prêts autorisés pour ce lecteur : {reason}</source>
        <translation>Loans allowed for this patron: {reason}</translation>
    </message>
    <message>
        <source>Lecteur suivant : scannez une carte, ou des documents pour les retours.</source>
        <translation>Next patron: scan a card, or items for returns.</translation>
    </message>
    <message>
        <source>{n} prêt prolongé jusqu&apos;au {date}</source>
        <translation>{n} loan renewed until {date}</translation>
    </message>
    <message>
        <source>{n} prêts prolongés jusqu&apos;au {date}</source>
        <translation>{n} loans renewed until {date}</translation>
    </message>
    <message>
        <source>Aucun prêt prolongé</source>
        <translation>No loan renewed</translation>
    </message>
    <message>
        <source>Non prolongé(s) : {refused}</source>
        <translation>Not renewed: {refused}</translation>
    </message>
    <message>
        <source>Aucun passage ouvert : prêt refusé. Ouvrez le passage pour prêter.</source>
        <translation>No visit open: checkout refused. Open the visit to lend.</translation>
    </message>
    <message>
        <source>Passage clôturé : prêt refusé. « Rouvrir » le passage pour prêter (les retours restent possibles).</source>
        <translation>Visit closed: checkout refused. &quot;Reopen&quot; the visit to lend (returns are still possible).</translation>
    </message>
    <message>
        <source>Passage annulé : prêt refusé.</source>
        <translation>Visit cancelled: checkout refused.</translation>
    </message>
    <message>
        <source>lundi</source>
        <extracomment>Monday first, as ``date.weekday()``.</extracomment>
        <translation>Monday</translation>
    </message>
    <message>
        <source>mardi</source>
        <translation>Tuesday</translation>
    </message>
    <message>
        <source>mercredi</source>
        <translation>Wednesday</translation>
    </message>
    <message>
        <source>jeudi</source>
        <translation>Thursday</translation>
    </message>
    <message>
        <source>vendredi</source>
        <translation>Friday</translation>
    </message>
    <message>
        <source>samedi</source>
        <translation>Saturday</translation>
    </message>
    <message>
        <source>dimanche</source>
        <translation>Sunday</translation>
    </message>
    <message>
        <source>lun</source>
        <translation>mon</translation>
    </message>
    <message>
        <source>mar</source>
        <translation>tue</translation>
    </message>
    <message>
        <source>mer</source>
        <translation>wed</translation>
    </message>
    <message>
        <source>jeu</source>
        <translation>thu</translation>
    </message>
    <message>
        <source>ven</source>
        <translation>fri</translation>
    </message>
    <message>
        <source>sam</source>
        <translation>sat</translation>
    </message>
    <message>
        <source>dim</source>
        <translation>sun</translation>
    </message>
    <message>
        <source>janvier</source>
        <translation>January</translation>
    </message>
    <message>
        <source>février</source>
        <translation>February</translation>
    </message>
    <message>
        <source>mars</source>
        <translation>March</translation>
    </message>
    <message>
        <source>avril</source>
        <translation>April</translation>
    </message>
    <message>
        <source>mai</source>
        <translation>May</translation>
    </message>
    <message>
        <source>juin</source>
        <translation>June</translation>
    </message>
    <message>
        <source>juillet</source>
        <translation>July</translation>
    </message>
    <message>
        <source>août</source>
        <translation>August</translation>
    </message>
    <message>
        <source>septembre</source>
        <translation>September</translation>
    </message>
    <message>
        <source>octobre</source>
        <translation>October</translation>
    </message>
    <message>
        <source>novembre</source>
        <translation>November</translation>
    </message>
    <message>
        <source>décembre</source>
        <translation>December</translation>
    </message>
    <message>
        <source>Le nombre d&apos;exemplaires et de lecteurs doit être positif ou nul.</source>
        <translation>The number of items and patrons must be zero or more.</translation>
    </message>
    <message>
        <source>La base contient déjà des données : la démonstration n&apos;est chargée que dans une base vide.</source>
        <translation>The database already holds data: the demonstration is only loaded into an empty database.</translation>
    </message>
    <message>
        <source>Passage introuvable : {visit_id}</source>
        <translation>Visit not found: {visit_id}</translation>
    </message>
    <message>
        <source>Demande introuvable : {request_id}</source>
        <translation>Request not found: {request_id}</translation>
    </message>
    <message>
        <source>Lecteur introuvable : {patron_id}</source>
        <translation>Patron not found: {patron_id}</translation>
    </message>
    <message>
        <source>Aucun sac ne porte ce code : {code}</source>
        <translation>No bag has this code: {code}</translation>
    </message>
    <message>
        <source>La durée d&apos;un créneau doit être comprise entre 5 et 240 minutes.</source>
        <translation>A slot must last between 5 and 240 minutes.</translation>
    </message>
    <message>
        <source>La capacité d&apos;un créneau doit être comprise entre 1 et 100 lecteurs.</source>
        <translation>A slot&apos;s capacity must be between 1 and 100 patrons.</translation>
    </message>
    <message>
        <source>Ce passage est clos ou annulé : pas de créneaux de retrait.</source>
        <translation>This visit is closed or cancelled: no pickup slots.</translation>
    </message>
    <message>
        <source>Le passage du {date} est clos ou annulé : choisissez un autre passage.</source>
        <translation>The visit of {date} is closed or cancelled: choose another visit.</translation>
    </message>
    <message>
        <source>Ce créneau n&apos;appartient pas à ce passage.</source>
        <translation>This slot does not belong to this visit.</translation>
    </message>
    <message>
        <source>Créneau {start}–{end} en dehors des horaires du passage ({start_time}–{end_time}).</source>
        <translation>Slot {start}–{end} outside the visit&apos;s hours ({start_time}–{end_time}).</translation>
    </message>
    <message>
        <source>Ce lecteur a déjà un retrait en attente à ce passage (demande {status}) : complétez-la plutôt.</source>
        <translation>This patron already has a pickup waiting at this visit (request {status}): complete it instead.</translation>
    </message>
    <message>
        <source>Le créneau {start}–{end} est complet ({booked}/{capacity}) : choisissez-en un autre.</source>
        <translation>The slot {start}–{end} is full ({booked}/{capacity}): choose another one.</translation>
    </message>
    <message>
        <source>Choisissez un passage prévu ou ouvert pour y déplacer les demandes.</source>
        <translation>Choose a planned or open visit to move the requests to.</translation>
    </message>
    <message>
        <source>Un sac appartient à une demande drive ou à une livraison de portage.</source>
        <translation>A bag belongs to a drive request or to a home delivery.</translation>
    </message>
    <message>
        <source>Le sac {code} n&apos;est plus en préparation (statut : {status}).</source>
        <translation>The bag {code} is no longer being prepared (status: {status}).</translation>
    </message>
    <message>
        <source>Ce code-barres n&apos;est pas un exemplaire connu : {barcode}</source>
        <translation>This barcode is not a known item: {barcode}</translation>
    </message>
    <message>
        <source>Impossible de mettre {barcode} dans le sac : {reason}.</source>
        <translation>Cannot put {barcode} in the bag: {reason}.</translation>
    </message>
    <message>
        <source>Ce document n&apos;est pas dans le sac {code} : {barcode}</source>
        <translation>This item is not in the bag {code}: {barcode}</translation>
    </message>
    <message>
        <source>Le sac {code} n&apos;est pas en préparation (statut : {status}).</source>
        <translation>The bag {code} is not being prepared (status: {status}).</translation>
    </message>
    <message>
        <source>Le sac {code} est vide : scannez au moins un document.</source>
        <translation>The bag {code} is empty: scan at least one item.</translation>
    </message>
    <message>
        <source>Cette demande est {status} : on ne prépare plus son sac.</source>
        <translation>This request is {status}: its bag is no longer prepared.</translation>
    </message>
    <message>
        <source>Cette demande a déjà un sac en préparation.</source>
        <translation>This request already has a bag being prepared.</translation>
    </message>
    <message>
        <source>Le sac {normalised} est déjà utilisé (statut : {status}).</source>
        <translation>The bag {normalised} is already in use (status: {status}).</translation>
    </message>
    <message>
        <source>Le sac {code} a déjà été remis.</source>
        <translation>The bag {code} has already been handed over.</translation>
    </message>
    <message>
        <source>Le sac {code} n&apos;est pas prêt (statut : {status}).</source>
        <translation>The bag {code} is not ready (status: {status}).</translation>
    </message>
    <message>
        <source>Le sac {code} n&apos;a pas de lecteur.</source>
        <translation>The bag {code} has no patron.</translation>
    </message>
    <message>
        <source>Sac de {value} prévu pour le passage du {date}{where}, pas pour celui-ci. Remettre quand même : F4 (avec un motif).</source>
        <translation>Bag of {value} planned for the visit of {date}{where}, not for this one. Hand over anyway: F4 (with a reason).</translation>
    </message>
    <message>
        <source>Le sac {code} n&apos;était pas chez un lecteur (statut : {status}).</source>
        <translation>The bag {code} was not with a patron (status: {status}).</translation>
    </message>
    <message>
        <source>Canal de demande inconnu : {channel}</source>
        <translation>Unknown request channel: {channel}</translation>
    </message>
    <message>
        <source>Type de demande inconnu : {kind}</source>
        <translation>Unknown request type: {kind}</translation>
    </message>
    <message>
        <source>Indiquez au moins un titre, ou choisissez une sélection surprise.</source>
        <translation>Give at least one title, or choose a surprise selection.</translation>
    </message>
    <message>
        <source>Pour une sélection surprise, notez les goûts du lecteur (ex. « polars, pas d&apos;horreur »).</source>
        <translation>For a surprise selection, note the patron&apos;s tastes (e.g. &quot;crime novels, no horror&quot;).</translation>
    </message>
    <message>
        <source>Une demande {value} ne peut pas devenir {value2}.</source>
        <translation>A {value} request cannot become {value2}.</translation>
    </message>
    <message>
        <source>Notice introuvable : {record_id}</source>
        <translation>Record not found: {record_id}</translation>
    </message>
    <message>
        <source>Cet exemplaire n&apos;est pas celui d&apos;un titre de la demande.</source>
        <translation>This item is not one of a title of the request.</translation>
    </message>
    <message>
        <source>Aucun sac à étiqueter pour ce passage.</source>
        <translation>No bag to label for this visit.</translation>
    </message>
    <message>
        <source>Exemplaire introuvable : {item_id}</source>
        <translation>Item not found: {item_id}</translation>
    </message>
    <message>
        <source>nouvelle</source>
        <translation>new</translation>
    </message>
    <message>
        <source>en préparation</source>
        <translation>being prepared</translation>
    </message>
    <message>
        <source>prête</source>
        <translation>ready</translation>
    </message>
    <message>
        <source>retirée</source>
        <translation>collected</translation>
    </message>
    <message>
        <source>non retirée</source>
        <translation>not collected</translation>
    </message>
    <message>
        <source>annulée</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <source>Sac {code} en préparation : scannez les documents.</source>
        <translation>Bag {code} being prepared: scan the items.</translation>
    </message>
    <message>
        <source>Déjà dans ce sac : {barcode}</source>
        <translation>Already in this bag: {barcode}</translation>
    </message>
    <message>
        <source>Ajouté : {title}</source>
        <translation>Added: {title}</translation>
    </message>
    <message>
        <source>Retiré du sac : {barcode}</source>
        <translation>Removed from the bag: {barcode}</translation>
    </message>
    <message>
        <source>Sac {code} prêt ({n} document).</source>
        <translation>Bag {code} ready ({n} item).</translation>
    </message>
    <message>
        <source>Sac {code} prêt ({n} documents).</source>
        <translation>Bag {code} ready ({n} items).</translation>
    </message>
    <message>
        <source>Sac {code} remis à {patron} : {n} document prêté.</source>
        <translation>Bag {code} handed over to {patron}: {n} item lent.</translation>
    </message>
    <message>
        <source>Sac {code} remis à {patron} : {n} documents prêtés.</source>
        <translation>Bag {code} handed over to {patron}: {n} items lent.</translation>
    </message>
    <message>
        <source>(Prévu pour un autre passage.)</source>
        <translation>(Planned for another visit.)</translation>
    </message>
    <message>
        <source>Sac {code} rendu, de nouveau disponible.</source>
        <translation>Bag {code} returned, available again.</translation>
    </message>
    <message>
        <source> à {commune}</source>
        <translation> in {commune}</translation>
    </message>
    <message>
        <source>Liste de prélèvement</source>
        <translation>Pick list</translation>
    </message>
    <message>
        <source>Rayonnages du bibliobus</source>
        <translation>Bookmobile shelves</translation>
    </message>
    <message>
        <source>Magasin central</source>
        <translation>Central stacks</translation>
    </message>
    <message>
        <source>Sans exemplaire disponible</source>
        <translation>No copy available</translation>
    </message>
    <message>
        <source>Aucun document à prélever.</source>
        <translation>Nothing to pick.</translation>
    </message>
    <message>
        <source>Cote</source>
        <translation>Call number</translation>
    </message>
    <message>
        <source>Code-barres</source>
        <translation>Barcode</translation>
    </message>
    <message>
        <source>Titre</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Heure</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Lecteur</source>
        <translation>Patron</translation>
    </message>
    <message>
        <source>Sac</source>
        <translation>Bag</translation>
    </message>
    <message>
        <source>Cette visite n&apos;existe pas.</source>
        <translation>This visit does not exist.</translation>
    </message>
    <message>
        <source>Indiquez la latitude et la longitude, ou aucune des deux.</source>
        <translation>Give both latitude and longitude, or neither.</translation>
    </message>
    <message>
        <source>Latitude hors limites (entre -90 et 90).</source>
        <translation>Latitude out of range (between -90 and 90).</translation>
    </message>
    <message>
        <source>Longitude hors limites (entre -180 et 180).</source>
        <translation>Longitude out of range (between -180 and 180).</translation>
    </message>
    <message>
        <source>Décrivez en quelques mots ce qui vous inquiète.</source>
        <translation>Describe in a few words what worries you.</translation>
    </message>
    <message>
        <source>Indiquez qui prend en charge cette alerte.</source>
        <translation>Say who takes charge of this alert.</translation>
    </message>
    <message>
        <source>Planifiez au plus un mois à la fois.</source>
        <translation>Plan one month at a time at most.</translation>
    </message>
    <message>
        <source>Cette tournée n&apos;existe pas.</source>
        <translation>This round does not exist.</translation>
    </message>
    <message>
        <source>Ce bénéficiaire n&apos;existe pas.</source>
        <translation>This beneficiary does not exist.</translation>
    </message>
    <message>
        <source>Cette visite a déjà eu lieu : son sac ne change plus.</source>
        <translation>This visit has already taken place: its bag no longer changes.</translation>
    </message>
    <message>
        <source>Choisissez au moins un document pour le sac.</source>
        <translation>Choose at least one item for the bag.</translation>
    </message>
    <message>
        <source>Un des documents choisis n&apos;existe pas.</source>
        <translation>One of the chosen items does not exist.</translation>
    </message>
    <message>
        <source>Format inconnu : {names}.</source>
        <translation>Unknown format: {names}.</translation>
    </message>
    <message>
        <source>Fréquence de visite inconnue : {frequency}.</source>
        <translation>Unknown visit frequency: {frequency}.</translation>
    </message>
    <message>
        <source>Orientation inconnue : {referral}.</source>
        <translation>Unknown referral: {referral}.</translation>
    </message>
    <message>
        <source>Un genre ne peut pas être à la fois aimé et à éviter : {names}.</source>
        <translation>A genre cannot be both liked and to avoid: {names}.</translation>
    </message>
    <message>
        <source>Ce lecteur n&apos;existe pas.</source>
        <translation>This patron does not exist.</translation>
    </message>
    <message>
        <source>Aucun lecteur avec la carte « {card} ».</source>
        <translation>No patron with the card &quot;{card}&quot;.</translation>
    </message>
    <message>
        <source>La fin de la pause doit suivre son début.</source>
        <translation>The end of the break must come after its start.</translation>
    </message>
    <message>
        <source>Le prénom et le nom du bénévole sont obligatoires.</source>
        <translation>The volunteer&apos;s first name and last name are required.</translation>
    </message>
    <message>
        <source>Le nombre maximal de visites par tournée va de 1 à 30.</source>
        <translation>The maximum number of visits per round is from 1 to 30.</translation>
    </message>
    <message>
        <source>Ce bénévole n&apos;existe pas.</source>
        <translation>This volunteer does not exist.</translation>
    </message>
    <message>
        <source>Issue de visite inconnue : {outcome}.</source>
        <translation>Unknown visit outcome: {outcome}.</translation>
    </message>
    <message>
        <source>Cette visite est déjà notée « {value} ».</source>
        <translation>This visit is already recorded as &quot;{value}&quot;.</translation>
    </message>
    <message>
        <source>Cette visite est prévue le {date} : son issue se note le jour de la visite ou après.</source>
        <translation>This visit is planned on {date}: its outcome is recorded on the day of the visit or later.</translation>
    </message>
    <message>
        <source>Cet exemplaire n&apos;existe pas.</source>
        <translation>This item does not exist.</translation>
    </message>
    <message>
        <source>Pas de sac préparé pour cette visite : « Livré » demande un sac. Notez « Absent », « Refusé » ou « Reporté », ou faites préparer le sac.</source>
        <translation>No bag prepared for this visit: &quot;Delivered&quot; needs a bag. Record &quot;Absent&quot;, &quot;Refused&quot; or &quot;Postponed&quot;, or have the bag prepared.</translation>
    </message>
    <message>
        <source>Heure non comprise : « {text} » (exemple : 09:30).</source>
        <translation>Time not understood: &quot;{text}&quot; (example: 09:30).</translation>
    </message>
    <message>
        <source>Jour de la semaine inconnu dans les disponibilités.</source>
        <translation>Unknown day of the week in the availability.</translation>
    </message>
    <message>
        <source>Disponibilité {value} : l&apos;heure de fin doit suivre l&apos;heure de début.</source>
        <translation>Availability {value}: the end time must come after the start time.</translation>
    </message>
    <message>
        <source>Disponibilité non comprise : « {value} » (exemple : lun 09:00-12:00).</source>
        <translation>Availability not understood: &quot;{value}&quot; (example: mon 09:00-12:00).</translation>
    </message>
    <message>
        <source>Une visite de la période a eu lieu pendant le calcul : relancez le calcul.</source>
        <translation>A visit of the period took place during the calculation: run the calculation again.</translation>
    </message>
    <message>
        <source>L&apos;ordre donné ne correspond pas aux visites de la tournée.</source>
        <translation>The order given does not match the visits of the round.</translation>
    </message>
    <message>
        <source>livré</source>
        <translation>delivered</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>absent</translation>
    </message>
    <message>
        <source>refusé</source>
        <translation>refused</translation>
    </message>
    <message>
        <source>reporté</source>
        <translation>postponed</translation>
    </message>
    <message>
        <source>Rapportez le sac {code} à la médiathèque : ses documents retournent en rayon.</source>
        <translation>Bring the bag {code} back to the library: its items go back on the shelves.</translation>
    </message>
    <message>
        <source>Visite notée : {outcome}.</source>
        <translation>Visit recorded: {outcome}.</translation>
    </message>
    <message>
        <source>code d&apos;accès : voir l&apos;appli</source>
        <translation>access code: see the app</translation>
    </message>
    <message>
        <source>Confidentiel — à rendre ou détruire après la tournée</source>
        <translation>Confidential — to be handed back or destroyed after the round</translation>
    </message>
    <message>
        <source>Portage à domicile — {date}</source>
        <translation>Home delivery — {date}</translation>
    </message>
    <message>
        <source> — départ {start}, retour vers {end}</source>
        <translation> — leaving {start}, back around {end}</translation>
    </message>
    <message>
        <source>Bénévole : {name}{hours} — {n} visite</source>
        <translation>Volunteer: {name}{hours} — {n} visit</translation>
    </message>
    <message>
        <source>Bénévole : {name}{hours} — {n} visites</source>
        <translation>Volunteer: {name}{hours} — {n} visits</translation>
    </message>
    <message>
        <source>page {page}</source>
        <translation>page {page}</translation>
    </message>
    <message>
        <source>Tél. : {phone}</source>
        <translation>Phone: {phone}</translation>
    </message>
    <message>
        <source>Accès : {access}</source>
        <translation>Access: {access}</translation>
    </message>
    <message>
        <source>Retours : ______</source>
        <translation>Returns: ______</translation>
    </message>
    <message>
        <source>{n} document</source>
        <translation>{n} item</translation>
    </message>
    <message>
        <source>{n} documents</source>
        <translation>{n} items</translation>
    </message>
    <message>
        <source>pas de sac</source>
        <translation>no bag</translation>
    </message>
    <message>
        <source>Tournée du {date}</source>
        <translation>Round of {date}</translation>
    </message>
    <message>
        <source>Aucune visite dans cette tournée.</source>
        <translation>No visit in this round.</translation>
    </message>
    <message>
        <source>{name} : adresse de départ sans coordonnées, pas de tournée.</source>
        <translation>{name}: starting address without coordinates, no round.</translation>
    </message>
    <message>
        <source>{name} : aucune disponibilité indiquée, pas de tournée.</source>
        <translation>{name}: no availability given, no round.</translation>
    </message>
    <message>
        <source>Aucune visite à planifier du {start} au {end}.</source>
        <translation>No visit to plan from {start} to {end}.</translation>
    </message>
    <message>
        <source>{visits} visite(s) en {rounds} tournée(s), {km} km, calcul {seconds} s</source>
        <translation>{visits} visit(s) in {rounds} round(s), {km} km, computed in {seconds} s</translation>
    </message>
    <message>
        <source>{n} visite impossible à placer</source>
        <translation>{n} visit impossible to place</translation>
    </message>
    <message>
        <source>{n} visites impossibles à placer</source>
        <translation>{n} visits impossible to place</translation>
    </message>
    <message>
        <source>Accès : note d&apos;accès trop longue (au plus {max} octets).</source>
        <translation>Access: access note too long (at most {max} bytes).</translation>
    </message>
    <message>
        <source>La note d&apos;accès ne s&apos;ouvre pas sur ce poste : synchronisez-le pour recevoir la clé des notes.</source>
        <translation>The access note does not open on this device: sync it to receive the notes key.</translation>
    </message>
    <message>
        <source>La note d&apos;accès ne s&apos;ouvre pas avec la clé de ce poste : synchronisez-le.</source>
        <translation>The access note does not open with this device&apos;s key: sync it.</translation>
    </message>
    <message>
        <source>Cette visite n&apos;existe plus sur ce poste.</source>
        <translation>This visit no longer exists on this device.</translation>
    </message>
    <message>
        <source>La note d&apos;accès ne s&apos;affiche que le jour de la visite.</source>
        <translation>The access note is shown only on the day of the visit.</translation>
    </message>
    <message>
        <source>Base légale inconnue : {value}.</source>
        <translation>Unknown legal basis: {value}.</translation>
    </message>
    <message>
        <source>Moyen d&apos;information inconnu : {value}.</source>
        <translation>Unknown way of informing: {value}.</translation>
    </message>
    <message>
        <source>La date d&apos;information de la personne ne peut être à venir.</source>
        <translation>The date the person was informed cannot be in the future.</translation>
    </message>
    <message>
        <source>Indiquez à la fois la date et le moyen par lequel la personne a été informée.</source>
        <translation>Give both the date and the way the person was informed.</translation>
    </message>
    <message>
        <source>base légale non renseignée (fiche du bénéficiaire, avant la première tournée)</source>
        <translation>legal basis not recorded (beneficiary&apos;s file, before the first round)</translation>
    </message>
    <message>
        <source>information de la personne non renseignée (date et moyen, sur sa fiche)</source>
        <translation>information of the person not recorded (date and way, on their file)</translation>
    </message>
    <message>
        <source>Tournées non enregistrées : complétez d&apos;abord la fiche de ces bénéficiaires — {names}</source>
        <translation>Rounds not saved: first complete the file of these beneficiaries — {names}</translation>
    </message>
    <message>
        <source>{name} : {reason}</source>
        <translation>{name}: {reason}</translation>
    </message>
    <message>
        <source>adresse sans coordonnées : à compléter</source>
        <translation>address without coordinates: to be completed</translation>
    </message>
    <message>
        <source>en pause ou pas disponible sur la période</source>
        <translation>paused or not available in the period</translation>
    </message>
    <message>
        <source>aucun bénévole disponible ces jours-là dans cette commune</source>
        <translation>no volunteer available on those days in this commune</translation>
    </message>
    <message>
        <source>ne tient dans aucune tournée (horaires, capacité ou trajets)</source>
        <translation>fits in no round (hours, capacity or travel)</translation>
    </message>
    <message>
        <source>répertoire de la notice invalide</source>
        <translation>invalid record directory</translation>
    </message>
    <message>
        <source>codage {declared} avec séquences d&apos;échappement : exportez le catalogue en UTF-8 (Unicode)</source>
        <translation>{declared} encoding with escape sequences: export the catalogue in UTF-8 (Unicode)</translation>
    </message>
    <message>
        <source>notice tronquée : le fichier se termine avant la fin de la notice</source>
        <translation>truncated record: the file ends before the end of the record</translation>
    </message>
    <message>
        <source>notice trop courte pour contenir un guide (leader)</source>
        <translation>record too short to hold a leader</translation>
    </message>
    <message>
        <source>guide (leader) invalide : longueur ou adresse de base non numérique ({leader_bytes}, {leader_bytes2})</source>
        <translation>invalid leader: non-numeric length or base address ({leader_bytes}, {leader_bytes2})</translation>
    </message>
    <message>
        <source>longueur déclarée ({declared_length} octets) différente de la longueur réelle ({count} octets) : notice tronquée ou corrompue</source>
        <translation>declared length ({declared_length} bytes) differs from the actual length ({count} bytes): truncated or corrupt record</translation>
    </message>
    <message>
        <source>guide (leader) invalide : adresse de base {base} incohérente</source>
        <translation>invalid leader: inconsistent base address {base}</translation>
    </message>
    <message>
        <source>répertoire de la notice invalide (longueur non multiple de 12)</source>
        <translation>invalid record directory (length not a multiple of 12)</translation>
    </message>
    <message>
        <source>notice sans aucune zone</source>
        <translation>record without any field</translation>
    </message>
    <message>
        <source>octets qui ne sont pas de l&apos;UTF-8 valide (octet {start}) : exportez le catalogue en UTF-8 (Unicode)</source>
        <translation>bytes that are not valid UTF-8 (byte {start}): export the catalogue in UTF-8 (Unicode)</translation>
    </message>
    <message>
        <source>guide (leader) invalide : caractères non ASCII</source>
        <translation>invalid leader: non-ASCII characters</translation>
    </message>
    <message>
        <source>étiquette de zone non alphanumérique « {tag} »</source>
        <translation>non-alphanumeric field tag &quot;{tag}&quot;</translation>
    </message>
    <message>
        <source>répertoire invalide pour la zone {tag}</source>
        <translation>invalid directory for field {tag}</translation>
    </message>
    <message>
        <source>codage {declared} non pris en charge : exportez le catalogue en UTF-8 (Unicode)</source>
        <translation>{declared} encoding not supported: export the catalogue in UTF-8 (Unicode)</translation>
    </message>
    <message>
        <source>zone {value} hors des limites de la notice (notice tronquée ?)</source>
        <translation>field {value} outside the record (truncated record?)</translation>
    </message>
    <message>
        <source>étiquette de zone illisible {entry}</source>
        <translation>unreadable field tag {entry}</translation>
    </message>
    <message>
        <source>code-barres trop long ({count} caractères, {barcode_max} au plus) : {barcode}</source>
        <translation>barcode too long ({count} characters, {barcode_max} at most): {barcode}</translation>
    </message>
    <message>
        <source>{path} est un dossier : donnez le fichier MARC lui-même</source>
        <translation>{path} is a folder: give the MARC file itself</translation>
    </message>
    <message>
        <source>fichier introuvable : {path}</source>
        <translation>file not found: {path}</translation>
    </message>
    <message>
        <source>fichier vide : {path}</source>
        <translation>empty file: {path}</translation>
    </message>
    <message>
        <source>fichier en {iso5426_reason}</source>
        <translation>file in {iso5426_reason}</translation>
    </message>
    <message>
        <source>impossible de reconnaître le format (ni UNIMARC ni MARC21) : précisez --flavour unimarc ou --flavour marc21</source>
        <translation>cannot recognise the format (neither UNIMARC nor MARC21): give --flavour unimarc or --flavour marc21</translation>
    </message>
    <message>
        <source>disque plein : {done} notices importées, reprenez après avoir libéré de la place</source>
        <translation>disk full: {done} records imported, resume after freeing some space</translation>
    </message>
    <message>
        <source>aucune notice MARCXML (élément &lt;record&gt;) dans {name} : est-ce bien un export de notices ?</source>
        <translation>no MARCXML record (&lt;record&gt; element) in {name}: is it really an export of records?</translation>
    </message>
    <message>
        <source>format {flavour} inconnu : unimarc, marc21 ou auto</source>
        <translation>unknown format {flavour}: unimarc, marc21 or auto</translation>
    </message>
    <message>
        <source>date illisible « {text} » (attendu jj/mm/aaaa)</source>
        <translation>unreadable date &quot;{text}&quot; (expected dd/mm/yyyy)</translation>
    </message>
    <message>
        <source>[columns] : une table colonne = &quot;En-tête&quot; attendue</source>
        <translation>[columns]: a table column = &quot;Header&quot; expected</translation>
    </message>
    <message>
        <source>année de naissance invalide « {text} »</source>
        <translation>invalid year of birth &quot;{text}&quot;</translation>
    </message>
    <message>
        <source>contact préféré inconnu « {text} » (courriel, SMS, téléphone, courrier)</source>
        <translation>unknown preferred contact &quot;{text}&quot; (courriel, SMS, téléphone, courrier)</translation>
    </message>
    <message>
        <source>numéro de carte manquant</source>
        <translation>missing card number</translation>
    </message>
    <message>
        <source>nom manquant</source>
        <translation>missing name</translation>
    </message>
    <message>
        <source>adresse électronique invalide « {values} »</source>
        <translation>invalid email address &quot;{values}&quot;</translation>
    </message>
    <message>
        <source>fichier de correspondance introuvable : {path}</source>
        <translation>mapping file not found: {path}</translation>
    </message>
    <message>
        <source>fichier de correspondance illisible ({path}) : {error}</source>
        <translation>unreadable mapping file ({path}): {error}</translation>
    </message>
    <message>
        <source>[columns] {target} : colonne inconnue (possibles : {names})</source>
        <translation>[columns] {target}: unknown column (possible: {names})</translation>
    </message>
    <message>
        <source>[columns] {target} : l&apos;en-tête doit être un texte</source>
        <translation>[columns] {target}: the header must be a text</translation>
    </message>
    <message>
        <source>[columns] {target} : aucune colonne « {header} » dans le fichier</source>
        <translation>[columns] {target}: no column &quot;{header}&quot; in the file</translation>
    </message>
    <message>
        <source>{key} trop long ({count} caractères, {limit} au plus)</source>
        <translation>{key} too long ({count} characters, {limit} at most)</translation>
    </message>
    <message>
        <source>codage du fichier non reconnu : enregistrez-le en UTF-8</source>
        <translation>file encoding not recognised: save it in UTF-8</translation>
    </message>
    <message>
        <source>{path} est un dossier : donnez le fichier CSV lui-même</source>
        <translation>{path} is a folder: give the CSV file itself</translation>
    </message>
    <message>
        <source>ligne {number} de plus de {field_limit} caractères</source>
        <translation>line {number} longer than {field_limit} characters</translation>
    </message>
    <message>
        <source>fichier illisible : {path} ({value})</source>
        <translation>unreadable file: {path} ({value})</translation>
    </message>
    <message>
        <source>ligne {line} : champ de plus de {value} Ko ou mal formé ({error}) — un guillemet n&apos;est pas fermé, ou ce n&apos;est pas un fichier de lecteurs</source>
        <translation>line {line}: field over {value} KB or malformed ({error}) — a quote is not closed, or this is not a patron file</translation>
    </message>
    <message>
        <source>vers la ligne {line} : octets illisibles en {label} — enregistrez le fichier en UTF-8</source>
        <translation>near line {line}: bytes unreadable in {label} — save the file in UTF-8</translation>
    </message>
    <message>
        <source>{where} : une source ou une liste de sources attendue</source>
        <translation>{where}: a source or a list of sources expected</translation>
    </message>
    <message>
        <source>[{where}] : une table CODE = &quot;valeur&quot; attendue</source>
        <translation>[{where}]: a table CODE = &quot;value&quot; expected</translation>
    </message>
    <message>
        <source>flavour = {flavour} : « unimarc » ou « marc21 » attendu</source>
        <translation>flavour = {flavour}: &quot;unimarc&quot; or &quot;marc21&quot; expected</translation>
    </message>
    <message>
        <source>[record] : une table attendue</source>
        <translation>[record]: a table expected</translation>
    </message>
    <message>
        <source>[record] title : la source du titre est obligatoire</source>
        <translation>[record] title: the title&apos;s source is required</translation>
    </message>
    <message>
        <source>[[items]] : une liste de tables attendue</source>
        <translation>[[items]]: a list of tables expected</translation>
    </message>
    <message>
        <source>format {flavour} inconnu : « unimarc » ou « marc21 »</source>
        <translation>unknown format {flavour}: &quot;unimarc&quot; or &quot;marc21&quot;</translation>
    </message>
    <message>
        <source>source « {text} » invalide : écrire ZONE$sous-zones, par ex. 200$a ou 100$a/9-12</source>
        <translation>invalid source &quot;{text}&quot;: write FIELD$subfields, e.g. 200$a or 100$a/9-12</translation>
    </message>
    <message>
        <source>[{where}] {key} = {target} : valeurs possibles {names}</source>
        <translation>[{where}] {key} = {target}: possible values {names}</translation>
    </message>
    <message>
        <source>[record] {key} : colonne inconnue (possibles : {names})</source>
        <translation>[record] {key}: unknown column (possible: {names})</translation>
    </message>
    <message>
        <source>[[items]] n° {number} : tag = &quot;995&quot; (zone sur 3 caractères) attendu</source>
        <translation>[[items]] no. {number}: tag = &quot;995&quot; (3-character field) expected</translation>
    </message>
    <message>
        <source>[[items]] n° {number} : barcode = &quot;f&quot; (sous-zone du code-barres) attendu</source>
        <translation>[[items]] no. {number}: barcode = &quot;f&quot; (barcode subfield) expected</translation>
    </message>
    <message>
        <source>[[items]] n° {number} : clé inconnue {names}</source>
        <translation>[[items]] no. {number}: unknown key {names}</translation>
    </message>
    <message>
        <source> (identifiant {id})</source>
        <translation> (identifier {id})</translation>
    </message>
    <message>
        <source> (sans identifiant)</source>
        <translation> (no identifier)</translation>
    </message>
    <message>
        <source>, octet {offset}</source>
        <translation>, byte {offset}</translation>
    </message>
    <message>
        <source>notice n° {position}{ident}{where} : {reason}</source>
        <translation>record no. {position}{ident}{where}: {reason}</translation>
    </message>
    <message>
        <source>{read} notices lues ({flavour}) en {seconds} s : {created} créées, {updated} mises à jour, {unchanged} inchangées, {rejected} rejetées.</source>
        <translation>{read} records read ({flavour}) in {seconds} s: {created} created, {updated} updated, {unchanged} unchanged, {rejected} rejected.</translation>
    </message>
    <message>
        <source>Exemplaires : {created} créés, {updated} mis à jour, {unchanged} inchangés.</source>
        <translation>Items: {created} created, {updated} updated, {unchanged} unchanged.</translation>
    </message>
    <message>
        <source>Codage MARC-8 : {n} notice convertie en Unicode (vérifiez quelques accents).</source>
        <translation>MARC-8 encoding: {n} record converted to Unicode (check a few accents).</translation>
    </message>
    <message>
        <source>Codage MARC-8 : {n} notices converties en Unicode (vérifiez quelques accents).</source>
        <translation>MARC-8 encoding: {n} records converted to Unicode (check a few accents).</translation>
    </message>
    <message>
        <source>Bibliothèques créées : {count}.</source>
        <translation>Libraries created: {count}.</translation>
    </message>
    <message>
        <source>Import interrompu : les notices déjà enregistrées sont complètes.</source>
        <translation>Import interrupted: the records already saved are complete.</translation>
    </message>
    <message>
        <source> (carte {card})</source>
        <translation> (card {card})</translation>
    </message>
    <message>
        <source>ligne {line}{card} : {reason}</source>
        <translation>line {line}{card}: {reason}</translation>
    </message>
    <message>
        <source>Lecteurs : {created} ont été créés, {updated} ont été mis à jour, {unchanged} inchangés, {rejected} lignes rejetées (fichier {encoding}, séparateur « {delimiter} »).</source>
        <translation>Patrons: {created} created, {updated} updated, {unchanged} unchanged, {rejected} lines rejected (file {encoding}, separator &quot;{delimiter}&quot;).</translation>
    </message>
    <message>
        <source>Lecteurs : {created} seraient créés, {updated} seraient mis à jour, {unchanged} inchangés, {rejected} lignes rejetées (fichier {encoding}, séparateur « {delimiter} »).</source>
        <translation>Patrons: {created} would be created, {updated} would be updated, {unchanged} unchanged, {rejected} lines rejected (file {encoding}, separator &quot;{delimiter}&quot;).</translation>
    </message>
    <message>
        <source>{n} changement d&apos;identité non appliqué sans confirmation.</source>
        <translation>{n} identity change not applied without confirmation.</translation>
    </message>
    <message>
        <source>{n} changements d&apos;identité non appliqués sans confirmation.</source>
        <translation>{n} identity changes not applied without confirmation.</translation>
    </message>
    <message>
        <source>Essai à blanc : rien n&apos;a été enregistré.</source>
        <translation>Dry run: nothing was saved.</translation>
    </message>
    <message>
        <source>notice MARC-8 illisible ({error}) : exportez le catalogue en UTF-8</source>
        <translation>unreadable MARC-8 record ({error}): export the catalogue in UTF-8</translation>
    </message>
    <message>
        <source>notice tronquée (ligne {line}) : pas de balise de fin &lt;/record&gt;, le fichier est coupé ou mal formé</source>
        <translation>truncated record (line {line}): no closing &lt;/record&gt; tag, the file is cut or malformed</translation>
    </message>
    <message>
        <source>XML mal formé ligne {where}, colonne {column} (notice commençant ligne {line}, octet {start}) : notice perdue, lecture reprise à la notice suivante</source>
        <translation>malformed XML at line {where}, column {column} (record starting at line {line}, byte {start}): record lost, reading resumed at the next record</translation>
    </message>
    <message>
        <source>Niveau de correction QR inconnu : {level} (Q ou H).</source>
        <translation>Unknown QR error correction level: {level} (Q or H).</translation>
    </message>
    <message>
        <source>Position de départ impossible : {start} (de 1 à {per_page} pour {key}).</source>
        <translation>Impossible start position: {start} (1 to {per_page} for {key}).</translation>
    </message>
    <message>
        <source>Format d&apos;étiquettes inconnu : {key}. Formats possibles : {choices}.</source>
        <translation>Unknown label format: {key}. Possible formats: {choices}.</translation>
    </message>
    <message>
        <source>Avery L7160 — A4, 3 × 7 étiquettes de 63,5 × 38,1 mm</source>
        <translation>Avery L7160 — A4, 3 × 7 labels of 63.5 × 38.1 mm</translation>
    </message>
    <message>
        <source>Avery L7163 — A4, 2 × 7 étiquettes de 99,1 × 38,1 mm</source>
        <translation>Avery L7163 — A4, 2 × 7 labels of 99.1 × 38.1 mm</translation>
    </message>
    <message>
        <source>Avery L7651 — A4, 5 × 13 étiquettes de 38,1 × 21,2 mm</source>
        <translation>Avery L7651 — A4, 5 × 13 labels of 38.1 × 21.2 mm</translation>
    </message>
    <message>
        <source>Zweckform 3474 — A4, 3 × 8 étiquettes de 70 × 37 mm, bord à bord</source>
        <translation>Zweckform 3474 — A4, 3 × 8 labels of 70 × 37 mm, edge to edge</translation>
    </message>
    <message>
        <source>Rouleau continu 62 mm (Brother QL), une étiquette par page</source>
        <translation>Continuous 62 mm roll (Brother QL), one label per page</translation>
    </message>
    <message>
        <source>passerelle SMS : HTTP {status_code} {text}</source>
        <translation>SMS gateway: HTTP {status_code} {text}</translation>
    </message>
    <message>
        <source>Adresse e-mail invalide : « {to} ».</source>
        <translation>Invalid email address: &quot;{to}&quot;.</translation>
    </message>
    <message>
        <source>Le serveur refuse l&apos;identifiant ou le mot de passe.</source>
        <translation>The server refuses the user name or the password.</translation>
    </message>
    <message>
        <source>Le serveur {where} ne propose pas STARTTLS : choisissez « aucun » ou « SSL ».</source>
        <translation>The server {where} does not offer STARTTLS: choose &quot;none&quot; or &quot;SSL&quot;.</translation>
    </message>
    <message>
        <source>Le serveur refuse l&apos;adresse {to}.</source>
        <translation>The server refuses the address {to}.</translation>
    </message>
    <message>
        <source>Le serveur refuse l&apos;adresse d&apos;expéditeur {sender}.</source>
        <translation>The server refuses the sender address {sender}.</translation>
    </message>
    <message>
        <source>Le serveur {where} a refusé le message : {error}</source>
        <translation>The server {where} refused the message: {error}</translation>
    </message>
    <message>
        <source>La connexion chiffrée avec {where} a échoué ({value}) : vérifiez le mode de chiffrement et le port (587 pour STARTTLS, 465 pour SSL).</source>
        <translation>The encrypted connection with {where} failed ({value}): check the encryption mode and the port (587 for STARTTLS, 465 for SSL).</translation>
    </message>
    <message>
        <source>Le serveur {where} ne répond pas.</source>
        <translation>The server {where} does not answer.</translation>
    </message>
    <message>
        <source>Impossible de joindre le serveur {where} : {value}.</source>
        <translation>Cannot reach the server {where}: {value}.</translation>
    </message>
    <message>
        <source>Port SMTP invalide : {smtp_port} (1 à 65535).</source>
        <translation>Invalid SMTP port: {smtp_port} (1 to 65535).</translation>
    </message>
    <message>
        <source>Mode de chiffrement inconnu : {smtp_tls}</source>
        <translation>Unknown encryption mode: {smtp_tls}</translation>
    </message>
    <message>
        <source>Sans chiffrement, le mot de passe SMTP et les messages aux lecteurs passent en clair sur le réseau : choisissez STARTTLS ou SSL, ou confirmez l&apos;envoi sans chiffrement.</source>
        <translation>Without encryption, the SMTP password and the messages to patrons travel in clear on the network: choose STARTTLS or SSL, or confirm sending without encryption.</translation>
    </message>
    <message>
        <source>Adresse d&apos;expéditeur invalide : {sender}</source>
        <translation>Invalid sender address: {sender}</translation>
    </message>
    <message>
        <source>L&apos;adresse de la passerelle SMS doit commencer par https:// : {url}</source>
        <translation>The SMS gateway address must start with https://: {url}</translation>
    </message>
    <message>
        <source>Indiquez le serveur SMTP.</source>
        <translation>Enter the SMTP server.</translation>
    </message>
    <message>
        <source>Message introuvable : {notification_id}</source>
        <translation>Message not found: {notification_id}</translation>
    </message>
    <message>
        <source>Modèle de message inconnu : {key}</source>
        <translation>Unknown message template: {key}</translation>
    </message>
    <message>
        <source>Le texte du message est vide.</source>
        <translation>The message text is empty.</translation>
    </message>
    <message>
        <source>Champ inconnu dans le modèle : ${args}. Champs possibles : {allowed}.</source>
        <translation>Unknown field in the template: ${args}. Possible fields: {allowed}.</translation>
    </message>
    <message>
        <source>Un « $ » du modèle n&apos;est pas suivi d&apos;un nom de champ (écrivez $$ pour un $).</source>
        <translation>A &quot;$&quot; of the template is not followed by a field name (write $$ for a $).</translation>
    </message>
    <message>
        <source>aucun serveur d&apos;envoi de courriels (SMTP) n&apos;est réglé (Réglages › Messages)</source>
        <translation>no email server (SMTP) is set (Settings › Messages)</translation>
    </message>
    <message>
        <source>aucun service d&apos;envoi de SMS n&apos;est réglé (Réglages › Messages)</source>
        <translation>no SMS service is set (Settings › Messages)</translation>
    </message>
    <message>
        <source>aucun moyen d&apos;envoi réglé</source>
        <translation>no way of sending is set</translation>
    </message>
    <message>
        <source>{n} message non envoyé : {why}</source>
        <translation>{n} message not sent: {why}</translation>
    </message>
    <message>
        <source>{n} messages non envoyés : {why}</source>
        <translation>{n} messages not sent: {why}</translation>
    </message>
    <message>
        <source>Le prénom et le nom sont nécessaires pour inscrire un lecteur.</source>
        <translation>First name and last name are needed to register a patron.</translation>
    </message>
    <message>
        <source>Année de naissance invalide : {birth_year}.</source>
        <translation>Invalid year of birth: {birth_year}.</translation>
    </message>
    <message>
        <source>Adresse électronique invalide : {email}.</source>
        <translation>Invalid email address: {email}.</translation>
    </message>
    <message>
        <source>Numéro de téléphone invalide : {phone}.</source>
        <translation>Invalid phone number: {phone}.</translation>
    </message>
    <message>
        <source>La carte {card} est déjà celle d&apos;un autre lecteur.</source>
        <translation>The card {card} already belongs to another patron.</translation>
    </message>
    <message>
        <source>Aucun lecteur avec la carte {key}.</source>
        <translation>No patron with the card {key}.</translation>
    </message>
    <message>
        <source>{label} trop long ({limit} caractères au plus).</source>
        <translation>{label} too long ({limit} characters at most).</translation>
    </message>
    <message>
        <source>Lecteur inscrit : {name}, carte {card}, valable jusqu&apos;au {expiry}.</source>
        <translation>Patron registered: {name}, card {card}, valid until {expiry}.</translation>
    </message>
    <message>
        <source>Carte de {name} renouvelée jusqu&apos;au {expiry}.</source>
        <translation>{name}&apos;s card renewed until {expiry}.</translation>
    </message>
    <message>
        <source>La période « {label} » finit ({end}) avant de commencer ({start}).</source>
        <translation>The period &quot;{label}&quot; ends ({end}) before it starts ({start}).</translation>
    </message>
    <message>
        <source>Jour de la semaine invalide : {weekday} (0 = lundi … 6 = dimanche).</source>
        <translation>Invalid day of the week: {weekday} (0 = Monday … 6 = Sunday).</translation>
    </message>
    <message>
        <source>L&apos;heure de fin ({end_time}) doit suivre l&apos;heure de début ({start_time}).</source>
        <translation>The end time ({end_time}) must come after the start time ({start_time}).</translation>
    </message>
    <message>
        <source>La fin de validité ({valid_to}) précède son début ({valid_from}).</source>
        <translation>The end of validity ({valid_to}) is before its start ({valid_from}).</translation>
    </message>
    <message>
        <source>Intervalle invalide : toutes les {interval_weeks} semaines.</source>
        <translation>Invalid interval: every {interval_weeks} weeks.</translation>
    </message>
    <message>
        <source>Une règle « toutes les N semaines » a besoin d&apos;une date de premier passage.</source>
        <translation>An &quot;every N weeks&quot; rule needs a date of first visit.</translation>
    </message>
    <message>
        <source>La date de premier passage ({anchor_date}) ne tombe pas le jour de la semaine de la règle.</source>
        <translation>The date of first visit ({anchor_date}) does not fall on the rule&apos;s day of the week.</translation>
    </message>
    <message>
        <source>Rang invalide dans le mois : {nth} (1 à 4, ou -1 pour le dernier).</source>
        <translation>Invalid rank in the month: {nth} (1 to 4, or -1 for the last).</translation>
    </message>
    <message>
        <source>Le nombre de jours doit être au moins 1.</source>
        <translation>The number of days must be at least 1.</translation>
    </message>
    <message>
        <source>Le temps de planification doit être positif.</source>
        <translation>The planning time must be positive.</translation>
    </message>
    <message>
        <source>Période non reconnue : « {text} » (attendu : 2026, 2026-03 ou 2026-01-01:2026-06-30).</source>
        <translation>Period not recognised: &quot;{text}&quot; (expected: 2026, 2026-03 or 2026-01-01:2026-06-30).</translation>
    </message>
    <message>
        <source>Périmètre non reconnu : « {text} » (attendu : network, library:…, tour:… ou stop:…).</source>
        <translation>Scope not recognised: &quot;{text}&quot; (expected: network, library:…, tour:… or stop:…).</translation>
    </message>
    <message>
        <source>Aucune bibliothèque ne porte ce nom : « {name} ».</source>
        <translation>No library has this name: &quot;{name}&quot;.</translation>
    </message>
    <message>
        <source>Aucune tournée ne porte ce nom : « {name} ».</source>
        <translation>No tour has this name: &quot;{name}&quot;.</translation>
    </message>
    <message>
        <source>Aucun arrêt ne porte ce nom : « {name} ».</source>
        <translation>No stop has this name: &quot;{name}&quot;.</translation>
    </message>
    <message>
        <source>Plusieurs bibliothèques portent ce nom : « {name} » ; donnez son identifiant.</source>
        <translation>Several libraries have this name: &quot;{name}&quot;; give its identifier.</translation>
    </message>
    <message>
        <source>Plusieurs tournées portent ce nom : « {name} » ; donnez son identifiant.</source>
        <translation>Several tours have this name: &quot;{name}&quot;; give its identifier.</translation>
    </message>
    <message>
        <source>Plusieurs arrêts portent ce nom : « {name} » ; donnez son identifiant.</source>
        <translation>Several stops have this name: &quot;{name}&quot;; give its identifier.</translation>
    </message>
    <message>
        <source>Date impossible dans la période « {text} ».</source>
        <translation>Impossible date in the period &quot;{text}&quot;.</translation>
    </message>
    <message>
        <source>La fin de la période doit suivre son début.</source>
        <translation>The end of the period must come after its start.</translation>
    </message>
    <message>
        <source>Base introuvable ou vide : {path}.</source>
        <translation>Database not found or empty: {path}.</translation>
    </message>
    <message>
        <source>{path} est déjà chiffrée (ou n&apos;est pas une base SQLite).</source>
        <translation>{path} is already encrypted (or is not an SQLite database).</translation>
    </message>
    <message>
        <source>La copie chiffrée ne correspond pas à la base : rien n&apos;a changé.</source>
        <translation>The encrypted copy does not match the database: nothing changed.</translation>
    </message>
    <message>
        <source>La copie chiffrée est abîmée : rien n&apos;a changé.</source>
        <translation>The encrypted copy is damaged: nothing changed.</translation>
    </message>
    <message>
        <source>{path} n&apos;est pas une base lisible : {error}</source>
        <translation>{path} is not a readable database: {error}</translation>
    </message>
    <message>
        <source>Le chiffrement de la base demande SQLCipher (paquet sqlcipher3-binary).</source>
        <translation>Encrypting the database needs SQLCipher (package sqlcipher3-binary).</translation>
    </message>
    <message>
        <source>fichier de catalogue illisible : {error}</source>
        <translation>unreadable catalogue file: {error}</translation>
    </message>
    <message>
        <source>fichier de catalogue d&apos;une autre version du schéma</source>
        <translation>catalogue file of another schema version</translation>
    </message>
    <message>
        <source>fichier de catalogue sans index de recherche</source>
        <translation>catalogue file without a search index</translation>
    </message>
    <message>
        <source>copie du catalogue incohérente (numéros de lignes)</source>
        <translation>inconsistent copy of the catalogue (row numbers)</translation>
    </message>
    <message>
        <source>Cette base a été créée par une version plus récente de Bibliomobile (schéma {schema}). Installez la dernière version ; la base n&apos;a pas été modifiée.</source>
        <translation>This database was created by a newer version of Bibliomobile (schema {schema}). Install the latest version; the database was not changed.</translation>
    </message>
    <message>
        <source>Cette base de serveur a été créée par une version plus récente de Bibliomobile (schéma {schema}). Installez la dernière version ; la base n&apos;a pas été modifiée.</source>
        <translation>This server database was created by a newer version of Bibliomobile (schema {schema}). Install the latest version; the database was not changed.</translation>
    </message>
    <message>
        <source>Ce poste n&apos;est pas inscrit : saisissez l&apos;adresse du serveur et le code.</source>
        <translation>This device is not enrolled: enter the server address and the code.</translation>
    </message>
    <message>
        <source>Décrivez la résolution avant de l&apos;enregistrer.</source>
        <translation>Describe the resolution before saving it.</translation>
    </message>
    <message>
        <source>Conflits non transmis : {value}</source>
        <translation>Conflicts not sent: {value}</translation>
    </message>
    <message>
        <source>Envoi refusé par le serveur : {value}</source>
        <translation>Upload refused by the server: {value}</translation>
    </message>
    <message>
        <source>Serveur occupé (trop de requêtes) : réessayez dans quelques minutes.</source>
        <translation>Server busy (too many requests): try again in a few minutes.</translation>
    </message>
    <message>
        <source>Requête refusée par le serveur ({status_code}) : {detail}</source>
        <translation>Request refused by the server ({status_code}): {detail}</translation>
    </message>
    <message>
        <source>Erreur du serveur ({status_code}) : réessayez plus tard.</source>
        <translation>Server error ({status_code}): try again later.</translation>
    </message>
    <message>
        <source>Serveur injoignable ({name}) : réessayez plus tard.</source>
        <translation>Server unreachable ({name}): try again later.</translation>
    </message>
    <message>
        <source>Réponse du serveur incomplète : réessayez plus tard.</source>
        <translation>Incomplete answer from the server: try again later.</translation>
    </message>
    <message>
        <source>Cet appareil a été révoqué.</source>
        <translation>This device has been revoked.</translation>
    </message>
    <message>
        <source>Ce poste n&apos;est pas inscrit.</source>
        <translation>This device is not enrolled.</translation>
    </message>
    <message>
        <source>Adresse de serveur invalide : {server_url} (https://…).</source>
        <translation>Invalid server address: {server_url} (https://…).</translation>
    </message>
    <message>
        <source>Adresse refusée : {server_url} est en http:// simple, les données des lecteurs passeraient en clair sur le réseau. Demandez l&apos;adresse en https://… au coordinateur (le serveur se place derrière un proxy TLS).</source>
        <translation>Address refused: {server_url} is plain http://, patrons&apos; data would travel in clear on the network. Ask the coordinator for the https://… address (the server sits behind a TLS proxy).</translation>
    </message>
    <message>
        <source>Réponse du serveur illisible.</source>
        <translation>Unreadable answer from the server.</translation>
    </message>
    <message>
        <source>Serveur injoignable ({name}).</source>
        <translation>Server unreachable ({name}).</translation>
    </message>
    <message>
        <source>Périmètre refusé : {value}</source>
        <translation>Scope refused: {value}</translation>
    </message>
    <message>
        <source>Réception refusée : {value}</source>
        <translation>Reception refused: {value}</translation>
    </message>
    <message>
        <source>Lecture refusée : {value}</source>
        <translation>Read refused: {value}</translation>
    </message>
    <message>
        <source>Le serveur a un schéma plus récent : mettez Bibliomobile à jour.</source>
        <translation>The server has a newer schema: update Bibliomobile.</translation>
    </message>
    <message>
        <source>Instantané refusé : {value}</source>
        <translation>Snapshot refused: {value}</translation>
    </message>
    <message>
        <source>Données personnelles verrouillées : ce poste ne s&apos;est pas synchronisé depuis plus de {days} jours. Synchronisez-le pour les retrouver.</source>
        <translation>Personal data locked: this device has not synchronised for more than {days} days. Synchronise it to get them back.</translation>
    </message>
    <message>
        <source>Cet appareil a été révoqué. Le travail non envoyé est conservé : exportez-le.</source>
        <translation>This device has been revoked. Work not yet sent is kept: export it.</translation>
    </message>
    <message>
        <source>Jeton refusé par le serveur : inscrivez de nouveau ce poste.</source>
        <translation>Token refused by the server: enrol this device again.</translation>
    </message>
    <message>
        <source>Motif inconnu : {reason}.</source>
        <translation>Unknown reason: {reason}.</translation>
    </message>
    <message>
        <source>Effacement refusé : {detail}</source>
        <translation>Erasure refused: {detail}</translation>
    </message>
    <message>
        <source>refus du serveur</source>
        <translation>refused by the server</translation>
    </message>
    <message>
        <source>Journal d&apos;accès non transmis : {detail}</source>
        <translation>Access log not sent: {detail}</translation>
    </message>
    <message>
        <source>Clé des notes d&apos;accès reçue invalide : réessayez plus tard.</source>
        <translation>The access-notes key received is invalid: try again later.</translation>
    </message>
    <message>
        <source>Ce poste n&apos;est pas inscrit auprès du serveur : l&apos;export se fait depuis un poste de coordination connecté.</source>
        <translation>This device is not enrolled with the server: the export is made from a connected coordination device.</translation>
    </message>
    <message>
        <source>Format inconnu : {fmt} (pdf ou json).</source>
        <translation>Unknown format: {fmt} (pdf or json).</translation>
    </message>
    <message>
        <source>Serveur injoignable ({error}) : réessayez une fois connecté.</source>
        <translation>Server unreachable ({error}): try again once connected.</translation>
    </message>
    <message>
        <source>Le serveur ne connaît pas la carte {card}.</source>
        <translation>The server does not know card {card}.</translation>
    </message>
    <message>
        <source>Réponse inattendue du serveur ({status}).</source>
        <translation>Unexpected answer from the server ({status}).</translation>
    </message>
    <message>
        <source>Le code PIN doit compter 4 à 8 chiffres.</source>
        <translation>The PIN must have 4 to 8 digits.</translation>
    </message>
    <message>
        <source>Ce code PIN se devine trop facilement (suite ou chiffre répété).</source>
        <translation>This PIN is too easy to guess (sequence or repeated digit).</translation>
    </message>
    <message>
        <source>Indiquez le nom de la personne.</source>
        <translation>Enter the person&apos;s name.</translation>
    </message>
    <message>
        <source>Rôle inconnu : {role} (coordinator, crew ou volunteer).</source>
        <translation>Unknown role: {role} (coordinator, crew or volunteer).</translation>
    </message>
    <message>
        <source>« {name} » existe déjà sur cet ordinateur.</source>
        <translation>&quot;{name}&quot; already exists on this computer.</translation>
    </message>
    <message>
        <source>Code PIN incorrect.</source>
        <translation>Wrong PIN.</translation>
    </message>
    <message>
        <source>Personne inconnue sur cet ordinateur.</source>
        <translation>Unknown person on this computer.</translation>
    </message>
</context>
<context>
    <name>MessagesBox</name>
    <message>
        <source>Messages aux lecteurs</source>
        <extracomment>Usual port of each encryption mode, proposed when the mode changes.</extracomment>
        <translation>Messages to patrons</translation>
    </message>
    <message>
        <source>ex. smtp.mairie-exemple.fr</source>
        <translation>e.g. smtp.town-example.org</translation>
    </message>
    <message>
        <source>Serveur SMTP</source>
        <translation>SMTP server</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>aucun</source>
        <translation>none</translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <source>SSL</source>
        <translation>SSL</translation>
    </message>
    <message>
        <source>Chiffrement</source>
        <translation>Encryption</translation>
    </message>
    <message>
        <source>Identifiant</source>
        <translation>Username</translation>
    </message>
    <message>
        <source>Mot de passe</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Le mot de passe est enregistré dans la base de données de cet appareil (chiffrée si le chiffrement de la base est activé) ; il n&apos;est jamais synchronisé avec le serveur.</source>
        <translation>The password is stored in this device’s database (encrypted if database encryption is enabled); it is never synchronised with the server.</translation>
    </message>
    <message>
        <source>ex. mediatheque@mairie-exemple.fr</source>
        <translation>e.g. library@town-example.org</translation>
    </message>
    <message>
        <source>Adresse d&apos;expéditeur</source>
        <translation>Sender address</translation>
    </message>
    <message>
        <source>Passerelle SMS (adresse)</source>
        <translation>SMS gateway (address)</translation>
    </message>
    <message>
        <source>Jeton de la passerelle</source>
        <translation>Gateway token</translation>
    </message>
    <message>
        <source>Enregistrer</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>votre adresse e-mail</source>
        <translation>your e-mail address</translation>
    </message>
    <message>
        <source>Tester l&apos;envoi</source>
        <translation>Send a test</translation>
    </message>
    <message>
        <source>Message d&apos;essai à</source>
        <translation>Test message to</translation>
    </message>
    <message>
        <source>Envoi sans chiffrement</source>
        <translation>Sending without encryption</translation>
    </message>
    <message>
        <source>Sans chiffrement, le mot de passe et les messages aux lecteurs passent en clair sur le réseau. Envoyer quand même sans chiffrement ?</source>
        <translation>Without encryption, the password and the messages to patrons cross the network in clear. Send without encryption anyway?</translation>
    </message>
    <message>
        <source>Réglages des messages enregistrés.</source>
        <translation>Message settings saved.</translation>
    </message>
    <message>
        <source>Message d&apos;essai envoyé à {to} : vérifiez sa réception.</source>
        <translation>Test message sent to {to}: check that it arrived.</translation>
    </message>
    <message>
        <source>L&apos;envoi du message d&apos;essai a échoué : {error}</source>
        <translation>The test message could not be sent: {error}</translation>
    </message>
    <message>
        <source>Envoi du message d&apos;essai…</source>
        <translation>Sending the test message…</translation>
    </message>
</context>
<context>
    <name>NewRequestPage</name>
    <message>
        <source>Nom, carte, commune…</source>
        <translation>Name, card, town…</translation>
    </message>
    <message>
        <source>Lecteur</source>
        <translation>Patron</translation>
    </message>
    <message>
        <source>Créneau</source>
        <translation>Slot</translation>
    </message>
    <message>
        <source>Reçue par</source>
        <translation>Received by</translation>
    </message>
    <message>
        <source>Sélection surprise (d&apos;après les goûts)</source>
        <translation>Surprise selection (based on tastes)</translation>
    </message>
    <message>
        <source>ex. « polars, pas d&apos;horreur, gros caractères »</source>
        <translation>e.g. &quot;crime novels, no horror, large print&quot;</translation>
    </message>
    <message>
        <source>Goûts / remarque</source>
        <translation>Tastes / note</translation>
    </message>
    <message>
        <source>Titre, auteur… puis Entrée</source>
        <translation>Title, author… then Enter</translation>
    </message>
    <message>
        <source>Titres</source>
        <translation>Titles</translation>
    </message>
    <message>
        <source>Titres choisis</source>
        <translation>Chosen titles</translation>
    </message>
    <message>
        <source>Enregistrer la demande</source>
        <translation>Save the request</translation>
    </message>
    <message>
        <source>disponible : {n}</source>
        <translation>available: {n}</translation>
    </message>
    <message>
        <source>en prêt : {n}</source>
        <translation>on loan: {n}</translation>
    </message>
    <message>
        <source>(retour le {date})</source>
        <translation>(due {date})</translation>
    </message>
    <message>
        <source>dans un sac : {n}</source>
        <translation>in a bag: {n}</translation>
    </message>
    <message>
        <source>N&apos;importe lequel (choisi à la préparation du sac)</source>
        <translation>Any copy (chosen when the bag is prepared)</translation>
    </message>
    <message>
        <source>Exemplaire</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>Exemplaire demandé :</source>
        <translation>Copy requested:</translation>
    </message>
    <message>
        <source>Choisissez un lecteur, un passage et un créneau.</source>
        <translation>Choose a patron, a visit and a slot.</translation>
    </message>
    <message>
        <source>Demande enregistrée pour {name}.</source>
        <translation>Request saved for {name}.</translation>
    </message>
</context>
<context>
    <name>NotificationsPage</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Lecteur</source>
        <translation>Patron</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Canal</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>État</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Erreur</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Actualiser</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Envoyer maintenant</source>
        <translation>Send now</translation>
    </message>
    <message>
        <source>Rappels de la veille</source>
        <translation>Day-before reminders</translation>
    </message>
    <message>
        <source>Liste d&apos;appels (PDF)…</source>
        <translation>Call list (PDF)…</translation>
    </message>
    <message>
        <source>Modèles de messages…</source>
        <translation>Message templates…</translation>
    </message>
    <message>
        <source>Appel passé</source>
        <translation>Call made</translation>
    </message>
    <message>
        <source>Le lecteur choisi a été prévenu par téléphone.</source>
        <translation>The chosen patron was told by phone.</translation>
    </message>
    <message>
        <source>Sac prêt</source>
        <translation>Bag ready</translation>
    </message>
    <message>
        <source>Rappel</source>
        <translation>Reminder</translation>
    </message>
    <message>
        <source>{s} envoyé(s), {f} en échec, {c} appel(s) à passer.</source>
        <translation>{s} sent, {f} failed, {c} call(s) to make.</translation>
    </message>
    <message>
        <source>Choisissez un appel à passer dans la liste.</source>
        <translation>Choose a call to make in the list.</translation>
    </message>
    <message>
        <source>Appel à {name} noté comme passé.</source>
        <translation>Call to {name} recorded as made.</translation>
    </message>
    <message>
        <source>Appels à passer</source>
        <translation>Calls to make</translation>
    </message>
    <message numerus="yes">
        <source>%Ln appel(s) à passer.</source>
        <translation>
            <numerusform>%Ln call to make.</numerusform>
            <numerusform>%Ln calls to make.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NotifyPanel</name>
    <message>
        <source>À prévenir</source>
        <translation>To notify</translation>
    </message>
    <message>
        <source>Choisissez un passage annulé ou déplacé pour voir qui prévenir.</source>
        <translation>Choose a cancelled or moved visit to see whom to notify.</translation>
    </message>
    <message>
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
    <message numerus="yes">
        <source>%Ln lecteur(s) à prévenir.</source>
        <translation>
            <numerusform>%Ln patron to tell.</numerusform>
            <numerusform>%Ln patrons to tell.</numerusform>
        </translation>
    </message>
    <message>
        <source>Personne à prévenir.</source>
        <translation>Nobody to notify.</translation>
    </message>
    <message>
        <source>Prochain passage : {date}.</source>
        <translation>Next visit: {date}.</translation>
    </message>
    <message>
        <source>Aucun prochain passage prévu à cet arrêt.</source>
        <translation>No next visit planned at this stop.</translation>
    </message>
    <message>
        <source>{loans} prêt(s) reporté(s), {moved} demande(s) drive reportée(s), {flagged} à replanifier.</source>
        <translation>{loans} loan(s) moved, {moved} drive request(s) moved, {flagged} to re-plan.</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Protéger les données de cet ordinateur</source>
        <translation>Protect the data of this computer</translation>
    </message>
    <message>
        <source>Ouvrir Bibliomobile</source>
        <translation>Open Bibliomobile</translation>
    </message>
    <message>
        <source>Les données des lecteurs sont chiffrées sur cet ordinateur. Choisissez une phrase de passe : sans elle, un ordinateur perdu ou volé ne montre rien. Quatre mots au hasard font une bonne phrase de passe.</source>
        <translation>Patrons&apos; data is encrypted on this computer. Choose a passphrase: without it, a lost or stolen computer shows nothing. Four random words make a good passphrase.</translation>
    </message>
    <message>
        <source>Tapez la phrase de passe des données de cet ordinateur.</source>
        <translation>Type the passphrase of this computer&apos;s data.</translation>
    </message>
    <message>
        <source>Phrase de passe</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>La garder dans le trousseau de cet ordinateur (ordinateur personnel)</source>
        <translation>Keep it in this computer&apos;s keyring (personal computer)</translation>
    </message>
    <message>
        <source>Encore une fois</source>
        <translation>Once more</translation>
    </message>
    <message>
        <source>Solidité</source>
        <translation>Strength</translation>
    </message>
    <message>
        <source>Pas de trousseau sur cet ordinateur : elle sera demandée à chaque démarrage.</source>
        <translation>No keyring on this computer: it will be asked at every start.</translation>
    </message>
    <message>
        <source>Solidité : {label}. {advice}</source>
        <translation>Strength: {label}. {advice}</translation>
    </message>
    <message>
        <source>Les deux saisies diffèrent.</source>
        <translation>The two entries differ.</translation>
    </message>
</context>
<context>
    <name>PatronImportDialog</name>
    <message>
        <source>N° de carte</source>
        <extracomment>How the preview names the patron columns (French source, translated by _column_label).</extracomment>
        <translation>Card number</translation>
    </message>
    <message>
        <source>Nom</source>
        <translation>Last name</translation>
    </message>
    <message>
        <source>Prénom</source>
        <translation>First name</translation>
    </message>
    <message>
        <source>Année de naissance</source>
        <translation>Year of birth</translation>
    </message>
    <message>
        <source>Adresse</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Code postal</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Town</translation>
    </message>
    <message>
        <source>Téléphone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Courriel</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Contact préféré</source>
        <translation>Preferred contact</translation>
    </message>
    <message>
        <source>Fin d&apos;abonnement</source>
        <translation>Membership expiry</translation>
    </message>
    <message>
        <source>Importer des lecteurs</source>
        <translation>Import patrons</translation>
    </message>
    <message>
        <source>Colonne du fichier</source>
        <translation>File column</translation>
    </message>
    <message>
        <source>Enregistrée comme</source>
        <translation>Saved as</translation>
    </message>
    <message>
        <source>Premières lignes :</source>
        <translation>First rows:</translation>
    </message>
    <message>
        <source>Ce que l&apos;import changera :</source>
        <translation>What the import will change:</translation>
    </message>
    <message>
        <source>Importer</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Fichier illisible : {error}</source>
        <translation>Unreadable file: {error}</translation>
    </message>
    <message>
        <source>{rows} lignes · codage {encoding} · séparateur « {delimiter} »</source>
        <translation>{rows} rows · encoding {encoding} · separator &quot;{delimiter}&quot;</translation>
    </message>
    <message>
        <source>Colonnes ignorées (jamais enregistrées) : {names}</source>
        <translation>Ignored columns (never saved): {names}</translation>
    </message>
    <message>
        <source>Colonne obligatoire introuvable : {names}. Utilisez un fichier de correspondance (bibliomobile import patrons --mapping).</source>
        <translation>Required column not found: {names}. Use a mapping file (bibliomobile import patrons --mapping).</translation>
    </message>
    <message>
        <source>Comparaison avec les lecteurs connus…</source>
        <translation>Comparing with the known patrons…</translation>
    </message>
    <message>
        <source>Rien à changer : les lecteurs sont à jour.</source>
        <translation>Nothing to change: the patrons are up to date.</translation>
    </message>
    <message>
        <source>Appliquer aussi les {n} changement(s) d&apos;identité (nom, prénom, année de naissance) : même carte, autre personne ?</source>
        <translation>Also apply the {n} identity change(s) (name, first name, birth year): same card, another person?</translation>
    </message>
    <message>
        <source>Import en cours…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Aucune ligne rejetée.</source>
        <translation>No rows rejected.</translation>
    </message>
    <message>
        <source>Import impossible : {error}</source>
        <translation>Import failed: {error}</translation>
    </message>
    <message>
        <source>Importer des lecteurs (CSV)…</source>
        <translation>Import patrons (CSV)…</translation>
    </message>
</context>
<context>
    <name>PatronsWorkspace</name>
    <message>
        <source>Lecteurs</source>
        <translation>Patrons</translation>
    </message>
    <message>
        <source>Nom, commune, numéro de carte, courriel ou téléphone.</source>
        <translation>Name, town, card number, e-mail or phone.</translation>
    </message>
    <message>
        <source>Rechercher un lecteur… (ex. : dupre egliseneuve)</source>
        <translation>Search for a patron… (e.g. dupre egliseneuve)</translation>
    </message>
    <message>
        <source>Choisissez un lecteur pour voir sa fiche et ses prêts.</source>
        <translation>Choose a patron to see their details and loans.</translation>
    </message>
    <message>
        <source>Nouveau lecteur…</source>
        <translation>New patron…</translation>
    </message>
    <message>
        <source>Renouveler la carte</source>
        <translation>Renew the card</translation>
    </message>
    <message>
        <source>Effacer la personne…</source>
        <translation>Erase the person…</translation>
    </message>
    <message>
        <source>Carte {card}</source>
        <translation>Card {card}</translation>
    </message>
    <message>
        <source>Carte bloquée</source>
        <translation>Card blocked</translation>
    </message>
    <message>
        <source>Fin d&apos;abonnement</source>
        <translation>Card expires</translation>
    </message>
    <message>
        <source>Arrêt habituel</source>
        <translation>Usual stop</translation>
    </message>
    <message>
        <source>Adresse</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Téléphone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Courriel</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Prévenir par</source>
        <translation>Notify by</translation>
    </message>
    <message>
        <source>Année de naissance</source>
        <translation>Year of birth</translation>
    </message>
    <message>
        <source>à rendre le {date}</source>
        <translation>due {date}</translation>
    </message>
    <message>
        <source>en retard</source>
        <translation>overdue</translation>
    </message>
    <message>
        <source>Prêts en cours ({count})</source>
        <translation>Current loans ({count})</translation>
    </message>
    <message>
        <source>Aucun prêt en cours.</source>
        <translation>No current loans.</translation>
    </message>
</context>
<context>
    <name>PeopleBox</name>
    <message>
        <source>Personnes de cet ordinateur</source>
        <translation>People of this computer</translation>
    </message>
    <message>
        <source>Avec des personnes définies, l&apos;appli s&apos;ouvre verrouillée et se verrouille après quelques minutes sans activité ; chacun la déverrouille avec son code PIN et ne voit que ce que son rôle permet.</source>
        <translation>With people defined, the app opens locked and locks again after a few idle minutes; each person unlocks it with their PIN and sees only what their role allows.</translation>
    </message>
    <message>
        <source>Nom</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Rôle</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Code PIN (4 à 8 chiffres)</source>
        <translation>PIN (4 to 8 digits)</translation>
    </message>
    <message>
        <source>Ajouter cette personne</source>
        <translation>Add this person</translation>
    </message>
    <message>
        <source>Ordinateur partagé : ne plus garder la phrase de passe</source>
        <translation>Shared computer: stop keeping the passphrase</translation>
    </message>
    <message>
        <source>Personne : l&apos;appli s&apos;ouvre sans code PIN.</source>
        <translation>Nobody: the app opens without a PIN.</translation>
    </message>
    <message>
        <source>La première personne est un coordinateur (elle gère les autres).</source>
        <translation>The first person is a coordinator (they manage the others).</translation>
    </message>
    <message>
        <source>Seul un coordinateur ajoute des personnes.</source>
        <translation>Only a coordinator adds people.</translation>
    </message>
    <message>
        <source>Ajouté·e. Le verrouillage s&apos;applique au prochain démarrage.</source>
        <translation>Added. The lock applies from the next start.</translation>
    </message>
    <message>
        <source>La phrase de passe sera demandée à chaque démarrage.</source>
        <translation>The passphrase will be asked at every start.</translation>
    </message>
</context>
<context>
    <name>PeriodChooser</name>
    <message>
        <source> mois</source>
        <translation> months</translation>
    </message>
    <message>
        <source>Du</source>
        <translation>From</translation>
    </message>
    <message>
        <source>sur</source>
        <translation>for</translation>
    </message>
</context>
<context>
    <name>PersonExportButton</name>
    <message>
        <source>Exporter ses données (droit d&apos;accès)…</source>
        <translation>Export their data (right of access)…</translation>
    </message>
    <message>
        <source>Tout ce que le serveur détient sur cette personne, en PDF pour elle ou en JSON pour le délégué à la protection des données (poste de coordination connecté).</source>
        <translation>Everything the server holds about this person, as a PDF for them or as JSON for the data protection officer (connected coordination computer).</translation>
    </message>
    <message>
        <source>Données de la personne</source>
        <translation>The person&apos;s data</translation>
    </message>
    <message>
        <source>PDF pour la personne (*.pdf);;JSON pour le DPO (*.json)</source>
        <translation>PDF for the person (*.pdf);;JSON for the DPO (*.json)</translation>
    </message>
    <message>
        <source>Données enregistrées : {path}. Ce fichier contient des données personnelles : remettez-le à la personne, puis supprimez-le.</source>
        <translation>Data saved: {path}. This file holds personal data: hand it to the person, then delete it.</translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <source>Cet espace arrive bientôt</source>
        <extracomment>When set to 1, print &quot;first-paint &lt;epoch seconds&gt;&quot; after the first paint and quit.</extracomment>
        <translation>This workspace is coming soon</translation>
    </message>
</context>
<context>
    <name>PlanningPage</name>
    <message>
        <source>Aucune visite due sur la période : rien à planifier.</source>
        <translation>No visit due in this period: nothing to plan.</translation>
    </message>
    <message>
        <source>Du</source>
        <translation>From</translation>
    </message>
    <message>
        <source>au</source>
        <translation>to</translation>
    </message>
    <message>
        <source>Vitesse</source>
        <translation>Speed</translation>
    </message>
    <message>
        <source>Durée d&apos;une visite</source>
        <translation>Time per visit</translation>
    </message>
    <message>
        <source>Temps de calcul</source>
        <translation>Solving time</translation>
    </message>
    <message>
        <source>Actualiser</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Visites dues sur la période (non encore planifiées)</source>
        <translation>Visits due in the period (not yet planned)</translation>
    </message>
    <message>
        <source>Calculer les tournées</source>
        <translation>Plan the rounds</translation>
    </message>
    <message>
        <source>Arrêter</source>
        <translation>Stop</translation>
    </message>
    <message>
        <source>Visites impossibles à placer (à revoir)</source>
        <translation>Visits that could not be placed (to review)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln visite(s) due(s) sur la période, pas encore planifiée(s)</source>
        <translation>
            <numerusform>%Ln visit due in the period, not planned yet</numerusform>
            <numerusform>%Ln visits due in the period, not planned yet</numerusform>
        </translation>
    </message>
    <message>
        <source>Calcul des tournées en cours…</source>
        <translation>Planning the rounds…</translation>
    </message>
    <message>
        <source>Calcul arrêté : rien n&apos;a été enregistré.</source>
        <translation>Planning stopped: nothing was saved.</translation>
    </message>
</context>
<context>
    <name>RegistrationDialog</name>
    <message>
        <source>Nouveau lecteur</source>
        <translation>New patron</translation>
    </message>
    <message>
        <source>(non donnée)</source>
        <translation>(not given)</translation>
    </message>
    <message>
        <source>Prénom</source>
        <translation>First name</translation>
    </message>
    <message>
        <source>Nom</source>
        <translation>Last name</translation>
    </message>
    <message>
        <source>Année de naissance</source>
        <translation>Birth year</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>Courriel</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Téléphone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Inscrire</source>
        <translation>Register</translation>
    </message>
    <message>
        <source>Inscrire quand même</source>
        <translation>Register anyway</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Ce lecteur est peut-être déjà inscrit :
{lines}</source>
        <translation>This patron may already be registered:
{lines}</translation>
    </message>
    <message>
        <source>Inscription impossible : {error}</source>
        <translation>Registration impossible: {error}</translation>
    </message>
</context>
<context>
    <name>RequestBasket</name>
    <message>
        <source>Retirer le titre</source>
        <translation>Remove the title</translation>
    </message>
    <message>
        <source>Choisir l&apos;exemplaire…</source>
        <translation>Choose the copy…</translation>
    </message>
    <message>
        <source>Par défaut, l&apos;exemplaire est choisi à la préparation du sac.</source>
        <translation>By default, the copy is chosen when the bag is prepared.</translation>
    </message>
    <message>
        <source>{title} — exemplaire {barcode}</source>
        <translation>{title} — copy {barcode}</translation>
    </message>
    <message>
        <source>Aucun titre choisi</source>
        <translation>No title chosen</translation>
    </message>
    <message numerus="yes">
        <source>%Ln titre(s) choisi(s)</source>
        <translation>
            <numerusform>%Ln title chosen</numerusform>
            <numerusform>%Ln titles chosen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResultCount</name>
    <message numerus="yes">
        <source>%Ln fiche(s) en tout</source>
        <translation>
            <numerusform>%Ln record in all</numerusform>
            <numerusform>%Ln records in all</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln premiers résultats</source>
        <translation>
            <numerusform>first %Ln result</numerusform>
            <numerusform>first %Ln results</numerusform>
        </translation>
    </message>
    <message>
        <source>Précisez la recherche pour voir les autres.</source>
        <translation>Refine the search to see the others.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln résultat(s)</source>
        <translation>
            <numerusform>%Ln result</numerusform>
            <numerusform>%Ln results</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RoundPane</name>
    <message>
        <source>Aucune tournée planifiée sur la période</source>
        <translation>No round planned in this period</translation>
    </message>
    <message>
        <source>Glisser-déposer pour changer l&apos;ordre ; cocher pour verrouiller une visite.</source>
        <translation>Drag and drop to change the order; tick to lock a visit.</translation>
    </message>
    <message>
        <source>Feuille de route (PDF)…</source>
        <translation>Round sheet (PDF)…</translation>
    </message>
    <message>
        <source>(hors disponibilités)</source>
        <translation>(outside availability)</translation>
    </message>
    <message numerus="yes">
        <source>{date} — {name} — {done}/%Ln visite(s)</source>
        <translation>
            <numerusform>{date} — {name} — {done}/%Ln visit</numerusform>
            <numerusform>{date} — {name} — {done}/%Ln visits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln visite(s) hors des disponibilités dans cet ordre.</source>
        <translation>
            <numerusform>%Ln visit outside the availability in this order.</numerusform>
            <numerusform>%Ln visits outside the availability in this order.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choisissez d&apos;abord une tournée.</source>
        <translation>First choose a round.</translation>
    </message>
    <message>
        <source>Feuille de route</source>
        <translation>Round sheet</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Feuille de route enregistrée : {p}</source>
        <translation>Round sheet saved: {p}</translation>
    </message>
</context>
<context>
    <name>RuleDialog</name>
    <message>
        <source>Règle de passage</source>
        <translation>Schedule rule</translation>
    </message>
    <message>
        <source>toutes les semaines</source>
        <translation>every week</translation>
    </message>
    <message>
        <source>toutes les N semaines</source>
        <translation>every N weeks</translation>
    </message>
    <message>
        <source>un jour donné du mois (ex. : le 2e mardi)</source>
        <translation>a given day of the month (e.g. the 2nd Tuesday)</translation>
    </message>
    <message>
        <source>toutes les </source>
        <translation>every </translation>
    </message>
    <message>
        <source> semaines</source>
        <translation> weeks</translation>
    </message>
    <message>
        <source>à</source>
        <translation>to</translation>
    </message>
    <message>
        <source>sans date de fin</source>
        <translation>no end date</translation>
    </message>
    <message>
        <source>au</source>
        <translation>to</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Break</translation>
    </message>
    <message>
        <source>Du</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Au</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Ajouter une pause</source>
        <translation>Add a break</translation>
    </message>
    <message>
        <source>Retirer la pause</source>
        <translation>Remove the break</translation>
    </message>
    <message>
        <source>Fréquence</source>
        <translation>Frequency</translation>
    </message>
    <message>
        <source>Jour</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>Intervalle</source>
        <translation>Interval</translation>
    </message>
    <message>
        <source>Premier passage</source>
        <translation>First visit</translation>
    </message>
    <message>
        <source>Rang dans le mois</source>
        <translation>Week of the month</translation>
    </message>
    <message>
        <source>Horaires</source>
        <translation>Hours</translation>
    </message>
    <message>
        <source>Valable du</source>
        <translation>Valid from</translation>
    </message>
    <message>
        <source>Jours fériés</source>
        <translation>Public holidays</translation>
    </message>
    <message>
        <source>Pauses</source>
        <translation>Breaks</translation>
    </message>
</context>
<context>
    <name>RulePanel</name>
    <message>
        <source>Règles de passage de l&apos;arrêt</source>
        <translation>Schedule rules of the stop</translation>
    </message>
    <message>
        <source>Ajouter une règle…</source>
        <translation>Add a rule…</translation>
    </message>
    <message>
        <source>Modifier…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Supprimer</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Supprimer la règle</source>
        <translation>Delete the rule</translation>
    </message>
    <message>
        <source>Supprimer « {rule} » ? Les passages à venir sans prêt ni demande seront retirés.</source>
        <translation>Delete “{rule}”? Upcoming visits without loans or requests will be removed.</translation>
    </message>
</context>
<context>
    <name>Rules</name>
    <message>
        <source>lundi</source>
        <translation>Monday</translation>
    </message>
    <message>
        <source>mardi</source>
        <translation>Tuesday</translation>
    </message>
    <message>
        <source>mercredi</source>
        <translation>Wednesday</translation>
    </message>
    <message>
        <source>jeudi</source>
        <translation>Thursday</translation>
    </message>
    <message>
        <source>vendredi</source>
        <translation>Friday</translation>
    </message>
    <message>
        <source>samedi</source>
        <translation>Saturday</translation>
    </message>
    <message>
        <source>dimanche</source>
        <translation>Sunday</translation>
    </message>
    <message>
        <source>1er</source>
        <translation>1st</translation>
    </message>
    <message>
        <source>2e</source>
        <translation>2nd</translation>
    </message>
    <message>
        <source>3e</source>
        <translation>3rd</translation>
    </message>
    <message>
        <source>4e</source>
        <translation>4th</translation>
    </message>
    <message>
        <source>dernier</source>
        <translation>last</translation>
    </message>
    <message>
        <source>pas de passage les jours fériés</source>
        <translation>no visit on public holidays</translation>
    </message>
    <message>
        <source>jour férié : passage le lendemain</source>
        <translation>public holiday: visit the day after</translation>
    </message>
    <message>
        <source>jour férié : passage la veille</source>
        <translation>public holiday: visit the day before</translation>
    </message>
    <message>
        <source>passage maintenu les jours fériés</source>
        <translation>visits kept on public holidays</translation>
    </message>
    <message>
        <source>pause estivale</source>
        <extracomment>Suggested names of breaks (the coordinator may type another).</extracomment>
        <translation>summer break</translation>
    </message>
    <message>
        <source>vacances de la Toussaint</source>
        <translation>autumn half-term</translation>
    </message>
    <message>
        <source>vacances de Noël</source>
        <translation>Christmas holidays</translation>
    </message>
    <message>
        <source>vacances d&apos;hiver</source>
        <translation>winter holidays</translation>
    </message>
    <message>
        <source>vacances de printemps</source>
        <translation>spring holidays</translation>
    </message>
    <message>
        <source>le {nth} {day} du mois</source>
        <translation>the {nth} {day} of the month</translation>
    </message>
    <message>
        <source>toutes les {n} semaines, le {day}</source>
        <translation>every {n} weeks, on {day}</translation>
    </message>
    <message>
        <source>tous les {day}s</source>
        <translation>every {day}</translation>
    </message>
    <message>
        <source>{when}, {start}–{end}</source>
        <translation>{when}, {start}–{end}</translation>
    </message>
    <message>
        <source>du {start} au {end}</source>
        <translation>from {start} to {end}</translation>
    </message>
    <message>
        <source>à partir du {start}</source>
        <translation>from {start}</translation>
    </message>
    <message>
        <source>{label} du {start} au {end}</source>
        <translation>{label} from {start} to {end}</translation>
    </message>
    <message>
        <source>pause</source>
        <translation>break</translation>
    </message>
    <message>
        <source>Annulé</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>En cours</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Terminé</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Prévu</source>
        <translation>Planned</translation>
    </message>
    <message>
        <source>déplacé (au lieu du {date})</source>
        <translation>moved (instead of {date})</translation>
    </message>
    <message>
        <source>passage supplémentaire</source>
        <translation>extra visit</translation>
    </message>
    <message>
        <source>{holiday} : déplacé du {date}</source>
        <translation>{holiday}: moved from {date}</translation>
    </message>
    <message>
        <source>jour férié</source>
        <translation>public holiday</translation>
    </message>
    <message>
        <source>{holiday} : passage maintenu</source>
        <translation>{holiday}: visit kept</translation>
    </message>
    <message>
        <source>{stop}, {day} {date} {start}–{end}</source>
        <translation>{stop}, {day} {date} {start}–{end}</translation>
    </message>
</context>
<context>
    <name>ScanField</name>
    <message>
        <source>Scanner ou saisir un code-barres</source>
        <translation>Scan or type a barcode</translation>
    </message>
</context>
<context>
    <name>SearchPage</name>
    <message>
        <source>Aucun résultat pour « {query} ».</source>
        <extracomment>Workspaces add their own buttons here (e.g. the catalogue&apos;s MARC import).</extracomment>
        <translation>No results for “{query}”.</translation>
    </message>
    <message>
        <source>Cette fiche n&apos;existe plus.</source>
        <translation>This record no longer exists.</translation>
    </message>
</context>
<context>
    <name>SettingsWorkspace</name>
    <message>
        <source>Réglages</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Langue de l&apos;interface</source>
        <translation>Interface language</translation>
    </message>
    <message>
        <source>Langue</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Arrêt</source>
        <translation>Stop</translation>
    </message>
    <message>
        <source>Un son à chaque scan (fait, à regarder, refusé)</source>
        <translation>A sound at each scan (done, look, refused)</translation>
    </message>
    <message>
        <source>Cet appareil</source>
        <translation>This device</translation>
    </message>
    <message>
        <source>Identifiant de l&apos;appareil</source>
        <translation>Device identifier</translation>
    </message>
    <message>
        <source>(en mémoire)</source>
        <translation>(in memory)</translation>
    </message>
    <message>
        <source>Ouvrir le dossier</source>
        <translation>Open folder</translation>
    </message>
    <message>
        <source>Base de données</source>
        <translation>Database</translation>
    </message>
    <message>
        <source>Langue utilisée en ce moment.</source>
        <translation>Language in use now.</translation>
    </message>
    <message>
        <source>La nouvelle langue s&apos;appliquera au prochain démarrage de Bibliomobile.</source>
        <translation>The new language will apply the next time Bibliomobile starts.</translation>
    </message>
</context>
<context>
    <name>Stats</name>
    <message>
        <source>Livres</source>
        <translation>Books</translation>
    </message>
    <message>
        <source>Livres en gros caractères</source>
        <translation>Large-print books</translation>
    </message>
    <message>
        <source>Bandes dessinées</source>
        <translation>Comics</translation>
    </message>
    <message>
        <source>Revues</source>
        <translation>Magazines</translation>
    </message>
    <message>
        <source>Livres audio</source>
        <translation>Audiobooks</translation>
    </message>
    <message>
        <source>Musique (CD)</source>
        <translation>Music (CD)</translation>
    </message>
    <message>
        <source>Vidéo (DVD)</source>
        <translation>Video (DVD)</translation>
    </message>
    <message>
        <source>Adultes</source>
        <translation>Adults</translation>
    </message>
    <message>
        <source>Adolescents</source>
        <translation>Teenagers</translation>
    </message>
    <message>
        <source>Enfants</source>
        <translation>Children</translation>
    </message>
    <message>
        <source>0-14 ans</source>
        <translation>Aged 0-14</translation>
    </message>
    <message>
        <source>15-64 ans</source>
        <translation>Aged 15-64</translation>
    </message>
    <message>
        <source>65 ans et plus</source>
        <translation>Aged 65 and over</translation>
    </message>
    <message>
        <source>Âge inconnu</source>
        <translation>Age unknown</translation>
    </message>
    <message>
        <source>Passages prévus</source>
        <translation>Planned visits</translation>
    </message>
    <message>
        <source>Passages effectués</source>
        <translation>Visits made</translation>
    </message>
    <message>
        <source>Passages annulés</source>
        <translation>Cancelled visits</translation>
    </message>
    <message>
        <source>Heures d&apos;ouverture</source>
        <translation>Opening hours</translation>
    </message>
    <message>
        <source>Visiteurs adultes</source>
        <translation>Adult visitors</translation>
    </message>
    <message>
        <source>Visiteurs enfants</source>
        <translation>Child visitors</translation>
    </message>
    <message>
        <source>Prêts</source>
        <translation>Loans</translation>
    </message>
    <message>
        <source>Retours</source>
        <translation>Returns</translation>
    </message>
    <message>
        <source>Prolongations</source>
        <translation>Renewals</translation>
    </message>
    <message>
        <source>Nouveaux inscrits</source>
        <translation>New registrations</translation>
    </message>
    <message>
        <source>Emprunteur actif : lecteur ayant emprunté au moins un document au bibliobus pendant la période, compté une fois par année civile. Âge atteint dans l&apos;année du premier prêt de la période ; commune de résidence du lecteur à ce prêt.</source>
        <translation>Active borrower: a patron who borrowed at least one document from the bookmobile during the period, counted once per calendar year. Age reached in the year of the period&apos;s first loan; the patron&apos;s home commune at that loan.</translation>
    </message>
    <message>
        <source>Emprunteur actif : lecteur ayant emprunté au moins un document au bibliobus pendant la période, compté une fois par année civile. Âge atteint dans l&apos;année du premier prêt de la période ; commune de résidence du lecteur à ce prêt. Prêts : tous les prêts de la période, selon l&apos;âge de l&apos;emprunteur noté au prêt (ils restent comptés une fois le prêt anonymisé).</source>
        <translation>Active borrower: a patron who borrowed at least one document from the bookmobile during the period, counted once per calendar year. Age reached in the year of the period&apos;s first loan; the patron&apos;s home commune at that loan. Loans: every loan of the period, by the borrower&apos;s age noted at the loan (they still count once the loan is anonymised).</translation>
    </message>
    <message>
        <source>Bibliobus</source>
        <translation>Bookmobile</translation>
    </message>
    <message>
        <source>Passages annulés, par motif</source>
        <translation>Cancelled visits, by reason</translation>
    </message>
    <message>
        <source>Le motif saisi à l&apos;annulation du passage (« Sans motif » quand il manque).</source>
        <translation>The reason entered when the visit was cancelled (&quot;No reason&quot; when missing).</translation>
    </message>
    <message>
        <source>Prêts, retours et prolongations par type de document et public</source>
        <translation>Loans, returns and renewals by document type and audience</translation>
    </message>
    <message>
        <source>Type et public de la notice de l&apos;exemplaire prêté (adultes, adolescents, enfants).</source>
        <translation>Type and audience of the lent copy&apos;s record (adults, teenagers, children).</translation>
    </message>
    <message>
        <source>Éléments du coût par prêt</source>
        <translation>Cost-per-loan inputs</translation>
    </message>
    <message>
        <source>Ce qu&apos;il faut pour calculer un coût par prêt : le coût de l&apos;heure (personnel, véhicule) et du kilomètre vient de la comptabilité. Les kilomètres ne sont pas encore relevés par l&apos;application.</source>
        <translation>What a cost per loan needs: the cost of an hour (staff, vehicle) and of a kilometre comes from the accounts. The application does not record kilometres yet.</translation>
    </message>
    <message>
        <source>Par arrêt</source>
        <translation>Per stop</translation>
    </message>
    <message>
        <source>Un passage prévu est un passage daté dans la période ; effectué : ouvert ou clos par l&apos;équipage ; annulé : annulé avec ou sans motif. Heures : de l&apos;ouverture prévue à la fermeture prévue des passages effectués. Visiteurs : les compteurs tenus pendant le passage. Prêts, retours, prolongations : opérations faites au bureau pendant les passages (annulations déduites). Les arrêts sont rangés par tournée.</source>
        <translation>A planned visit is a visit dated within the period; made: opened or closed by the crew; cancelled: cancelled with or without a reason. Hours: from the planned opening to the planned closing of the visits made. Visitors: the counters kept during the visit. Loans, returns, renewals: operations done at the desk during the visits (undone ones deducted). Stops are ordered by tour.</translation>
    </message>
    <message>
        <source>Par tournée</source>
        <translation>Per tour</translation>
    </message>
    <message>
        <source>Les mêmes chiffres, additionnés par tournée.</source>
        <translation>The same figures, added up per tour.</translation>
    </message>
    <message>
        <source>Par mois</source>
        <translation>Per month</translation>
    </message>
    <message>
        <source>Les mêmes chiffres, additionnés par mois (date du passage).</source>
        <translation>The same figures, added up per month (date of the visit).</translation>
    </message>
    <message>
        <source>Motif</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Type de document</source>
        <translation>Document type</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>Audience</translation>
    </message>
    <message>
        <source>Emprunteurs actifs et prêts par tranche d&apos;âge</source>
        <translation>Active borrowers and loans by age group</translation>
    </message>
    <message>
        <source>Emprunteurs actifs par commune</source>
        <translation>Active borrowers by commune</translation>
    </message>
    <message>
        <source>Kilomètres parcourus</source>
        <translation>Kilometres driven</translation>
    </message>
    <message>
        <source>non renseigné</source>
        <translation>not recorded</translation>
    </message>
    <message>
        <source>Prêts par heure d&apos;ouverture</source>
        <translation>Loans per opening hour</translation>
    </message>
    <message>
        <source>Élément</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Valeur</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Prêts par mois, par arrêt</source>
        <translation>Loans per month, per stop</translation>
    </message>
    <message>
        <source>Prêts par mois, par tournée</source>
        <translation>Loans per month, per tour</translation>
    </message>
    <message>
        <source>Arrêt</source>
        <translation>Stop</translation>
    </message>
    <message>
        <source>Tournée</source>
        <translation>Tour</translation>
    </message>
    <message>
        <source>Mois</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Visiteurs par arrêt</source>
        <translation>Visitors per stop</translation>
    </message>
    <message>
        <source>Tranche d&apos;âge</source>
        <translation>Age group</translation>
    </message>
    <message>
        <source>Emprunteurs actifs</source>
        <translation>Active borrowers</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>Sans motif</source>
        <translation>No reason</translation>
    </message>
    <message>
        <source>Commune inconnue</source>
        <translation>Commune unknown</translation>
    </message>
    <message>
        <source>Téléphone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Courriel</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>À l&apos;arrêt</source>
        <translation>At the stop</translation>
    </message>
    <message>
        <source>Portail</source>
        <translation>Portal</translation>
    </message>
    <message>
        <source>Demandes par canal</source>
        <translation>Requests by channel</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>Drive</translation>
    </message>
    <message>
        <source>Demandes reçues</source>
        <translation>Requests received</translation>
    </message>
    <message>
        <source>dont demandes annulées</source>
        <translation>of which cancelled requests</translation>
    </message>
    <message>
        <source>dont sélections surprises</source>
        <translation>of which surprise selections</translation>
    </message>
    <message>
        <source>Titres demandés</source>
        <translation>Titles requested</translation>
    </message>
    <message>
        <source>Titres trouvés</source>
        <translation>Titles found</translation>
    </message>
    <message>
        <source>Sacs préparés</source>
        <translation>Bags prepared</translation>
    </message>
    <message>
        <source>Sacs remis</source>
        <translation>Bags handed over</translation>
    </message>
    <message>
        <source>Sacs non retirés</source>
        <translation>Bags not collected</translation>
    </message>
    <message>
        <source>Délai moyen de la demande à la remise (jours)</source>
        <translation>Mean time from request to hand-over (days)</translation>
    </message>
    <message>
        <source>Délai médian de la demande à la remise (jours)</source>
        <translation>Median time from request to hand-over (days)</translation>
    </message>
    <message>
        <source>Créneaux proposés</source>
        <translation>Time slots offered</translation>
    </message>
    <message>
        <source>Places sur les créneaux</source>
        <translation>Places in the time slots</translation>
    </message>
    <message>
        <source>Places réservées</source>
        <translation>Places booked</translation>
    </message>
    <message>
        <source>Taux d&apos;occupation des créneaux (%)</source>
        <translation>Time-slot occupancy (%)</translation>
    </message>
    <message>
        <source>Demandes de drive pour un passage de la période, annulées comprises, selon le canal par lequel elles sont arrivées.</source>
        <translation>Drive requests for a visit of the period, cancelled ones included, by the channel they came through.</translation>
    </message>
    <message>
        <source>Demandes, titres et sacs</source>
        <translation>Requests, titles and bags</translation>
    </message>
    <message>
        <source>Titres demandés : lignes de demande non retirées ; trouvés : un exemplaire y a été mis. Sacs préparés : demandes ayant eu un sac ; remis : demandes retirées par le lecteur ; non retirés : lecteur absent au passage.</source>
        <translation>Titles requested: request lines not withdrawn; found: a copy was put against them. Bags prepared: requests that got a bag; handed over: requests collected by the patron; not collected: the patron was absent at the visit.</translation>
    </message>
    <message>
        <source>Délais et créneaux</source>
        <translation>Waiting times and time slots</translation>
    </message>
    <message>
        <source>Délai : de la prise de la demande à la remise du sac, pour les sacs remis. Occupation : demandes non annulées ayant un créneau, rapportées aux places de tous les créneaux des passages de la période.</source>
        <translation>Waiting time: from taking the request to handing over the bag, for the bags handed over. Occupancy: requests not cancelled that have a time slot, over the places of every time slot of the visits of the period.</translation>
    </message>
    <message>
        <source>Canal</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Demandes</source>
        <translation>Requests</translation>
    </message>
    <message>
        <source>Indicateur</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Nombre</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Documents remis à domicile par mois</source>
        <translation>Documents delivered at home per month</translation>
    </message>
    <message>
        <source>Portage à domicile</source>
        <translation>Home delivery</translation>
    </message>
    <message>
        <source>Visites prévues</source>
        <translation>Planned visits</translation>
    </message>
    <message>
        <source>Visites faites (documents remis)</source>
        <translation>Visits made (documents delivered)</translation>
    </message>
    <message>
        <source>Visites manquées : absent</source>
        <translation>Visits missed: absent</translation>
    </message>
    <message>
        <source>Visites manquées : refus</source>
        <translation>Visits missed: refused</translation>
    </message>
    <message>
        <source>Visites manquées : reportée</source>
        <translation>Visits missed: postponed</translation>
    </message>
    <message>
        <source>Visites sans résultat saisi</source>
        <translation>Visits with no outcome entered</translation>
    </message>
    <message>
        <source>Bénéficiaires servis</source>
        <translation>Beneficiaries served</translation>
    </message>
    <message>
        <source>Documents remis</source>
        <translation>Documents delivered</translation>
    </message>
    <message>
        <source>Heures des bénévoles</source>
        <translation>Volunteer hours</translation>
    </message>
    <message>
        <source>Inquiétudes signalées</source>
        <translation>Concerns reported</translation>
    </message>
    <message>
        <source>Inquiétudes prises en charge</source>
        <translation>Concerns handled</translation>
    </message>
    <message>
        <source>Visites à domicile</source>
        <translation>Home visits</translation>
    </message>
    <message>
        <source>Visites des tournées de portage de la période (tournées annulées exclues). Bénéficiaires servis : personnes ayant reçu au moins une fois des documents, comptées une fois. Heures : de l&apos;heure de départ à l&apos;heure de retour des tournées ayant eu lieu. Inquiétudes : nombre seulement, jamais leur contenu.</source>
        <translation>Visits of the home-delivery rounds of the period (cancelled rounds left out). Beneficiaries served: people who received documents at least once, counted once. Hours: from the departure time to the return time of the rounds that took place. Concerns: the number only, never their content.</translation>
    </message>
    <message>
        <source>Portage par mois</source>
        <translation>Home delivery per month</translation>
    </message>
    <message>
        <source>Les mêmes chiffres par mois (date de la tournée) ; la ligne Total compte chaque bénéficiaire une fois sur la période.</source>
        <translation>The same figures per month (date of the round); the Total line counts each beneficiary once over the period.</translation>
    </message>
    <message>
        <source>Bibliothèque</source>
        <translation>Library</translation>
    </message>
    <message>
        <source>Enquête annuelle — services hors les murs</source>
        <translation>Annual survey — outreach services</translation>
    </message>
    <message>
        <source>Chiffres à reporter dans l&apos;enquête annuelle sur les bibliothèques publiques (services hors les murs : bibliobus, portage à domicile, retrait de réservations). Définitions : docs/statistics.md.</source>
        <translation>Figures to copy into the annual survey of public libraries (outreach services: bookmobile, home delivery, reservation pick-up). Definitions: docs/statistics.md.</translation>
    </message>
    <message>
        <source>Enquête annuelle</source>
        <translation>Annual survey</translation>
    </message>
    <message>
        <source>Points de desserte (arrêts desservis)</source>
        <translation>Service points (stops served)</translation>
    </message>
    <message>
        <source>Heures d&apos;ouverture au public</source>
        <translation>Hours open to the public</translation>
    </message>
    <message>
        <source>dont enfants (0-14 ans)</source>
        <translation>of which children (aged 0-14)</translation>
    </message>
    <message>
        <source>dont adultes (15-64 ans)</source>
        <translation>of which adults (aged 15-64)</translation>
    </message>
    <message>
        <source>dont 65 ans et plus</source>
        <translation>of which aged 65 and over</translation>
    </message>
    <message>
        <source>Visiteurs comptés</source>
        <translation>Visitors counted</translation>
    </message>
    <message>
        <source>Personnes desservies à domicile</source>
        <translation>People served at home</translation>
    </message>
    <message>
        <source>Documents prêtés à domicile</source>
        <translation>Documents lent at home</translation>
    </message>
    <message>
        <source>Drive (retrait de réservations)</source>
        <translation>Drive (reservation pick-up)</translation>
    </message>
    <message>
        <source>Rubrique</source>
        <translation>Heading</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Tout le réseau</source>
        <translation>The whole network</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>du {start} au {end}</source>
        <translation>from {start} to {end}</translation>
    </message>
    <message>
        <source>{library} — rapport d&apos;activité {period}</source>
        <translation>{library} — activity report {period}</translation>
    </message>
    <message>
        <source>Rapport d&apos;activité {period}</source>
        <translation>Activity report {period}</translation>
    </message>
    <message>
        <source>Bibliobus, drive et portage à domicile — périmètre : {scope} — du {start} au {end} — établi le {made}</source>
        <translation>Bookmobile, drive and home delivery — scope: {scope} — from {start} to {end} — made on {made}</translation>
    </message>
    <message>
        <source>Aucune donnée sur la période.</source>
        <translation>No data for the period.</translation>
    </message>
    <message>
        <source>Périmètre : {scope}</source>
        <translation>Scope: {scope}</translation>
    </message>
    <message>
        <source>Feuille</source>
        <translation>Sheet</translation>
    </message>
    <message>
        <source>Tableau</source>
        <translation>Table</translation>
    </message>
    <message>
        <source>Ce qui est compté</source>
        <translation>What is counted</translation>
    </message>
    <message>
        <source>Définitions</source>
        <translation>Definitions</translation>
    </message>
    <message>
        <source>Visites effectuées</source>
        <translation>Visits made</translation>
    </message>
    <message>
        <source>Livraisons</source>
        <translation>Deliveries</translation>
    </message>
    <message>
        <source>Documents livrés</source>
        <translation>Items delivered</translation>
    </message>
    <message>
        <source>Heures de bénévolat</source>
        <translation>Volunteer hours</translation>
    </message>
    <message>
        <source>Alertes bien-être</source>
        <translation>Welfare alerts</translation>
    </message>
</context>
<context>
    <name>StatsWorkspace</name>
    <message>
        <source>Statistiques</source>
        <translation>Statistics</translation>
    </message>
    <message>
        <source>Bibliobus</source>
        <translation>Bookmobile</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>Drive</translation>
    </message>
    <message>
        <source>Portage à domicile</source>
        <translation>Home delivery</translation>
    </message>
    <message>
        <source>Enquête annuelle</source>
        <translation>Annual survey</translation>
    </message>
    <message>
        <source>Période :</source>
        <translation>Period:</translation>
    </message>
    <message>
        <source>Année</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Mois</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <source>janvier</source>
        <translation>January</translation>
    </message>
    <message>
        <source>février</source>
        <translation>February</translation>
    </message>
    <message>
        <source>mars</source>
        <translation>March</translation>
    </message>
    <message>
        <source>avril</source>
        <translation>April</translation>
    </message>
    <message>
        <source>mai</source>
        <translation>May</translation>
    </message>
    <message>
        <source>juin</source>
        <translation>June</translation>
    </message>
    <message>
        <source>juillet</source>
        <translation>July</translation>
    </message>
    <message>
        <source>août</source>
        <translation>August</translation>
    </message>
    <message>
        <source>septembre</source>
        <translation>September</translation>
    </message>
    <message>
        <source>octobre</source>
        <translation>October</translation>
    </message>
    <message>
        <source>novembre</source>
        <translation>November</translation>
    </message>
    <message>
        <source>décembre</source>
        <translation>December</translation>
    </message>
    <message>
        <source>au</source>
        <translation>to</translation>
    </message>
    <message>
        <source>Périmètre :</source>
        <translation>Scope:</translation>
    </message>
    <message>
        <source>Tout le réseau</source>
        <translation>Whole network</translation>
    </message>
    <message>
        <source>Afficher</source>
        <translation>Show</translation>
    </message>
    <message>
        <source>Exporter :</source>
        <translation>Export:</translation>
    </message>
    <message>
        <source>Rapport PDF…</source>
        <translation>PDF report…</translation>
    </message>
    <message>
        <source>Bibliothèque</source>
        <translation>Library</translation>
    </message>
    <message>
        <source>Tournée</source>
        <translation>Tour</translation>
    </message>
    <message>
        <source>Arrêt</source>
        <translation>Stop</translation>
    </message>
    <message>
        <source>Calcul des statistiques…</source>
        <translation>Computing the statistics…</translation>
    </message>
    <message>
        <source>{title} — périmètre : {scope}</source>
        <translation>{title} — scope: {scope}</translation>
    </message>
    <message>
        <source>Exporter les statistiques</source>
        <translation>Export the statistics</translation>
    </message>
    <message>
        <source>Statistiques enregistrées : {p}</source>
        <translation>Statistics saved: {p}</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <source>Hors connexion</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Synchronisé</source>
        <translation>Synchronised</translation>
    </message>
    <message>
        <source>Synchronisation…</source>
        <translation>Synchronising…</translation>
    </message>
    <message>
        <source>Échec de synchronisation</source>
        <translation>Synchronisation failed</translation>
    </message>
    <message>
        <source>Appareil non inscrit</source>
        <translation>Device not enrolled</translation>
    </message>
    <message>
        <source>Annuler</source>
        <extracomment>Only show the &quot;working&quot; indicator when the worker is busy longer than this.</extracomment>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Appareil : {device}</source>
        <translation>Device: {device}</translation>
    </message>
    <message>
        <source>(en mémoire)</source>
        <translation>(in memory)</translation>
    </message>
    <message>
        <source>Base : {name}</source>
        <translation>Database: {name}</translation>
    </message>
</context>
<context>
    <name>StopDialog</name>
    <message>
        <source>Arrêt</source>
        <translation>Stop</translation>
    </message>
    <message>
        <source>Nouvel arrêt</source>
        <translation>New stop</translation>
    </message>
    <message>
        <source>ex. : place de l&apos;église</source>
        <translation>e.g. church square</translation>
    </message>
    <message>
        <source>Arrêt desservi</source>
        <translation>Stop in service</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Town</translation>
    </message>
    <message>
        <source>Code postal</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>Lieu</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Adresse</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Latitude</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Longitude</translation>
    </message>
    <message>
        <source>(aucune)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Indiquez la commune de l&apos;arrêt.</source>
        <translation>Give the stop&apos;s town.</translation>
    </message>
    <message>
        <source>Indiquez le lieu de l&apos;arrêt (par exemple « place de l&apos;église »).</source>
        <translation>Give the stop&apos;s place (for example “church square”).</translation>
    </message>
    <message>
        <source>Donnez la latitude et la longitude, ou aucune des deux.</source>
        <translation>Give both latitude and longitude, or neither.</translation>
    </message>
    <message>
        <source>Latitude invalide (entre -90 et 90).</source>
        <translation>Invalid latitude (between -90 and 90).</translation>
    </message>
    <message>
        <source>Longitude invalide (entre -180 et 180).</source>
        <translation>Invalid longitude (between -180 and 180).</translation>
    </message>
</context>
<context>
    <name>StopPanel</name>
    <message>
        <source>Arrêts</source>
        <translation>Stops</translation>
    </message>
    <message>
        <source>Ajouter un arrêt…</source>
        <translation>Add a stop…</translation>
    </message>
    <message>
        <source>Modifier l&apos;arrêt…</source>
        <translation>Edit the stop…</translation>
    </message>
</context>
<context>
    <name>StopWorkspace</name>
    <message>
        <source>Scanner une carte de lecteur ou un document</source>
        <translation>Scan a patron card or a document</translation>
    </message>
    <message>
        <source>Mode Retour (F5)</source>
        <translation>Return mode (F5)</translation>
    </message>
    <message>
        <source>Scannez une carte pour prêter, ou un document pour un retour.</source>
        <translation>Scan a card to lend, or a document to take it back.</translation>
    </message>
    <message>
        <source>Arrêt</source>
        <translation>Stop</translation>
    </message>
    <message>
        <source>Ouvrir le passage</source>
        <translation>Open the visit</translation>
    </message>
    <message>
        <source>Aucun passage ouvert</source>
        <translation>No visit open</translation>
    </message>
    <message>
        <source>Nouveau lecteur…</source>
        <translation>New patron…</translation>
    </message>
    <message>
        <source>Clôturer (bilan)</source>
        <translation>Close (summary)</translation>
    </message>
    <message>
        <source>Lecteur</source>
        <translation>Patron</translation>
    </message>
    <message>
        <source>Aucun lecteur : les documents scannés sont des retours.</source>
        <translation>No patron: documents scanned now are returns.</translation>
    </message>
    <message>
        <source>Prolonger la sélection (F2)</source>
        <translation>Renew selected (F2)</translation>
    </message>
    <message>
        <source>Prolonger tout (F3)</source>
        <translation>Renew all (F3)</translation>
    </message>
    <message>
        <source>Prêter quand même… (F4)</source>
        <translation>Lend anyway… (F4)</translation>
    </message>
    <message>
        <source>Lecteur suivant (Échap)</source>
        <translation>Next patron (Esc)</translation>
    </message>
    <message>
        <source>Renouveler la carte</source>
        <translation>Renew the card</translation>
    </message>
    <message>
        <source>Visiteurs du passage</source>
        <translation>Visitors at this visit</translation>
    </message>
    <message>
        <source>Adultes</source>
        <translation>Adults</translation>
    </message>
    <message>
        <source>Enfants</source>
        <translation>Children</translation>
    </message>
    <message>
        <source>Inscriptions</source>
        <translation>Registrations</translation>
    </message>
    <message>
        <source>Annuler la dernière action (Ctrl+Z)</source>
        <translation>Undo the last action (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Retraits drive attendus</source>
        <translation>Expected drive pickups</translation>
    </message>
    <message>
        <source>Journal du passage</source>
        <translation>Visit log</translation>
    </message>
    <message>
        <source>ouvert</source>
        <translation>open</translation>
    </message>
    <message>
        <source>clôturé</source>
        <translation>closed</translation>
    </message>
    <message>
        <source>Aucun passage prévu aujourd&apos;hui</source>
        <translation>No visit planned today</translation>
    </message>
    <message>
        <source>Rouvrir le passage</source>
        <translation>Reopen the visit</translation>
    </message>
    <message>
        <source>Ce passage est clôturé et son bilan fait. Le rouvrir pour prêter à nouveau ?</source>
        <translation>This visit is closed and summed up. Reopen it to lend again?</translation>
    </message>
    <message>
        <source>Choisissez d&apos;abord les prêts à prolonger.</source>
        <translation>First choose the loans to renew.</translation>
    </message>
    <message>
        <source>Scannez d&apos;abord la carte du lecteur.</source>
        <translation>Scan the patron&apos;s card first.</translation>
    </message>
    <message>
        <source>Prêter malgré le blocage</source>
        <translation>Lend despite the block</translation>
    </message>
    <message>
        <source>Motif (il sera enregistré avec les prêts de ce lecteur) :</source>
        <translation>Reason (recorded with this patron&apos;s loans):</translation>
    </message>
    <message>
        <source>Ouvrez d&apos;abord le passage.</source>
        <translation>Open the visit first.</translation>
    </message>
    <message>
        <source>Bilan — {label}</source>
        <translation>Summary — {label}</translation>
    </message>
    <message>
        <source>Prêts : {n}</source>
        <translation>Loans: {n}</translation>
    </message>
    <message>
        <source>Retours : {n}</source>
        <translation>Returns: {n}</translation>
    </message>
    <message>
        <source>Prolongations : {n}</source>
        <translation>Renewals: {n}</translation>
    </message>
    <message>
        <source>Lecteurs servis : {n}</source>
        <translation>Patrons served: {n}</translation>
    </message>
    <message>
        <source>Visiteurs : {a} adultes, {c} enfants</source>
        <translation>Visitors: {a} adults, {c} children</translation>
    </message>
    <message>
        <source>Inscriptions : {n}</source>
        <translation>Registrations: {n}</translation>
    </message>
    <message>
        <source>Nouveaux lecteurs : {names}</source>
        <translation>New patrons: {names}</translation>
    </message>
    <message>
        <source>Retours sans prêt (à vérifier) : {n}</source>
        <translation>Returns without a loan (to check): {n}</translation>
    </message>
    <message>
        <source>Prêts forcés avec motif : {n}</source>
        <translation>Loans despite a block, with a reason: {n}</translation>
    </message>
    <message>
        <source>Actions annulées : {n}</source>
        <translation>Undone actions: {n}</translation>
    </message>
    <message>
        <source>{message} (scan « {code} »)</source>
        <translation>{message} (scan “{code}”)</translation>
    </message>
    <message>
        <source>{n} en attente…</source>
        <translation>{n} waiting…</translation>
    </message>
    <message>
        <source>{name} — carte {card}</source>
        <translation>{name} — card {card}</translation>
    </message>
    <message>
        <source>Prêts en cours : {n} sur {max}</source>
        <translation>Current loans: {n} of {max}</translation>
    </message>
    <message>
        <source>à rendre le {date}</source>
        <translation>due {date}</translation>
    </message>
    <message>
        <source>EN RETARD</source>
        <translation>OVERDUE</translation>
    </message>
    <message>
        <source>Passage ouvert</source>
        <translation>Visit open</translation>
    </message>
    <message>
        <source>Passage clôturé</source>
        <translation>Visit closed</translation>
    </message>
</context>
<context>
    <name>StrandedBar</name>
    <message>
        <source>Déplacer</source>
        <translation>Move</translation>
    </message>
    <message>
        <source>Annuler ces demandes</source>
        <translation>Cancel these requests</translation>
    </message>
    <message>
        <source>Passage annulé du {visit} : {n} demande(s) en attente, à déplacer vers :</source>
        <translation>Cancelled visit of {visit}: {n} request(s) waiting, to move to:</translation>
    </message>
    <message numerus="yes">
        <source>%Ln demande(s) déplacée(s).</source>
        <translation>
            <numerusform>%Ln request moved.</numerusform>
            <numerusform>%Ln requests moved.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln demande(s) annulée(s).</source>
        <translation>
            <numerusform>%Ln request cancelled.</numerusform>
            <numerusform>%Ln requests cancelled.</numerusform>
        </translation>
    </message>
    <message>
        <source>{n} sans place dans un créneau : restées.</source>
        <translation>{n} with no room in a slot: left where they were.</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <source>Synchronisation…</source>
        <extracomment>Minutes between two background syncs.</extracomment>
        <translation>Syncing…</translation>
    </message>
    <message>
        <source>appareil révoqué</source>
        <translation>device revoked</translation>
    </message>
    <message>
        <source>travail conservé</source>
        <translation>work kept</translation>
    </message>
    <message numerus="yes">
        <source>%Ln modification(s) encore en attente.</source>
        <translation>
            <numerusform>%Ln change still waiting.</numerusform>
            <numerusform>%Ln changes still waiting.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncWorkspace</name>
    <message>
        <source>Synchronisation</source>
        <translation>Sync</translation>
    </message>
    <message>
        <source>Cet appareil a été révoqué par la médiathèque : il ne se synchronise plus. Le travail non envoyé est conservé sur cet appareil ; exportez-le et remettez le fichier à un coordinateur, puis effacez les données locales.</source>
        <translation>This device has been revoked by the library: it no longer syncs. Unsent work is kept on this device; export it, give the file to a coordinator, then erase the local data.</translation>
    </message>
    <message>
        <source>État</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Serveur</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Cet appareil</source>
        <translation>This device</translation>
    </message>
    <message>
        <source>Dernière synchronisation</source>
        <translation>Last sync</translation>
    </message>
    <message>
        <source>En attente d&apos;envoi</source>
        <translation>Waiting to be sent</translation>
    </message>
    <message>
        <source>Synchroniser maintenant</source>
        <translation>Sync now</translation>
    </message>
    <message>
        <source>Exporter le travail non envoyé…</source>
        <translation>Export unsent work…</translation>
    </message>
    <message>
        <source>Refusé par le serveur (conservé, exportable)</source>
        <translation>Refused by the server (kept, exportable)</translation>
    </message>
    <message>
        <source>À revoir (coordination)</source>
        <translation>To review (coordinator)</translation>
    </message>
    <message>
        <source>Résolution (ex. : exemplaire retrouvé chez le second lecteur)</source>
        <translation>Resolution (e.g. item found at the second patron&apos;s)</translation>
    </message>
    <message>
        <source>Enregistrer la résolution</source>
        <translation>Save the resolution</translation>
    </message>
    <message>
        <source>Actualiser</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>« {name} » ({role}, périmètre {scope})</source>
        <translation>&quot;{name}&quot; ({role}, scope {scope})</translation>
    </message>
    <message>
        <source>aucun : inscrivez l&apos;appareil dans Réglages</source>
        <translation>none: enrol the device in Settings</translation>
    </message>
    <message>
        <source>jamais</source>
        <translation>never</translation>
    </message>
    <message>
        <source>Synchronisation en cours…</source>
        <translation>Syncing…</translation>
    </message>
    <message>
        <source>Une synchronisation est déjà en cours.</source>
        <translation>A sync is already running.</translation>
    </message>
    <message>
        <source>Cet appareil a été révoqué par le serveur : il ne synchronise plus.</source>
        <translation>This device was revoked by the server: it no longer syncs.</translation>
    </message>
    <message>
        <source>Rien n&apos;est synchronisé : cet appareil n&apos;est inscrit auprès d&apos;aucun serveur. Inscrivez-le dans Réglages › Serveur avec le code donné par un coordinateur ; en attendant, tout est gardé sur ce portable.</source>
        <translation>Nothing synced: this device is not enrolled with any server. Enrol it in Settings › Server with the code a coordinator gives; meanwhile everything is kept on this laptop.</translation>
    </message>
    <message>
        <source>Envoyé : {pushed} ; reçu : {pulled} ; conflits : {conflicts} ; retirés du périmètre : {evicted}.</source>
        <translation>Sent: {pushed}; received: {pulled}; conflicts: {conflicts}; removed from scope: {evicted}.</translation>
    </message>
    <message>
        <source>Exporter le travail non envoyé (données personnelles en clair)</source>
        <translation>Export unsent work (personal data in clear)</translation>
    </message>
    <message>
        <source>{count} modification(s) exportée(s) ; rien n&apos;a été effacé. Ce fichier contient des données personnelles en clair : gardez-le en lieu sûr et supprimez-le une fois remis.</source>
        <translation>{count} change(s) exported; nothing was deleted. This file holds personal data in clear: keep it safe and delete it once handed over.</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln modification(s)</source>
        <translation>
            <numerusform>%Ln change</numerusform>
            <numerusform>%Ln changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>dont %Ln refusée(s) par le serveur</source>
        <translation>
            <numerusform>of which %Ln refused by the server</numerusform>
            <numerusform>of which %Ln refused by the server</numerusform>
        </translation>
    </message>
    <message>
        <source>Export impossible</source>
        <translation>Export failed</translation>
    </message>
    <message>
        <source>Le fichier n&apos;a pas pu être écrit : {e}</source>
        <translation>The file could not be written: {e}</translation>
    </message>
    <message>
        <source>Chargement…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>Rien à revoir.</source>
        <translation>Nothing to review.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln point(s) à revoir.</source>
        <translation>
            <numerusform>%Ln point to review.</numerusform>
            <numerusform>%Ln points to review.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choisissez d&apos;abord un point à revoir.</source>
        <translation>Choose an item to review first.</translation>
    </message>
    <message>
        <source>Décrivez la résolution avant de l&apos;enregistrer.</source>
        <translation>Describe the resolution before saving it.</translation>
    </message>
</context>
<context>
    <name>TemplateEditor</name>
    <message>
        <source>Modèles de messages aux lecteurs</source>
        <translation>Patron message templates</translation>
    </message>
    <message>
        <source>Objet</source>
        <extracomment>Unsaved texts of the templates left while editing, by (kind, channel).</extracomment>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Texte</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Champs (cliquez pour insérer)</source>
        <translation>Fields (click to insert)</translation>
    </message>
    <message>
        <source>prénom du lecteur</source>
        <translation>patron’s first name</translation>
    </message>
    <message>
        <source>nom du lecteur</source>
        <translation>patron’s last name</translation>
    </message>
    <message>
        <source>arrêt du bibliobus</source>
        <translation>bookmobile stop</translation>
    </message>
    <message>
        <source>date du passage</source>
        <translation>visit date</translation>
    </message>
    <message>
        <source>créneau de retrait</source>
        <translation>pickup slot</translation>
    </message>
    <message>
        <source>nombre de documents</source>
        <translation>number of items</translation>
    </message>
    <message>
        <source>code du sac</source>
        <translation>bag code</translation>
    </message>
    <message>
        <source>Aperçu (lecteur et passage d&apos;exemple)</source>
        <translation>Preview (sample patron and visit)</translation>
    </message>
    <message>
        <source>Enregistrer</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Rétablir le texte d&apos;origine</source>
        <translation>Restore the original text</translation>
    </message>
    <message>
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Sac prêt</source>
        <translation>Bag ready</translation>
    </message>
    <message>
        <source>Veille du passage</source>
        <translation>Day before the visit</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>liste d&apos;appels</source>
        <translation>call list</translation>
    </message>
    <message>
        <source> (modifié)</source>
        <translation> (modified)</translation>
    </message>
    <message>
        <source>Seuls les e-mails ont un objet.</source>
        <translation>Only e-mails have a subject.</translation>
    </message>
    <message>
        <source>Objet : {subject}</source>
        <translation>Subject: {subject}</translation>
    </message>
    <message>
        <source>Modèle enregistré : les prochains messages l&apos;utiliseront.</source>
        <translation>Template saved: the next messages will use it.</translation>
    </message>
    <message>
        <source>Texte d&apos;origine rétabli.</source>
        <translation>Original text restored.</translation>
    </message>
</context>
<context>
    <name>TimetableOutputs</name>
    <message>
        <source>Horaires PDF…</source>
        <translation>Timetable PDF…</translation>
    </message>
    <message>
        <source>iCalendar…</source>
        <translation>iCalendar…</translation>
    </message>
    <message>
        <source>Horaires publics :</source>
        <translation>Public timetable:</translation>
    </message>
    <message>
        <source>Contact en pied d&apos;affiche (téléphone, courriel)</source>
        <translation>Contact line at the foot of the poster (phone, e-mail)</translation>
    </message>
    <message>
        <source>Toute la tournée</source>
        <translation>The whole tour</translation>
    </message>
    <message>
        <source>Horaires PDF</source>
        <translation>Timetable PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>iCalendar</source>
        <translation>iCalendar</translation>
    </message>
    <message>
        <source>iCalendar (*.ics)</source>
        <translation>iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>Enregistré : {path}</source>
        <translation>Saved: {path}</translation>
    </message>
</context>
<context>
    <name>TodayWorkspace</name>
    <message>
        <source>Aujourd&apos;hui</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Actualiser (F5)</source>
        <translation>Refresh (F5)</translation>
    </message>
    <message>
        <source>Double-clic pour l&apos;ouvrir</source>
        <translation>Double-click to open it</translation>
    </message>
    <message>
        <source>Passages du bibliobus</source>
        <translation>Bookmobile visits</translation>
    </message>
    <message>
        <source>Tournées de portage</source>
        <translation>Home-delivery rounds</translation>
    </message>
    <message>
        <source>En attente</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <source>Synchronisation</source>
        <translation>Sync</translation>
    </message>
    <message>
        <source>Aujourd&apos;hui — {date}</source>
        <translation>Today — {date}</translation>
    </message>
    <message>
        <source>prévu</source>
        <translation>planned</translation>
    </message>
    <message>
        <source>ouvert</source>
        <translation>open</translation>
    </message>
    <message>
        <source>clôturé</source>
        <translation>closed</translation>
    </message>
    <message>
        <source>annulé</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <source>Aucun passage aujourd&apos;hui.</source>
        <translation>No visit today.</translation>
    </message>
    <message numerus="yes">
        <source>{volunteer} : %Ln visite(s)</source>
        <translation>
            <numerusform>{volunteer}: %Ln visit</numerusform>
            <numerusform>{volunteer}: %Ln visits</numerusform>
        </translation>
    </message>
    <message>
        <source>Aucune tournée de portage aujourd&apos;hui.</source>
        <translation>No home-delivery round today.</translation>
    </message>
    <message>
        <source>Sacs drive à remettre aujourd&apos;hui : {n}</source>
        <translation>Drive bags to hand over today: {n}</translation>
    </message>
    <message>
        <source>Demandes à préparer (7 prochains jours) : {n}</source>
        <translation>Requests to prepare (next 7 days): {n}</translation>
    </message>
    <message>
        <source>Changements à envoyer au serveur : {n}</source>
        <translation>Changes to send to the server: {n}</translation>
    </message>
    <message>
        <source>Tout est envoyé.</source>
        <translation>Everything is sent.</translation>
    </message>
    <message>
        <source>Hors connexion : tout est gardé sur cet appareil.</source>
        <translation>Offline: everything is kept on this device.</translation>
    </message>
    <message>
        <source>Synchronisé.</source>
        <translation>Synced.</translation>
    </message>
    <message>
        <source>Synchronisation en cours…</source>
        <translation>Syncing…</translation>
    </message>
    <message>
        <source>Échec de la dernière synchronisation.</source>
        <translation>The last sync failed.</translation>
    </message>
    <message>
        <source>Appareil pas encore inscrit auprès du serveur.</source>
        <translation>Device not yet enrolled with the server.</translation>
    </message>
</context>
<context>
    <name>TourDialog</name>
    <message>
        <source>Tournée</source>
        <translation>Tour</translation>
    </message>
    <message>
        <source>Nouvelle tournée</source>
        <translation>New tour</translation>
    </message>
    <message>
        <source> jours</source>
        <translation> days</translation>
    </message>
    <message>
        <source>Tournée en service</source>
        <translation>Tour in service</translation>
    </message>
    <message>
        <source>Nom</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Véhicule</source>
        <translation>Vehicle</translation>
    </message>
    <message>
        <source>Durée de prêt</source>
        <translation>Loan period</translation>
    </message>
    <message>
        <source>Donnez un nom à la tournée.</source>
        <translation>Give the tour a name.</translation>
    </message>
</context>
<context>
    <name>TourPanel</name>
    <message>
        <source>Tournées</source>
        <translation>Tours</translation>
    </message>
    <message>
        <source>Nouvelle tournée…</source>
        <translation>New tour…</translation>
    </message>
    <message>
        <source>Modifier…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Pause…</source>
        <translation>Break…</translation>
    </message>
    <message>
        <source>Une pause (été, vacances scolaires) pour tous les arrêts de la tournée</source>
        <translation>A break (summer, school holidays) for every stop of the tour</translation>
    </message>
    <message>
        <source>{name} (hors service)</source>
        <translation>{name} (out of service)</translation>
    </message>
    <message numerus="yes">
        <source>{vehicle} · %Ln arrêt(s) · prêt {days} jours</source>
        <translation>
            <numerusform>{vehicle} · %Ln stop · loan {days} days</numerusform>
            <numerusform>{vehicle} · %Ln stops · loan {days} days</numerusform>
        </translation>
    </message>
    <message>
        <source>véhicule non précisé</source>
        <translation>vehicle not given</translation>
    </message>
</context>
<context>
    <name>ToursWorkspace</name>
    <message>
        <source>Tournées du bibliobus</source>
        <translation>Bookmobile tours</translation>
    </message>
    <message>
        <source>Arrêts, règles de passage, calendrier et horaires publics.</source>
        <translation>Stops, schedule rules, calendar and public timetables.</translation>
    </message>
    <message>
        <source>Tournées</source>
        <translation>Tours</translation>
    </message>
    <message>
        <source>L&apos;opération a échoué : {error}</source>
        <translation>The operation failed: {error}</translation>
    </message>
    <message>
        <source>{created} passage(s) créé(s), {removed} retiré(s), {updated} mis à jour.</source>
        <translation>{created} visit(s) created, {removed} removed, {updated} updated.</translation>
    </message>
    <message>
        <source>Passages à annuler</source>
        <translation>Visits to cancel</translation>
    </message>
    <message>
        <source>Ces passages ne suivent plus les règles mais ont des prêts ou des demandes : annulez-les pour reporter prêts et demandes : {dates}</source>
        <translation>These visits no longer follow the rules but have loans or requests: cancel them to move loans and requests: {dates}</translation>
    </message>
</context>
<context>
    <name>VisitDateDialog</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Début</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Fin</source>
        <translation>End</translation>
    </message>
    <message>
        <source>L&apos;heure de fin doit suivre l&apos;heure de début.</source>
        <translation>The end time must come after the start time.</translation>
    </message>
</context>
<context>
    <name>VolunteerModePage</name>
    <message>
        <source>Aucun bénévole actif : ajoutez-en dans l&apos;onglet Bénévoles.</source>
        <translation>No active volunteer: add some in the Volunteers tab.</translation>
    </message>
    <message>
        <source>Bénévole</source>
        <translation>Volunteer</translation>
    </message>
    <message>
        <source>Jour</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>Adresse</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Téléphone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Accès</source>
        <translation>Access</translation>
    </message>
    <message>
        <source>Sac</source>
        <translation>Bag</translation>
    </message>
    <message>
        <source>Afficher</source>
        <translation>Show</translation>
    </message>
    <message>
        <source>Le code d&apos;accès ne s&apos;affiche que sur demande, le jour de la visite.</source>
        <translation>The access code shows only on demand, on the day of the visit.</translation>
    </message>
    <message>
        <source>Issue de la visite</source>
        <translation>Outcome of the visit</translation>
    </message>
    <message>
        <source>Documents du sac : qu&apos;en a pensé la personne ?</source>
        <translation>Items in the bag: what did the person think?</translation>
    </message>
    <message>
        <source>A aimé</source>
        <translation>Liked it</translation>
    </message>
    <message>
        <source>N&apos;a pas aimé</source>
        <translation>Did not like it</translation>
    </message>
    <message>
        <source>Documents rendus</source>
        <translation>Items returned</translation>
    </message>
    <message>
        <source>Note libre sur la visite</source>
        <translation>Free note on the visit</translation>
    </message>
    <message>
        <source>Enregistrer la note</source>
        <translation>Save the note</translation>
    </message>
    <message>
        <source>Inquiétude pour la personne</source>
        <translation>Concern for the person</translation>
    </message>
    <message>
        <source>Signaler aux coordinateurs</source>
        <translation>Tell the coordinators</translation>
    </message>
    <message>
        <source>Pas de tournée ce jour-là.</source>
        <translation>No round that day.</translation>
    </message>
    <message>
        <source>masqué : « Afficher » pour le lire</source>
        <translation>hidden: &quot;Show&quot; to read it</translation>
    </message>
    <message>
        <source>masqué : lisible le jour de la visite</source>
        <translation>hidden: readable on the day of the visit</translation>
    </message>
    <message>
        <source>pas de sac</source>
        <translation>no bag</translation>
    </message>
    <message>
        <source> — déjà lu</source>
        <translation> — already read</translation>
    </message>
    <message>
        <source>Visite à venir : son issue se note le jour même.</source>
        <translation>A visit still to come: its outcome is noted on the day.</translation>
    </message>
    <message>
        <source>Pas de sac préparé pour cette visite.</source>
        <translation>No bag prepared for this visit.</translation>
    </message>
    <message>
        <source>Choisissez d&apos;abord un document du sac.</source>
        <translation>First choose an item of the bag.</translation>
    </message>
    <message>
        <source>Avis noté.</source>
        <translation>Feedback recorded.</translation>
    </message>
    <message>
        <source>Choisissez d&apos;abord la visite.</source>
        <translation>First choose the visit.</translation>
    </message>
    <message>
        <source>Note enregistrée.</source>
        <translation>Note saved.</translation>
    </message>
    <message>
        <source>Inquiétude signalée : les coordinateurs la verront en priorité.</source>
        <translation>Concern raised: the coordinators will see it first.</translation>
    </message>
    <message>
        <source>Sac {code} : {name}</source>
        <translation>Bag {code}: {name}</translation>
    </message>
    <message>
        <source>N&apos;a pas répondu trois fois, volets fermés…</source>
        <translation>Did not answer three times, shutters closed…</translation>
    </message>
    <message>
        <source>Le sac {code} n&apos;est pas dans votre tournée de ce jour.</source>
        <translation>Bag {code} is not in your round of that day.</translation>
    </message>
    <message>
        <source>Scanner le QR du sac ou un document rendu</source>
        <translation>Scan the bag&apos;s QR or a returned item</translation>
    </message>
</context>
<context>
    <name>VolunteersPage</name>
    <message>
        <source>Nouveau bénévole</source>
        <translation>New volunteer</translation>
    </message>
    <message>
        <source>mar 09:00-12:30; jeu 14:00-17:30</source>
        <translation>mar 09:00-12:30; jeu 14:00-17:30 (French day names)</translation>
    </message>
    <message>
        <source>vide = toutes les communes</source>
        <translation>empty = every commune</translation>
    </message>
    <message>
        <source>agent de la médiathèque</source>
        <translation>library staff member</translation>
    </message>
    <message>
        <source>actif (décocher quand la personne arrête : son historique reste)</source>
        <translation>active (untick when the person stops: their history stays)</translation>
    </message>
    <message>
        <source>Prénom</source>
        <translation>First name</translation>
    </message>
    <message>
        <source>Nom</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Téléphone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Courriel</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Disponibilités</source>
        <translation>Availability</translation>
    </message>
    <message>
        <source>Communes couvertes</source>
        <translation>Communes covered</translation>
    </message>
    <message>
        <source>Visites par tournée (max.)</source>
        <translation>Visits per round (max.)</translation>
    </message>
    <message>
        <source>Adresse de départ</source>
        <translation>Start address</translation>
    </message>
    <message>
        <source>Latitude, longitude</source>
        <translation>Latitude, longitude</translation>
    </message>
    <message>
        <source>Enregistrer le bénévole</source>
        <translation>Save the volunteer</translation>
    </message>
    <message>
        <source>Bénévole enregistré.</source>
        <translation>Volunteer saved.</translation>
    </message>
</context>
<context>
    <name>Workspaces</name>
    <message>
        <source>Aujourd&apos;hui</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Les passages, retraits drive et tournées de portage du jour, en un coup d&apos;œil.</source>
        <translation>Today&apos;s visits, drive pickups and home delivery rounds at a glance.</translation>
    </message>
    <message>
        <source>Arrêt</source>
        <translation>Stop</translation>
    </message>
    <message>
        <source>Le poste de prêt du bibliobus : ouvrir le passage, scanner cartes et documents.</source>
        <translation>The bookmobile desk: open the visit, scan cards and documents.</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>Drive</translation>
    </message>
    <message>
        <source>Les demandes des lecteurs, la préparation des sacs et leurs étiquettes.</source>
        <translation>Patron requests, bag preparation and bag labels.</translation>
    </message>
    <message>
        <source>Portage</source>
        <translation>Home delivery</translation>
    </message>
    <message>
        <source>Les bénéficiaires du portage à domicile, leurs profils et les visites.</source>
        <translation>Home delivery beneficiaries, their profiles and visits.</translation>
    </message>
    <message>
        <source>Tournées</source>
        <translation>Tours</translation>
    </message>
    <message>
        <source>Les tournées du bibliobus, les arrêts, les horaires et les tournées de portage.</source>
        <translation>Bookmobile tours, stops, timetables and home delivery rounds.</translation>
    </message>
    <message>
        <source>Catalogue</source>
        <translation>Catalogue</translation>
    </message>
    <message>
        <source>Rechercher un document et voir ses exemplaires.</source>
        <translation>Find a document and see its copies.</translation>
    </message>
    <message>
        <source>Lecteurs</source>
        <translation>Patrons</translation>
    </message>
    <message>
        <source>Rechercher un lecteur et voir ses prêts en cours.</source>
        <translation>Find a patron and see their current loans.</translation>
    </message>
    <message>
        <source>Synchronisation</source>
        <translation>Sync</translation>
    </message>
    <message>
        <source>Échanger les données avec le serveur de la médiathèque dès qu&apos;une connexion est là.</source>
        <translation>Exchange data with the library server whenever a connection is there.</translation>
    </message>
    <message>
        <source>Statistiques</source>
        <translation>Statistics</translation>
    </message>
    <message>
        <source>Prêts, passages et visiteurs, par arrêt et par mois, pour le rapport annuel.</source>
        <translation>Loans, visits and visitors by stop and month, for the annual report.</translation>
    </message>
    <message>
        <source>Réglages</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>La langue, la base de données et cet appareil.</source>
        <translation>Language, database and this device.</translation>
    </message>
</context>
</TS>
