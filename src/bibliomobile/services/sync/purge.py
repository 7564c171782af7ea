"""Personal data leaving this laptop: rows out of scope, a revoked device, a stale one.

Rows that leave the scope are deleted by the pull (:mod:`.pull`); here the traces they
leave are cleared too: the patron search index forgets them (FTS5 keeps deleted terms
in its segments until they are merged) and the write-ahead log, which still holds the
deleted pages, is copied into the database and emptied. Deletions run with
``secure_delete`` (see :func:`~.wire.apply_connection`), so freed pages are zeroed.

A revoked device deletes its personal data at its next contact with the server
(:func:`wipe_personal_data`); its unsent work stays in the outbox to be exported. A
device that has not synced for :data:`DEFAULT_LOCK_DAYS` days (a device setting) locks
its personal data until it syncs (:func:`stale_lock`).
"""

from __future__ import annotations

import datetime as dt
import logging
from typing import Any

from sqlalchemy import Engine, select, text

from bibliomobile.lang import Message
from bibliomobile.store.models import DeviceSetting
from bibliomobile.store.uow import Transactions, UnitOfWork

from .common import LAST_SYNC, REVOKED, TOKEN, read_setting, write_setting
from .wire import apply_connection

log = logging.getLogger(__name__)

#: Tables holding people or what they borrowed, in the order they are emptied.
PERSONAL_TABLES = (
    "bag_items",
    "bags",
    "request_status_changes",
    "request_lines",
    "requests",
    "notifications",
    "circulation_events",
    "loan_state",
    "deliveries",
    "rounds",
    "beneficiaries",
    "volunteers",
    "patrons",
    "card_index",
    "read_flags",
)

#: Device setting: days without a sync after which personal data is locked.
LOCK_DAYS = "sync_lock_after_days"
DEFAULT_LOCK_DAYS = 30
#: Device setting: when a revoked device deleted its personal data.
WIPED_AT = "sync_wiped_at"

REVOKED_AND_WIPED = (
    "Cet appareil a été révoqué : les données personnelles (lecteurs, bénéficiaires, prêts, "
    "demandes) ont été effacées de ce poste. Le travail non envoyé est conservé : "
    "exportez-le (bibliomobile sync export-pending)."
)


def forget_departed_patrons(raw: Any) -> int:
    """Delete this device's own rows about patrons it no longer holds (their queued
    and sent messages), on the DB-API connection of the step that removed them; returns
    how many went. The patron search index follows the patrons by its triggers."""
    return int(
        raw.execute(
            "DELETE FROM notifications WHERE patron_id NOT IN (SELECT id FROM patrons)"
        ).rowcount
    )


def forget_search_traces(uow: UnitOfWork) -> None:
    """Merge the patron index's segments so that deleted patrons' terms are gone."""
    found = uow.session.execute(
        text("SELECT 1 FROM sqlite_master WHERE name = 'patron_fts'")
    ).first()
    if found is not None:
        uow.session.execute(text("INSERT INTO patron_fts(patron_fts) VALUES ('optimize')"))


def checkpoint(engine: Engine) -> None:
    """Copy the write-ahead log into the database and truncate it (best effort: a
    reader still open elsewhere only delays it to the next checkpoint)."""
    with engine.connect() as conn:
        raw = conn.connection.driver_connection
        assert raw is not None
        busy, _frames, _done = raw.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        if busy:
            log.info("WAL checkpoint incomplete: a reader is open")


def tidy(transactions: Transactions) -> None:
    """After rows were deleted: clear the search index and the WAL of them."""
    transactions(forget_search_traces)
    engine = transactions(lambda uow: uow.session.get_bind())
    assert isinstance(engine, Engine)
    checkpoint(engine)


def wipe_personal_data(uow: UnitOfWork) -> int:
    """Delete every personal row of this device (a revoked one); returns their count.

    Plain SQL on the step's connection: nothing is captured, nothing is pushed. The
    outbox (unsent work) stays, to be exported.
    """
    conn = apply_connection(uow)
    raw = conn.connection.driver_connection
    assert raw is not None
    existing = {row[0] for row in raw.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    deleted = 0
    for table in PERSONAL_TABLES:
        if table in existing:
            deleted += raw.execute(f'DELETE FROM "{table}"').rowcount
    write_setting(uow, REVOKED, "1")
    write_setting(uow, TOKEN, "")
    write_setting(uow, WIPED_AT, dt.datetime.now().astimezone().isoformat(timespec="seconds"))
    return deleted


def wipe_revoked(transactions: Transactions) -> int:
    """A revoked device: delete its personal data and clear the traces."""
    deleted = transactions(wipe_personal_data)
    tidy(transactions)
    return deleted


def was_wiped(uow: UnitOfWork) -> bool:
    return bool(read_setting(uow, WIPED_AT))


def stale_lock(uow: UnitOfWork, now: dt.datetime | None = None) -> str | None:
    """Why this device's personal data is locked (French), or None when it is not.

    Locked when an enrolled device has not synced for :data:`LOCK_DAYS` days: a laptop
    left in a drawer (or stolen) stops showing people until it syncs again.
    """
    found = {
        key: value
        for key, value in uow.session.execute(
            select(DeviceSetting.key, DeviceSetting.value).where(
                DeviceSetting.key.in_((TOKEN, LAST_SYNC, LOCK_DAYS))
            )
        )
    }
    last = found.get(LAST_SYNC)
    if not found.get(TOKEN) or not last:
        return None
    moment = now or dt.datetime.now().astimezone()
    try:
        synced = dt.datetime.fromisoformat(last)
    except ValueError:
        return None
    if synced.tzinfo is None:
        synced = synced.astimezone()
    raw_days = found.get(LOCK_DAYS) or ""
    days = int(raw_days) if raw_days.isdigit() and int(raw_days) > 0 else DEFAULT_LOCK_DAYS
    if moment - synced <= dt.timedelta(days=days):
        return None
    return str(Message("sync.personal_data_locked", days=days))
