"""The channel registry: one answer to "how do we reach this patron?", for both uses."""

from __future__ import annotations

import itertools

import pytest

from bibliomobile.domain.enums import ContactChannel
from bibliomobile.services.notifications.channels import (
    CHANNELS,
    Reach,
    ReachFor,
    how_to_reach,
    parse_channel,
    postal_address,
)
from bibliomobile.store.models import Patron

PREFERENCES = ("email", "sms", "phone", "letter", "portal")  # "portal": not a channel
EMAILS = (None, "", "jeanne@example.org")
PHONES = (None, "", "0612345678")
COMBINATIONS = list(itertools.product(PREFERENCES, EMAILS, PHONES))


def _patron(preferred: str, email: str | None, phone: str | None) -> Patron:
    return Patron(
        card_barcode="C1", first_name="Jeanne", last_name="Martin", preferred_channel=preferred,
        email=email, phone=phone, address="2 place de l'Église", postcode="63450",
        commune="Saint-Amant",
    )  # fmt: skip


def _queued_before(patron: Patron) -> tuple[str, str | None]:
    """The rule the notification queue followed before the registry (channel_for)."""
    preferred = patron.preferred_channel
    if preferred == "email" and patron.email:
        return "email", patron.email
    if preferred == "sms" and patron.phone:
        return "sms", patron.phone
    if preferred not in ("phone", "letter") and patron.email:
        return "email", patron.email
    return "phone", patron.phone


def _contact_before(patron: Patron) -> str:
    """What the list of patrons to tell about a visit change showed before the registry."""
    if patron.preferred_channel == "email":
        return patron.email or patron.phone or ""
    if patron.preferred_channel == "letter":
        return postal_address(patron) or ""
    return patron.phone or patron.email or ""


@pytest.mark.parametrize(("preferred", "email", "phone"), COMBINATIONS)
def test_a_message_goes_where_the_queue_always_sent_it(
    preferred: str, email: str | None, phone: str | None
) -> None:
    patron = _patron(preferred, email, phone)
    channel, address = _queued_before(patron)
    assert how_to_reach(patron) == Reach(ContactChannel(channel), address)


@pytest.mark.parametrize(("preferred", "email", "phone"), COMBINATIONS)
def test_a_person_reaches_the_patron_on_the_channel_they_prefer(
    preferred: str, email: str | None, phone: str | None
) -> None:
    patron = _patron(preferred, email, phone)
    reach = how_to_reach(patron, ReachFor.PERSON)
    assert reach.channel == (parse_channel(preferred) or ContactChannel.PHONE)
    assert (reach.address or "") == _contact_before(patron)


def test_every_channel_is_in_the_registry_and_only_mail_and_sms_send() -> None:
    assert set(CHANNELS) == set(ContactChannel)
    assert {c.value for c in CHANNELS.values() if c.sends} == {
        ContactChannel.EMAIL,
        ContactChannel.SMS,
    }
    assert [c.value for c in CHANNELS.values() if c.has_subject] == [ContactChannel.EMAIL]
    letter = _patron("letter", None, None)
    assert how_to_reach(letter, ReachFor.PERSON) == Reach(
        ContactChannel.LETTER, "2 place de l'Église, 63450 Saint-Amant"
    )
