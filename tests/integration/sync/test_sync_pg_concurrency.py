"""The pull feed stays complete while many devices push at once (PostgreSQL)."""

from __future__ import annotations

import datetime as dt
import random
import threading
import time
from functools import partial

from sqlalchemy import Engine

from bibliomobile.domain.hlc import HybridLogicalClock
from bibliomobile.domain.ids import new_id
from bibliomobile.server import devices
from bibliomobile.server.db import in_transaction
from bibliomobile.server.sync.ops import Op
from bibliomobile.server.sync.pull import pull_page
from bibliomobile.server.sync.push import apply_batch, validate
from bibliomobile.server.sync.state import SyncServer
from builders.sync_network import seed_network


def _device(engine: Engine, name: str, scope: str = "all") -> devices.Device:
    role = "coordinator" if scope == "all" else "crew"
    created = devices.add_device(engine, name, role, scope)
    device, _token = devices.enroll(engine, created.enrolment_code, name)
    return device


def test_a_device_pulling_during_concurrent_pushes_misses_nothing(pg_engine: Engine) -> None:
    ids = seed_network(pg_engine)
    nord = ids["nord"]
    server = SyncServer(pg_engine)
    # Commits land a little after their change-log rows are written, in random order:
    # without the ordering lock a puller would skip rows committed late.
    jitter = random.Random(3)
    server.before_commit = lambda: time.sleep(jitter.uniform(0, 0.01))
    pushers = [_device(pg_engine, f"van{n}", f"tour:{nord['tour']}") for n in range(6)]
    reader = _device(pg_engine, "office")
    pushed: set[str] = set()
    lock = threading.Lock()
    done = threading.Event()
    seen: set[str] = set()
    errors: list[BaseException] = []

    def push(device: devices.Device) -> None:
        clock = HybridLogicalClock(device.name)
        try:
            for _batch in range(8):
                ops = []
                for n in range(15):
                    event_id = new_id()
                    ops.append(
                        Op(
                            new_id(),
                            "circulation_events",
                            event_id,
                            "insert",
                            {
                                "kind": "checkout" if n % 2 else "checkin",
                                "item_id": ids["items"][n % 6],
                                "patron_id": nord["patrons"][n % 3],
                                "visit_id": nord["visit"],
                                "occurred_at": dt.datetime.now().isoformat(),
                                "hlc": str(clock.now()),
                                "device_id": device.name,
                            },
                            str(clock.now()),
                        )
                    )
                checked = validate(server, ops)
                results = in_transaction(
                    pg_engine,
                    partial(apply_batch, server, device=device, ops=ops, checked=checked),
                    attempts=4,
                )
                assert {r.result for r in results} <= {"applied", "conflict"}
                with lock:
                    pushed.update(op.entity_id for op in ops)
        except BaseException as error:  # reported below
            errors.append(error)

    def pull() -> None:
        cursor = 0
        try:
            while True:
                finished = done.is_set()
                with pg_engine.connect() as conn:
                    page = pull_page(server, conn, reader, cursor, 37)
                seen.update(c["id"] for c in page["changes"] if c["entity"] == "circulation_events")
                cursor = page["next"]
                if finished and not page["more"]:
                    return
        except BaseException as error:
            errors.append(error)

    threads = [threading.Thread(target=push, args=(d,)) for d in pushers]
    puller = threading.Thread(target=pull)
    puller.start()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    done.set()
    puller.join()
    assert not errors, errors
    assert len(pushed) == 6 * 8 * 15
    assert seen == pushed
