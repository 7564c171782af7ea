"""The person's own copy of their data: a readable document (PDF), in French.

Built from :class:`~.person.PersonData`: identity, loans still held and the loan
history the server still keeps, drive requests and bags, the home-delivery profile and
visits with their notes (welfare notes included: the person has the right to read
them), the devices that hold a copy, and who consulted the data.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from .audit import ACTION_LABELS
from .document import Document
from .person import PersonData

IDENTITY_LABELS = {
    "card_barcode": "Carte",
    "first_name": "Prénom",
    "last_name": "Nom",
    "birth_year": "Année de naissance",
    "address": "Adresse",
    "postcode": "Code postal",
    "commune": "Commune",
    "phone": "Téléphone",
    "email": "Courriel",
    "preferred_channel": "Moyen de contact préféré",
    "card_expiry": "Fin de validité de la carte",
    "blocked_reason": "Motif de blocage",
    "registered_on": "Inscrit(e) le",
    "max_loans": "Prêts simultanés autorisés",
}
PROFILE_LABELS = {
    "formats": "Formats",
    "genres_liked": "Genres aimés",
    "genres_disliked": "Genres à éviter",
    "favourite_authors": "Auteurs préférés",
    "taste_notes": "Notes sur les goûts",
    "frequency": "Fréquence des visites",
    "availability": "Disponibilités",
    "access_notes": "Accès au domicile",
    "contact_person": "Personne à contacter",
    "contact_phone": "Téléphone de cette personne",
    "referral": "Orientation",
    "status": "Statut",
    "paused_from": "En pause du",
    "paused_to": "En pause jusqu'au",
    "pause_reason": "Motif de la pause",
    "since": "Servi(e) depuis",
    "legal_basis": "Base légale",
    "informed_on": "Informé(e) le",
    "informed_how": "Informé(e) par",
}
FOOTER = (
    "Données personnelles — document remis à la personne concernée (droit d'accès, RGPD art. 15)"
)


def _text(value: Any) -> str:
    if value is None or value == "" or value == []:
        return "—"
    if isinstance(value, list):
        return ", ".join(_text(v) for v in value)
    if isinstance(value, dict):
        return " ".join(f"{k} {v}" for k, v in value.items())
    return str(value)


def _when(value: dt.datetime | dt.date | str | None) -> str:
    if value is None:
        return "—"
    if isinstance(value, str):
        value = dt.datetime.fromisoformat(value) if "T" in value else dt.date.fromisoformat(value)
    if isinstance(value, dt.datetime):
        return value.strftime("%d/%m/%Y %H:%M")
    return value.strftime("%d/%m/%Y")


def person_document(data: PersonData) -> Document:
    """The document the person receives."""
    doc = Document(footer=FOOTER)
    who = data.identity
    doc.heading(f"Vos données à la bibliothèque — {who['first_name']} {who['last_name']}", 1)
    doc.paragraph(
        f"Document établi le {_when(data.produced_at)} à votre demande : tout ce que le "
        "serveur central de la bibliothèque conserve à votre sujet. Il contient des données "
        "personnelles : gardez-le en lieu sûr."
    )
    doc.heading("Identité et contact")
    doc.table(
        ("Donnée", "Valeur"),
        [(label, _text(who.get(key))) for key, label in IDENTITY_LABELS.items()],
        "",
    )
    held = data.held_loans
    doc.heading(f"Prêts en cours ({len(held)})")
    doc.table(
        ("Titre", "Exemplaire", "Prêté le", "À rendre le"),
        [(loan.title, loan.barcode, _when(loan.since), _when(loan.due_date)) for loan in held],
        "Aucun document en prêt.",
    )
    returned = [loan for loan in data.loans if loan.returned_at is not None]
    doc.heading(f"Prêts rendus encore conservés ({len(returned)})")
    doc.table(
        ("Titre", "Exemplaire", "Prêté le", "Rendu le"),
        [(x.title, x.barcode, _when(x.since), _when(x.returned_at)) for x in returned],
        "Aucun.",
    )
    requests = data.rows.get("requests", [])
    lines = data.rows.get("request_lines", [])
    doc.heading(f"Demandes au drive ({len(requests)})")
    doc.table(
        ("Faite le", "Type", "Statut", "Précisions", "Titres demandés"),
        [
            (
                _when(r.get("taken_at")),
                _text(r.get("kind")),
                _text(r.get("status")),
                _text(r.get("free_text")),
                str(sum(1 for line in lines if line["request_id"] == r["id"])),
            )
            for r in requests
        ],
        "Aucune demande.",
    )
    bags = data.rows.get("bags", [])
    doc.heading(f"Sacs préparés ({len(bags)})")
    doc.table(
        ("Code du sac", "Statut"),
        [(_text(b.get("code")), _text(b.get("status"))) for b in bags],
        "Aucun sac.",
    )
    doc.heading("Notifications envoyées")
    doc.paragraph(
        "Les messages (courriel, SMS, appel) sont envoyés depuis le poste du drive et ne sont "
        "pas conservés sur le serveur central."
    )
    profiles = data.rows.get("beneficiaries", [])
    doc.heading("Portage à domicile")
    if profiles:
        profile = profiles[0]
        doc.table(
            ("Donnée", "Valeur"),
            [(label, _text(profile.get(key))) for key, label in PROFILE_LABELS.items()],
            "",
        )
    else:
        doc.paragraph("Vous n'êtes pas inscrit(e) au portage à domicile.")
    visits = data.rows.get("deliveries", [])
    doc.heading(f"Visites à domicile et notes ({len(visits)})")
    doc.table(
        ("Visite", "Résultat", "Note de visite", "Alerte bien-être", "Suivie le"),
        [
            (
                _when(v.get("outcome_at")),
                _text(v.get("outcome")),
                _text(v.get("note")),
                _text(v.get("welfare_note")) if v.get("welfare_concern") else "—",
                _when(v.get("welfare_handled_at")),
            )
            for v in visits
        ],
        "Aucune visite.",
    )
    doc.heading("Appareils qui en détiennent une copie")
    doc.table(
        ("Appareil", "Rôle", "Ce qu'il détient"),
        [(c.name, c.role, c.holds) for c in data.devices],
        "Aucun appareil ne détient de copie de vos données.",
    )
    doc.heading(f"Qui a consulté ou modifié vos données ({len(data.audit)})")
    doc.table(
        ("Quand", "Qui", "Appareil", "Quoi"),
        [
            (
                _when(line.occurred_at),
                line.user_name,
                line.device_name,
                ACTION_LABELS.get(line.action, line.action),
            )
            for line in data.audit
        ],
        "Aucune consultation enregistrée (le journal est conservé 12 mois).",
    )
    doc.paragraph(
        f"Historique technique de synchronisation : {len(data.history)} modification(s) "
        f"reçue(s) des appareils, {len(data.conflicts)} conflit(s) conservé(s). Le détail "
        "figure dans l'export remis au délégué à la protection des données."
    )
    return doc
