"""An SQLite server answering many devices at once: no error, nothing lost."""

from __future__ import annotations

import datetime as dt
import threading

import httpx
from sqlalchemy import Engine

from bibliomobile.domain.hlc import HybridLogicalClock
from bibliomobile.domain.ids import new_id
from bibliomobile.server import devices
from builders.sync_network import running, seed_network, server_ids


def test_eight_devices_pushing_and_pulling_at_once(sqlite_engine: Engine) -> None:
    ids = seed_network(sqlite_engine)
    nord = ids["nord"]
    tokens = []
    for n in range(8):
        created = devices.add_device(sqlite_engine, f"van{n}", "crew", f"tour:{nord['tour']}")
        tokens.append(devices.enroll(sqlite_engine, created.enrolment_code, f"van{n}")[1])
    pushed: set[str] = set()
    failures: list[str] = []
    lock = threading.Lock()
    with running(sqlite_engine) as server:

        def device(token: str, name: str) -> None:
            clock = HybridLogicalClock(name)
            with httpx.Client(
                base_url=server.url, headers={"Authorization": f"Bearer {token}"}, timeout=120
            ) as client:
                for _batch in range(4):
                    ops = []
                    for _n in range(25):
                        stamp = str(clock.now())
                        ops.append(
                            {
                                "op_id": new_id(),
                                "entity": "circulation_events",
                                "entity_id": new_id(),
                                "op": "insert",
                                "fields": {
                                    "kind": "renew",
                                    "item_id": ids["items"][0],
                                    "patron_id": nord["patrons"][0],
                                    "visit_id": nord["visit"],
                                    "occurred_at": dt.datetime.now().isoformat(),
                                    "hlc": stamp,
                                    "device_id": name,
                                },
                                "hlc": stamp,
                            }
                        )
                    answer = client.post("/sync/push", json={"ops": ops})
                    pulled = client.get("/sync/pull", params={"after": 0, "limit": 50})
                    with lock:
                        if answer.status_code != 200 or pulled.status_code != 200:
                            failures.append(f"{answer.status_code}/{pulled.status_code}")
                        else:
                            pushed.update(op["entity_id"] for op in ops)

        threads = [
            threading.Thread(target=device, args=(token, f"van{n}"))
            for n, token in enumerate(tokens)
        ]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    assert failures == []
    assert len(pushed) == 8 * 4 * 25
    assert server_ids(sqlite_engine, "circulation_events") == pushed
