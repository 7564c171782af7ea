<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="fr">
    <context>
        <name>App</name>
        <message>
            <source>La base de données {path} a été créée par une version plus récente de Bibliomobile. Installez la dernière version pour l'ouvrir ; la base n'a pas été modifiée.</source>
            <translation>The database {path} was created by a newer version of Bibliomobile. Install the latest version to open it; the database has not been changed.</translation>
        </message>
        <message>
            <source>Impossible d'ouvrir la base de données {path}.

Cause : {error}

Vérifiez que le fichier existe, qu'il n'est pas ouvert ailleurs et que la clé de chiffrement est la bonne.</source>
            <translation>Cannot open the database {path}.

Cause: {error}

Check that the file exists, that it is not open elsewhere and that the encryption key is right.</translation>
        </message>
        <message>
            <source>Bibliomobile ne peut pas démarrer</source>
            <translation>Bibliomobile cannot start</translation>
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
            <source>Choisissez un document pour voir sa fiche.</source>
            <translation>Choose a document to see its details.</translation>
        </message>
        <message>
            <source>Cote</source>
            <translation>Call number</translation>
        </message>
        <message>
            <source>Localisation</source>
            <translation>Location</translation>
        </message>
        <message>
            <source>Bibliothèque</source>
            <translation>Library</translation>
        </message>
        <message>
            <source>Code-barres</source>
            <translation>Barcode</translation>
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
            <source>Dewey</source>
            <translation>Dewey</translation>
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
            <source>Langue</source>
            <translation>Language</translation>
        </message>
        <message>
            <source>Exemplaires</source>
            <translation>Copies</translation>
        </message>
        <message>
            <source>Mis de côté jusqu'au</source>
            <translation>Set aside until</translation>
        </message>
        <message>
            <source>Résumé</source>
            <translation>Summary</translation>
        </message>
        <message>
            <source>carte {card}</source>
            <translation>card {card}</translation>
        </message>
        <message>
            <source>retour prévu le {date}</source>
            <translation>due {date}</translation>
        </message>
        <message>
            <source>Historique</source>
            <translation>History</translation>
        </message>
        <message>
            <source>Jamais emprunté.</source>
            <translation>Never borrowed.</translation>
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
            <source>Cote</source>
            <translation>Call number</translation>
        </message>
        <message>
            <source>Support</source>
            <translation>Format</translation>
        </message>
        <message>
            <source>Localisation</source>
            <translation>Location</translation>
        </message>
        <message>
            <source>Code-barres</source>
            <translation>Barcode</translation>
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
            <source>Commune</source>
            <translation>Town</translation>
        </message>
        <message>
            <source>Carte</source>
            <translation>Card</translation>
        </message>
        <message>
            <source>Fin d'abonnement</source>
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
    </context>
    <context>
        <name>DbWorker</name>
        <message>
            <source>L'opération a échoué : {error}. Les détails sont dans le journal.</source>
            <translation>The operation failed: {error}. Details are in the log.</translation>
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
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Bibliomobile</source>
            <translation>Bibliomobile</translation>
        </message>
        <message>
            <source>Cet espace n'a pas pu s'ouvrir. Les détails sont dans le journal.</source>
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
            <source>Carte {card}</source>
            <translation>Card {card}</translation>
        </message>
        <message>
            <source>Carte bloquée</source>
            <translation>Card blocked</translation>
        </message>
        <message>
            <source>Fin d'abonnement</source>
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
        <name>PlaceholderPage</name>
        <message>
            <source>Cet espace arrive bientôt</source>
            <extracomment>When set to 1, print "first-paint &lt;epoch seconds&gt;" after the first paint and quit.</extracomment>
            <translation>This workspace is coming soon</translation>
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
            <source>%Ln résultat(s)</source>
            <translation>
                <numerusform>%Ln result</numerusform>
                <numerusform>%Ln results</numerusform>
            </translation>
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
            <translation>No results for “{query}”.</translation>
        </message>
        <message>
            <source>Cette fiche n'existe plus.</source>
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
            <source>Langue de l'interface</source>
            <translation>Interface language</translation>
        </message>
        <message>
            <source>Langue</source>
            <translation>Language</translation>
        </message>
        <message>
            <source>Cet appareil</source>
            <translation>This device</translation>
        </message>
        <message>
            <source>Identifiant de l'appareil</source>
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
            <source>Serveur de la médiathèque</source>
            <translation>Library server</translation>
        </message>
        <message>
            <source>Cet appareil n'est inscrit auprès d'aucun serveur : il fonctionne hors connexion. L'inscription se fera ici avec le code donné par le coordinateur.</source>
            <translation>This device is not enrolled with any server: it works offline. Enrolment will happen here with the code given by the coordinator.</translation>
        </message>
        <message>
            <source>Langue utilisée en ce moment.</source>
            <translation>Language in use now.</translation>
        </message>
        <message>
            <source>La nouvelle langue s'appliquera au prochain démarrage de Bibliomobile.</source>
            <translation>The new language will apply the next time Bibliomobile starts.</translation>
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
            <extracomment>Only show the "working" indicator when the worker is busy longer than this.</extracomment>
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
        <name>StopWorkspace</name>
        <message>
            <source>Scanner une carte de lecteur ou un document</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Scannez une carte pour prêter, ou un document pour un retour.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Arrêt</source>
            <translation type="unfinished">Stop</translation>
        </message>
        <message>
            <source>Ouvrir le passage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Aucun passage ouvert</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Clôturer (bilan)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lecteur</source>
            <translation type="unfinished">Patron</translation>
        </message>
        <message>
            <source>Aucun lecteur : les documents scannés sont des retours.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Prolonger la sélection (F2)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Prolonger tout (F3)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Prêter quand même… (F4)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lecteur suivant (Échap)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Visiteurs du passage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Adultes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Enfants</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Inscriptions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Annuler la dernière action (Ctrl+Z)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Journal du passage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>ouvert</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>clôturé</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Aucun passage prévu aujourd'hui</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Passage ouvert : {label}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choisissez d'abord les prêts à prolonger.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Scannez d'abord la carte du lecteur.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Prêter malgré le blocage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Motif (il sera enregistré avec les prêts de ce lecteur) :</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ouvrez d'abord le passage.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Passage clôturé : {label}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Bilan — {label}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Prêts : {n}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Retours : {n}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Prolongations : {n}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lecteurs servis : {n}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Visiteurs : {a} adultes, {c} enfants</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Inscriptions : {n}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nouveaux lecteurs : {names}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Retours sans prêt (à vérifier) : {n}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Prêts forcés avec motif : {n}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Actions annulées : {n}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{message} (scan « {code} »)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{n} en attente…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} — carte {card}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Prêts en cours : {n} sur {max}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>à rendre le {date}</source>
            <translation type="unfinished">due {date}</translation>
        </message>
        <message>
            <source>EN RETARD</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>TodayWorkspace</name>
        <message>
            <source>Aujourd'hui</source>
            <translation type="unfinished">Today</translation>
        </message>
        <message>
            <source>Actualiser (F5)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Passages du bibliobus</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tournées de portage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>En attente</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Synchronisation</source>
            <translation type="unfinished">Sync</translation>
        </message>
        <message>
            <source>Aujourd'hui — {date}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>prévu</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>ouvert</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>clôturé</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>annulé</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Aucun passage aujourd'hui.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{volunteer} : {n} visite(s)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Aucune tournée de portage aujourd'hui.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sacs drive à remettre aujourd'hui : {n}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Demandes à préparer (7 prochains jours) : {n}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Changements à envoyer au serveur : {n}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tout est envoyé.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hors connexion : tout est gardé sur cet appareil.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Synchronisé.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Synchronisation en cours…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Échec de la dernière synchronisation.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Appareil pas encore inscrit auprès du serveur.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Workspaces</name>
        <message>
            <source>Aujourd'hui</source>
            <translation>Today</translation>
        </message>
        <message>
            <source>Les passages, retraits drive et tournées de portage du jour, en un coup d'œil.</source>
            <translation>Today's visits, drive pickups and home delivery rounds at a glance.</translation>
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
            <source>Échanger les données avec le serveur de la médiathèque dès qu'une connexion est là.</source>
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
            <source>Les prêts à rendre ce jour-là passeront au passage suivant de l'arrêt, et les demandes drive y seront reportées s'il reste de la place.</source>
            <translation>Loans due that day will be due at the stop's next visit, and drive requests will move there if there is room.</translation>
        </message>
        <message>
            <source>Indiquez la raison de l'annulation (elle sera dite aux lecteurs).</source>
            <translation>Give the reason for the cancellation (patrons will be told).</translation>
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
            <source>vacances d'hiver</source>
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
            <source>ex. : place de l'église</source>
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
            <source>Indiquez la commune de l'arrêt.</source>
            <translation>Give the stop's town.</translation>
        </message>
        <message>
            <source>Indiquez le lieu de l'arrêt (par exemple « place de l'église »).</source>
            <translation>Give the stop's place (for example “church square”).</translation>
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
            <source>Tournées</source>
            <translation>Tours</translation>
        </message>
        <message>
            <source>Ajouter un arrêt…</source>
            <translation>Add a stop…</translation>
        </message>
        <message>
            <source>Modifier l'arrêt…</source>
            <translation>Edit the stop…</translation>
        </message>
        <message>
            <source>Arrêts</source>
            <translation>Stops</translation>
        </message>
        <message>
            <source>Ajouter une règle…</source>
            <translation>Add a rule…</translation>
        </message>
        <message>
            <source>Supprimer</source>
            <translation>Delete</translation>
        </message>
        <message>
            <source>Règles de passage de l'arrêt</source>
            <translation>Schedule rules of the stop</translation>
        </message>
        <message>
            <source> mois</source>
            <translation> months</translation>
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
            <source>Contact en pied d'affiche (téléphone, courriel)</source>
            <translation>Contact line at the foot of the poster (phone, e-mail)</translation>
        </message>
        <message>
            <source>Horaires PDF…</source>
            <translation>Timetable PDF…</translation>
        </message>
        <message>
            <source>iCalendar…</source>
            <translation>iCalendar…</translation>
        </message>
        <message>
            <source>Du</source>
            <translation>From</translation>
        </message>
        <message>
            <source>sur</source>
            <translation>for</translation>
        </message>
        <message>
            <source>Horaires publics :</source>
            <translation>Public timetable:</translation>
        </message>
        <message>
            <source>Calendrier des passages</source>
            <translation>Calendar of visits</translation>
        </message>
        <message>
            <source>Lecteurs à prévenir</source>
            <translation>Patrons to notify</translation>
        </message>
        <message>
            <source>Choisissez un passage annulé ou déplacé pour voir qui prévenir.</source>
            <translation>Choose a cancelled or moved visit to see whom to notify.</translation>
        </message>
        <message>
            <source>À prévenir</source>
            <translation>To notify</translation>
        </message>
        <message>
            <source>L'opération a échoué : {error}</source>
            <translation>The operation failed: {error}</translation>
        </message>
        <message>
            <source>{name} (hors service)</source>
            <translation>{name} (out of service)</translation>
        </message>
        <message>
            <source>{vehicle} · {count} arrêt(s) · prêt {days} jours</source>
            <translation>{vehicle} · {count} stop(s) · {days}-day loans</translation>
        </message>
        <message>
            <source>véhicule non précisé</source>
            <translation>vehicle not given</translation>
        </message>
        <message>
            <source>Toute la tournée</source>
            <translation>The whole tour</translation>
        </message>
        <message>
            <source>Supprimer la règle</source>
            <translation>Delete the rule</translation>
        </message>
        <message>
            <source>Supprimer « {rule} » ? Les passages à venir sans prêt ni demande seront retirés.</source>
            <translation>Delete “{rule}”? Upcoming visits without loans or requests will be removed.</translation>
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
        <message>
            <source>{stop}, {day} {date} {start}–{end}</source>
            <translation>{stop}, {day} {date} {start}–{end}</translation>
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
        <message>
            <source>{count} lecteur(s) à prévenir.</source>
            <translation>{count} patron(s) to notify.</translation>
        </message>
        <message>
            <source>Personne à prévenir.</source>
            <translation>Nobody to notify.</translation>
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
            <source>L'heure de fin doit suivre l'heure de début.</source>
            <translation>The end time must come after the start time.</translation>
        </message>
    </context>
</TS>
