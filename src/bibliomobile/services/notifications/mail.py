"""The e-mail channel: SMTP settings of this device, sending, and the test message."""

from __future__ import annotations

import smtplib
import ssl
from dataclasses import dataclass
from email.message import EmailMessage
from email.utils import formataddr, make_msgid

from bibliomobile.lang import Message
from bibliomobile.store.uow import UnitOfWork

from .common import NotificationError, OutgoingMessage, SendFailed, device_setting

TLS_NONE, TLS_STARTTLS, TLS_SSL = "none", "starttls", "ssl"
TLS_MODES = (TLS_NONE, TLS_STARTTLS, TLS_SSL)


@dataclass(frozen=True, slots=True)
class EmailSettings:
    """An SMTP server; also the :class:`~.common.Sender` of the e-mail channel."""

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

    def send(self, message: OutgoingMessage) -> None:
        """Send one queued message by SMTP.

        Raises:
            SendFailed: the server could not be reached or refused the message.
        """
        try:
            send_mail(
                self, message.recipient, message.subject, message.body,
                message.key.replace(":", "."),
            )  # fmt: skip
        except (OSError, smtplib.SMTPException, RuntimeError) as error:
            raise SendFailed(str(error)) from error


def send_mail(settings: EmailSettings, to: str, subject: str, body: str, idstring: str) -> None:
    """One e-mail through the SMTP server of ``settings`` (errors as smtplib raises them)."""
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


def tls_mode(uow: UnitOfWork) -> str:
    """How this device's SMTP connection is encrypted (one of :data:`TLS_MODES`)."""
    mode = device_setting(uow, "smtp.tls")
    if mode in TLS_MODES:
        return mode
    # Before the Réglages form there was only ``smtp.starttls`` ("1" by default).
    return TLS_STARTTLS if (device_setting(uow, "smtp.starttls") or "1") == "1" else TLS_NONE


def email_settings(uow: UnitOfWork) -> EmailSettings | None:
    """The SMTP settings of this device (``smtp.*`` device settings), if configured."""
    host = device_setting(uow, "smtp.host")
    if not host:
        return None
    tls = tls_mode(uow)
    return EmailSettings(
        host=host,
        port=int(device_setting(uow, "smtp.port") or 587),
        sender=device_setting(uow, "smtp.sender") or "mediatheque@example.org",
        username=device_setting(uow, "smtp.username"),
        password=device_setting(uow, "smtp.password"),
        starttls=tls == TLS_STARTTLS,
        use_ssl=tls == TLS_SSL,
    )


def looks_like_address(text: str) -> bool:
    """True for something shaped like an e-mail address (one @, a dot after it, no space)."""
    local, at, domain = text.partition("@")
    return bool(at and local and "." in domain and not any(c.isspace() for c in text))


TEST_SUBJECT = "Essai d'envoi — Bibliomobile"
TEST_BODY = (
    "Bonjour,\n\nCeci est un message d'essai envoyé par Bibliomobile : si vous le lisez, "
    "les lecteurs recevront aussi leurs messages.\nLes accents doivent s'afficher "
    "correctement : « é è à ç ô ».\n\nLa médiathèque"
)


def send_test_email(settings: EmailSettings, to: str) -> None:
    """Send a test message; any failure becomes a French sentence a person can act on."""
    to = to.strip()
    if not looks_like_address(to):
        raise NotificationError(Message("notifications.adresse_e_mail_invalide", to=to))
    where = f"{settings.host}:{settings.port}"
    try:
        send_mail(settings, to, TEST_SUBJECT, TEST_BODY, "essai")
    except smtplib.SMTPAuthenticationError as error:
        raise NotificationError(Message("notifications.serveur_refuse_identifiant_mot")) from error
    except smtplib.SMTPNotSupportedError as error:
        raise NotificationError(
            Message("notifications.serveur_where_propose_starttls", where=where)
        ) from error
    except smtplib.SMTPRecipientsRefused as error:
        raise NotificationError(
            Message("notifications.serveur_refuse_adresse_to", to=to)
        ) from error
    except smtplib.SMTPSenderRefused as error:
        raise NotificationError(
            Message("notifications.serveur_refuse_adresse_expediteur", sender=settings.sender)
        ) from error
    except smtplib.SMTPException as error:
        raise NotificationError(
            Message("notifications.serveur_where_refuse_message", where=where, error=error)
        ) from error
    except ssl.SSLError as error:
        raise NotificationError(
            Message(
                "notifications.connexion_chiffree_where_echoue",
                where=where,
                value=error.reason or error,
            )
        ) from error
    except TimeoutError as error:
        raise NotificationError(
            Message("notifications.serveur_where_repond", where=where)
        ) from error
    except OSError as error:
        raise NotificationError(
            Message(
                "notifications.impossible_joindre_serveur_where",
                where=where,
                value=error.strerror or error,
            )
        ) from error
