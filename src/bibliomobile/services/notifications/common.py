"""What the parts of notifications share: the error, the statuses, a message to send."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from bibliomobile.domain.enums import ContactChannel
from bibliomobile.store.models import DeviceSetting
from bibliomobile.store.uow import UnitOfWork


class NotificationError(Exception):
    """A template or a setting a person must fix (French message)."""


QUEUED, SENDING, SENT, FAILED, CALLED = "queued", "sending", "sent", "failed", "called"
MAX_ATTEMPTS = 5


class SendFailed(Exception):
    """A message could not leave (server down, refused, gateway error); kept to retry."""


@dataclass(frozen=True, slots=True)
class OutgoingMessage:
    """A queued message on its way out, as a sender receives it."""

    key: str  # request + kind: unique, also names the e-mail's Message-ID
    channel: ContactChannel
    recipient: str
    subject: str
    body: str


class Sender(Protocol):
    """Sends messages of one channel (the settings of its server or gateway)."""

    def send(self, message: OutgoingMessage) -> None:
        """Send one message.

        Raises:
            SendFailed: it did not leave; the text says why.
        """
        ...


def device_setting(uow: UnitOfWork, key: str) -> str | None:
    """One setting of this device (``smtp.host``, ``sms.url``…), None when not set."""
    found = uow.session.get(DeviceSetting, key)
    return found.value if found else None
