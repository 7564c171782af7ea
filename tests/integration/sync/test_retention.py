"""The retention job on a network with months of history, two synced devices (a van and
the office), on both server databases: old loans lose their patron link everywhere,
patrons inactive for a year are gone everywhere (with their search entries), the
statistics give the same totals before and after."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, select, text
from sqlalchemy.orm import Session

from bibliomobile.server.demo import load_demo
from bibliomobile.server.models import applied_ops, entity_tables
from bibliomobile.server.retention.rules import loan_details_cutoff, months_before
from bibliomobile.services.stats.bookmobile import bookmobile_section
from bibliomobile.services.stats.common import Period, resolve_scope
from bibliomobile.services.sync import client as sync
from bibliomobile.store.models import CirculationEvent, Patron
from bibliomobile.store.uow import Store
from builders.sync_network import checkin, checkout, enrolled, running

TODAY = dt.date.today()
#: The demo's own history ends here: its loans ran in the months before.
DEMO_TODAY = TODAY - dt.timedelta(days=240)


@dataclass(frozen=True)
class _Reading:
    session: Session


def server_url(engine: Engine) -> str:
    url = engine.url
    if url.get_backend_name() == "sqlite":
        return str(engine.url.database or "")
    return url.render_as_string(hide_password=False)


def sqlite_server_path(engine: Engine) -> str:
    with engine.connect() as conn:
        return str(conn.execute(text("PRAGMA database_list")).all()[0][2])


def cli(engine: Engine, *args: str) -> subprocess.CompletedProcess[str]:
    db = sqlite_server_path(engine) if engine.dialect.name == "sqlite" else server_url(engine)
    return subprocess.run(
        [sys.executable, "-m", "bibliomobile.server.cli", *args[:1], "--db", db, *args[1:]],
        capture_output=True,
        text=True,
        timeout=300,
    )


def borrower_figures(session: Session, start: dt.date) -> tuple[Any, Any]:
    """Active borrowers and loans by age group, and loans by document type: totals."""
    period = Period(start, TODAY, "test")
    section = bookmobile_section(_Reading(session), period, resolve_scope(_Reading(session), None))
    tables = {table.key: table for table in section.tables}
    return tables["emprunteurs_age"].total, tables["bibliobus_documents"].total


def events_of(engine: Engine) -> list[Any]:
    events = entity_tables()["circulation_events"]
    with engine.connect() as conn:
        return list(conn.execute(select(events).order_by(events.c.hlc)))


def expected_anonymous(events: list[Any], cutoff: dt.datetime) -> set[str]:
    """Events linked to a patron whose loan was returned before ``cutoff`` (or, not a
    loan, made before it), computed from the log in Python."""
    by_item: dict[str, list[Any]] = {}
    for event in events:
        by_item.setdefault(event.item_id, []).append(event)
    out = set()
    for item_events in by_item.values():
        for n, event in enumerate(item_events):
            if event.patron_id is None:
                continue
            if event.kind in ("checkout", "renew"):
                returns = [e for e in item_events[n + 1 :] if e.kind == "checkin"]
                if returns and returns[0].occurred_at < cutoff:
                    out.add(event.id)
            elif event.occurred_at < cutoff:
                out.add(event.id)
    return out


def expected_gone(engine: Engine, events: list[Any], cutoff: dt.datetime) -> set[str]:
    """Patrons registered before ``cutoff``, card expired before it, with no loan event
    since and nothing on loan."""
    t = entity_tables()
    last: dict[str, dt.datetime] = {}
    holding: dict[str, str | None] = {}
    for event in events:
        holding[event.item_id] = event.patron_id if event.kind in ("checkout", "renew") else None
        if event.patron_id:
            last[event.patron_id] = max(
                last.get(event.patron_id, event.occurred_at), event.occurred_at
            )
    on_loan = {p for p in holding.values() if p}
    with engine.connect() as conn:
        patrons = conn.execute(
            select(t["patrons"].c.id, t["patrons"].c.registered_on, t["patrons"].c.card_expiry)
        ).all()
        requested = set(conn.scalars(select(t["requests"].c.patron_id)))
        served = set(conn.scalars(select(t["beneficiaries"].c.patron_id)))
    return {
        p.id
        for p in patrons
        if p.registered_on is not None
        and p.registered_on < cutoff.date()
        and (p.card_expiry is None or p.card_expiry < cutoff.date())
        and last.get(p.id, dt.datetime.min) < cutoff
        and p.id not in on_loan | requested | served
    }


def device_rows(store: Store, sql: str) -> list[Any]:
    with store.reader() as session:
        return list(session.execute(text(sql)))


@pytest.mark.slow
def test_eighteen_months_then_retention_everywhere(server_engine: Engine, tmp_path: Path) -> None:
    load_demo(server_engine, items=400, patrons=120, seed=7, today=DEMO_TODAY)
    tours = entity_tables()["tours"]
    with server_engine.connect() as conn:
        tour = conn.scalars(select(tours.c.id).order_by(tours.c.name)).first()
    loan_cutoff = dt.datetime.combine(loan_details_cutoff(TODAY, 4), dt.time())
    identity_cutoff = dt.datetime.combine(months_before(TODAY, 12), dt.time())

    with running(server_engine) as server:
        van = Store.open(tmp_path / "van.sqlite3")
        enrolled(van, server_engine, server.url, "van", "crew", f"tour:{tour}")
        office = Store.open(tmp_path / "office.sqlite3")
        enrolled(office, server_engine, server.url, "bureau", "coordinator", "all")
        sync.sync_once(van.transactions())
        sync.sync_once(office.transactions())
        # Today at the office desk: a loan and its return, pushed like any scan.
        with office.reader() as session:
            patron = session.scalars(select(Patron.id).order_by(Patron.id)).first()
            lent = set(session.scalars(select(CirculationEvent.item_id)))
        assert patron is not None
        with server_engine.connect() as conn:
            items = entity_tables()["items"]
            item = next(
                i for i in conn.scalars(select(items.c.id).order_by(items.c.id)) if i not in lent
            )
        today_loan = checkout(office, item, patron)
        checkin(office, item)
        sync.sync_once(office.transactions())
        sync.sync_once(van.transactions())

        events = events_of(server_engine)
        start = min(e.occurred_at for e in events).date()
        anonymous = expected_anonymous(events, loan_cutoff)
        gone = expected_gone(server_engine, events, identity_cutoff)
        assert len(anonymous) > 50 and len(gone) > 5  # the test has something to judge
        with Session(server_engine) as session:
            before = borrower_figures(session, start)
        with office.reader() as session:
            assert borrower_figures(session, start) == before

        dry = cli(server_engine, "retention", "--dry-run", "--today", TODAY.isoformat())
        assert dry.returncode == 0, dry.stderr
        assert f"prêts anonymisés : {len(anonymous)}" in dry.stdout
        assert events_of(server_engine) == events  # a dry run changes nothing
        done = cli(server_engine, "retention", "--apply", "--today", TODAY.isoformat())
        assert done.returncode == 0, done.stderr
        assert f"lecteurs supprimés : {len(gone)}" in done.stdout

        sync.sync_once(van.transactions())
        sync.sync_once(office.transactions())

        # Server: old loans unlinked, recent ones linked, the history of both redacted.
        after = {e.id: e for e in events_of(server_engine)}
        assert {i for i in anonymous if after[i].patron_id is None} == anonymous
        assert after[today_loan].patron_id == patron
        with server_engine.connect() as conn:
            kept_fields = conn.execute(
                select(applied_ops.c.entity_id, applied_ops.c.fields).where(
                    applied_ops.c.entity == "circulation_events"
                )
            ).all()
            left = set(conn.scalars(select(entity_tables()["patrons"].c.id)))
        assert kept_fields and all(
            fields is None for entity_id, fields in kept_fields if entity_id in anonymous
        )
        assert any(fields for entity_id, fields in kept_fields if entity_id == today_loan)
        assert not gone & left and patron in left

        # Both devices: no old loan linked, no deleted patron, no search entry of theirs.
        for device in (van, office):
            linked = {
                row[0]
                for row in device_rows(
                    device, "SELECT id FROM circulation_events WHERE patron_id IS NOT NULL"
                )
            }
            assert not linked & anonymous
            held = {row[0] for row in device_rows(device, "SELECT id FROM patrons")}
            assert not held & gone
            indexed = {row[0] for row in device_rows(device, "SELECT rowid FROM patron_fts")}
            rowids = {row[0] for row in device_rows(device, "SELECT rowid FROM patrons")}
            assert indexed == rowids
        with office.reader() as session:
            office_ids = set(session.scalars(select(Patron.id)))
        assert office_ids == left

        # Statistics: the same totals on the server and on the office laptop.
        with Session(server_engine) as session:
            assert borrower_figures(session, start) == before
        with office.reader() as session:
            assert borrower_figures(session, start) == before

        again = cli(server_engine, "retention", "--dry-run", "--today", TODAY.isoformat())
        assert "prêts anonymisés : 0" in again.stdout and "lecteurs supprimés : 0" in again.stdout
        van.close()
        office.close()
