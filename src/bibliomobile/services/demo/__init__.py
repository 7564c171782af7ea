"""The demo network: a deterministic, realistic French départemental library network.

The Médiathèque départementale du Puy-de-Dôme: a central library and two annexes,
3 bookmobile tours with 27 stops in real communes, schedule rules (every 2 or 4 weeks,
nth weekday, morning or afternoon, summer and end-of-year breaks), visits from four
months ago to three months ahead, patrons, a catalogue with real classics among made-up
titles, a few months of circulation, home-delivery beneficiaries and volunteers.

**Reference load: no outbox rows, as a pulled snapshot.** The demo stands for what a
new device receives from the server, so it is not change-captured: rows are written
with SQLAlchemy Core ``insert(table)`` executemany in batches of 20,000, on one
connection, in one transaction (the statement is compiled once and each value goes
through its column type's bind processor, so the stored text is what
``conn.execute(insert(table), rows)`` writes — a test checks it — without its per-row
bookkeeping). For speed during that transaction only:

- the full-text index triggers on insert are dropped, and the index is rebuilt in one
  statement at the end (per-row triggers made 500,000 items 4x slower), then the
  triggers are recreated exactly as they were;
- the secondary indexes of the loaded tables are dropped and built again at the end
  (one sorted build instead of random inserts); foreign keys are not checked (the
  generator's integrity is tested with ``PRAGMA foreign_key_check``);
- ``synchronous=OFF``: a crash during the load can lose or corrupt the demo, which is
  simply created again; ``synchronous=FULL`` and foreign keys are restored on the
  connection afterwards.
- the ``loan_state`` projection is rebuilt from the loaded events.

Same seed and same ``today`` → same content, ids included (see :mod:`.ids`); only the
device's own settings (its random device id) differ between two databases.
"""

from __future__ import annotations

import datetime as dt
import random
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, Engine, Table, func, insert, select, text

from bibliomobile.store import search
from bibliomobile.store.models import Base
from bibliomobile.store.projections import rebuild_loan_state

from .catalogue import CatalogueTotals, catalogue_batches, place_items
from .circulation import event_rows, simulate
from .geography import BOUNDING_BOX, DEPARTEMENT, NETWORK_NAME
from .ids import IdMaker
from .network import build_network
from .people import PatronIndex, beneficiary_rows, patron_rows, volunteer_rows

__all__ = [
    "BOUNDING_BOX",
    "DEFAULT_ITEMS",
    "DEFAULT_PATRONS",
    "DEMO_TABLES",
    "DEPARTEMENT",
    "NETWORK_NAME",
    "DemoSummary",
    "count_rows",
    "create_demo",
    "database_is_empty",
]

DEFAULT_ITEMS = 60_000
DEFAULT_PATRONS = 8_000
BENEFICIARIES = 40
VOLUNTEERS = 8
VAN_CAPACITY = 3_500
PAST_DAYS = 120
FUTURE_DAYS = 92
BATCH = 20_000

#: Tables the demo fills, in load order (foreign keys first).
DEMO_TABLES = (
    "libraries",
    "tours",
    "stops",
    "schedule_rules",
    "patrons",
    "stop_visits",
    "records",
    "items",
    "circulation_events",
    "beneficiaries",
    "volunteers",
)
_FTS_INSERT_TRIGGERS = ("items_fts_insert", "patrons_fts_insert")

Progress = Callable[[str], None]


@dataclass(frozen=True)
class DemoSummary:
    """What was created: rows per table, the reference date and the time taken."""

    counts: dict[str, int]
    open_loans: int
    overdue_loans: int
    today: dt.date
    seed: int
    seconds: float


def database_is_empty(engine: Engine) -> bool:
    """True when none of the tables the demo fills holds a row."""
    with engine.connect() as conn:
        for name in DEMO_TABLES:
            table = Base.metadata.tables[name]
            if conn.execute(select(table.c.id).limit(1)).first() is not None:
                return False
    return True


def create_demo(
    engine: Engine,
    *,
    items: int = DEFAULT_ITEMS,
    patrons: int = DEFAULT_PATRONS,
    seed: int = 1,
    today: dt.date | None = None,
    progress: Progress | None = None,
) -> DemoSummary:
    """Fill an empty, migrated store with the demo network.

    Args:
        engine: the store's engine (``Store.engine``); its demo tables must be empty.
        items: number of items (copies); records are about items / 2.3.
        patrons: number of patrons.
        seed: same seed (and same ``today``) → same rows, ids included.
        today: the reference date (default: today); visits before it are closed.
        progress: called with a short French message at each step.

    Raises:
        ValueError: negative sizes, or the database already holds data.
    """
    if items < 0 or patrons < 0:
        raise ValueError("Le nombre d'exemplaires et de lecteurs doit être positif ou nul.")
    if not database_is_empty(engine):
        raise ValueError(
            "La base contient déjà des données : la démonstration n'est chargée que dans une base vide."
        )
    started = time.perf_counter()
    today = today or dt.date.today()
    say = progress or (lambda _message: None)
    ids = IdMaker(seed)

    def rng(part: str) -> random.Random:
        # One stream per part: changing the number of patrons leaves the catalogue alone.
        return random.Random(f"bibliomobile-demo:{seed}:{part}")

    start, end = today - dt.timedelta(days=PAST_DAYS), today + dt.timedelta(days=FUTURE_DAYS)
    net = build_network(ids, rng("network"), today, start, end)
    counts: dict[str, int] = {}
    with engine.connect() as conn:
        raw = conn.connection.dbapi_connection
        assert raw is not None
        raw.execute("PRAGMA synchronous=OFF")
        raw.execute("PRAGMA cache_size=-262144")
        raw.execute("PRAGMA foreign_keys=OFF")
        try:
            with conn.begin():
                triggers = _drop_insert_triggers(conn)
                indexes = _drop_indexes(conn)
                for name in ("libraries", "tours", "stops", "schedule_rules"):
                    counts[name] = _load(conn, name, [net.rows[name]])
                say(f"Réseau : {len(net.tour_ids)} tournées, {len(net.stop_ids)} arrêts.")
                people = PatronIndex()
                counts["patrons"] = _load(
                    conn,
                    "patrons",
                    _batched(patron_rows(ids, rng("patrons"), net, patrons, today, people)),
                )
                say(f"Lecteurs : {_n(counts['patrons'])}.")
                placement = place_items(rng("placement"), items, len(net.tour_ids), VAN_CAPACITY)
                circulation = simulate(rng("circulation"), net, people, placement, today)
                # Visit rows are in the same order as net.visits (their index).
                for index, row in enumerate(net.rows["stop_visits"]):
                    if index in circulation.adults:
                        row["adults"] = circulation.adults[index]
                        row["children"] = circulation.children[index]
                        row["new_registrations"] = int(index % 7 == 0)
                counts["stop_visits"] = _load(conn, "stop_visits", [net.rows["stop_visits"]])
                totals = CatalogueTotals()
                catalogue_rng = rng("catalogue")
                for records, item_rows in catalogue_batches(
                    ids,
                    catalogue_rng,
                    items,
                    placement,
                    circulation.on_loan,
                    net.library_ids,
                    net.tour_ids,
                    net.tour_library,
                    totals,
                    BATCH,
                ):
                    _load(conn, "records", [records])
                    _load(conn, "items", [item_rows])
                    if totals.items % 100_000 < BATCH and totals.items < items:
                        say(f"Catalogue : {_n(totals.items)} exemplaires…")
                counts["records"], counts["items"] = totals.records, totals.items
                say(f"Catalogue : {_n(totals.records)} notices, {_n(totals.items)} exemplaires.")
                counts["circulation_events"] = _load(
                    conn, "circulation_events", event_rows(ids, circulation, net, people)
                )
                say(f"Circulation : {_n(counts['circulation_events'])} événements.")
                counts["beneficiaries"] = _load(
                    conn,
                    "beneficiaries",
                    [beneficiary_rows(ids, rng("beneficiaries"), people, BENEFICIARIES, today)],
                )
                counts["volunteers"] = _load(
                    conn, "volunteers", [volunteer_rows(ids, rng("volunteers"), VOLUNTEERS)]
                )
                say("Index…")
                for sql in indexes:
                    conn.exec_driver_sql(sql)
                say("Index de recherche…")
                search.rebuild(conn)
                for sql in triggers:
                    conn.exec_driver_sql(sql)
                open_loans = rebuild_loan_state(conn)
                overdue = int(
                    conn.execute(
                        text("SELECT count(*) FROM loan_state WHERE due_date < :today"),
                        {"today": today.isoformat()},
                    ).scalar_one()
                )
        finally:
            raw.execute("PRAGMA synchronous=FULL")
            raw.execute("PRAGMA foreign_keys=ON")
            raw.execute("PRAGMA cache_size=-2000")
    return DemoSummary(counts, open_loans, overdue, today, seed, time.perf_counter() - started)


def _n(value: int) -> str:
    """12345 → "12 345" (French thousands separator)."""
    return f"{value:,}".replace(",", "\u202f")


def _batched(rows: Iterable[dict[str, Any]], size: int = BATCH) -> Iterable[list[dict[str, Any]]]:
    batch: list[dict[str, Any]] = []
    for row in rows:
        batch.append(row)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def _load(conn: Connection, name: str, batches: Iterable[list[dict[str, Any]]]) -> int:
    """Insert batches of row dicts into a table with ``insert(table)``, executemany.

    The statement is compiled once from ``insert(table)`` and each value goes through
    its column type's own bind processor (dates, times, JSON, booleans), so the stored
    text is exactly what ``conn.execute(insert(table), rows)`` would write; only
    SQLAlchemy's per-row parameter bookkeeping is skipped (a third of the load time
    at 500,000 items). Columns missing from the dicts get their scalar default.
    """
    table: Table = Base.metadata.tables[name]
    total = 0
    plan: tuple[str, list[tuple[str, Any, Any]]] | None = None
    for batch in batches:
        if not batch:
            continue
        if plan is None:
            plan = _insert_plan(conn, table, list(batch[0]))
        sql, columns = plan
        rows = [
            tuple(
                process(row.get(key, default)) if process else row.get(key, default)
                for key, process, default in columns
            )
            for row in batch
        ]
        conn.exec_driver_sql(sql, rows)
        total += len(batch)
    return total


def _insert_plan(
    conn: Connection, table: Table, keys: list[str]
) -> tuple[str, list[tuple[str, Any, Any]]]:
    """The compiled ``insert(table)`` and, per parameter: column key, processor, default."""
    compiled = insert(table).compile(dialect=conn.dialect, column_keys=keys)
    order = compiled.positiontup or []
    columns: list[tuple[str, Any, Any]] = []
    for key in order:
        column = table.c[key]
        default = None
        if key not in keys and column.default is not None:
            if not column.default.is_scalar:
                raise ValueError(f"{table.name}.{key}: demo rows must give this column")
            default = getattr(column.default, "arg", None)
        process = column.type.dialect_impl(conn.dialect).bind_processor(conn.dialect)
        columns.append((key, process, default))
    return str(compiled), columns


def _drop_insert_triggers(conn: Connection) -> list[str]:
    """Drop the per-row FTS insert triggers; return their SQL to recreate them."""
    found = conn.execute(
        text("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name IN (:a, :b)"),
        {"a": _FTS_INSERT_TRIGGERS[0], "b": _FTS_INSERT_TRIGGERS[1]},
    ).all()
    for name, _sql in found:
        conn.exec_driver_sql(f"DROP TRIGGER {name}")
    return [str(sql) for _name, sql in found]


def _drop_indexes(conn: Connection) -> list[str]:
    """Drop the secondary indexes of the demo tables; return their SQL to recreate them.

    Building an index once, sorted, after the load is much faster than keeping it up to
    date row by row (random titles, names). Indexes of UNIQUE constraints stay.
    """
    found = conn.execute(
        text(
            "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
            f"AND tbl_name IN ({', '.join(repr(t) for t in DEMO_TABLES)})"
        )
    ).all()
    for name, _sql in found:
        conn.exec_driver_sql(f'DROP INDEX "{name}"')
    return [str(sql) for _name, sql in found]


def count_rows(engine: Engine) -> dict[str, int]:
    """Rows per demo table (for reports and tests)."""
    with engine.connect() as conn:
        return {
            name: int(
                conn.execute(
                    select(func.count()).select_from(Base.metadata.tables[name])
                ).scalar_one()
            )
            for name in DEMO_TABLES
        }
