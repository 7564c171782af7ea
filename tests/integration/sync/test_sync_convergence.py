"""Convergence, as a property: whatever the devices do offline and however syncs are
ordered or interrupted, every replica ends equal to the server for its scope, and no
event is lost or duplicated.

Three devices (two vans on the same tour, one coordinator) and a server (SQLite),
each example starting from copies of a template made once.
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, rule
from sqlalchemy import func, select

from bibliomobile.server.app import create_app
from bibliomobile.server.db import create_server_engine, upgrade
from bibliomobile.server.models import applied_ops, entity_tables
from bibliomobile.server.scopes import Scope
from bibliomobile.services.sync import client as sync
from bibliomobile.services.sync.common import SyncError
from bibliomobile.store.capture import to_wire
from bibliomobile.store.models import Patron, Stop
from bibliomobile.store.uow import Store
from builders.sync_network import (
    FaultyTransport,
    checkin,
    checkout,
    edit,
    enrolled,
    pending,
    seed_network,
)

DEVICES = ("van_a", "van_b", "office")
STATS = {"syncs": 0, "events": 0}


class SwappableApp:
    """An ASGI app that forwards to whichever server app the current example uses."""

    def __init__(self) -> None:
        self.app: Any = None

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        await self.app(scope, receive, send)


class Template:
    def __init__(self, folder: Path, url: str, holder: SwappableApp) -> None:
        self.folder = folder
        engine = create_server_engine(str(folder / "server.sqlite3"))
        upgrade(engine)
        self.ids = seed_network(engine)
        holder.app = create_app(engine)
        nord = self.ids["nord"]["tour"]
        for name in DEVICES:
            store = Store.open(folder / f"{name}.sqlite3")
            role, scope = ("coordinator", "all") if name == "office" else ("crew", f"tour:{nord}")
            enrolled(store, engine, url, name, role, scope)
            sync.sync_once(store.transactions())
            store.close()
        engine.dispose()


@pytest.fixture(scope="module")
def world() -> Iterator[tuple[Template, SwappableApp]]:
    import threading
    import time

    import uvicorn

    from builders.sync_network import free_port

    holder = SwappableApp()
    port = free_port()
    server = uvicorn.Server(uvicorn.Config(holder, host="127.0.0.1", port=port, log_level="error"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    while not server.started:
        time.sleep(0.02)
    with tempfile.TemporaryDirectory(prefix="bm-conv-") as tmp:
        folder = Path(tmp) / "template"
        folder.mkdir()
        yield Template(folder, f"http://127.0.0.1:{port}", holder), holder
    server.should_exit = True
    thread.join(10)


def _wire_rows(conn: Any, table: Any, where: Any = None) -> dict[str, dict[str, Any]]:
    query = select(table)
    if where is not None:
        query = query.where(where)
    return {
        row.id: {key: to_wire(value) for key, value in row._mapping.items()}
        for row in conn.execute(query)
    }


def check_replicas_match(
    server_engine: Any, stores: dict[str, Store], tour: str, created: set[str]
) -> None:
    tables = entity_tables()
    with server_engine.connect() as conn:
        events = set(conn.scalars(select(tables["circulation_events"].c.id)))
        assert events == created, "an event was lost or invented"
        received = conn.scalar(
            select(func.count())
            .select_from(applied_ops)
            .where(applied_ops.c.entity == "circulation_events")
        )
        assert received == len(created), "an event was applied twice"
        for name, store in stores.items():
            scope = Scope("all") if name == "office" else Scope("tour", tour)
            assert pending(store) == 0, f"{name} still has unsent work"
            with store.engine.connect() as local:
                for entity, table in tables.items():
                    scoped = scope.ids(entity)
                    rules = scope.rules
                    if rules is not None and entity not in rules:
                        expected: dict[str, Any] = {}
                    else:
                        expected = _wire_rows(
                            conn, table, None if scoped is None else table.c.id.in_(scoped)
                        )
                    actual = _wire_rows(local, table)
                    assert actual == expected, f"{name}: {entity} differs from the server"


class Convergence(RuleBasedStateMachine):
    world: tuple[Template, SwappableApp]

    @initialize()
    def start(self) -> None:
        template, holder = self.world
        self.folder = Path(tempfile.mkdtemp(prefix="bm-conv-example-"))
        for file in template.folder.glob("*.sqlite3"):
            shutil.copy(file, self.folder / file.name)
        self.server_engine = create_server_engine(str(self.folder / "server.sqlite3"))
        holder.app = create_app(self.server_engine)
        self.ids = template.ids
        self.stores = {
            name: Store.open(self.folder / f"{name}.sqlite3", migrate=False) for name in DEVICES
        }
        self.created: set[str] = set()

    @rule(
        device=st.sampled_from(["van_a", "van_b"]),
        item=st.integers(0, 5),
        patron=st.integers(0, 2),
    )
    def lend(self, device: str, item: int, patron: int) -> None:
        nord = self.ids["nord"]
        self.created.add(
            checkout(
                self.stores[device], self.ids["items"][item], nord["patrons"][patron], nord["visit"]
            )
        )

    @rule(device=st.sampled_from(["van_a", "van_b"]), item=st.integers(0, 5))
    def give_back(self, device: str, item: int) -> None:
        self.created.add(
            checkin(self.stores[device], self.ids["items"][item], self.ids["nord"]["visit"])
        )

    @rule(
        device=st.sampled_from(DEVICES),
        patron=st.integers(0, 2),
        field=st.sampled_from(["phone", "email", "commune"]),
        value=st.lists(st.sampled_from("abcdé 0123"), min_size=1, max_size=8).map("".join),
    )
    def edit_patron(self, device: str, patron: int, field: str, value: str) -> None:
        edit(self.stores[device], Patron, self.ids["nord"]["patrons"][patron], **{field: value})

    @rule(place=st.sampled_from(["Place de l'église", "Mairie", "École"]))
    def office_moves_the_stop(self, place: str) -> None:
        edit(self.stores["office"], Stop, self.ids["nord"]["stop"], place=place)

    @rule(device=st.sampled_from(DEVICES), faulty=st.booleans(), seed=st.integers(0, 99))
    def sync(self, device: str, faulty: bool, seed: int) -> None:
        transport = FaultyTransport(seed, rate=0.4) if faulty else None
        store = self.stores[device]
        try:
            sync.sync_once(store.transactions(), transport=transport, push_batch=3, pull_page=4)
        except SyncError:
            assert faulty, "a sync on a sound network failed"
        STATS["syncs"] += 1

    def teardown(self) -> None:
        try:
            for _round in range(2):
                for name in DEVICES:
                    sync.sync_once(self.stores[name].transactions())
            check_replicas_match(
                self.server_engine, self.stores, self.ids["nord"]["tour"], self.created
            )
            STATS["events"] += len(self.created)
        finally:
            for store in self.stores.values():
                store.close()
            self.server_engine.dispose()
            shutil.rmtree(self.folder, ignore_errors=True)


def test_every_replica_converges_to_the_server(world: tuple[Template, SwappableApp]) -> None:
    Convergence.world = world
    runner = Convergence.TestCase
    runner.settings = settings(
        max_examples=12,
        stateful_step_count=14,
        deadline=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
        derandomize=True,
    )
    runner().runTest()
    # The examples did real work (not only empty runs). Which examples run depends on
    # the source of Convergence only: derandomized, Hypothesis seeds from its digest.
    # (Its strategies draw small integers only: Hypothesis also mixes in constants of
    # the loaded modules when it draws text or larger integers, so the examples would
    # change with the code under test and the tests run before.)
    assert STATS["syncs"] >= 20 and STATS["events"] >= 20, STATS


def test_the_replica_check_can_fail(world: tuple[Template, SwappableApp]) -> None:
    """The checker notices a replica that drifted (so the property above means something)."""
    template, holder = world
    folder = Path(tempfile.mkdtemp(prefix="bm-conv-drift-"))
    for file in template.folder.glob("*.sqlite3"):
        shutil.copy(file, folder / file.name)
    engine = create_server_engine(str(folder / "server.sqlite3"))
    holder.app = create_app(engine)
    stores = {name: Store.open(folder / f"{name}.sqlite3", migrate=False) for name in DEVICES}
    with stores["van_a"].engine.begin() as conn:
        conn.exec_driver_sql(
            "UPDATE patrons SET phone = 'drift' WHERE id = ?", (template.ids["nord"]["patrons"][0],)
        )
    with pytest.raises(AssertionError, match="van_a: patrons differs"):
        check_replicas_match(engine, stores, template.ids["nord"]["tour"], set())
    for store in stores.values():
        store.close()
    engine.dispose()
