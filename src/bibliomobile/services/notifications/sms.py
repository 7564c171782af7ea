"""The SMS channel: an HTTP gateway (``POST url`` with ``{"to", "text", "sender"}``)."""

from __future__ import annotations

from dataclasses import dataclass

import httpx

from bibliomobile.lang import Message
from bibliomobile.store.uow import UnitOfWork

from .common import OutgoingMessage, SendFailed, device_setting


@dataclass(frozen=True, slots=True)
class SmsSettings:
    """An HTTP SMS gateway; also the :class:`~.common.Sender` of the SMS channel."""

    url: str
    token: str | None = None
    sender: str = "Mediatheque"
    timeout: float = 20.0

    def send(self, message: OutgoingMessage) -> None:
        """Post one queued message to the gateway.

        Raises:
            SendFailed: the gateway could not be reached or answered with an error.
        """
        headers = {"Authorization": f"Bearer {self.token}"} if self.token else {}
        try:
            response = httpx.post(
                self.url,
                json={"to": message.recipient, "text": message.body, "sender": self.sender},
                headers=headers,
                timeout=self.timeout,
            )
        except (OSError, httpx.HTTPError, RuntimeError) as error:
            raise SendFailed(str(error)) from error
        if response.status_code >= 300:
            raise SendFailed(
                Message(
                    "notifications.passerelle_sms_http_status",
                    status_code=response.status_code,
                    text=response.text[:200],
                )
            )


def sms_settings(uow: UnitOfWork) -> SmsSettings | None:
    """The SMS gateway of this device (``sms.url``, ``sms.token``), if configured."""
    url = device_setting(uow, "sms.url")
    if not url:
        return None
    return SmsSettings(url=url, token=device_setting(uow, "sms.token"))
