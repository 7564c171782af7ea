"""Access notes are secrets: sealed apart from the rest of the data on every laptop and
on the server, opened only on purpose (today's visit, the coordinator's form), synced
from the office to the volunteer's laptop; a van never gets their key; notes written in
clear by an earlier version are sealed (server migration, push, the laptop's sync)."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import replace
from pathlib import Path

import httpx
import pytest
from alembic import command
from sqlalchemy import Engine, insert, select, text

from bibliomobile.domain.access_notes import key_from_text, open_note
from bibliomobile.server.db import alembic_config, create_server_engine, upgrade
from bibliomobile.server.models import applied_ops, entity_tables, server_settings
from bibliomobile.services.home_delivery.access_notes import reveal_for_visit
from bibliomobile.services.home_delivery.beneficiaries import (
    beneficiary_detail,
    save_beneficiary,
)
from bibliomobile.services.sync import client as sync
from bibliomobile.services.sync.common import TOKEN
from bibliomobile.services.sync.device import export_pending
from bibliomobile.store.models import Beneficiary
from bibliomobile.store.uow import Store
from builders.sync_network import enrolled, local_value, opened_note, running, seed_network

pytestmark = pytest.mark.slow

CODE = "Digicode 1968A, clé chez Mme Vidal"


def _server_note(engine: Engine, beneficiary_id: str) -> str:
    table = entity_tables()["beneficiaries"]
    with engine.connect() as conn:
        value = conn.scalar(select(table.c.access_notes).where(table.c.id == beneficiary_id))
    assert isinstance(value, str)
    return value


def _server_key(engine: Engine) -> bytes:
    with engine.connect() as conn:
        value = conn.scalar(
            select(server_settings.c.value).where(server_settings.c.key == "access_notes_key")
        )
    assert isinstance(value, str)
    return key_from_text(value)


def test_a_note_written_at_the_office_reaches_the_door_sealed_all_the_way(
    server_engine: Engine, tmp_path: Path
) -> None:
    ids = seed_network(server_engine)
    vol = ids["volunteer"]
    first = vol["beneficiaries"][0]
    with running(server_engine) as server:
        office = Store.open(tmp_path / "office.sqlite3")
        enrolled(office, server_engine, server.url, "bureau", "coordinator", "all")
        sync.sync_once(office.transactions())
        with office.unit_of_work() as uow:
            detail = beneficiary_detail(uow, first["beneficiary"])
            assert detail is not None and detail.profile.access_notes == "code 1234"
            save_beneficiary(uow, first["patron"], replace(detail.profile, access_notes=CODE))
            uow.commit()
        # Not in the office's database, nor in what it would export of its pending work.
        assert CODE.encode() not in _file_bytes(office)
        with office.unit_of_work() as uow:
            out = tmp_path / "pending.json"
            assert export_pending(uow, out) >= 1
        assert "Digicode" not in out.read_text(encoding="utf-8")
        sync.sync_once(office.transactions())

        # On the server: an envelope, in the row and in the op kept as received.
        sealed = _server_note(server_engine, first["beneficiary"])
        assert sealed.startswith("an1:") and "Digicode" not in sealed
        assert open_note(_server_key(server_engine), first["beneficiary"], sealed) == CODE
        with server_engine.connect() as conn:
            kept = conn.scalars(select(applied_ops.c.fields)).all()
        assert "Digicode" not in json.dumps(kept, ensure_ascii=False)

        laptop = Store.open(tmp_path / "vol.sqlite3")
        enrolled(
            laptop, server_engine, server.url, "vera", "volunteer", f"volunteer:{vol['volunteer']}"
        )
        sync.sync_once(laptop.transactions())
        assert CODE.encode() not in _file_bytes(laptop)
        assert str(
            local_value(laptop, Beneficiary, first["beneficiary"], "access_notes")
        ).startswith("an1:")
        with laptop.unit_of_work() as uow:
            assert reveal_for_visit(uow, first["delivery"]) == CODE

        # A van shows no access notes: it is refused their key.
        van = Store.open(tmp_path / "van.sqlite3")
        enrolled(van, server_engine, server.url, "van", "crew", f"tour:{ids['nord']['tour']}")
        answer = httpx.get(
            f"{server.url}/sync/notes-key",
            headers={"Authorization": f"Bearer {van.setting(TOKEN)}"},
        )
        assert answer.status_code == 403
        for store in (office, laptop, van):
            store.close()


def test_notes_in_clear_from_an_earlier_version_are_sealed(
    server_engine: Engine, tmp_path: Path
) -> None:
    ids = seed_network(server_engine)
    vol = ids["volunteer"]
    first, second = vol["beneficiaries"]
    with running(server_engine) as server:
        laptop = Store.open(tmp_path / "vol.sqlite3")
        enrolled(
            laptop, server_engine, server.url, "vera", "volunteer", f"volunteer:{vol['volunteer']}"
        )
        sync.sync_once(laptop.transactions())
        # A laptop of an earlier version held the note in clear: sealed at its next sync.
        with laptop.unit_of_work() as uow:
            uow.session.execute(
                text("UPDATE beneficiaries SET access_notes = 'sonner deux fois' WHERE id = :id"),
                {"id": second["beneficiary"]},
            )
            uow.commit()
        sync.sync_once(laptop.transactions())
        assert str(
            local_value(laptop, Beneficiary, second["beneficiary"], "access_notes")
        ).startswith("an1:")
        assert opened_note(laptop, second["beneficiary"]) == "sonner deux fois"

        # An office laptop of an earlier version pushes a note in clear: sealed on arrival.
        office = Store.open(tmp_path / "office.sqlite3")
        enrolled(office, server_engine, server.url, "bureau", "coordinator", "all")
        op = {
            "op_id": "op-plain-note",
            "entity": "beneficiaries",
            "entity_id": first["beneficiary"],
            "op": "update",
            "fields": {"access_notes": "Code 4242"},
            "hlc": f"{int(dt.datetime.now(dt.UTC).timestamp() * 1000):016d}-0000-old",
        }
        answer = httpx.post(
            f"{server.url}/sync/push",
            json={"ops": [op]},
            headers={"Authorization": f"Bearer {office.setting(TOKEN)}"},
        )
        assert answer.json()["results"][0]["result"] == "applied"
        sealed = _server_note(server_engine, first["beneficiary"])
        assert open_note(_server_key(server_engine), first["beneficiary"], sealed) == "Code 4242"
        with server_engine.connect() as conn:
            kept = conn.scalar(
                select(applied_ops.c.fields).where(applied_ops.c.op_id == "op-plain-note")
            )
        assert "4242" not in json.dumps(kept)
        laptop.close()
        office.close()


def test_the_server_migration_seals_the_notes_already_there(tmp_path: Path) -> None:
    engine = create_server_engine(str(tmp_path / "server.sqlite3"))
    config = alembic_config()
    with engine.begin() as conn:  # the schema of the release before
        config.attributes["connection"] = conn
        command.upgrade(config, "s0005")
    table = entity_tables()["beneficiaries"]
    patrons = entity_tables()["patrons"]
    with engine.begin() as conn:
        conn.execute(
            insert(patrons).values(id="p1", card_barcode="C1", first_name="A", last_name="B")
        )
        conn.execute(insert(table).values(id="b1", patron_id="p1", access_notes="Digicode 77"))
    upgrade(engine)
    sealed = _server_note(engine, "b1")
    assert sealed.startswith("an1:")
    assert open_note(_server_key(engine), "b1", sealed) == "Digicode 77"
    engine.dispose()
    assert b"Digicode 77" not in (tmp_path / "server.sqlite3").read_bytes()


def _file_bytes(store: Store) -> bytes:
    """The database file and its write-ahead log."""
    assert store.path is not None
    wal = Path(f"{store.path}-wal")
    return store.path.read_bytes() + (wal.read_bytes() if wal.exists() else b"")
