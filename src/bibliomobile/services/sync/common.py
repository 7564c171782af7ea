"""What every part of the sync client shares: its errors, device settings and counters.

The client keeps its state in the device's settings table (server, token, cursor…),
read and written inside the unit of work of the step that needs them.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from sqlalchemy import select, text

from bibliomobile.domain.hlc import Timestamp
from bibliomobile.store import capture
from bibliomobile.store.models import DeviceSetting
from bibliomobile.store.uow import UnitOfWork

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

#: ``progress(stage, done, total)``: stage is push, catalogue, snapshot, pull or done.
Progress = Callable[[str, int, int | None], None]


class SyncError(Exception):
    """Sync could not finish; the message is for the user (French). Nothing is lost."""


class NotEnrolled(SyncError):
    """This device has no token yet."""


class DeviceRevoked(SyncError):
    """The server revoked this device: stop syncing, keep and export unsent work."""


@dataclass
class Counts:
    """What moved so far during one sync (the parts add to it)."""

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


def read_setting(uow: UnitOfWork, key: str) -> str | None:
    """A device setting as the step's transaction sees it."""
    return uow.session.scalar(select(DeviceSetting.value).where(DeviceSetting.key == key))


def write_setting(uow: UnitOfWork, key: str, value: str) -> None:
    """Set a device setting in the step's transaction (plain SQL: written at once, on the
    same connection as the step's other plain-SQL writes)."""
    uow.session.execute(
        text(
            "INSERT INTO device_settings(key, value) VALUES (:k, :v) "
            "ON CONFLICT(key) DO UPDATE SET value = excluded.value"
        ),
        {"k": key, "v": value},
    )


def observe_clock(uow: UnitOfWork, hlcs: Sequence[str]) -> None:
    """Move the device's clock past the newest of ``hlcs`` (the server's), and save it."""
    newest = max((h for h in hlcs if h), default=None)
    if newest is None:
        return
    try:
        uow.clock.observe(Timestamp.parse(newest))
    except ValueError:
        return
    write_setting(uow, capture.HLC_SETTING, str(uow.clock.last))
