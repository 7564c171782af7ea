"""The sync client: enrol a device, push its outbox, pull its scope.

Plain functions over a :class:`~bibliomobile.store.uow.Store`; HTTP through httpx with
a pluggable transport (tests inject faults). One :func:`sync_once`:

1. **push** the outbox in batches; a row is deleted only once the server has
   acknowledged its ``op_id`` (applied, duplicate, conflict or rejected: in every
   case the server keeps the op). Ops the server refuses (403/422) stay in the
   outbox, are set aside and reported, and can be exported; they are never deleted.
2. **pull**: a new device loads a snapshot of its scope in one local transaction;
   then pages after the stored cursor, each page and its cursor in one local
   transaction. A pulled value does not overwrite a field edited locally with a
   newer HLC that is still in the outbox.
3. **reconcile** the scope: rows that left it are removed, rows that entered it
   (without changing) are fetched.

Pulled rows are written with plain SQL on the store's connection, so change capture
(an ORM hook) does not re-capture them; foreign keys are not enforced while applying
because a device holds a partial replica (the server enforces them).
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import json
import logging
import queue
import ssl
import threading
from collections import defaultdict
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, cast

import httpx
from sqlalchemy import Connection, Table, delete, func, select, text
from sqlalchemy import types as satypes
from sqlalchemy.dialects import sqlite

from bibliomobile.domain.hlc import Timestamp
from bibliomobile.store import bulk, capture, catalogue_file, search
from bibliomobile.store.migrate import head_revision
from bibliomobile.store.models import Base, OutboxEntry, synced_tables
from bibliomobile.store.uow import Store

log = logging.getLogger(__name__)

SERVER_URL = "sync_server_url"
TOKEN = "sync_token"
DEVICE_NAME = "sync_device_name"
ROLE = "sync_role"
SCOPE = "sync_scope"
CURSOR = "sync_cursor"
SNAPSHOT_DONE = "sync_snapshot_done"
REVOKED = "sync_revoked"
LAST_SYNC = "sync_last_at"
LAST_ERROR = "sync_last_error"
REFUSED = "sync_refused_ops"

PUSH_BATCH = 500
PULL_PAGE = 2000
SNAPSHOT_PAGE = 20_000
TIMEOUT = httpx.Timeout(60.0, connect=10.0)

Progress = Callable[[str, int, int | None], None]


class SyncError(Exception):
    """Sync could not finish; the message is for the user (French). Nothing is lost."""


class NotEnrolled(SyncError):
    """This device has no token yet."""


class DeviceRevoked(SyncError):
    """The server revoked this device: stop syncing, keep and export unsent work."""


@dataclass(frozen=True)
class Enrollment:
    server_url: str
    device_name: str
    role: str
    scope: str


@dataclass(frozen=True)
class SyncReport:
    """What moved during one sync."""

    pushed: int = 0
    duplicates: int = 0
    conflicts: int = 0
    rejected: int = 0
    refused: int = 0
    pulled: int = 0
    deleted: int = 0
    evicted: int = 0
    fetched: int = 0
    snapshot_rows: int = 0
    pending: int = 0
    cursor: int = 0


@dataclass
class _Counts:
    pushed: int = 0
    duplicates: int = 0
    conflicts: int = 0
    rejected: int = 0
    refused: int = 0
    pulled: int = 0
    deleted: int = 0
    evicted: int = 0
    fetched: int = 0
    snapshot_rows: int = 0
    extra: dict[str, int] = field(default_factory=dict)


@dataclass(frozen=True)
class SyncState:
    """What the Synchronisation workspace and the status bar show."""

    enrolled: bool
    revoked: bool
    server_url: str | None
    device_name: str | None
    role: str | None
    scope: str | None
    last_sync: str | None
    last_error: str | None
    pending: int
    refused: int


# -- settings and state ---------------------------------------------------------------


def sync_state(store: Store) -> SyncState:
    """The device's sync state, read from its settings and outbox."""
    return SyncState(
        enrolled=bool(store.setting(TOKEN)),
        revoked=store.setting(REVOKED) == "1",
        server_url=store.setting(SERVER_URL),
        device_name=store.setting(DEVICE_NAME),
        role=store.setting(ROLE),
        scope=store.setting(SCOPE),
        last_sync=store.setting(LAST_SYNC),
        last_error=store.setting(LAST_ERROR),
        pending=pending_count(store),
        refused=len(_refused(store)),
    )


def pending_count(store: Store) -> int:
    """Changes of this device not yet acknowledged by the server."""
    with store.reader() as session:
        return int(session.scalar(select(func.count()).select_from(OutboxEntry)) or 0)


def _refused(store: Store) -> set[str]:
    raw = store.setting(REFUSED)
    return set(json.loads(raw)) if raw else set()


def export_pending(store: Store, path: Path) -> int:
    """Write every unsent change of the outbox to ``path`` (JSON); returns their count.

    For a revoked device or ops the server refused: the work is handed over by
    other means, never deleted.
    """
    refused = _refused(store)
    with store.reader() as session:
        rows = session.scalars(select(OutboxEntry).order_by(OutboxEntry.seq)).all()
        ops = [
            {
                "op_id": row.op_id,
                "entity": row.entity,
                "entity_id": row.entity_id,
                "op": row.op,
                "fields": row.fields,
                "hlc": row.hlc,
                "device_id": row.device_id,
                "created_at": row.created_at.isoformat(),
                "refused_by_server": row.op_id in refused,
            }
            for row in rows
        ]
    payload = {
        "format": "bibliomobile-pending-ops/1",
        "device_id": store.device_id,
        "device_name": store.setting(DEVICE_NAME),
        "server_url": store.setting(SERVER_URL),
        "exported_at": dt.datetime.now(dt.UTC).isoformat(),
        "ops": ops,
    }
    path.write_text(json.dumps(payload, ensure_ascii=False, indent=1), encoding="utf-8")
    return len(ops)


# -- HTTP -------------------------------------------------------------------------------


@functools.cache
def _ssl_context() -> ssl.SSLContext:
    # Loading the CA bundle takes ~0.1 s: once per process, not once per sync.
    return ssl.create_default_context()


def _client(
    server_url: str, token: str | None, transport: httpx.BaseTransport | None
) -> httpx.Client:
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    return httpx.Client(
        base_url=server_url.rstrip("/"),
        headers=headers,
        transport=transport,
        timeout=TIMEOUT,
        verify=_ssl_context(),
    )


def _request(
    client: httpx.Client,
    store: Store | None,
    method: str,
    url: str,
    *,
    allow: tuple[int, ...] = (),
    **kwargs: Any,
) -> Any:
    try:
        response = client.request(method, url, **kwargs)
    except httpx.HTTPError as error:
        raise SyncError(
            f"Serveur injoignable ({type(error).__name__}) : réessayez plus tard."
        ) from error
    return _judge(response, store, allow)


def _request_failed(response: httpx.Response, store: Store | None) -> None:
    """Raise the error an unsuccessful (already read) response stands for."""
    _judge(response, store, ())


def _judge(response: httpx.Response, store: Store | None, allow: tuple[int, ...]) -> Any:
    """The JSON body of a response, or the SyncError it stands for."""
    body: Any = None
    try:
        body = response.json()
    except ValueError:
        if response.is_success:
            raise SyncError("Réponse du serveur incomplète : réessayez plus tard.") from None
    if response.status_code == 401:
        detail = body.get("detail") if isinstance(body, dict) else None
        if isinstance(body, dict) and body.get("revoked") and store is not None:
            store.set_setting(REVOKED, "1")
            raise DeviceRevoked(
                detail
                or "Cet appareil a été révoqué. Le travail non envoyé est conservé : exportez-le."
            )
        raise NotEnrolled(detail or "Jeton refusé par le serveur : inscrivez de nouveau ce poste.")
    if response.status_code in allow:
        return response  # the caller decides
    if 400 <= response.status_code < 500:
        detail = body.get("detail") if isinstance(body, dict) else None
        raise SyncError(f"Requête refusée par le serveur ({response.status_code}) : {detail}")
    if not response.is_success:
        raise SyncError(f"Erreur du serveur ({response.status_code}) : réessayez plus tard.")
    return body


# -- enrolment --------------------------------------------------------------------------


def enroll(
    store: Store, server_url: str, code: str, *, transport: httpx.BaseTransport | None = None
) -> Enrollment:
    """Trade a one-time enrolment code for this device's token and remember the server."""
    server_url = server_url.strip().rstrip("/")
    if not server_url.startswith(("http://", "https://")):
        raise SyncError(f"Adresse de serveur invalide : {server_url!r} (http://… ou https://…).")
    with _client(server_url, None, transport) as client:
        try:
            response = client.post(
                "/sync/enroll", json={"code": code.strip(), "node": store.device_id}
            )
        except httpx.HTTPError as error:
            raise SyncError(f"Serveur injoignable ({type(error).__name__}).") from error
    try:
        body = response.json()
    except ValueError:
        raise SyncError("Réponse du serveur illisible.") from None
    if response.status_code != 200:
        raise SyncError(
            body.get("detail", "Inscription refusée.")
            if isinstance(body, dict)
            else "Inscription refusée."
        )
    previous = store.setting(SERVER_URL)
    for key, value in (
        (SERVER_URL, server_url),
        (TOKEN, body["token"]),
        (DEVICE_NAME, body["name"]),
        (ROLE, body["role"]),
        (SCOPE, body["scope"]),
        (REVOKED, "0"),
    ):
        store.set_setting(key, value)
    if previous != server_url or store.setting(SCOPE) != body["scope"]:
        store.set_setting(CURSOR, "0")
        store.set_setting(SNAPSHOT_DONE, "0")
    return Enrollment(server_url, body["name"], body["role"], body["scope"])


# -- applying rows locally --------------------------------------------------------------


def device_tables() -> dict[str, Table]:
    """The synced tables of the device schema, by name."""
    synced = set(synced_tables())
    return {t.name: t for t in Base.metadata.sorted_tables if t.name in synced}


_DIALECT = sqlite.dialect()


def _converter(column_type: satypes.TypeEngine[Any]) -> Callable[[Any], Any] | None:
    if isinstance(column_type, satypes.JSON):
        return lambda v: None if v is None else json.dumps(v, ensure_ascii=False)
    for kind, parse in (
        (satypes.DateTime, dt.datetime.fromisoformat),
        (satypes.Date, dt.date.fromisoformat),
        (satypes.Time, dt.time.fromisoformat),
    ):
        if isinstance(column_type, kind):
            bind = column_type.dialect_impl(_DIALECT).bind_processor(_DIALECT)
            assert bind is not None

            def convert(v: Any, parse: Any = parse, bind: Any = bind) -> Any:
                if v is None:
                    return None
                value = parse(v)
                if isinstance(value, dt.datetime) and value.tzinfo is not None:
                    value = value.astimezone(dt.UTC).replace(tzinfo=None)
                return bind(value)

            return convert
    return None


class WireWriter:
    """Upserts of wire rows into one local table, with plain SQL (no capture)."""

    def __init__(self, table: Table) -> None:
        self.table = table
        self.columns = [c.name for c in table.c]
        self.converters = {c.name: conv for c in table.c if (conv := _converter(c.type))}

    def values(self, columns: Sequence[str], row: Sequence[Any]) -> list[Any]:
        return list(self.rows(columns, [row])[0])

    def rows(self, columns: Sequence[str], rows: list[Any]) -> list[Any]:
        """Wire rows (lists in ``columns`` order) as SQLite values."""
        plan = [
            (i, self.converters[name]) for i, name in enumerate(columns) if name in self.converters
        ]
        if not plan:
            return rows
        out = []
        for row in rows:
            row = list(row)
            for index, convert in plan:
                value = row[index]
                if value is not None:
                    row[index] = convert(value)
            out.append(row)
        return out

    def insert(self, raw: Any, columns: Sequence[str], rows: list[Any]) -> None:
        """Plain INSERT of converted rows (into a table known to be empty)."""
        names = ", ".join(f'"{c}"' for c in columns)
        marks = ", ".join("?" for _ in columns)
        raw.executemany(f'INSERT INTO "{self.table.name}" ({names}) VALUES ({marks})', rows)

    def upsert_sql(self, columns: Sequence[str]) -> str:
        names = ", ".join(f'"{c}"' for c in columns)
        marks = ", ".join("?" for _ in columns)
        updates = ", ".join(f'"{c}" = excluded."{c}"' for c in columns if c != "id")
        return (
            f'INSERT INTO "{self.table.name}" ({names}) VALUES ({marks}) '
            f"ON CONFLICT(id) DO UPDATE SET {updates}"
        )


@contextmanager
def _remote_apply(store: Store, *, bulk: bool = False) -> Iterator[Connection]:
    """One local transaction for applying pulled data, foreign keys not enforced.

    ``bulk`` (the initial snapshot) gives SQLite a large page cache and in-memory
    sorting while it loads and indexes hundreds of thousands of rows.
    """
    with store.engine.connect() as conn:
        raw = conn.connection.driver_connection
        assert raw is not None
        cache = raw.execute("PRAGMA cache_size").fetchone()[0]
        raw.execute("PRAGMA foreign_keys=OFF")
        if bulk:
            raw.execute("PRAGMA cache_size=-262144")
            raw.execute("PRAGMA temp_store=MEMORY")
        try:
            with conn.begin():
                yield conn
        finally:
            raw.execute("PRAGMA foreign_keys=ON")
            if bulk:
                raw.execute(f"PRAGMA cache_size={int(cache)}")
                raw.execute("PRAGMA temp_store=DEFAULT")


def _set(conn: Connection, key: str, value: str) -> None:
    conn.execute(
        text(
            "INSERT INTO device_settings(key, value) VALUES (:k, :v) "
            "ON CONFLICT(key) DO UPDATE SET value = excluded.value"
        ),
        {"k": key, "v": value},
    )


def _observe(store: Store, conn: Connection, hlcs: Sequence[str]) -> None:
    newest = max((h for h in hlcs if h), default=None)
    if newest is None:
        return
    try:
        store.clock.observe(Timestamp.parse(newest))
    except ValueError:
        return
    _set(conn, capture.HLC_SETTING, str(store.clock.last))


def _pending(conn: Connection, entity: str, ids: Sequence[str]) -> dict[str, dict[str, str]]:
    """Entity id → {field: newest pending HLC} of local ops not yet acknowledged.

    The key ``"*delete"`` marks a pending delete, ``"*any"`` any pending op.
    """
    table = OutboxEntry.__table__
    found: dict[str, dict[str, str]] = defaultdict(dict)
    for start in range(0, len(ids), 500):
        chunk = list(ids[start : start + 500])
        rows = conn.execute(
            select(table.c.entity_id, table.c.op, table.c.fields, table.c.hlc).where(
                table.c.entity == entity, table.c.entity_id.in_(chunk)
            )
        ).all()
        for row in rows:
            fields = found[row.entity_id]
            fields["*any"] = max(fields.get("*any", ""), row.hlc)
            if row.op == "delete":
                fields["*delete"] = row.hlc
            for name in row.fields or {}:
                fields[name] = max(fields.get(name, ""), row.hlc)
    return found


def _apply_changes(
    store: Store,
    conn: Connection,
    tables: dict[str, Table],
    changes: Sequence[dict[str, Any]],
    counts: _Counts,
) -> None:
    by_entity: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for change in changes:
        if change["entity"] in tables:
            by_entity[change["entity"]].append(change)
    hlcs: list[str] = []
    for entity, entity_changes in by_entity.items():
        table = tables[entity]
        writer = WireWriter(table)
        pending = _pending(conn, entity, [c["id"] for c in entity_changes])
        raw = conn.connection.driver_connection
        assert raw is not None
        for change in entity_changes:
            local = pending.get(change["id"], {})
            if change["op"] in ("delete", "evict"):
                if local:
                    continue  # our unsent op decides; the server will send the truth again
                done = raw.execute(f'DELETE FROM "{entity}" WHERE id = ?', (change["id"],))
                if done.rowcount:
                    if change["op"] == "delete":
                        counts.deleted += 1
                    else:
                        counts.evicted += 1
                continue
            if "*delete" in local:
                continue
            row: dict[str, Any] = dict(change["row"])
            versions: dict[str, str] = change.get("versions") or {}
            hlcs.extend(versions.values())
            if local:
                row = {
                    name: value
                    for name, value in row.items()
                    if name == "id" or local.get(name, "") <= versions.get(name, "")
                }
            columns = [c for c in writer.columns if c in row]
            _upsert(raw, writer, columns, [writer.values(columns, [row[c] for c in columns])])
            counts.pulled += 1
    _observe(store, conn, hlcs)


def _upsert(raw: Any, writer: WireWriter, columns: Sequence[str], rows: list[list[Any]]) -> None:
    import sqlite3

    sql = writer.upsert_sql(columns)
    try:
        raw.executemany(sql, rows)
    except sqlite3.IntegrityError:
        # A unique value (barcode, card) held locally by a row the server does not
        # have: keep going row by row and leave the clashing ones out (logged).
        for row in rows:
            try:
                raw.execute("SAVEPOINT pull_row")
                raw.execute(sql, row)
                raw.execute("RELEASE pull_row")
            except sqlite3.IntegrityError as error:
                raw.execute("ROLLBACK TO pull_row")
                raw.execute("RELEASE pull_row")
                log.warning("pulled %s row %s not applied: %s", writer.table.name, row[0], error)


# -- the sync itself --------------------------------------------------------------------


def sync_once(
    store: Store,
    *,
    transport: httpx.BaseTransport | None = None,
    push_batch: int = PUSH_BATCH,
    pull_page: int = PULL_PAGE,
    snapshot_page: int = SNAPSHOT_PAGE,
    progress: Progress | None = None,
) -> SyncReport:
    """Push the outbox, then pull the scope. Raises SyncError (nothing lost) on failure."""
    if store.setting(REVOKED) == "1":
        raise DeviceRevoked(
            "Cet appareil a été révoqué : la synchronisation est arrêtée. Le travail non envoyé "
            "est conservé ; exportez-le (bibliomobile sync export-pending)."
        )
    server_url, token = store.setting(SERVER_URL), store.setting(TOKEN)
    if not server_url or not token:
        raise NotEnrolled("Ce poste n'est pas inscrit : saisissez l'adresse du serveur et le code.")
    counts = _Counts()
    report = progress or (lambda _stage, _done, _total: None)
    try:
        with _client(server_url, token, transport) as client:
            _push(store, client, counts, push_batch, report)
            if store.setting(SNAPSHOT_DONE) != "1":
                _snapshot(store, client, counts, snapshot_page, report)
            _pull(store, client, counts, pull_page, report)
            _reconcile(store, client, counts, report)
    except SyncError as error:
        store.set_setting(LAST_ERROR, str(error))
        raise
    store.set_setting(LAST_SYNC, dt.datetime.now().astimezone().isoformat(timespec="seconds"))
    store.set_setting(LAST_ERROR, "")
    return SyncReport(
        pushed=counts.pushed,
        duplicates=counts.duplicates,
        conflicts=counts.conflicts,
        rejected=counts.rejected,
        refused=len(_refused(store)),
        pulled=counts.pulled,
        deleted=counts.deleted,
        evicted=counts.evicted,
        fetched=counts.fetched,
        snapshot_rows=counts.snapshot_rows,
        pending=pending_count(store),
        cursor=int(store.setting(CURSOR) or 0),
    )


def _push(
    store: Store, client: httpx.Client, counts: _Counts, batch: int, report: Progress
) -> None:
    outbox = cast(Table, OutboxEntry.__table__)
    total = pending_count(store)
    done = 0
    while True:
        refused = _refused(store)
        with store.reader() as session:
            query = select(OutboxEntry).order_by(OutboxEntry.seq).limit(batch)
            if refused:
                query = query.where(OutboxEntry.op_id.not_in(refused))
            rows = session.scalars(query).all()
        if not rows:
            return
        ops = [
            {
                "op_id": r.op_id,
                "entity": r.entity,
                "entity_id": r.entity_id,
                "op": r.op,
                "fields": r.fields,
                "hlc": r.hlc,
                "device_id": r.device_id,
            }
            for r in rows
        ]
        body = _request(
            client, store, "POST", "/sync/push", json={"ops": ops}, allow=(403, 413, 422)
        )
        if isinstance(body, httpx.Response):
            problem = _json_or_empty(body)
            bad = set(problem.get("op_ids") or []) & {op["op_id"] for op in ops}
            if not bad:
                raise SyncError(
                    f"Envoi refusé par le serveur : {problem.get('detail', body.status_code)}"
                )
            # Set these ops aside (kept in the outbox, exportable) and send the others.
            store.set_setting(REFUSED, json.dumps(sorted(refused | bad)))
            log.warning("server refused ops %s: %s", sorted(bad), problem.get("detail"))
            continue
        sent = {op["op_id"] for op in ops}
        acked = [r["op_id"] for r in body["results"] if r["op_id"] in sent]
        for result in body["results"]:
            kind = result["result"]
            if kind == "applied":
                counts.pushed += 1
            elif kind == "duplicate":
                counts.duplicates += 1
            elif kind == "conflict":
                counts.conflicts += 1
            else:
                counts.rejected += 1
        with store.engine.begin() as conn:
            for start in range(0, len(acked), 500):
                conn.execute(delete(outbox).where(outbox.c.op_id.in_(acked[start : start + 500])))
            server_hlc = body.get("server_hlc")
            if server_hlc:
                _observe(store, conn, [server_hlc])
        done += len(acked)
        report("push", done, total)


def _json_or_empty(response: httpx.Response) -> dict[str, Any]:
    try:
        body = response.json()
    except ValueError:
        return {}
    return body if isinstance(body, dict) else {}


def _snapshot(
    store: Store, client: httpx.Client, counts: _Counts, page: int, report: Progress
) -> None:
    """Load the scope in one local transaction (an interrupted snapshot starts over).

    A van with an empty catalogue first adopts the server's catalogue file (see
    ``store.catalogue_file``) and takes only the rest of its scope by pages.
    """
    start = _request(client, store, "GET", "/sync/snapshot")
    tables = device_tables()
    entities = [entity for entity in start["entities"] if entity in tables]
    cursor = int(start["cursor"])
    wanted = _wants_catalogue_file(store, entities)
    # The pages of the rest of the scope download while the catalogue file is
    # fetched and adopted; the catalogue's own pages only if that fails.
    first = [e for e in entities if not (wanted and e in catalogue_file.CATALOGUE_ENTITIES)]
    later: list[str] = []
    decided = threading.Event()
    pages: queue.Queue[tuple[str, Any] | BaseException | None] = queue.Queue(maxsize=8)
    stop = threading.Event()

    def fetch_entity(entity: str) -> None:
        after = ""
        while not stop.is_set():
            body = _request(
                client,
                store,
                "GET",
                f"/sync/snapshot/{entity}",
                params={"after_id": after, "limit": page},
            )
            if isinstance(body, httpx.Response):
                raise SyncError(f"Instantané refusé : {_json_or_empty(body).get('detail')}")
            pages.put((entity, body))
            after = body["next_after_id"]
            if not body["more"]:
                break

    def fetch() -> None:
        # The next page downloads while this one is written (server and device overlap).
        try:
            for entity in first:
                fetch_entity(entity)
            decided.wait()
            for entity in later:
                fetch_entity(entity)
            pages.put(None)
        except BaseException as error:  # handed to the writing thread
            pages.put(error)

    fetcher = threading.Thread(target=fetch, name="snapshot-fetch", daemon=True)
    fetcher.start()
    adopted: int | None = None
    try:
        if wanted:
            adopted = _catalogue_file(store, client, counts, report)
        if adopted is None:
            later.extend(e for e in entities if e not in first)
        else:
            cursor = min(cursor, adopted)  # the changes made since the file are pulled
        decided.set()
        with _remote_apply(store, bulk=True) as conn:
            raw = conn.connection.driver_connection
            assert raw is not None
            for statement in search.DROP_TRIGGERS:
                conn.exec_driver_sql(statement)
            empty = {
                e
                for e in [*first, *later]
                if raw.execute(f'SELECT 1 FROM "{e}" LIMIT 1').fetchone() is None
            }
            indexes = bulk.set_aside_indexes(raw, empty)
            writers: dict[str, WireWriter] = {}
            while (item := pages.get()) is not None:
                if isinstance(item, BaseException):
                    raise item
                entity, body = item
                writer = writers.setdefault(entity, WireWriter(tables[entity]))
                columns = body["columns"]
                if any(c not in writer.columns for c in columns):
                    raise SyncError(
                        "Le serveur a un schéma plus récent : mettez Bibliomobile à jour."
                    )
                rows = writer.rows(columns, body["rows"])
                if entity in empty:  # nothing to merge with: a plain INSERT is faster
                    writer.insert(raw, columns, rows)
                else:
                    _upsert(raw, writer, columns, rows)
                counts.snapshot_rows += len(rows)
                report("snapshot", counts.snapshot_rows, None)
            for sql in indexes:
                raw.execute(sql)
            search.rebuild(conn, items=adopted is None)
            for statement in search.CREATE_TRIGGERS:
                conn.exec_driver_sql(statement)
            _set(conn, CURSOR, str(cursor))
            _set(conn, SNAPSHOT_DONE, "1")
            _set(conn, catalogue_file.CATALOGUE_CURSOR, "")
    finally:
        stop.set()
        decided.set()
        while fetcher.is_alive():
            with suppress(queue.Empty):
                pages.get(timeout=0.1)
        fetcher.join()


def _wants_catalogue_file(store: Store, entities: list[str]) -> bool:
    """A van's scope and an empty catalogue (or one adopted by a snapshot that was
    interrupted afterwards): the catalogue comes from the server's file."""
    if store.setting(catalogue_file.CATALOGUE_CURSOR):
        return True
    if not set(catalogue_file.CATALOGUE_ENTITIES) <= set(entities):
        return False
    with store.reader() as session:
        return not any(
            session.execute(text(f'SELECT 1 FROM "{entity}" LIMIT 1')).first()
            for entity in catalogue_file.CATALOGUE_ENTITIES
        )


def _catalogue_file(
    store: Store, client: httpx.Client, counts: _Counts, report: Progress
) -> int | None:
    """Adopt the server's catalogue file into the empty catalogue; returns the server
    cursor it was made at, or None when the catalogue must come by pages instead (file
    not ready, damaged on the way, or of another schema)."""
    already = store.setting(catalogue_file.CATALOGUE_CURSOR)
    if already:  # adopted by a snapshot that was interrupted afterwards
        return int(already)
    downloaded = _download_catalogue(store, client, report)
    if downloaded is None:
        return None
    cursor, data = downloaded
    try:
        rows = catalogue_file.adopt(store, data, cursor)
    except catalogue_file.CatalogueFileError as error:
        log.warning("catalogue file not adopted: %s", error)
        return None
    finally:
        del data
    if rows is None:
        return None
    counts.snapshot_rows += rows
    report("snapshot", counts.snapshot_rows, None)
    return cursor


def _download_catalogue(
    store: Store, client: httpx.Client, report: Progress
) -> tuple[int, bytearray] | None:
    """Download the catalogue file into memory, checked against its SHA-256; returns
    its cursor and bytes, or None when the server has none to give or it came damaged
    (any other refusal raises)."""
    try:
        with client.stream(
            "GET", "/sync/snapshot-catalogue", params={"schema": head_revision()}
        ) as response:
            if response.status_code in (403, 404, 409, 503):
                response.read()
                log.info("no catalogue file (%s): snapshot by pages", response.status_code)
                return None
            if not response.is_success:
                response.read()
                _request_failed(response, store)
            expected = response.headers.get("X-Bibliomobile-Sha256", "")
            cursor = int(response.headers.get("X-Bibliomobile-Cursor", "-1"))
            total = int(response.headers.get("Content-Length", "0")) or None
            digest = hashlib.sha256()
            data = bytearray()
            for chunk in response.iter_bytes(1 << 20):
                data += chunk
                digest.update(chunk)
                report("catalogue", len(data), total)
    except httpx.HTTPError as error:
        log.warning("catalogue file download failed (%s): snapshot by pages", error)
        return None
    if cursor < 0 or digest.hexdigest() != expected:
        log.warning("catalogue file damaged on the way: snapshot by pages")
        return None
    return cursor, data


def _pull(store: Store, client: httpx.Client, counts: _Counts, page: int, report: Progress) -> None:
    tables = device_tables()
    while True:
        cursor = int(store.setting(CURSOR) or 0)
        body = _request(client, store, "GET", "/sync/pull", params={"after": cursor, "limit": page})
        if isinstance(body, httpx.Response):
            raise SyncError(f"Réception refusée : {_json_or_empty(body).get('detail')}")
        with _remote_apply(store) as conn:
            _apply_changes(store, conn, tables, body["changes"], counts)
            _set(conn, CURSOR, str(body["next"]))
        report("pull", counts.pulled, None)
        if not body["more"]:
            return


def _reconcile(store: Store, client: httpx.Client, counts: _Counts, report: Progress) -> None:
    """Remove rows that left the scope; fetch rows that entered it without changing."""
    manifest = _request(client, store, "GET", "/sync/manifest")
    if isinstance(manifest, httpx.Response):
        raise SyncError(f"Périmètre refusé : {_json_or_empty(manifest).get('detail')}")
    tables = device_tables()
    missing: dict[str, list[str]] = {}
    with _remote_apply(store) as conn:
        raw = conn.connection.driver_connection
        assert raw is not None
        for entity, ids in manifest.items():
            if entity not in tables:
                continue
            wanted = set(ids)
            local = {row[0] for row in raw.execute(f'SELECT id FROM "{entity}"')}
            extra = sorted(local - wanted)
            pending = _pending(conn, entity, extra)
            gone = [i for i in extra if i not in pending]
            for start in range(0, len(gone), 500):
                chunk = gone[start : start + 500]
                marks = ", ".join("?" for _ in chunk)
                raw.execute(f'DELETE FROM "{entity}" WHERE id IN ({marks})', chunk)
            counts.evicted += len(gone)
            if wanted - local:
                missing[entity] = sorted(wanted - local)
    for entity, ids in missing.items():
        writer = WireWriter(tables[entity])
        for start in range(0, len(ids), 2000):
            body = _request(
                client,
                store,
                "POST",
                "/sync/rows",
                json={"entity": entity, "ids": ids[start : start + 2000]},
            )
            if isinstance(body, httpx.Response):
                raise SyncError(f"Lecture refusée : {_json_or_empty(body).get('detail')}")
            with _remote_apply(store) as conn:
                raw = conn.connection.driver_connection
                pending = _pending(conn, entity, [r["id"] for r in body["rows"]])
                for row in body["rows"]:
                    if row["id"] in pending:
                        continue
                    columns = [c for c in writer.columns if c in row]
                    _upsert(
                        raw, writer, columns, [writer.values(columns, [row[c] for c in columns])]
                    )
                    counts.fetched += 1
    report("done", 1, 1)


# -- coordinators: conflicts to review ----------------------------------------------------

REVIEW_KINDS = {
    "double_checkout": "Exemplaire prêté deux fois hors connexion",
    "return_without_loan": "Retour sans prêt connu",
    "rejected": "Modification refusée par le serveur",
    "edit_after_delete": "Modification d'une fiche supprimée",
    "deleted_with_newer_edits": "Fiche supprimée malgré des modifications plus récentes",
}


@dataclass(frozen=True)
class Review:
    """A conflict the server kept for a coordinator to look at."""

    id: int
    kind: str
    label: str
    entity: str
    entity_id: str
    detail: str
    device_id: str | None
    created_at: str
    resolution: str | None
    resolved_by: str | None


def _authorised(store: Store) -> tuple[str, str]:
    if store.setting(REVOKED) == "1":
        raise DeviceRevoked("Cet appareil a été révoqué.")
    server_url, token = store.setting(SERVER_URL), store.setting(TOKEN)
    if not server_url or not token:
        raise NotEnrolled("Ce poste n'est pas inscrit.")
    return server_url, token


def fetch_reviews(
    store: Store, *, include_resolved: bool = False, transport: httpx.BaseTransport | None = None
) -> list[Review]:
    """The server's "to review" list (coordinator devices only)."""
    server_url, token = _authorised(store)
    with _client(server_url, token, transport) as client:
        body = _request(
            client, store, "GET", "/sync/reviews", params={"include_resolved": include_resolved}
        )
    return [
        Review(
            id=row["id"],
            kind=row["kind"],
            label=REVIEW_KINDS.get(row["kind"], row["kind"]),
            entity=row["entity"],
            entity_id=row["entity_id"],
            detail=row.get("detail") or "",
            device_id=row.get("device_id"),
            created_at=row["created_at"],
            resolution=row.get("resolution"),
            resolved_by=row.get("resolved_by"),
        )
        for row in body
    ]


def resolve_review(
    store: Store, review_id: int, resolution: str, *, transport: httpx.BaseTransport | None = None
) -> None:
    """Record how a coordinator resolved a conflict (kept on the server)."""
    resolution = resolution.strip()
    if not resolution:
        raise SyncError("Décrivez la résolution avant de l'enregistrer.")
    server_url, token = _authorised(store)
    with _client(server_url, token, transport) as client:
        _request(
            client,
            store,
            "POST",
            f"/sync/reviews/{review_id}/resolve",
            json={"resolution": resolution},
        )
