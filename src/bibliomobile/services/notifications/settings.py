"""The SMTP server and SMS gateway of this device, as the Réglages form edits them."""

from __future__ import annotations

from dataclasses import dataclass

from bibliomobile.domain.transport import is_loopback_host, plain_http_to_another_host
from bibliomobile.lang import Message
from bibliomobile.store.models import DeviceSetting
from bibliomobile.store.uow import UnitOfWork

from .common import NotificationError, device_setting
from .mail import (
    TLS_MODES,
    TLS_NONE,
    TLS_SSL,
    TLS_STARTTLS,
    EmailSettings,
    looks_like_address,
    tls_mode,
)


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
    #: Sending without TLS to another computer is an explicit choice (password and
    #: messages cross the network in clear); it is not kept, asked at each save.
    plain_smtp_accepted: bool = False

    def needs_plain_consent(self) -> bool:
        """Whether these values send mail in clear beyond this computer."""
        host = self.smtp_host.strip()
        return self.smtp_tls == TLS_NONE and bool(host) and not is_loopback_host(host)

    def email(self) -> EmailSettings:
        """The sending settings these values describe (for a test before saving)."""
        if not self.smtp_host.strip():
            raise NotificationError(Message("notifications.indiquez_serveur_smtp"))
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


def messaging_settings(uow: UnitOfWork) -> MessagingSettings:
    """The ``smtp.*`` and ``sms.*`` device settings (empty strings when not set)."""
    return MessagingSettings(
        smtp_host=device_setting(uow, "smtp.host") or "",
        smtp_port=int(device_setting(uow, "smtp.port") or 587),
        smtp_tls=tls_mode(uow),
        smtp_username=device_setting(uow, "smtp.username") or "",
        smtp_password=device_setting(uow, "smtp.password") or "",
        smtp_sender=device_setting(uow, "smtp.sender") or "",
        sms_url=device_setting(uow, "sms.url") or "",
        sms_token=device_setting(uow, "sms.token") or "",
    )


def save_messaging_settings(uow: UnitOfWork, values: MessagingSettings) -> None:
    """Check and store the SMTP and SMS settings; an empty field removes its setting."""
    if not 1 <= values.smtp_port <= 65535:
        raise NotificationError(
            Message("notifications.port_smtp_invalide_smtp", smtp_port=values.smtp_port)
        )
    if values.smtp_tls not in TLS_MODES:
        raise NotificationError(
            Message("notifications.mode_chiffrement_inconnu_smtp", smtp_tls=values.smtp_tls)
        )
    if values.needs_plain_consent() and not values.plain_smtp_accepted:
        raise NotificationError(Message("notifications.sans_chiffrement_mot_passe"))
    sender = values.smtp_sender.strip()
    if sender and not looks_like_address(sender):
        raise NotificationError(
            Message("notifications.adresse_expediteur_invalide_sender", sender=sender)
        )
    url = values.sms_url.strip()
    if url and (not url.startswith(("http://", "https://")) or plain_http_to_another_host(url)):
        raise NotificationError(Message("notifications.adresse_passerelle_sms_doit", url=url))
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
    uow.session.flush()  # a removed setting is gone for the rest of the use case
