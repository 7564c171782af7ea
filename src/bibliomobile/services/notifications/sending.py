"""Sending what is queued, by the channels that send (e-mail, SMS).

A job of many transactions: each message is marked "sending" and committed before it
leaves, then "sent" (or queued again with its error) in a transaction of its own. A
crash in between leaves it "sending", to be checked by a person, never sent twice.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from dataclasses import dataclass

from sqlalchemy import select

from bibliomobile.domain.enums import ContactChannel
from bibliomobile.store.models import Notification
from bibliomobile.store.uow import Transactions, UnitOfWork

from .channels import CHANNELS
from .common import FAILED, MAX_ATTEMPTS, QUEUED, SENDING, SENT, OutgoingMessage, Sender, SendFailed
from .phone_calls import phone_list


@dataclass(frozen=True, slots=True)
class SendReport:
    sent: int
    failed: int
    to_call: int


def configured_senders(uow: UnitOfWork) -> dict[ContactChannel, Sender]:
    """The senders of this device: each channel that sends and whose settings are set."""
    senders: dict[ContactChannel, Sender] = {}
    for channel in CHANNELS.values():
        sender = channel.sender(uow) if channel.sender is not None else None
        if sender is not None:
            senders[channel.value] = sender
    return senders


def _waiting(uow: UnitOfWork) -> list[str]:
    """Queued messages of the channels that send, oldest first."""
    sending = [c.value.value for c in CHANNELS.values() if c.sends]
    return list(
        uow.session.scalars(
            select(Notification.id)
            .where(Notification.status == QUEUED, Notification.channel.in_(sending))
            .order_by(Notification.created_at, Notification.key)
        )
    )


def _take(
    notification_id: str, senders: Mapping[ContactChannel, Sender]
) -> Callable[[UnitOfWork], OutgoingMessage | None]:
    """The step that marks a message "sending" (None: still queued, no sender for it)."""

    def step(uow: UnitOfWork) -> OutgoingMessage | None:
        notification = uow.session.get(Notification, notification_id)
        if notification is None or notification.status != QUEUED:
            return None
        channel = ContactChannel(notification.channel)
        if channel not in senders:
            return None
        notification.status = SENDING
        notification.attempts += 1
        return OutgoingMessage(
            notification.key,
            channel,
            notification.recipient or "",
            notification.subject,
            notification.body,
        )

    return step


def _record(
    notification_id: str, error: SendFailed | None, now: dt.datetime | None
) -> Callable[[UnitOfWork], None]:
    """The step that records how sending went."""

    def step(uow: UnitOfWork) -> None:
        notification = uow.session.get(Notification, notification_id)
        assert notification is not None
        if error is not None:
            notification.status = FAILED if notification.attempts >= MAX_ATTEMPTS else QUEUED
            notification.last_error = str(error)[:500]
        else:
            notification.status = SENT
            notification.sent_at = now or dt.datetime.now().replace(microsecond=0)
            notification.last_error = None

    return step


def _to_call(uow: UnitOfWork) -> int:
    return len(phone_list(uow))


def send_pending(
    transactions: Transactions,
    senders: Mapping[ContactChannel, Sender] | None = None,
    *,
    now: dt.datetime | None = None,
) -> SendReport:
    """Send every queued message of a channel that has a sender (one transaction each).

    Args:
        transactions: runs and commits each step (see :class:`~bibliomobile.store.uow.Transactions`).
        senders: by channel; None: this device's, from its settings.

    Failures stay queued (up to MAX_ATTEMPTS) with their error for the next attempt.
    """
    if senders is None:
        senders = transactions(configured_senders)
    sent = failed = 0
    for notification_id in transactions(_waiting):
        message = transactions(_take(notification_id, senders))
        if message is None:
            continue
        try:
            senders[message.channel].send(message)
        except SendFailed as error:
            transactions(_record(notification_id, error, now))
            failed += 1
        else:
            transactions(_record(notification_id, None, now))
            sent += 1
    return SendReport(sent, failed, transactions(_to_call))
