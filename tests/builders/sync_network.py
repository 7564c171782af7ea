"""Helpers of the sync tests: a real server on loopback, devices, demo-like data."""

from __future__ import annotations

import datetime as dt
import random
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import httpx
import uvicorn
from sqlalchemy import Engine, insert, select

from bibliomobile.domain.ids import new_id
from bibliomobile.server import devices
from bibliomobile.server.access_notes import seal_plain_notes
from bibliomobile.server.app import create_app
from bibliomobile.server.models import entity_tables
from bibliomobile.services.sync.device import SyncState, enroll, pending_count, sync_state
from bibliomobile.store.uow import Store


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class ServerThread:
    """uvicorn serving ``create_app(engine)`` in a thread of the test process."""

    def __init__(self, engine: Engine, **options: Any) -> None:
        self.app = create_app(engine, **options)
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        config = uvicorn.Config(self.app, host="127.0.0.1", port=self.port, log_level="error")
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    def __enter__(self) -> ServerThread:
        self.thread.start()
        deadline = time.monotonic() + 20
        while not self.server.started:
            if time.monotonic() > deadline:
                raise RuntimeError("server did not start")
            time.sleep(0.02)
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.should_exit = True
        self.thread.join(10)


@contextmanager
def running(engine: Engine, **options: Any) -> Iterator[ServerThread]:
    with ServerThread(engine, **options) as server:
        yield server


def enrolled(store: Store, engine: Engine, url: str, name: str, role: str, scope: str) -> None:
    created = devices.add_device(engine, name, role, scope)
    enroll(store.transactions(), url, created.enrolment_code)


def seed_network(engine: Engine) -> dict[str, Any]:
    """Two tours with a stop, a visit and patrons each; a volunteer with a round; a catalogue."""
    t = entity_tables()
    ids: dict[str, Any] = {}
    # Today: the scopes keep visits and rounds of a window around the real date.
    today = dt.date.today()
    with engine.begin() as conn:
        lib = new_id()
        conn.execute(
            insert(t["libraries"]).values(id=lib, code="CENT", name="Médiathèque centrale")
        )
        ids["library"] = lib
        for name in ("nord", "sud"):
            tour, stop, visit = new_id(), new_id(), new_id()
            conn.execute(insert(t["tours"]).values(id=tour, name=f"Tournée {name}"))
            conn.execute(
                insert(t["stops"]).values(
                    id=stop, tour_id=tour, commune=f"Commune-{name}", place="Place"
                )
            )
            conn.execute(
                insert(t["stop_visits"]).values(
                    id=visit,
                    stop_id=stop,
                    date=today,
                    start_time=dt.time(10),
                    end_time=dt.time(11, 30),
                )
            )
            patrons = []
            for n in range(3):
                pid = new_id()
                conn.execute(
                    insert(t["patrons"]).values(
                        id=pid,
                        card_barcode=f"C-{name}-{n}",
                        first_name=f"P{n}",
                        last_name=f"Lecteur {name}",
                        home_stop_id=stop,
                    )
                )
                patrons.append(pid)
                # A drive request at the tour's visit: the patron is in the van's scope.
                conn.execute(
                    insert(t["requests"]).values(
                        id=new_id(), patron_id=pid, visit_id=visit, channel="phone", kind="surprise"
                    )
                )
            # A patron of the tour's commune with nothing going on: not on the van.
            idle = new_id()
            conn.execute(
                insert(t["patrons"]).values(
                    id=idle,
                    card_barcode=f"C-{name}-idle",
                    first_name="Sans",
                    last_name=f"Activité {name}",
                    home_stop_id=stop,
                )
            )
            ids[name] = {
                "tour": tour,
                "stop": stop,
                "visit": visit,
                "patrons": patrons,
                "idle_patron": idle,
            }
        records, items = [], []
        for n in range(6):
            rid, iid = new_id(), new_id()
            conn.execute(insert(t["records"]).values(id=rid, title=f"Livre {n} l'Étranger"))
            conn.execute(
                insert(t["items"]).values(
                    id=iid, barcode=f"I{n:05d}", record_id=rid, home_library_id=lib
                )
            )
            records.append(rid)
            items.append(iid)
        ids["records"], ids["items"] = records, items
        vol, rnd = new_id(), new_id()
        conn.execute(
            insert(t["volunteers"]).values(id=vol, first_name="Vera", last_name="Bénévole")
        )
        conn.execute(insert(t["rounds"]).values(id=rnd, date=today, volunteer_id=vol))
        bens = []
        for n in range(2):
            pid, bid, did = new_id(), new_id(), new_id()
            conn.execute(
                insert(t["patrons"]).values(
                    id=pid, card_barcode=f"C-home-{n}", first_name=f"H{n}", last_name="À domicile"
                )
            )
            conn.execute(
                insert(t["beneficiaries"]).values(id=bid, patron_id=pid, access_notes="code 1234")
            )
            conn.execute(
                insert(t["deliveries"]).values(id=did, round_id=rnd, beneficiary_id=bid, position=n)
            )
            bens.append({"patron": pid, "beneficiary": bid, "delivery": did})
        # A beneficiary on nobody's round: no volunteer device may see it.
        other_p, other_b = new_id(), new_id()
        conn.execute(
            insert(t["patrons"]).values(
                id=other_p, card_barcode="C-home-x", first_name="X", last_name="Ailleurs"
            )
        )
        conn.execute(insert(t["beneficiaries"]).values(id=other_b, patron_id=other_p))
        ids["volunteer"] = {"volunteer": vol, "round": rnd, "beneficiaries": bens}
        ids["today"] = today
        ids["other_beneficiary"] = {"patron": other_p, "beneficiary": other_b}
        seal_plain_notes(conn)  # written in clear above: sealed as the server keeps them
    return ids


def server_ids(engine: Engine, entity: str) -> set[str]:
    table = entity_tables()[entity]
    with engine.connect() as conn:
        return set(conn.scalars(select(table.c.id)))


def open_device(path: Any) -> Store:
    return Store.open(path)


def checkout(store: Store, item_id: str, patron_id: str, visit_id: str | None = None) -> str:
    """A loan recorded on the device the way circulation does: an event through a UoW."""
    from bibliomobile.store.models import CirculationEvent

    with store.unit_of_work() as uow:
        event = CirculationEvent(
            kind="checkout",
            item_id=item_id,
            patron_id=patron_id,
            visit_id=visit_id,
            occurred_at=dt.datetime.now(),
            hlc=str(uow.clock.now()),
            device_id=uow.device_id,
        )
        uow.session.add(event)
        uow.commit()
        return event.id


def checkin(store: Store, item_id: str, visit_id: str | None = None) -> str:
    from bibliomobile.store.models import CirculationEvent

    with store.unit_of_work() as uow:
        event = CirculationEvent(
            kind="checkin",
            item_id=item_id,
            visit_id=visit_id,
            occurred_at=dt.datetime.now(),
            hlc=str(uow.clock.now()),
            device_id=uow.device_id,
        )
        uow.session.add(event)
        uow.commit()
        return event.id


def edit(store: Store, model: Any, entity_id: str, **values: Any) -> None:
    with store.unit_of_work() as uow:
        row = uow.session.get(model, entity_id)
        assert row is not None, f"{model.__name__} {entity_id} missing on the device"
        for key, value in values.items():
            setattr(row, key, value)
        uow.commit()


def pending(store: Store) -> int:
    """Changes of the device not yet acknowledged by the server."""
    with store.unit_of_work() as uow:
        return pending_count(uow)


def device_state(store: Store) -> SyncState:
    """The device's sync state, as the Synchronisation workspace shows it."""
    with store.unit_of_work() as uow:
        return sync_state(uow)


def local_ids(store: Store, model: Any) -> set[str]:
    with store.reader() as session:
        return set(session.scalars(select(model.id)))


def local_value(store: Store, model: Any, entity_id: str, column: str) -> Any:
    with store.reader() as session:
        row = session.get(model, entity_id)
        return None if row is None else getattr(row, column)


def server_value(engine: Engine, entity: str, entity_id: str, column: str) -> Any:
    table = entity_tables()[entity]
    with engine.connect() as conn:
        return conn.scalar(select(table.c[column]).where(table.c.id == entity_id))


class FaultyTransport(httpx.HTTPTransport):
    """Drops, truncates, delays and repeats requests, at random (seeded)."""

    def __init__(self, seed: int, rate: float = 0.35) -> None:
        super().__init__()
        self.random = random.Random(seed)
        self.rate = rate
        self.faults: dict[str, int] = {}

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if self.random.random() >= self.rate:
            return super().handle_request(request)
        fault = self.random.choice(["drop_request", "drop_response", "truncate", "delay", "repeat"])
        self.faults[fault] = self.faults.get(fault, 0) + 1
        if fault == "drop_request":
            raise httpx.ConnectError("network down", request=request)
        if fault == "delay":
            time.sleep(self.random.uniform(0.01, 0.1))
            return super().handle_request(request)
        if fault == "repeat":
            first = super().handle_request(request)
            first.read()
            return super().handle_request(request)
        response = super().handle_request(request)
        body = response.read()
        if fault == "drop_response":
            raise httpx.ReadError("connection reset", request=request)
        return httpx.Response(
            response.status_code,
            headers={"content-type": "application/json"},
            content=body[: max(1, len(body) // 2)],
            request=request,
        )


def opened_note(store: Store, beneficiary_id: str) -> str | None:
    """A beneficiary's access note as the laptop opens it (on purpose)."""
    from bibliomobile.services.home_delivery.access_notes import note_for_editing
    from bibliomobile.store.models import Beneficiary

    with store.unit_of_work() as uow:
        row = uow.session.get(Beneficiary, beneficiary_id)
        assert row is not None
        return note_for_editing(uow, row)
