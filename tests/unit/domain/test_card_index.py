"""The van's card index: the card finds its entry and reads it; the index alone reads
nobody, and another card reads nothing."""

from __future__ import annotations

import base64

from hypothesis import given, settings
from hypothesis import strategies as st

from bibliomobile.domain.card_index import card_key, seal, unseal

CONTENT = {"patron_id": "p1", "first_name": "Lucienne", "last_name": "Favier", "blocked": True}


def test_a_scanned_card_finds_and_reads_its_entry_whatever_the_keyboard() -> None:
    salt = "s4lt"
    sealed = seal(salt, "C0042", CONTENT)
    assert card_key(salt, " c0042 ") == card_key(salt, "C0042")
    assert unseal(salt, "c0042", sealed) == CONTENT


def test_the_index_alone_shows_no_name_and_another_card_reads_nothing() -> None:
    salt = "s4lt"
    sealed = seal(salt, "C0042", CONTENT)
    assert b"Favier" not in base64.b64decode(sealed)
    assert "C0042" not in card_key(salt, "C0042")
    assert unseal(salt, "C0043", sealed) != CONTENT
    # A new salt (each index the server makes): other keys, other sealed bytes.
    assert card_key("other", "C0042") != card_key(salt, "C0042")
    assert seal("other", "C0042", CONTENT) != sealed


@settings(max_examples=200, deadline=None)
@given(card=st.text("ABCDEFGHJKMNPQRSTVWXYZ0123456789-", min_size=1, max_size=20), name=st.text())
def test_any_card_and_name_come_back(card: str, name: str) -> None:
    content = {"patron_id": "x", "first_name": name}
    assert unseal("salt", card, seal("salt", card, content)) == content
