"""Tell patrons their drive bag is ready, and remind them the day before the visit.

Messages are queued in the local ``notifications`` table (one row per request and kind:
the unique key makes a second queuing a no-op, so nothing is sent twice) and sent when
the device is online: e-mail by SMTP, SMS through a configurable HTTP gateway (JSON
POST). Patrons who prefer a call, or have neither an e-mail nor a mobile number, go on
a printable phone-call list. Texts are French templates (``string.Template``:
``$prenom``, ``$arret``...) the library can edit.
"""

from __future__ import annotations

import datetime as dt
import smtplib
import ssl
import string
from dataclasses import dataclass
from email.message import EmailMessage
from email.utils import formataddr, make_msgid
from enum import StrEnum
from typing import Any

import httpx
from sqlalchemy import select

from bibliomobile.domain.enums import ContactChannel, RequestStatus
from bibliomobile.services.text import date_text, stop_name
from bibliomobile.store.models import (
    Bag,
    BagItem,
    DeviceSetting,
    MessageTemplate,
    Notification,
    Patron,
    PickupSlot,
    Request,
    Stop,
    StopVisit,
)
from bibliomobile.store.uow import UnitOfWork


class NotificationKind(StrEnum):
    BAG_READY = "bag_ready"
    REMINDER = "reminder"


class NotificationError(Exception):
    """A template or a setting a person must fix (French message)."""


QUEUED, SENDING, SENT, FAILED, CALLED = "queued", "sending", "sent", "failed", "called"
MAX_ATTEMPTS = 5

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


@dataclass(frozen=True, slots=True)
class EmailSettings:
    host: str
    port: int = 587
    sender: str = "mediatheque@example.org"
    sender_name: str = "Médiathèque"
    username: str | None = None
    password: str | None = None
    starttls: bool = True
    timeout: float = 20.0
    #: Implicit TLS from the first byte (SMTPS, usually port 465) instead of STARTTLS.
    use_ssl: bool = False


@dataclass(frozen=True, slots=True)
class SmsSettings:
    """An HTTP SMS gateway: ``POST url`` with ``{"to", "text", "sender"}`` as JSON."""

    url: str
    token: str | None = None
    sender: str = "Mediatheque"
    timeout: float = 20.0


@dataclass(frozen=True, slots=True)
class NotificationRow:
    notification_id: str
    key: str
    kind: str
    channel: str
    patron_id: str
    patron_name: str
    recipient: str
    subject: str
    body: str
    status: str
    attempts: int
    last_error: str
    created_at: dt.datetime
    sent_at: dt.datetime | None


@dataclass(frozen=True, slots=True)
class SendReport:
    sent: int
    failed: int
    to_call: int


# -- templates ----------------------------------------------------------------------------


def template_text(uow: UnitOfWork, kind: str, channel: str) -> tuple[str, str]:
    """(subject, body) of a template: the library's version, else the default."""
    key = f"{kind}.{channel}"
    saved = uow.session.get(MessageTemplate, key)
    if saved is not None:
        return saved.subject, saved.body
    if key not in DEFAULT_TEMPLATES:
        raise NotificationError(f"Modèle de message inconnu : {key}")
    return DEFAULT_TEMPLATES[key]


def save_template(
    uow: UnitOfWork, kind: str, channel: str, subject: str, body: str, *, commit: bool = True
) -> None:
    """Store an edited template after checking its placeholders."""
    key = f"{kind}.{channel}"
    if key not in DEFAULT_TEMPLATES:
        raise NotificationError(f"Modèle de message inconnu : {key}")
    if not body.strip():
        raise NotificationError("Le texte du message est vide.")
    sample = dict.fromkeys(PLACEHOLDERS, "x")
    for text in (subject, body):
        try:
            string.Template(text).substitute(sample)
        except KeyError as error:
            allowed = ", ".join("$" + p for p in PLACEHOLDERS)
            raise NotificationError(
                f"Champ inconnu dans le modèle : ${error.args[0]}. Champs possibles : {allowed}."
            ) from error
        except ValueError as error:
            raise NotificationError(
                "Un « $ » du modèle n'est pas suivi d'un nom de champ (écrivez $$ pour un $)."
            ) from error
    saved = uow.session.get(MessageTemplate, key)
    if saved is None:
        uow.session.add(MessageTemplate(key=key, subject=subject, body=body))
    else:
        saved.subject, saved.body = subject, body
    if commit:
        uow.commit()


# -- queuing -----------------------------------------------------------------------------


def channel_for(patron: Patron) -> tuple[str, str | None]:
    """How to reach a patron: their preferred channel if possible, else the phone list."""
    preferred = patron.preferred_channel
    if preferred == ContactChannel.EMAIL and patron.email:
        return ContactChannel.EMAIL.value, patron.email
    if preferred == ContactChannel.SMS and patron.phone:
        return ContactChannel.SMS.value, patron.phone
    if preferred not in (ContactChannel.PHONE, ContactChannel.LETTER) and patron.email:
        return ContactChannel.EMAIL.value, patron.email
    return ContactChannel.PHONE.value, patron.phone


def _values(uow: UnitOfWork, request: Request, patron: Patron) -> dict[str, str]:
    visit = uow.session.get(StopVisit, request.visit_id)
    assert visit is not None
    stop = uow.session.get(Stop, visit.stop_id)
    slot = uow.session.get(PickupSlot, request.slot_id) if request.slot_id else None
    bag = uow.session.scalar(select(Bag).where(Bag.request_id == request.id))
    count = 0
    if bag is not None:
        count = len(
            uow.session.scalars(
                select(BagItem.id).where(BagItem.bag_id == bag.id, BagItem.removed.is_(False))
            ).all()
        )
    return {
        "prenom": patron.first_name,
        "nom": patron.last_name,
        "arret": stop_name(stop) if stop else "",
        "date": date_text(visit.date),
        "creneau": f"{slot.start:%H:%M}–{slot.end:%H:%M}" if slot else "",
        "nb_documents": str(count),
        "code_sac": bag.code if bag else "",
    }


def queue_notification(
    uow: UnitOfWork, request_id: str, kind: str, *, now: dt.datetime | None = None
) -> NotificationRow:
    """Queue the ``kind`` message of a request (once: a second call returns the first).

    Does not commit: it is part of the caller's transaction (e.g. a bag marked ready).
    """
    key = f"{request_id}:{kind}"
    existing = uow.session.scalar(select(Notification).where(Notification.key == key))
    if existing is not None:
        return _row(uow, existing)
    request = uow.session.get(Request, request_id)
    if request is None:
        raise NotificationError(f"Demande introuvable : {request_id}")
    patron = uow.session.get(Patron, request.patron_id)
    assert patron is not None
    channel, recipient = channel_for(patron)
    subject, body = template_text(uow, kind, channel)
    values = _values(uow, request, patron)
    notification = Notification(
        key=key,
        request_id=request.id,
        patron_id=patron.id,
        kind=kind,
        channel=channel,
        recipient=recipient,
        subject=string.Template(subject).safe_substitute(values),
        body=string.Template(body).safe_substitute(values),
        status=QUEUED,
        attempts=0,
        created_at=now or dt.datetime.now().replace(microsecond=0),
    )
    uow.session.add(notification)
    uow.session.flush()
    return _row(uow, notification)


def queue_reminders(
    uow: UnitOfWork, today: dt.date, *, now: dt.datetime | None = None, commit: bool = True
) -> list[NotificationRow]:
    """Queue the "tomorrow" reminder of every pending request of tomorrow's visits."""
    tomorrow = today + dt.timedelta(days=1)
    requests = uow.session.scalars(
        select(Request)
        .join(StopVisit, StopVisit.id == Request.visit_id)
        .where(
            StopVisit.date == tomorrow,
            Request.status.in_(
                (RequestStatus.NEW.value, RequestStatus.PREPARING.value, RequestStatus.READY.value)
            ),
        )
    ).all()
    rows = [queue_notification(uow, r.id, NotificationKind.REMINDER, now=now) for r in requests]
    if commit:
        uow.commit()
    return rows


# -- sending ---------------------------------------------------------------------------------


def _email(settings: EmailSettings, notification: Notification) -> None:
    _send_mail(
        settings, notification.recipient or "", notification.subject, notification.body,
        notification.key.replace(":", "."),
    )  # fmt: skip


def _send_mail(settings: EmailSettings, to: str, subject: str, body: str, idstring: str) -> None:
    message = EmailMessage()
    message["From"] = formataddr((settings.sender_name, settings.sender))
    message["To"] = to
    message["Subject"] = subject
    message["Message-ID"] = make_msgid(idstring=idstring)
    message.set_content(body, charset="utf-8")
    smtp: smtplib.SMTP
    if settings.use_ssl:
        smtp = smtplib.SMTP_SSL(
            settings.host, settings.port, timeout=settings.timeout,
            context=ssl.create_default_context(),
        )  # fmt: skip
    else:
        smtp = smtplib.SMTP(settings.host, settings.port, timeout=settings.timeout)
    with smtp:
        if settings.starttls and not settings.use_ssl:
            smtp.starttls(context=ssl.create_default_context())
        if settings.username:
            smtp.login(settings.username, settings.password or "")
        smtp.send_message(message)


def _sms(settings: SmsSettings, notification: Notification) -> None:
    headers = {"Authorization": f"Bearer {settings.token}"} if settings.token else {}
    response = httpx.post(
        settings.url,
        json={"to": notification.recipient, "text": notification.body, "sender": settings.sender},
        headers=headers,
        timeout=settings.timeout,
    )
    if response.status_code >= 300:
        raise RuntimeError(f"passerelle SMS : HTTP {response.status_code} {response.text[:200]}")


def send_pending(
    uow: UnitOfWork,
    *,
    email: EmailSettings | None = None,
    sms: SmsSettings | None = None,
    now: dt.datetime | None = None,
) -> SendReport:
    """Send every queued e-mail and SMS (commits after each one).

    A message is marked "sending" and committed before it leaves, then "sent": a crash
    in between leaves it "sending", to be checked by a person, never sent twice.
    Failures stay queued (up to MAX_ATTEMPTS) with their error for the next attempt.
    """
    sent = failed = 0
    queued = uow.session.scalars(
        select(Notification)
        .where(Notification.status == QUEUED, Notification.channel != ContactChannel.PHONE.value)
        .order_by(Notification.created_at, Notification.key)
    ).all()
    for notification in queued:
        sender: Any
        settings: Any
        if notification.channel == ContactChannel.EMAIL and email is not None:
            sender, settings = _email, email
        elif notification.channel == ContactChannel.SMS and sms is not None:
            sender, settings = _sms, sms
        else:
            continue
        notification.status = SENDING
        notification.attempts += 1
        uow.commit()
        try:
            sender(settings, notification)
        except (OSError, smtplib.SMTPException, httpx.HTTPError, RuntimeError) as error:
            notification.status = FAILED if notification.attempts >= MAX_ATTEMPTS else QUEUED
            notification.last_error = str(error)[:500]
            failed += 1
        else:
            notification.status = SENT
            notification.sent_at = now or dt.datetime.now().replace(microsecond=0)
            notification.last_error = None
            sent += 1
        uow.commit()
    to_call = len(phone_list(uow))
    return SendReport(sent, failed, to_call)


def phone_list(uow: UnitOfWork) -> list[NotificationRow]:
    """Messages to give by phone (patrons who prefer a call or have no e-mail/mobile)."""
    rows = uow.session.scalars(
        select(Notification)
        .where(Notification.channel == ContactChannel.PHONE.value, Notification.status == QUEUED)
        .order_by(Notification.created_at)
    ).all()
    return [_row(uow, n) for n in rows]


def mark_called(uow: UnitOfWork, notification_id: str, *, commit: bool = True) -> None:
    notification = uow.session.get(Notification, notification_id)
    if notification is None:
        raise NotificationError(f"Message introuvable : {notification_id}")
    notification.status = CALLED
    notification.sent_at = dt.datetime.now().replace(microsecond=0)
    if commit:
        uow.commit()


def phone_list_pdf(rows: list[NotificationRow], out: Any) -> None:
    """The phone-call list as an A4 PDF: name, number, what to say, a box to tick."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.pdfgen.canvas import Canvas

    canvas = Canvas(out if hasattr(out, "write") else str(out), pagesize=A4)
    canvas.setTitle("Appels à passer")
    y = A4[1] - 20 * mm
    canvas.setFont("Helvetica-Bold", 14)
    canvas.drawString(15 * mm, y, f"Appels à passer ({len(rows)})")
    y -= 12 * mm
    for row in rows:
        if y < 25 * mm:
            canvas.showPage()
            y = A4[1] - 20 * mm
        canvas.setFont("Helvetica-Bold", 10)
        canvas.drawString(15 * mm, y, f"☐  {row.patron_name} — {row.recipient or 'pas de numéro'}")
        canvas.setFont("Helvetica", 9)
        canvas.drawString(22 * mm, y - 5 * mm, row.body[:120])
        y -= 13 * mm
    canvas.showPage()
    canvas.save()


def list_queue(uow: UnitOfWork, limit: int = 500) -> list[NotificationRow]:
    """Every notification, newest first (the queue view of the Drive workspace)."""
    rows = uow.session.scalars(
        select(Notification).order_by(Notification.created_at.desc()).limit(limit)
    ).all()
    return [_row(uow, n) for n in rows]


def _row(uow: UnitOfWork, n: Notification) -> NotificationRow:
    patron = uow.session.get(Patron, n.patron_id)
    name = f"{patron.first_name} {patron.last_name}" if patron else ""
    return NotificationRow(
        n.id, n.key, n.kind, n.channel, n.patron_id, name, n.recipient or "", n.subject, n.body,
        n.status, n.attempts, n.last_error or "", n.created_at, n.sent_at,
    )  # fmt: skip


# -- settings ----------------------------------------------------------------------------------


def _setting(uow: UnitOfWork, key: str) -> str | None:
    found = uow.session.get(DeviceSetting, key)
    return found.value if found else None


def email_settings(uow: UnitOfWork) -> EmailSettings | None:
    """The SMTP settings of this device (``smtp.*`` device settings), if configured."""
    host = _setting(uow, "smtp.host")
    if not host:
        return None
    tls = _tls_mode(uow)
    return EmailSettings(
        host=host,
        port=int(_setting(uow, "smtp.port") or 587),
        sender=_setting(uow, "smtp.sender") or "mediatheque@example.org",
        username=_setting(uow, "smtp.username"),
        password=_setting(uow, "smtp.password"),
        starttls=tls == TLS_STARTTLS,
        use_ssl=tls == TLS_SSL,
    )


def sms_settings(uow: UnitOfWork) -> SmsSettings | None:
    """The SMS gateway of this device (``sms.url``, ``sms.token``), if configured."""
    url = _setting(uow, "sms.url")
    if not url:
        return None
    return SmsSettings(url=url, token=_setting(uow, "sms.token"))


# -- template editor ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class TemplateRow:
    """One editable template: its text now, its original text, whether the library changed it."""

    kind: str
    channel: str
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
                kind, channel, subject, body, default_subject, default_body, saved is not None
            )
        )
    return rows


def reset_template(uow: UnitOfWork, kind: str, channel: str, *, commit: bool = True) -> None:
    """Forget the library's version of a template: the original text applies again."""
    key = f"{kind}.{channel}"
    if key not in DEFAULT_TEMPLATES:
        raise NotificationError(f"Modèle de message inconnu : {key}")
    saved = uow.session.get(MessageTemplate, key)
    if saved is not None:
        uow.session.delete(saved)
    if commit:
        uow.commit()


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


# -- settings editor -----------------------------------------------------------------------------

TLS_NONE, TLS_STARTTLS, TLS_SSL = "none", "starttls", "ssl"
TLS_MODES = (TLS_NONE, TLS_STARTTLS, TLS_SSL)


@dataclass(frozen=True, slots=True)
class MessagingSettings:
    """The SMTP server and SMS gateway of this device, as the Réglages form shows them."""

    smtp_host: str = ""
    smtp_port: int = 587
    smtp_tls: str = TLS_STARTTLS
    smtp_username: str = ""
    smtp_password: str = ""
    smtp_sender: str = ""
    sms_url: str = ""
    sms_token: str = ""

    def email(self) -> EmailSettings:
        """The sending settings these values describe (for a test before saving)."""
        if not self.smtp_host.strip():
            raise NotificationError("Indiquez le serveur SMTP.")
        return EmailSettings(
            host=self.smtp_host.strip(),
            port=self.smtp_port,
            sender=self.smtp_sender.strip() or "mediatheque@example.org",
            username=self.smtp_username.strip() or None,
            password=self.smtp_password or None,
            starttls=self.smtp_tls == TLS_STARTTLS,
            use_ssl=self.smtp_tls == TLS_SSL,
            timeout=15.0,
        )


def _tls_mode(uow: UnitOfWork) -> str:
    mode = _setting(uow, "smtp.tls")
    if mode in TLS_MODES:
        return mode
    # Before the Réglages form there was only ``smtp.starttls`` ("1" by default).
    return TLS_STARTTLS if (_setting(uow, "smtp.starttls") or "1") == "1" else TLS_NONE


def messaging_settings(uow: UnitOfWork) -> MessagingSettings:
    """The ``smtp.*`` and ``sms.*`` device settings (empty strings when not set)."""
    return MessagingSettings(
        smtp_host=_setting(uow, "smtp.host") or "",
        smtp_port=int(_setting(uow, "smtp.port") or 587),
        smtp_tls=_tls_mode(uow),
        smtp_username=_setting(uow, "smtp.username") or "",
        smtp_password=_setting(uow, "smtp.password") or "",
        smtp_sender=_setting(uow, "smtp.sender") or "",
        sms_url=_setting(uow, "sms.url") or "",
        sms_token=_setting(uow, "sms.token") or "",
    )


def _looks_like_address(text: str) -> bool:
    local, at, domain = text.partition("@")
    return bool(at and local and "." in domain and not any(c.isspace() for c in text))


def save_messaging_settings(
    uow: UnitOfWork, values: MessagingSettings, *, commit: bool = True
) -> None:
    """Check and store the SMTP and SMS settings; an empty field removes its setting."""
    if not 1 <= values.smtp_port <= 65535:
        raise NotificationError(f"Port SMTP invalide : {values.smtp_port} (1 à 65535).")
    if values.smtp_tls not in TLS_MODES:
        raise NotificationError(f"Mode de chiffrement inconnu : {values.smtp_tls}")
    sender = values.smtp_sender.strip()
    if sender and not _looks_like_address(sender):
        raise NotificationError(f"Adresse d'expéditeur invalide : {sender}")
    url = values.sms_url.strip()
    if url and not url.startswith(("http://", "https://")):
        raise NotificationError(
            f"L'adresse de la passerelle SMS doit commencer par https:// : {url}"
        )
    wanted = {
        "smtp.host": values.smtp_host.strip(),
        "smtp.port": str(values.smtp_port),
        "smtp.tls": values.smtp_tls,
        "smtp.starttls": "1" if values.smtp_tls == TLS_STARTTLS else "0",
        "smtp.username": values.smtp_username.strip(),
        "smtp.password": values.smtp_password,
        "smtp.sender": sender,
        "sms.url": url,
        "sms.token": values.sms_token.strip(),
    }
    for key, value in wanted.items():
        found = uow.session.get(DeviceSetting, key)
        if not value:
            if found is not None:
                uow.session.delete(found)
        elif found is None:
            uow.session.add(DeviceSetting(key=key, value=value))
        else:
            found.value = value
    if commit:
        uow.commit()


TEST_SUBJECT = "Essai d'envoi — Bibliomobile"
TEST_BODY = (
    "Bonjour,\n\nCeci est un message d'essai envoyé par Bibliomobile : si vous le lisez, "
    "les lecteurs recevront aussi leurs messages.\nLes accents doivent s'afficher "
    "correctement : « é è à ç ô ».\n\nLa médiathèque"
)


def send_test_email(settings: EmailSettings, to: str) -> None:
    """Send a test message; any failure becomes a French sentence a person can act on."""
    to = to.strip()
    if not _looks_like_address(to):
        raise NotificationError(f"Adresse e-mail invalide : « {to} ».")
    where = f"{settings.host}:{settings.port}"
    try:
        _send_mail(settings, to, TEST_SUBJECT, TEST_BODY, "essai")
    except smtplib.SMTPAuthenticationError as error:
        raise NotificationError("Le serveur refuse l'identifiant ou le mot de passe.") from error
    except smtplib.SMTPNotSupportedError as error:
        raise NotificationError(
            f"Le serveur {where} ne propose pas STARTTLS : choisissez « aucun » ou « SSL »."
        ) from error
    except smtplib.SMTPRecipientsRefused as error:
        raise NotificationError(f"Le serveur refuse l'adresse {to}.") from error
    except smtplib.SMTPSenderRefused as error:
        raise NotificationError(
            f"Le serveur refuse l'adresse d'expéditeur {settings.sender}."
        ) from error
    except smtplib.SMTPException as error:
        raise NotificationError(f"Le serveur {where} a refusé le message : {error}") from error
    except ssl.SSLError as error:
        raise NotificationError(
            f"La connexion chiffrée avec {where} a échoué ({error.reason or error}) : "
            "vérifiez le mode de chiffrement et le port (587 pour STARTTLS, 465 pour SSL)."
        ) from error
    except TimeoutError as error:
        raise NotificationError(f"Le serveur {where} ne répond pas.") from error
    except OSError as error:
        raise NotificationError(
            f"Impossible de joindre le serveur {where} : {error.strerror or error}."
        ) from error
