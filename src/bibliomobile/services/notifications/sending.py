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
from bibliomobile.lang import Message
from bibliomobile.store.models import Notification
from bibliomobile.store.uow import Transactions, UnitOfWork

from .channels import CHANNELS
from .common import FAILED, MAX_ATTEMPTS, QUEUED, SENDING, SENT, OutgoingMessage, Sender, SendFailed
from .phone_calls import phone_list

#: Why a channel's messages stay queued on this device, for the person who asked to send.
NO_SENDER_REASONS = {
    ContactChannel.EMAIL: Message("notifications.no_smtp"),
    ContactChannel.SMS: Message("notifications.no_sms_service"),
}


@dataclass(frozen=True, slots=True)
class SendReport:
    sent: int
    failed: int
    to_call: int
    not_sent: tuple[tuple[str, int], ...] = ()  # (channel, count) left queued: no sender

    def reasons(self) -> str:
        """Why messages are still waiting (empty when nothing waits for a setting)."""
        parts = []
        for channel, count in self.not_sent:
            why = NO_SENDER_REASONS.get(ContactChannel(channel), Message("notifications.no_sender"))
            parts.append(str(Message("notifications.not_sent", n=count, why=why)))
        return " ; ".join(parts)


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


def _without_sender(
    senders: Mapping[ContactChannel, Sender],
) -> Callable[[UnitOfWork], tuple[tuple[str, int], ...]]:
    """The step that counts the queued messages of channels this device cannot send."""

    def step(uow: UnitOfWork) -> tuple[tuple[str, int], ...]:
        counts: dict[str, int] = {}
        for channel in CHANNELS.values():
            if not channel.sends or channel.value in senders:
                continue
            waiting = len(
                uow.session.scalars(
                    select(Notification.id).where(
                        Notification.status == QUEUED,
                        Notification.channel == channel.value.value,
                    )
                ).all()
            )
            if waiting:
                counts[channel.value.value] = waiting
        return tuple(counts.items())

    return step


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

    Failures stay queued (up to MAX_ATTEMPTS) with their error for the next attempt;
    messages of a channel without a sender stay queued and are counted in the report,
    with the reason (:meth:`SendReport.reasons`).
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
    return SendReport(sent, failed, transactions(_to_call), transactions(_without_sender(senders)))
