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
    <message>
        <source>Sac {code} prêt : {n} document(s).</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>{n} proposition(s) : scannez celles que vous retenez.</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>Liste de prélèvement : {n} document(s).</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>{n} étiquette(s) écrites dans {p}.</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>{n} appel(s) à passer.</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>{count} lecteur(s) à prévenir.</source>
        <translation type="unfinished"></translation>
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
        <source>{n} visite(s) due(s) sur la période, pas encore planifiée(s)</source>
        <translation type="unfinished"></translation>
    </message>
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
    <message>
        <source>{n} titre(s) choisi(s)</source>
        <translation type="unfinished"></translation>
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
        <source>{date} — {name} — {done}/{visits} visite(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(hors disponibilités)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} visite(s) hors des disponibilités dans cet ordre.</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>{n} demande(s) déplacée(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} sans place dans un créneau : restées.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} demande(s) annulée(s).</source>
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
    <message>
        <source>{count} modification(s) encore en attente.</source>
        <translation type="unfinished"></translation>
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
        <source>{count} modification(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dont {count} refusée(s) par le serveur</source>
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
        <source>{count} point(s) à revoir.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rien à revoir.</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>{volunteer} : {n} visite(s)</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>{vehicle} · {count} arrêt(s) · prêt {days} jours</source>
        <translation type="unfinished"></translation>
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
