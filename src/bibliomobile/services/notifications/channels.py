"""The ways to reach a patron (e-mail, SMS, phone call, letter): the one registry.

Each :class:`Channel` knows its address rule (what makes a patron reachable by it, and
the address or number to use), whether it sends by itself (e-mail and SMS, through the
settings of this device) and whether its messages have a subject. :func:`how_to_reach`
is the one answer to "how do we reach this patron?", for a message this device sends
(:attr:`ReachFor.MESSAGE`) or for a person who contacts the patron
(:attr:`ReachFor.PERSON`, e.g. about a cancelled visit).

A new channel is a new :class:`~bibliomobile.domain.enums.ContactChannel` value and an
entry in :data:`CHANNELS` (plus a template per message kind, if it sends).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum

from bibliomobile.domain.enums import ContactChannel
from bibliomobile.store.models import Patron
from bibliomobile.store.uow import UnitOfWork

from .common import Sender
from .mail import email_settings
from .sms import sms_settings


def postal_address(patron: Patron) -> str | None:
    """The patron's postal address on one line ("12 rue…, 63450 Saint-Amant"), or None."""
    parts = [patron.address, " ".join(x for x in (patron.postcode, patron.commune) if x)]
    return ", ".join(p for p in parts if p) or None


def _email_address(patron: Patron) -> str | None:
    return patron.email


def _phone_number(patron: Patron) -> str | None:
    return patron.phone


@dataclass(frozen=True, slots=True)
class Channel:
    """One way to reach a patron.

    Attributes:
        value: the stored value (``Patron.preferred_channel``, ``Notification.channel``).
        address: the address rule: the e-mail address, number or postal address to use
            (None: the patron cannot be reached this way).
        backups: channels whose address a person may use when this one's is missing.
        sender: this device's sender for the channel, from its settings (None: not
            configured); None for the channels a person handles (call, letter).
        stands_in: may carry a message for a patron who cannot be reached by the
            channel they prefer (e-mail; a phone number may not take an SMS).
        has_subject: messages of this channel have a subject line.
    """

    value: ContactChannel
    address: Callable[[Patron], str | None]
    backups: tuple[ContactChannel, ...] = ()
    sender: Callable[[UnitOfWork], Sender | None] | None = None
    stands_in: bool = False
    has_subject: bool = False

    @property
    def sends(self) -> bool:
        """True when this device sends its messages (the others go to a person)."""
        return self.sender is not None


CHANNELS: dict[ContactChannel, Channel] = {
    ContactChannel.EMAIL: Channel(
        ContactChannel.EMAIL,
        _email_address,
        backups=(ContactChannel.PHONE,),
        sender=email_settings,
        stands_in=True,
        has_subject=True,
    ),
    ContactChannel.SMS: Channel(
        ContactChannel.SMS, _phone_number, backups=(ContactChannel.EMAIL,), sender=sms_settings
    ),
    ContactChannel.PHONE: Channel(
        ContactChannel.PHONE, _phone_number, backups=(ContactChannel.EMAIL,)
    ),
    ContactChannel.LETTER: Channel(ContactChannel.LETTER, postal_address),
}
"""Every channel, in the order they are offered."""

CALL_LIST = ContactChannel.PHONE
"""Where a message goes when no channel that sends can carry it: a person calls."""


def parse_channel(value: str | None) -> ContactChannel | None:
    """The channel of a stored value, None for an unknown one."""
    if value is None:
        return None
    try:
        return ContactChannel(value)
    except ValueError:
        return None


class ReachFor(StrEnum):
    """Who reaches the patron, which decides the channel."""

    MESSAGE = "message"
    """This device sends a message: the preferred channel if it sends and the patron
    has an address for it; else e-mail; else the phone-call list."""
    PERSON = "person"
    """A person contacts the patron on the channel they prefer, with whatever address
    is known (their preferred channel's, else a backup's)."""


@dataclass(frozen=True, slots=True)
class Reach:
    """How to reach one patron: the channel, and the address or number to use (None:
    none is known; a person will have to find one)."""

    channel: ContactChannel
    address: str | None


def how_to_reach(patron: Patron, purpose: ReachFor = ReachFor.MESSAGE) -> Reach:
    """How to reach this patron, for a message this device sends or for a person.

    An unknown preferred channel counts, for a person, as a phone call.
    """
    preferred = parse_channel(patron.preferred_channel)
    if purpose == ReachFor.PERSON:
        wanted = CHANNELS[preferred or ContactChannel.PHONE]
        for option in (wanted.value, *wanted.backups):
            address = CHANNELS[option].address(patron)
            if address:
                return Reach(wanted.value, address)
        return Reach(wanted.value, None)
    channel = CHANNELS[preferred] if preferred is not None else None
    if channel is not None and channel.sends:
        address = channel.address(patron)
        if address:
            return Reach(channel.value, address)
    if channel is None or channel.sends:
        # The patron prefers a channel that sends but has no address for it.
        for stand_in in CHANNELS.values():
            address = stand_in.address(patron) if stand_in.stands_in and stand_in.sends else None
            if address:
                return Reach(stand_in.value, address)
    return Reach(CALL_LIST, CHANNELS[CALL_LIST].address(patron))
