"""A push body has a small limit (1 MiB): a big outbox still leaves in full, in
batches the client halves when the server answers 413, against the real server."""

from __future__ import annotations

import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from sqlalchemy import Engine, func, select

from bibliomobile.server import devices
from bibliomobile.server.db import create_server_engine
from bibliomobile.server.guard import Limits
from bibliomobile.server.models import entity_tables
from bibliomobile.services.sync import client as sync
from bibliomobile.services.sync.device import enroll, pending_count, refused_reasons
from bibliomobile.store.models import Record, Volunteer
from bibliomobile.store.uow import Store
from builders.sync_network import free_port, running

BIN = Path(sys.executable).parent

#: About 3.5 KB per record op: 500 of them (a full batch) weigh 1.7 MB.
SUMMARY = ("Résumé détaillé de la notice, écrit à la main par l'équipe. " * 60)[:3000]


class Watched(httpx.HTTPTransport):
    """The real transport, noting each push: (ops sent, status answered)."""

    def __init__(self) -> None:
        super().__init__()
        self.pushes: list[tuple[int, int]] = []

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        response = super().handle_request(request)
        if request.url.path == "/sync/push":
            ops = request.content.count(b'"op_id"')
            self.pushes.append((ops, response.status_code))
        return response


@pytest.fixture
def server_process(tmp_path: Path) -> Iterator[tuple[str, Engine]]:
    """``bibliomobile-server serve`` on a SQLite file, as deployed (default limits)."""
    db = tmp_path / "server.sqlite3"
    port = free_port()
    proc = subprocess.Popen(
        [str(BIN / "bibliomobile-server"), "serve", "--db", str(db), "--port", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}"
    engine = None
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                if httpx.get(f"{url}/health").status_code == 200:
                    break
            except httpx.TransportError:
                pass
            assert proc.poll() is None, "server exited"
            assert time.monotonic() < deadline, "server did not start"
            time.sleep(0.1)
        engine = create_server_engine(str(db))
        yield url, engine
    finally:
        if engine is not None:
            engine.dispose()
        proc.terminate()
        proc.wait(30)


def _records(engine: Engine) -> int:
    with engine.connect() as conn:
        return int(conn.scalar(select(func.count()).select_from(entity_tables()["records"])) or 0)


@pytest.mark.slow
def test_an_outbox_larger_than_the_push_limit_syncs_in_full(
    server_process: tuple[str, Engine], tmp_path: Path
) -> None:
    url, engine = server_process
    office = Store.open(tmp_path / "office.sqlite3")
    try:
        code = devices.add_device(engine, "bureau", "coordinator", "all").enrolment_code
        enroll(office.transactions(), url, code)
        with office.unit_of_work() as uow:
            for n in range(300):
                uow.session.add(Record(title=f"Notice {n:03d}", summary=SUMMARY))
            # One op alone larger than the limit (1,000 communes of 1,200 characters):
            # valid, but no batch can carry it.
            uow.session.add(
                Volunteer(
                    first_name="Hélène", last_name="Lefèvre", communes=["Ambert" * 200] * 1000
                )
            )
            for n in range(300, 600):
                uow.session.add(Record(title=f"Notice {n:03d}", summary=SUMMARY))
            uow.commit()
        watched = Watched()

        report = sync.sync_once(office.transactions(), transport=watched)

        assert _records(engine) == 600  # every record reached the server
        with engine.connect() as conn:
            volunteers = entity_tables()["volunteers"]
            assert conn.scalar(select(func.count()).select_from(volunteers)) == 0
        assert report.pushed == 600 and report.refused == 1
        # The too-large op stays on the device, set aside with the server's reason.
        with office.unit_of_work() as uow:
            assert pending_count(uow) == 1
            (reason,) = refused_reasons(uow).values()
        assert "trop grande (maximum 1 Mo)" in reason
        statuses = [status for _ops, status in watched.pushes]
        assert statuses[0] == 413 and set(statuses) == {200, 413}
        assert all(ops <= 500 for ops, _status in watched.pushes)
        assert len(watched.pushes) < 40  # halved where needed, not one op at a time
        assert httpx.get(f"{url}/health").json()["status"] == "ok"

        again = sync.sync_once(office.transactions())  # the refused op is not sent again
        assert again.pushed == 0 and _records(engine) == 600
    finally:
        office.close()


@pytest.mark.slow
def test_batches_halved_on_413_also_wait_as_told_on_429(
    sqlite_engine: Engine, tmp_path: Path
) -> None:
    limits = Limits(push_bytes=64 * 1024, per_device=(3.0, 3))
    with running(sqlite_engine, limits=limits) as server:
        office = Store.open(tmp_path / "office.sqlite3")
        try:
            code = devices.add_device(sqlite_engine, "bureau", "coordinator", "all").enrolment_code
            enroll(office.transactions(), server.url, code)
            with office.unit_of_work() as uow:
                for n in range(120):
                    uow.session.add(Record(title=f"Notice {n:03d}", summary=SUMMARY))
                uow.commit()
            watched = Watched()

            report = sync.sync_once(office.transactions(), transport=watched)

            assert report.pushed == 120 and report.refused == 0 and _records(sqlite_engine) == 120
            statuses = [status for _ops, status in watched.pushes]
            assert 413 in statuses and 429 in statuses  # split, and slowed down, yet complete
            assert max(ops for ops, status in watched.pushes if status == 200) <= 18
        finally:
            office.close()
