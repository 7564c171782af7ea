"""The words of the portal, in French (first) and English.

The pages are HTML rendered on the server, not Qt: their strings live here, one key per
sentence, both languages side by side, so a missing translation is a test failure
(``tests/unit/server/test_portal_texts.py``), not an English page with French holes.
"""

from __future__ import annotations

import datetime as dt

LANGS = ("fr", "en")

TEXTS: dict[str, dict[str, str]] = {
    "site": {"fr": "Bibliobus — espace lecteurs", "en": "Bookmobile — readers' space"},
    "skip": {"fr": "Aller au contenu", "en": "Skip to content"},
    "nav": {"fr": "Menu principal", "en": "Main menu"},
    "home": {"fr": "Accueil", "en": "Home"},
    "search": {"fr": "Rechercher", "en": "Search"},
    "search_label": {
        "fr": "Titre, auteur, sujet ou ISBN",
        "en": "Title, author, subject or ISBN",
    },
    "intro": {
        "fr": "Trouvez un livre, demandez-le pour le prochain passage du bibliobus et "
        "retirez votre sac au créneau de votre choix.",
        "en": "Find a book, ask for it for the bookmobile's next visit and collect your "
        "bag in the time slot you choose.",
    },
    "results": {"fr": "Résultats pour « {q} »", "en": "Results for “{q}”"},
    "no_results": {
        "fr": "Aucun titre ne correspond. Essayez un autre mot.",
        "en": "No title matches. Try another word.",
    },
    "not_ready": {
        "fr": "Le catalogue est en cours de préparation : réessayez dans quelques minutes.",
        "en": "The catalogue is being prepared: try again in a few minutes.",
    },
    "available_n": {"fr": "{n} disponible(s)", "en": "{n} available"},
    "none_available": {"fr": "aucun disponible", "en": "none available"},
    "where": {"fr": "Où le trouver", "en": "Where to find it"},
    "your_van": {
        "fr": "dans le bibliobus de votre commune ({name}) : {n}",
        "en": "in the bookmobile of your village ({name}): {n}",
    },
    "van": {"fr": "dans le bibliobus {name} : {n}", "en": "in the bookmobile {name}: {n}"},
    "library": {"fr": "à la médiathèque ({name}) : {n}", "en": "at the library ({name}): {n}"},
    "set_aside": {
        "fr": "mis de côté pour un autre lecteur : {n}",
        "en": "set aside for another reader: {n}",
    },
    "on_loan": {"fr": "en prêt : {n}", "en": "on loan: {n}"},
    "on_loan_due": {
        "fr": "en prêt : {n}, retour prévu le {due}",
        "en": "on loan: {n}, due back on {due}",
    },
    "no_copy": {"fr": "Aucun exemplaire.", "en": "No copy."},
    "add": {"fr": "Ajouter à ma demande", "en": "Add to my request"},
    "sign_in_to_ask": {
        "fr": "Connectez-vous pour demander ce titre.",
        "en": "Sign in to ask for this title.",
    },
    "sign_in": {"fr": "Connexion", "en": "Sign in"},
    "card": {"fr": "Numéro de carte", "en": "Card number"},
    "send_code": {"fr": "Recevoir un code", "en": "Get a code"},
    "sign_in_help": {
        "fr": "Entrez le numéro de votre carte de lecteur : nous envoyons un code à "
        "l'adresse e-mail que la médiathèque connaît. Pas de mot de passe à retenir.",
        "en": "Enter your library card number: we send a code to the e-mail address "
        "the library has for you. No password to remember.",
    },
    "code_sent": {
        "fr": "Si cette carte est connue et a une adresse e-mail, un code vient d'y être "
        "envoyé. Il est valable {minutes} minutes.",
        "en": "If this card is known and has an e-mail address, a code has just been "
        "sent to it. It is valid for {minutes} minutes.",
    },
    "code": {"fr": "Code reçu (6 chiffres)", "en": "Code received (6 digits)"},
    "confirm": {"fr": "Se connecter", "en": "Sign in"},
    "wrong_code": {
        "fr": "Ce code n'est pas bon ou a expiré. Vérifiez-le, ou demandez-en un nouveau.",
        "en": "This code is wrong or has expired. Check it, or ask for a new one.",
    },
    "too_many": {
        "fr": "Trop de tentatives : patientez {seconds} secondes avant de réessayer.",
        "en": "Too many attempts: wait {seconds} seconds before trying again.",
    },
    "csrf": {
        "fr": "Ce formulaire a expiré : rechargez la page et recommencez.",
        "en": "This form has expired: reload the page and try again.",
    },
    "mail_subject": {"fr": "Votre code de connexion", "en": "Your sign-in code"},
    "mail_body": {
        "fr": "Bonjour {name},\n\nVotre code de connexion à l'espace lecteurs du bibliobus : "
        "{code}\n\nIl est valable {minutes} minutes. Si vous n'avez rien demandé, "
        "ignorez ce message.\n\nLa médiathèque",
        "en": "Hello {name},\n\nYour sign-in code for the bookmobile's readers' space: "
        "{code}\n\nIt is valid for {minutes} minutes. If you did not ask for it, ignore "
        "this message.\n\nThe library",
    },
    "hello": {"fr": "Bonjour {name}", "en": "Hello {name}"},
    "sign_out": {"fr": "Se déconnecter", "en": "Sign out"},
    "sign_out_all": {"fr": "Se déconnecter partout", "en": "Sign out everywhere"},
    "signed_out": {"fr": "Vous êtes déconnecté.", "en": "You are signed out."},
    "my_requests": {"fr": "Mes demandes", "en": "My requests"},
    "no_requests": {"fr": "Aucune demande pour l'instant.", "en": "No request yet."},
    "status_new": {"fr": "reçue", "en": "received"},
    "status_preparing": {"fr": "en préparation", "en": "being prepared"},
    "status_ready": {"fr": "sac prêt", "en": "bag ready"},
    "status_collected": {"fr": "remis", "en": "handed over"},
    "status_no_show": {"fr": "non retiré", "en": "not collected"},
    "status_cancelled": {"fr": "annulée", "en": "cancelled"},
    "state": {"fr": "État", "en": "State"},
    "cancel": {"fr": "Annuler cette demande", "en": "Cancel this request"},
    "cancelled_ok": {"fr": "Demande annulée.", "en": "Request cancelled."},
    "visit_of": {"fr": "Passage du {date} à {place}", "en": "Visit of {date} at {place}"},
    "in_slot": {"fr": ", créneau {slot}", "en": ", slot {slot}"},
    "visit_cancelled": {
        "fr": "Passage annulé : {reason}. La médiathèque vous dira où retirer votre sac.",
        "en": "Visit cancelled: {reason}. The library will tell you where to collect your bag.",
    },
    "moved": {
        "fr": "Votre sac a été déplacé ici : le passage du {date} a été annulé ({reason}).",
        "en": "Your bag was moved here: the visit of {date} was cancelled ({reason}).",
    },
    "home_delivery": {"fr": "Portage à domicile", "en": "Home delivery"},
    "home_next": {
        "fr": "Prochaine visite du bénévole : le {date}.",
        "en": "Next visit of the volunteer: {date}.",
    },
    "home_no_date": {
        "fr": "Prochaine visite : à la prochaine visite du bénévole (date pas encore fixée).",
        "en": "Next visit: at the volunteer's next visit (date not set yet).",
    },
    "my_loans": {"fr": "Mes prêts", "en": "My loans"},
    "no_loans": {"fr": "Aucun prêt en cours.", "en": "No current loan."},
    "due": {"fr": "à rendre le {due}", "en": "due on {due}"},
    "timetable": {"fr": "Passages à mon arrêt", "en": "Visits at my stop"},
    "no_stop": {
        "fr": "Aucun arrêt n'est associé à votre carte.",
        "en": "No stop is linked to your card.",
    },
    "ical": {
        "fr": "S'abonner au calendrier (iCalendar)",
        "en": "Subscribe to the calendar (iCalendar)",
    },
    "cancelled_visit": {"fr": "annulé : {reason}", "en": "cancelled: {reason}"},
    "ask": {"fr": "Ma demande", "en": "My request"},
    "basket_empty": {
        "fr": "Votre demande ne contient aucun titre : cherchez-en un, ou décrivez vos "
        "goûts plus bas pour une sélection surprise.",
        "en": "Your request holds no title: search for one, or describe your tastes "
        "below for a surprise selection.",
    },
    "surprise": {
        "fr": "Une sélection surprise selon mes goûts (genres, auteurs, formats…), "
        "facultatif si vous avez choisi des titres",
        "en": "A surprise selection to my taste (genres, authors, formats…), optional "
        "if you chose titles",
    },
    "surprise_of": {"fr": "Sélection surprise : {tastes}", "en": "Surprise selection: {tastes}"},
    "basket_full": {
        "fr": "Vous pouvez demander {most} titres au plus à la fois.",
        "en": "You may ask for {most} titles at most at a time.",
    },
    "remove": {"fr": "Retirer « {title} »", "en": "Remove “{title}”"},
    "stop": {"fr": "Arrêt", "en": "Stop"},
    "change_stop": {"fr": "Voir les passages de cet arrêt", "en": "Show this stop's visits"},
    "choose_slot": {"fr": "Choisissez un créneau", "en": "Choose a time slot"},
    "slot_label": {
        "fr": "{date}, {start}–{end} ({room} place(s))",
        "en": "{date}, {start}–{end} ({room} place(s) left)",
    },
    "no_slot": {
        "fr": "Aucun créneau libre aux prochains passages de cet arrêt.",
        "en": "No free slot at this stop's next visits.",
    },
    "send_request": {"fr": "Envoyer ma demande", "en": "Send my request"},
    "asked_ok": {
        "fr": "Demande reçue. Vous la suivez ci-dessous.",
        "en": "Request received. Follow it below.",
    },
    "no_title": {"fr": "Choisissez au moins un titre.", "en": "Choose at least one title."},
    "slot_unknown": {
        "fr": "Ce créneau n'existe pas pour ce passage : choisissez-en un autre.",
        "en": "This slot does not exist for this visit: choose another one.",
    },
    "visit_closed": {
        "fr": "Ce passage est annulé ou passé : choisissez-en un autre.",
        "en": "This visit is cancelled or over: choose another one.",
    },
    "already": {
        "fr": "Vous avez déjà une demande en cours pour ce passage.",
        "en": "You already have a request pending for this visit.",
    },
    "slot_full": {
        "fr": "Le créneau {start}–{end} vient d'être complet : choisissez-en un autre.",
        "en": "The {start}–{end} slot has just filled up: choose another one.",
    },
    "title_unknown": {
        "fr": "Un titre de votre demande n'existe plus au catalogue.",
        "en": "A title of your request is no longer in the catalogue.",
    },
    "not_cancellable": {
        "fr": "Cette demande est déjà en préparation : appelez la médiathèque.",
        "en": "This request is already being prepared: call the library.",
    },
    "not_found": {"fr": "Page introuvable.", "en": "Page not found."},
    "language": {"fr": "English", "en": "Français"},
    "error": {"fr": "Erreur", "en": "Error"},
}

_MONTHS = {
    "fr": [
        "janvier",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
    ],
    "en": [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ],
}
_DAYS = {
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
}


def text(lang: str, key: str, **values: object) -> str:
    """The sentence ``key`` in ``lang`` with ``values`` put in."""
    sentence = TEXTS[key][lang]
    return sentence.format(**values) if values else sentence


def long_date(lang: str, day: dt.date) -> str:
    """« mardi 3 mars 2026 » / "Tuesday 3 March 2026"."""
    return f"{_DAYS[lang][day.weekday()]} {day.day} {_MONTHS[lang][day.month - 1]} {day.year}"
