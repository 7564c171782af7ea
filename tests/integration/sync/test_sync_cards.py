"""A card the van does not hold: looked up on the server when online, found in the
van's hashed card index when offline, and lent to at once."""

from __future__ import annotations

import base64
from pathlib import Path

import httpx
import pytest
from sqlalchemy import Engine, select

from bibliomobile.services.bookmobile.desk import Desk
from bibliomobile.services.bookmobile.desk_state import CardSource, DeskState, OutcomeKind, Tone
from bibliomobile.services.sync import client as sync
from bibliomobile.services.sync.cards import lookup_card_online, refresh_card_index
from bibliomobile.services.sync.common import SERVER_URL, TOKEN, SyncError, write_setting
from bibliomobile.services.sync.http_client import open_client
from bibliomobile.store.models import CardIndexEntry, OutboxEntry, Patron
from bibliomobile.store.uow import Store
from builders.sync_network import (
    enrolled,
    local_ids,
    local_value,
    pending,
    running,
    seed_network,
    server_ids,
    server_value,
)

pytestmark = pytest.mark.slow


def test_a_card_outside_the_scope_is_found_online_and_offline_and_can_borrow(
    server_engine: Engine, tmp_path: Path
) -> None:
    ids = seed_network(server_engine)
    nord, sud = ids["nord"], ids["sud"]
    stranger = sud["patrons"][0]  # a patron of the other tour
    with running(server_engine) as server:
        van = Store.open(tmp_path / "van.sqlite3")
        enrolled(van, server_engine, server.url, "van-nord", "crew", f"tour:{nord['tour']}")
        sync.sync_once(van.transactions())
        assert stranger not in local_ids(van, Patron)

        # Online: the server says who it is, nothing more.
        found = lookup_card_online(van.transactions(), "C-sud-0")
        assert found is not None
        assert (found.patron_id, found.first_name, found.blocked) == (stranger, "P0", False)
        assert lookup_card_online(van.transactions(), "C-nobody") is None

        # The index on the van: one entry per card, no name readable in it.
        with van.reader() as session:
            sealed = session.scalars(select(CardIndexEntry.sealed)).all()
        assert len(sealed) == len(server_ids(server_engine, "patrons"))
        assert not any(b"Lecteur" in base64.b64decode(s) for s in sealed)
        # Not sent again while no patron changed on the server.
        with open_client(server.url, van.setting(TOKEN), None) as client:
            assert refresh_card_index(van.transactions(), client) == 0

    # Offline now (the server is gone): the card is scanned at the desk.
    desk = Desk()
    with van.unit_of_work() as uow:
        state = DeskState(visit_id=nord["visit"])
        outcome = desk.scan(uow, state, "c-sud-0")
        assert outcome.kind == OutcomeKind.PATRON and outcome.tone == Tone.OK
        assert "Lecteur sud" in outcome.message
        assert outcome.card_source == CardSource.INDEX and "index hors ligne" in outcome.message
        lent = desk.scan(uow, outcome.state, "I00003")
        assert lent.kind == OutcomeKind.CHECKOUT, lent.message
        uow.commit()
    with van.reader() as session:
        captured = {row.entity for row in session.scalars(select(OutboxEntry))}
    assert "patrons" not in captured and "circulation_events" in captured

    with running(server_engine) as server:
        with van.unit_of_work() as uow:
            write_setting(uow, SERVER_URL, server.url)
            uow.commit()
        sync.sync_once(van.transactions())
        assert pending(van) == 0
        # The loan is on the server, and the patron is now in the van's scope.
        assert stranger in local_ids(van, Patron)
        assert local_value(van, Patron, stranger, "last_name") == "Lecteur sud"
        assert server_value(server_engine, "patrons", stranger, "last_name") == "Lecteur sud"
    van.close()


def test_a_volunteer_laptop_may_not_look_cards_up(sqlite_engine: Engine, tmp_path: Path) -> None:
    ids = seed_network(sqlite_engine)
    with running(sqlite_engine) as server:
        laptop = Store.open(tmp_path / "vol.sqlite3")
        enrolled(
            laptop,
            sqlite_engine,
            server.url,
            "vera",
            "volunteer",
            f"volunteer:{ids['volunteer']['volunteer']}",
        )
        with pytest.raises(SyncError, match="403"):
            lookup_card_online(laptop.transactions(), "C-nord-0")
        token = laptop.setting("sync_token")
        answer = httpx.get(
            f"{server.url}/sync/card-index", headers={"Authorization": f"Bearer {token}"}
        )
        assert answer.status_code == 403
        laptop.close()
