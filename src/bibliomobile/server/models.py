"""Tables of the central server database.

The server keeps the same entity tables as the devices (the models of
``bibliomobile.store.models``, minus the device-only ``outbox`` and
``device_settings``) plus the sync bookkeeping below, on its own ``MetaData``.
"""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Column,
    Date,
    DateTime,
    Identity,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
)

from bibliomobile.store.models import Base, synced_tables

#: Device-only tables that never exist on the server.
LOCAL_ONLY = frozenset({"outbox", "device_settings"})

server_metadata = MetaData(naming_convention=Base.metadata.naming_convention)

#: Enrolled (or waiting to enrol) devices.
devices = Table(
    "sync_devices",
    server_metadata,
    Column("id", String(36), primary_key=True),
    Column("name", String(120), nullable=False, unique=True),
    Column("role", String(20), nullable=False),  # crew | volunteer | coordinator
    Column("scope", String(80), nullable=False),  # tour:<id> | volunteer:<id> | all
    Column("token_hash", String(64), unique=True),
    Column("enrol_code_hash", String(64), unique=True),
    Column("enrol_code_expires_at", DateTime),  # None: 7 days after created_at
    Column("enrolled_at", DateTime),
    Column("revoked_at", DateTime),
    Column("created_at", DateTime, nullable=False),
    Column("last_seen_at", DateTime),
    Column("client_node", String(64)),  # the device's own HLC node id
)

#: Every op id ever received, per device, with what became of it (a replay changes
#: nothing; another device's op with the same id is another op).
applied_ops = Table(
    "sync_applied_ops",
    server_metadata,
    Column("op_id", String(36), primary_key=True),
    Column("device_id", String(36), primary_key=True, index=True),
    Column("entity", String(60), nullable=False),
    Column("entity_id", String(36), nullable=False),
    Column("op", String(10), nullable=False),
    Column("hlc", String(64), nullable=False),
    Column("result", String(12), nullable=False),  # applied | conflict | rejected
    Column("reason", String(500)),
    Column("fields", JSON),  # the op as received: nothing a device sent is ever lost
    Column("received_at", DateTime, nullable=False),
    Column("author", String(100)),  # the person signed in on the device (its own word)
)

#: The pull feed. ``seq`` order is commit order (see ``bibliomobile.server.sync``).
change_log = Table(
    "sync_change_log",
    server_metadata,
    Column("seq", BigInteger().with_variant(Integer, "sqlite"), Identity(), primary_key=True),
    Column("entity", String(60), nullable=False),
    Column("entity_id", String(36), nullable=False),
    Column("origin", String(36)),  # device id, None for the server itself
)

#: Per-field HLC of the last accepted write of a mutable row (per-field LWW).
row_versions = Table(
    "sync_row_versions",
    server_metadata,
    Column("entity", String(60), primary_key=True),
    Column("entity_id", String(36), primary_key=True),
    Column("versions", JSON, nullable=False),  # {field: hlc}
    Column("deleted_hlc", String(64)),
)

#: Losing values and domain conflicts; ``needs_review`` ones go to coordinators.
conflicts = Table(
    "sync_conflicts",
    server_metadata,
    Column("id", Integer, Identity(), primary_key=True),
    Column("kind", String(30), nullable=False),
    Column("entity", String(60), nullable=False),
    Column("entity_id", String(36), nullable=False),
    Column("field", String(60)),
    Column("kept_value", JSON),
    Column("kept_hlc", String(64)),
    Column("losing_value", JSON),
    Column("losing_hlc", String(64)),
    Column("device_id", String(36)),
    Column("author", String(100)),  # the person behind the op, as the device names them
    Column("op_id", String(36)),
    Column("detail", Text),
    Column("needs_review", Boolean, nullable=False, default=False),
    Column("resolution", Text),
    Column("resolved_by", String(120)),
    Column("resolved_at", DateTime),
    Column("created_at", DateTime, nullable=False),
)

#: Devices whose clock was seen running ahead of the server's.
clock_skew = Table(
    "sync_clock_skew",
    server_metadata,
    Column("id", Integer, Identity(), primary_key=True),
    Column("device_id", String(36), nullable=False, index=True),
    Column("hlc", String(64), nullable=False),
    Column("skew_ms", BigInteger, nullable=False),
    Column("observed_at", DateTime, nullable=False),
)

#: Who viewed, printed, exported or changed personal data: pushed by the devices (the
#: device from its token), written by the server's own commands (``device_id`` None).
#: Append-only; kept 12 months (``privacy.audit.prune_audit``). Columns that identify
#: a person: ``patron_id`` and ``beneficiary_id`` (the person the entry is about) and
#: ``user_name`` (the staff member or volunteer who did it).
audit_log = Table(
    "audit_log",
    server_metadata,
    Column("id", Integer, Identity(), primary_key=True),
    Column("entry_id", String(36), nullable=False),  # the device's id: a replay is a no-op
    Column("device_id", String(36)),
    Column("device_name", String(120)),
    Column("user_name", String(100)),
    Column("action", String(30), nullable=False),  # AuditAction
    Column("patron_id", String(36), index=True),
    Column("beneficiary_id", String(36), index=True),
    Column("round_id", String(36)),
    Column("detail", String(200)),
    Column("occurred_at", DateTime, nullable=False, index=True),
    Column("received_at", DateTime, nullable=False),
    UniqueConstraint("device_id", "entry_id", name="uq_audit_log_device_entry"),
)

#: The server's own settings (its HLC).
server_settings = Table(
    "sync_server_settings",
    server_metadata,
    Column("key", String(60), primary_key=True),
    Column("value", String(4000), nullable=False),
)

#: How long personal data is kept, in months, by rule (see docs/retention.md); a
#: coordinator edits them (``bibliomobile-server retention rules --set``).
retention_rules = Table(
    "retention_rules",
    server_metadata,
    Column("key", String(60), primary_key=True),
    Column("months", Integer, nullable=False),
    Column("changed_at", DateTime),
    Column("changed_by", String(120)),
)

#: What an erasure left behind: when, why (a category), how many rows. Nothing that
#: identifies the person.
erasure_records = Table(
    "erasure_records",
    server_metadata,
    Column("id", Integer, Identity(), primary_key=True),
    Column("erased_at", DateTime, nullable=False),
    Column("kind", String(20), nullable=False),  # request | retention
    Column("reason", String(30), nullable=False),
    Column("counts", JSON, nullable=False),  # {table: rows}
)

#: The borrower token of a patron for a calendar year (see services/stats): the only
#: link from the token on anonymised loans to the person; it goes with the patron.
borrower_tokens = Table(
    "retention_borrower_tokens",
    server_metadata,
    Column("patron_id", String(36), primary_key=True),
    Column("year", Integer, primary_key=True),
    Column("token", String(36), nullable=False),
)

#: When a patron's last loan happened, kept when the retention job removes the patron
#: link from old loans: the identity term still counts from it. Goes with the patron.
last_loans = Table(
    "retention_last_loans",
    server_metadata,
    Column("patron_id", String(36), primary_key=True),
    Column("last_loan_at", DateTime, nullable=False),
)

#: Each applied run of the retention job (the daily run inside ``serve`` reads the last).
retention_runs = Table(
    "retention_runs",
    server_metadata,
    Column("id", Integer, Identity(), primary_key=True),
    Column("ran_at", DateTime, nullable=False),
    Column("today", Date, nullable=False),
    Column("counts", JSON, nullable=False),
)


def entity_tables() -> dict[str, Table]:
    """Synced entity tables of the server, by entity name, in dependency order."""
    synced = set(synced_tables())
    return {
        table.name: table
        for table in Base.metadata.sorted_tables
        if table.name in synced and table.name not in LOCAL_ONLY
    }


def full_metadata() -> MetaData:
    """Entity tables and sync tables together: the whole server schema."""
    combined = MetaData(naming_convention=Base.metadata.naming_convention)
    for table in entity_tables().values():
        table.to_metadata(combined)
    for table in server_metadata.sorted_tables:
        table.to_metadata(combined)
    return combined


#: One-time sign-in codes of the readers' portal (the code itself is never stored).
portal_codes = Table(
    "portal_codes",
    server_metadata,
    Column("id", String(36), primary_key=True),
    Column("patron_id", String(36), nullable=False, index=True),
    Column("code_hash", String(64), nullable=False),
    Column("expires_at", DateTime, nullable=False),
    Column("attempts", Integer, nullable=False, default=0),
    Column("used_at", DateTime),
    Column("created_at", DateTime, nullable=False),
)

#: Signed-in readers of the portal: the cookie's token is stored hashed.
portal_sessions = Table(
    "portal_sessions",
    server_metadata,
    Column("token_hash", String(64), primary_key=True),
    Column("patron_id", String(36), nullable=False, index=True),
    Column("basket", JSON, nullable=False, default=list),  # record ids to request
    Column("created_at", DateTime, nullable=False),
    Column("expires_at", DateTime, nullable=False),
)
