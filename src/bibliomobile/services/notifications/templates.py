"""Message texts the library can edit: one per message kind and channel that carries it.

Texts are French ``string.Template`` s (``$prenom``, ``$arret``…); the library's version
of a text replaces the default one until it is reset.
"""

from __future__ import annotations

import datetime as dt
import string
from dataclasses import dataclass

from bibliomobile.domain.enums import ContactChannel
from bibliomobile.lang import Message
from bibliomobile.services.text import date_text
from bibliomobile.store.models import MessageTemplate
from bibliomobile.store.uow import UnitOfWork

from .common import NotificationError

PLACEHOLDERS = ("prenom", "nom", "arret", "date", "creneau", "nb_documents", "code_sac")

DEFAULT_TEMPLATES: dict[str, tuple[str, str]] = {
    "bag_ready.email": (
        "Votre sac drive est prêt — $arret, $date",
        "Bonjour $prenom,\n\nVotre sac ($nb_documents document(s)) vous attend au passage du "
        "bibliobus à $arret le $date, créneau $creneau.\nCode du sac : $code_sac.\n\n"
        "À bientôt !\nLa médiathèque",
    ),
    "bag_ready.sms": (
        "",
        "Médiathèque : votre sac drive ($nb_documents doc.) est prêt. Bibliobus $arret le "
        "$date, $creneau.",
    ),
    "bag_ready.phone": ("", "Sac prêt : $arret le $date, $creneau ($nb_documents doc.)"),
    "reminder.email": (
        "Rappel : le bibliobus passe demain à $arret",
        "Bonjour $prenom,\n\nPetit rappel : le bibliobus passe demain, $date, à $arret. "
        "Votre retrait est prévu sur le créneau $creneau.\n\nLa médiathèque",
    ),
    "reminder.sms": (
        "",
        "Médiathèque : rappel, bibliobus demain $date à $arret, votre créneau $creneau.",
    ),
    "reminder.phone": ("", "Rappel : demain $date à $arret, créneau $creneau"),
}
"""(subject, body) by ``"<kind>.<channel>"``."""


def template_text(uow: UnitOfWork, kind: str, channel: ContactChannel) -> tuple[str, str]:
    """(subject, body) of a template: the library's version, else the default."""
    key = f"{kind}.{channel}"
    saved = uow.session.get(MessageTemplate, key)
    if saved is not None:
        return saved.subject, saved.body
    if key not in DEFAULT_TEMPLATES:
        raise NotificationError(Message("notifications.modele_message_inconnu_key", key=key))
    return DEFAULT_TEMPLATES[key]


def save_template(
    uow: UnitOfWork, kind: str, channel: ContactChannel, subject: str, body: str
) -> None:
    """Store an edited template after checking its placeholders."""
    key = f"{kind}.{channel}"
    if key not in DEFAULT_TEMPLATES:
        raise NotificationError(Message("notifications.modele_message_inconnu_key", key=key))
    if not body.strip():
        raise NotificationError(Message("notifications.texte_message_vide"))
    sample = dict.fromkeys(PLACEHOLDERS, "x")
    for text in (subject, body):
        try:
            string.Template(text).substitute(sample)
        except KeyError as error:
            allowed = ", ".join("$" + p for p in PLACEHOLDERS)
            raise NotificationError(
                Message(
                    "notifications.champ_inconnu_modele_args", args=error.args[0], allowed=allowed
                )
            ) from error
        except ValueError as error:
            raise NotificationError(Message("notifications.modele_suivi_nom_champ")) from error
    saved = uow.session.get(MessageTemplate, key)
    if saved is None:
        uow.session.add(MessageTemplate(key=key, subject=subject, body=body))
    else:
        saved.subject, saved.body = subject, body


@dataclass(frozen=True, slots=True)
class TemplateRow:
    """One editable template: its text now, its original text, whether the library changed it."""

    kind: str
    channel: ContactChannel
    subject: str
    body: str
    default_subject: str
    default_body: str
    edited: bool


def list_templates(uow: UnitOfWork) -> list[TemplateRow]:
    """Every template (bag ready / reminder × e-mail / SMS / phone list), in a fixed order."""
    rows = []
    for key, (default_subject, default_body) in DEFAULT_TEMPLATES.items():
        kind, channel = key.split(".")
        saved = uow.session.get(MessageTemplate, key)
        subject, body = (saved.subject, saved.body) if saved else (default_subject, default_body)
        rows.append(
            TemplateRow(
                kind,
                ContactChannel(channel),
                subject,
                body,
                default_subject,
                default_body,
                saved is not None,
            )
        )
    return rows


def reset_template(uow: UnitOfWork, kind: str, channel: ContactChannel) -> None:
    """Forget the library's version of a template: the original text applies again."""
    key = f"{kind}.{channel}"
    if key not in DEFAULT_TEMPLATES:
        raise NotificationError(Message("notifications.modele_message_inconnu_key", key=key))
    saved = uow.session.get(MessageTemplate, key)
    if saved is not None:
        uow.session.delete(saved)
        uow.session.flush()  # the rest of the use case reads the original text


#: What the preview of the template editor fills the placeholders with.
SAMPLE_VALUES: dict[str, str] = {
    "prenom": "Jeanne",
    "nom": "Dupont",
    "arret": "Saint-Amant — place de l'Église",
    "date": date_text(dt.date(2026, 11, 24)),
    "creneau": "10:00–10:15",
    "nb_documents": "3",
    "code_sac": "B84G7ZWYRW",
}


def preview(subject: str, body: str, values: dict[str, str] | None = None) -> tuple[str, str]:
    """A template filled with sample values (unknown placeholders are left as typed)."""
    filled = values or SAMPLE_VALUES
    return (
        string.Template(subject).safe_substitute(filled),
        string.Template(body).safe_substitute(filled),
    )
