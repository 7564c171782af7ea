"""End to end: the real ``bibliomobile-server`` (PostgreSQL) and ``bibliomobile`` commands."""

from __future__ import annotations

import json
import re
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from sqlalchemy import Engine, select

from bibliomobile.server import devices
from bibliomobile.server.models import entity_tables
from bibliomobile.store.models import Patron, Stop
from bibliomobile.store.uow import Store
from builders.sync_network import free_port

BIN = Path(sys.executable).parent


def run(*args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
    done = subprocess.run(args, capture_output=True, text=True, timeout=300)
    if check and done.returncode != 0:
        raise AssertionError(f"{args} failed ({done.returncode}): {done.stdout}\n{done.stderr}")
    return done


@pytest.fixture
def server_url(pg_engine: Engine) -> Iterator[tuple[str, str]]:
    db = pg_engine.url.render_as_string(hide_password=False)
    demo = run(
        str(BIN / "bibliomobile-server"), "demo", "--db", db, "--items", "400", "--patrons", "120"
    )
    assert "Démonstration chargée" in demo.stdout
    port = free_port()
    proc = subprocess.Popen(
        [str(BIN / "bibliomobile-server"), "serve", "--db", db, "--port", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}"
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
        yield url, db
    finally:
        proc.terminate()
        proc.wait(20)


def test_enrol_sync_revoke_with_the_real_commands(
    server_url: tuple[str, str], pg_engine: Engine, tmp_path: Path
) -> None:
    url, db = server_url
    tours = entity_tables()["tours"]
    with pg_engine.connect() as conn:
        tour = conn.scalars(select(tours.c.id).order_by(tours.c.name)).first()
    added = run(
        str(BIN / "bibliomobile-server"),
        "device",
        "add",
        "--db",
        db,
        "--name",
        "bibliobus-1",
        "--role",
        "crew",
        "--scope",
        f"tour:{tour}",
    )
    code = re.search(r"usage unique\) : (\S+)", added.stdout).group(1)  # type: ignore[union-attr]
    van = tmp_path / "van.sqlite3"
    enrolled = run(
        str(BIN / "bibliomobile"), "enroll", "--db", str(van), "--server", url, "--code", code
    )
    assert "Poste inscrit" in enrolled.stdout
    first = run(str(BIN / "bibliomobile"), "sync", "--db", str(van))
    assert "Instantané initial" in first.stdout
    store = Store.open(van)
    with store.reader() as session:
        stops = set(session.scalars(select(Stop.tour_id)))
        patrons = session.scalars(select(Patron)).all()
    assert stops == {tour}
    assert patrons and all(p.home_stop_id is not None for p in patrons)
    # A local change goes up.
    with store.unit_of_work() as uow:
        uow.session.get(Patron, patrons[0].id).phone = "0473000000"  # type: ignore[union-attr]
        uow.commit()
    store.close()
    second = run(str(BIN / "bibliomobile"), "sync", "--db", str(van))
    assert "Envoyé : 1 appliquée" in second.stdout
    table = entity_tables()["patrons"]
    with pg_engine.connect() as conn:
        assert conn.scalar(select(table.c.phone).where(table.c.id == patrons[0].id)) == "0473000000"

    assert [d.name for d in devices.list_devices(pg_engine) if d.enrolled] == ["bibliobus-1"]
    run(str(BIN / "bibliomobile-server"), "device", "revoke", "--db", db, "bibliobus-1")
    store = Store.open(van)
    with store.unit_of_work() as uow:
        uow.session.get(Patron, patrons[0].id).phone = "0473111111"  # type: ignore[union-attr]
        uow.commit()
    store.close()
    revoked = run(str(BIN / "bibliomobile"), "sync", "--db", str(van), check=False)
    assert revoked.returncode == 3 and "révoqué" in revoked.stderr
    out = tmp_path / "pending.json"
    run(str(BIN / "bibliomobile"), "sync", "export-pending", "--db", str(van), "--out", str(out))
    assert [op["fields"] for op in json.loads(out.read_text())["ops"]] == [{"phone": "0473111111"}]
