"""The cost of encryption at rest (issue 15): the desk's scan path and catalogue search.

The demo network (seed 1, through ``bench/demo_cache.py``: 500,000 items and 50,000
patrons, ``--quick``: 50,000 / 5,000) copied twice: one copy left plain (the baseline),
one encrypted in place with ``store.encrypt.encrypt_database`` (SQLCipher 4, the key
derived from a passphrase by PBKDF2, as every new user database). Both are measured in
the same run, samples interleaved so both see the same moments of this shared machine:

- **scan path**: a checkout scanned at the desk (``Desk.scan`` with a patron at the
  desk: lookups, due date, event + item update + outbox rows, FULL-synchronous commit);
- **search**: ``services.catalogue.search_items`` over typical and random queries.

Opening the encrypted store (one key derivation per pooled connection) is reported too.
"""

from __future__ import annotations

import datetime as dt
import random
import sqlite3
import time
from pathlib import Path

from sqlalchemy import select, text

from bench.common import Context, Row, percentile, verdict
from bench.demo_cache import demo_db
from bibliomobile.services.bookmobile.desk import Desk
from bibliomobile.services.bookmobile.desk_state import DeskState, OutcomeKind
from bibliomobile.services.catalogue import search_items
from bibliomobile.services.drive.desk import bag_scan
from bibliomobile.store.encrypt import encrypt_database
from bibliomobile.store.models import Item, Patron, StopVisit
from bibliomobile.store.uow import Store

PASSPHRASE = "bouleau lanterne cassis tambour"
GOAL_RATIO = 1.5
SCANS = 200
TYPICAL = ("etranger camus", "simenon", "maigret", "harry potter", "terroir auvergne", "gros")


def _sizes(ctx: Context) -> tuple[int, int]:
    return (50_000, 5_000) if ctx.quick else (500_000, 50_000)


def _copies(ctx: Context) -> tuple[Path, Path]:
    items, patrons = _sizes(ctx)
    shared = demo_db(ctx, items, patrons)
    plain = ctx.workdir / "privacy-plain.sqlite3"
    encrypted = ctx.workdir / "privacy-encrypted.sqlite3"
    for path in (plain, encrypted):
        for suffix in ("", "-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
        source, target = sqlite3.connect(str(shared)), sqlite3.connect(str(path))
        source.backup(target)
        target.close()
        source.close()
    done = encrypt_database(encrypted, PASSPHRASE)
    done.backup.unlink()
    return plain, encrypted


def _candidates(store: Store, rng: random.Random) -> tuple[list[str], list[str], str]:
    """Cards free to borrow, lendable barcodes and a visit from today (same on both)."""
    today = dt.date.today()
    with store.reader() as s:
        cards = list(
            s.scalars(
                select(Patron.card_barcode)
                .where(Patron.blocked_reason.is_(None))
                .where((Patron.card_expiry.is_(None)) | (Patron.card_expiry >= today))
                .where(
                    text(
                        "(SELECT count(*) FROM loan_state l WHERE l.patron_id = patrons.id) "
                        "<= patrons.max_loans - 5 AND NOT EXISTS (SELECT 1 FROM loan_state l "
                        "WHERE l.patron_id = patrons.id AND l.due_date < :today)"
                    ).bindparams(today=today)
                )
                .order_by(Patron.card_barcode)
            )
        )
        free = list(
            s.scalars(
                select(Item.barcode)
                .where(Item.location == "van", Item.withdrawn.is_(False))
                .where((Item.set_aside_until.is_(None)) | (Item.set_aside_until <= today))
                .where(text("items.id NOT IN (SELECT item_id FROM loan_state)"))
                .order_by(Item.barcode)
            )
        )
        visit = s.scalar(
            select(StopVisit.id)
            .where(StopVisit.date >= today, StopVisit.status == "planned")
            .order_by(StopVisit.date, StopVisit.id)
            .limit(1)
        )
    rng.shuffle(cards)
    rng.shuffle(free)
    assert visit is not None, "the demo network has no visit planned from today"
    return cards, free, visit


class _Desk:
    """One desk on one store, scanning its own copy of the same patrons and items."""

    def __init__(self, store: Store, seed: int) -> None:
        self.store = store
        self.cards, self.free, self.visit = _candidates(store, random.Random(seed))
        self.desk = Desk(scan_handlers=(bag_scan,))
        self.state = DeskState(visit_id=self.visit)
        self.samples: list[float] = []

    def scan(self, n: int) -> None:
        if n % 5 == 0:  # a new patron every five items
            with self.store.unit_of_work() as uow:
                fresh = DeskState(visit_id=self.visit)
                self.state = self.desk.scan(uow, fresh, self.cards.pop()).state
        code = self.free.pop()
        start = time.perf_counter()
        with self.store.unit_of_work() as uow:
            outcome = self.desk.scan(uow, self.state, code)
            uow.commit()
        self.samples.append((time.perf_counter() - start) * 1000)
        assert outcome.kind == OutcomeKind.CHECKOUT, outcome.message


def _queries(path: Path, rng: random.Random, count: int) -> list[str]:
    conn = sqlite3.connect(str(path))
    try:
        rows = conn.execute(
            "SELECT r.title, r.authors, i.barcode FROM items i "
            "JOIN records r ON r.id = i.record_id WHERE i.rowid % 997 = 0"
        ).fetchall()
    finally:
        conn.close()
    queries = list(TYPICAL)
    while len(queries) < count:
        title, authors, barcode = rng.choice(rows)
        words = [w for w in title.replace("'", " ").split() if len(w) > 3]
        kind = rng.randrange(3)
        if kind == 0 and words:
            queries.append(rng.choice(words).lower())
        elif kind == 1 and authors:
            queries.append(authors.split(",")[0])
        else:
            queries.append(barcode)
    return queries


def _search(stores: tuple[Store, Store], queries: list[str]) -> tuple[list[float], list[float]]:
    out: tuple[list[float], list[float]] = ([], [])
    with stores[0].unit_of_work() as plain, stores[1].unit_of_work() as encrypted:
        for query in queries[:20]:  # warm both page caches like a session in use
            search_items(plain, query)
            search_items(encrypted, query)
        for query in queries:
            for uow, samples in ((plain, out[0]), (encrypted, out[1])):
                start = time.perf_counter()
                search_items(uow, query)
                samples.append((time.perf_counter() - start) * 1000)
    return out


def _row(what: str, figure: list[float], base: list[float]) -> Row:
    p95, base95 = percentile(figure, 95), percentile(base, 95)
    med, base_med = percentile(figure, 50), percentile(base, 50)
    ratio = p95 / base95 if base95 > 0 else float("inf")
    return Row(
        issue="15",
        what=what,
        figure=f"encrypted p95 {p95:.1f} ms (median {med:.1f} ms, n={len(figure)})",
        baseline=f"plain p95 {base95:.1f} ms (median {base_med:.1f} ms)",
        ratio=f"×{ratio:.2f} (median ×{med / base_med:.2f})" if base_med > 0 else "n/a",
        goal=f"ratio p95 < ×{GOAL_RATIO}",
        verdict=verdict(ratio < GOAL_RATIO),
    )


def run(ctx: Context) -> list[Row]:
    plain_path, encrypted_path = _copies(ctx)
    items, patrons = _sizes(ctx)
    size = f"{items:_} items, {patrons:_} patrons".replace("_", " ")
    opened = time.perf_counter()
    plain = Store.open(plain_path)
    plain_open = (time.perf_counter() - opened) * 1000
    opened = time.perf_counter()
    encrypted = Store.open(encrypted_path, key=PASSPHRASE)
    encrypted_open = (time.perf_counter() - opened) * 1000
    try:
        desks = (_Desk(plain, 11), _Desk(encrypted, 11))
        samples = 60 if ctx.quick else SCANS
        for n in range(samples):
            for desk in desks if n % 2 else reversed(desks):
                desk.scan(n)
        queries = _queries(plain_path, random.Random(7), 60 if ctx.quick else 300)
        searched_plain, searched_encrypted = _search((plain, encrypted), queries)
    finally:
        plain.close()
        encrypted.close()
    return [
        _row(f"checkout scan → result, service path, SQLCipher vs plain ({size})",
             desks[1].samples, desks[0].samples),
        _row(f"catalogue search p95, SQLCipher vs plain ({len(queries)} queries, {size})",
             searched_encrypted, searched_plain),
        Row(
            issue="15",
            what="opening the store (key derivation, PBKDF2-HMAC-SHA512 256,000 iterations)",
            figure=f"encrypted {encrypted_open:.0f} ms",
            baseline=f"plain {plain_open:.0f} ms",
            ratio=f"×{encrypted_open / plain_open:.1f}" if plain_open > 0 else "n/a",
            goal="(once per start and per pooled connection)",
            verdict="info",
        ),
    ]  # fmt: skip
