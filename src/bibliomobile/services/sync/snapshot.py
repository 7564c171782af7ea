"""The snapshot: how a new device gets its whole scope, and the catalogue file.

The scope is loaded in one step (an interrupted snapshot starts over); its pages
download on a thread of their own while the step writes them, so the network and the
disk overlap and no network call waits inside the step's thread. A van with an empty
catalogue first adopts the server's catalogue file (see ``store.catalogue_file``), in a
step of its own that an interrupted snapshot does not repeat.
"""

from __future__ import annotations

import hashlib
import logging
import queue
import threading
import time
from collections.abc import Callable
from contextlib import suppress
from functools import partial
from typing import Any

import httpx
from sqlalchemy import Engine, Table, text

from bibliomobile.lang import Message
from bibliomobile.store import bulk, catalogue_file, search
from bibliomobile.store.migrate import head_revision
from bibliomobile.store.uow import Store, Transactions, UnitOfWork

from .common import (
    CURSOR,
    SNAPSHOT_DONE,
    Counts,
    Progress,
    SyncError,
    read_setting,
    write_setting,
)
from .http_client import (
    RATE_LIMIT_RETRIES,
    json_or_empty,
    request,
    request_failed,
    retry_after,
)
from .pull_conflicts import keep_conflicts
from .wire import WireWriter, apply_connection, device_tables, upsert

log = logging.getLogger(__name__)

SNAPSHOT_PAGE = 20_000

#: What the page thread hands the writing step: a page, an error, or None (the end).
Pages = queue.Queue[tuple[str, Any] | BaseException | None]


def load_snapshot(
    transactions: Transactions,
    client: httpx.Client,
    counts: Counts,
    page: int,
    report: Progress,
) -> None:
    """Load the scope in one step (an interrupted snapshot starts over).

    A van with an empty catalogue first adopts the server's catalogue file and takes
    only the rest of its scope by pages.
    """
    start = request(client, "GET", "/sync/snapshot")
    tables = device_tables()
    entities = [entity for entity in start["entities"] if entity in tables]
    cursor = int(start["cursor"])
    wanted = transactions(lambda uow: wants_catalogue_file(uow, entities))
    # The pages of the rest of the scope download while the catalogue file is
    # fetched and adopted; the catalogue's own pages only if that fails.
    first = [e for e in entities if not (wanted and e in catalogue_file.CATALOGUE_ENTITIES)]
    later: list[str] = []
    decided = threading.Event()
    pages: Pages = queue.Queue(maxsize=8)
    stop = threading.Event()

    def fetch_entity(entity: str) -> None:
        after = ""
        while not stop.is_set():
            body = request(
                client,
                "GET",
                f"/sync/snapshot/{entity}",
                params={"after_id": after, "limit": page},
            )
            if isinstance(body, httpx.Response):
                raise SyncError(
                    Message("sync.instantane_refuse_value", value=json_or_empty(body).get("detail"))
                )
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
            adopted = adopt_catalogue_file(transactions, client, counts, report)
        if adopted is None:
            later.extend(e for e in entities if e not in first)
        else:
            cursor = min(cursor, adopted)  # the changes made since the file are pulled
        decided.set()
        transactions(
            lambda uow: write_pages(
                uow, tables, [*first, *later], pages, adopted is None, cursor, counts, report
            )
        )
    finally:
        stop.set()
        decided.set()
        while fetcher.is_alive():
            with suppress(queue.Empty):
                pages.get(timeout=0.1)
        fetcher.join()


def write_pages(
    uow: UnitOfWork,
    tables: dict[str, Table],
    entities: list[str],
    pages: Pages,
    index_items: bool,
    cursor: int,
    counts: Counts,
    report: Progress,
) -> None:
    """Write the snapshot's pages as they come, index them, and record the cursor."""
    conn = apply_connection(uow, bulk=True)
    raw = conn.connection.driver_connection
    assert raw is not None
    for statement in search.DROP_TRIGGERS:
        conn.exec_driver_sql(statement)
    empty = {e for e in entities if raw.execute(f'SELECT 1 FROM "{e}" LIMIT 1').fetchone() is None}
    indexes = bulk.set_aside_indexes(raw, empty)
    writers: dict[str, WireWriter] = {}
    while (item := pages.get()) is not None:
        if isinstance(item, BaseException):
            raise item
        entity, body = item
        writer = writers.setdefault(entity, WireWriter(tables[entity]))
        columns = body["columns"]
        if any(c not in writer.columns for c in columns):
            raise SyncError(Message("sync.serveur_schema_recent_mettez"))
        rows = writer.rows(columns, body["rows"])
        if entity in empty:  # nothing to merge with: a plain INSERT is faster
            writer.insert(raw, columns, rows)
        else:
            keep_conflicts(uow, conn, entity, columns, upsert(raw, writer, columns, rows))
        counts.snapshot_rows += len(rows)
        report("snapshot", counts.snapshot_rows, None)
    for sql in indexes:
        raw.execute(sql)
    search.rebuild(conn, items=index_items)
    for statement in search.CREATE_TRIGGERS:
        conn.exec_driver_sql(statement)
    write_setting(uow, CURSOR, str(cursor))
    write_setting(uow, SNAPSHOT_DONE, "1")
    write_setting(uow, catalogue_file.CATALOGUE_CURSOR, "")


def wants_catalogue_file(uow: UnitOfWork, entities: list[str]) -> bool:
    """A van's scope and an empty catalogue (or one adopted by a snapshot that was
    interrupted afterwards): the catalogue comes from the server's file."""
    if read_setting(uow, catalogue_file.CATALOGUE_CURSOR):
        return True
    if not set(catalogue_file.CATALOGUE_ENTITIES) <= set(entities):
        return False
    return not any(
        uow.session.execute(text(f'SELECT 1 FROM "{entity}" LIMIT 1')).first()
        for entity in catalogue_file.CATALOGUE_ENTITIES
    )


def adopt_catalogue_file(
    transactions: Transactions, client: httpx.Client, counts: Counts, report: Progress
) -> int | None:
    """Adopt the server's catalogue file into the empty catalogue; returns the server
    cursor it was made at, or None when the catalogue must come by pages instead (file
    not ready, damaged on the way, or of another schema)."""
    already = transactions(lambda uow: read_setting(uow, catalogue_file.CATALOGUE_CURSOR))
    if already:  # adopted by a snapshot that was interrupted afterwards
        return int(already)
    downloaded = download_catalogue(client, report)
    if downloaded is None:
        return None
    cursor, data = downloaded
    try:
        rows = transactions(partial(adopt, data=data, cursor=cursor))
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


def adopt(uow: UnitOfWork, data: bytearray, cursor: int) -> int | None:
    """Copy the catalogue file into the device database of the step's unit of work.

    The copy attaches the file, which SQLite does only outside a transaction:
    ``catalogue_file.adopt`` runs it on a connection of its own, in a transaction of
    its own, with the step's unit of work left unused.
    """
    engine = uow.session.get_bind()
    assert isinstance(engine, Engine)
    return catalogue_file.adopt(Store(engine), data, cursor)


def download_catalogue(
    client: httpx.Client, report: Progress, *, sleep: Callable[[float], None] = time.sleep
) -> tuple[int, bytearray] | None:
    """Download the catalogue file into memory, checked against its SHA-256; returns
    its cursor and bytes, or None when the server has none to give or it came damaged
    (any other refusal raises). A server that answers 429 is waited for as it asks
    (Retry-After), a few times, like every other request of the sync."""
    for attempt in range(RATE_LIMIT_RETRIES + 1):  # waits as often as send_politely
        try:
            with client.stream(
                "GET", "/sync/snapshot-catalogue", params={"schema": head_revision()}
            ) as response:
                if response.status_code == 429 and attempt < RATE_LIMIT_RETRIES:
                    response.read()
                    sleep(retry_after(response))
                    continue
                if response.status_code in (403, 404, 409, 503):
                    response.read()
                    log.info("no catalogue file (%s): snapshot by pages", response.status_code)
                    return None
                if not response.is_success:
                    response.read()
                    request_failed(response)
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
    return None  # not reached: the last 429 is raised by request_failed
