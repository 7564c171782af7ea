"""The sync client: one sync of this device with its server, :func:`sync_once`.

1. **push** the outbox in batches (:mod:`.push`), then the audit log (:mod:`.audit`);
2. **snapshot**, for a new device: its whole scope, and the catalogue file for a van
   (:mod:`.snapshot`);
3. **pull** the pages after the stored cursor and **reconcile** the scope
   (:mod:`.pull`).

The other parts: enrolment and the device's sync state (:mod:`.device`), the HTTP
client (:mod:`.http_client`), pulled rows written into SQLite (:mod:`.wire`),
conflicts to review (:mod:`.reviews`), settings and errors (:mod:`.common`).

The client never commits: its caller hands it a
:class:`~bibliomobile.store.uow.Transactions` and every step (a pushed batch's
acknowledgement, a pulled page with its cursor, the snapshot…) runs through it, so the
caller decides where steps run and commits each one. Network calls stay outside the
steps.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import partial

import httpx

from bibliomobile.lang import Message
from bibliomobile.store.uow import Transactions, UnitOfWork

from .audit import push_audit
from .cards import refresh_card_index
from .common import (
    CURSOR,
    LAST_ERROR,
    LAST_SYNC,
    REVOKED,
    SCOPE,
    SERVER_URL,
    SNAPSHOT_DONE,
    TOKEN,
    Counts,
    DeviceRevoked,
    NotEnrolled,
    Progress,
    SyncError,
    read_setting,
    write_setting,
)
from .device import mark_revoked, pending_count, refused_ops
from .http_client import open_client
from .notes_key import refresh_notes_key
from .pull import PULL_PAGE, pull_pages, reconcile_scope
from .pull_conflicts import send_conflicts
from .purge import REVOKED_AND_WIPED, tidy, was_wiped, wipe_revoked
from .push import PUSH_BATCH, push_outbox
from .read_flags import refresh_read_flags
from .snapshot import SNAPSHOT_PAGE, load_snapshot


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


def sync_once(
    transactions: Transactions,
    *,
    transport: httpx.BaseTransport | None = None,
    push_batch: int = PUSH_BATCH,
    pull_page: int = PULL_PAGE,
    snapshot_page: int = SNAPSHOT_PAGE,
    progress: Progress | None = None,
) -> SyncReport:
    """Push the outbox, then pull the scope. Raises SyncError (nothing lost) on failure."""
    revoked, server_url, token, scope = transactions(
        lambda uow: (
            read_setting(uow, REVOKED) == "1",
            read_setting(uow, SERVER_URL),
            read_setting(uow, TOKEN),
            read_setting(uow, SCOPE) or "",
        )
    )
    if revoked:
        if not transactions(was_wiped):
            wipe_revoked(transactions)
        raise DeviceRevoked(REVOKED_AND_WIPED)
    if not server_url or not token:
        raise NotEnrolled(Message("sync.poste_inscrit_saisissez_adresse"))
    counts = Counts()
    report = progress or (lambda _stage, _done, _total: None)
    try:
        with open_client(server_url, token, transport) as client:
            push_outbox(transactions, client, counts, push_batch, report)
            push_audit(transactions, client)
            if transactions(lambda uow: read_setting(uow, SNAPSHOT_DONE)) != "1":
                load_snapshot(transactions, client, counts, snapshot_page, report)
            pull_pages(transactions, client, counts, pull_page, report)
            reconcile_scope(transactions, client, counts, report)
            send_conflicts(transactions, client)
            if scope.startswith("tour:"):  # a van: every other card, hashed, for offline
                refresh_card_index(transactions, client)
            else:  # coordinators and volunteers open access notes: the network's key
                refresh_notes_key(transactions, client)
            if scope.startswith("volunteer:"):  # "déjà lu" for its bags, no history
                refresh_read_flags(transactions, client)
    except DeviceRevoked:
        # At its first contact after the revocation: the personal data goes.
        wipe_revoked(transactions)
        revoked_error = DeviceRevoked(REVOKED_AND_WIPED)
        transactions(partial(record_failure, error=revoked_error))
        raise revoked_error from None
    except SyncError as error:
        transactions(partial(record_failure, error=error))
        raise
    done = transactions(lambda uow: record_success(uow, counts))
    if counts.evicted or counts.deleted:
        tidy(transactions)  # rows left: their traces in the index and the WAL go too
    return done


def record_failure(uow: UnitOfWork, error: SyncError) -> None:
    """Keep the error to show; a revoked device stops syncing."""
    if isinstance(error, DeviceRevoked):
        mark_revoked(uow)
    write_setting(uow, LAST_ERROR, str(error))


def record_success(uow: UnitOfWork, counts: Counts) -> SyncReport:
    """Note when the device last synced; what moved, and what is left."""
    write_setting(uow, LAST_SYNC, dt.datetime.now().astimezone().isoformat(timespec="seconds"))
    write_setting(uow, LAST_ERROR, "")
    return SyncReport(
        pushed=counts.pushed,
        duplicates=counts.duplicates,
        conflicts=counts.conflicts,
        rejected=counts.rejected,
        refused=len(refused_ops(uow)),
        pulled=counts.pulled,
        deleted=counts.deleted,
        evicted=counts.evicted,
        fetched=counts.fetched,
        snapshot_rows=counts.snapshot_rows,
        pending=pending_count(uow),
        cursor=int(read_setting(uow, CURSOR) or 0),
    )
