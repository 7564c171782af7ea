"""Every table that can hold a patron is reached by erasure and the retention job.

Foreign keys to patrons (and to what depends on them) are followed by the removal
itself; a column that holds a patron id without a foreign key must be listed. Adding
a table that points to patrons without either makes this test fail.
"""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import Engine

from bibliomobile.server.db import create_server_engine, upgrade
from bibliomobile.server.models import full_metadata
from bibliomobile.server.retention.removal import (
    DEVICE_UNLINKED_REFERENCES,
    UNLINKED_REFERENCES,
    referencing,
)
from bibliomobile.server.retention.rules import (
    RetentionError,
    loan_details_cutoff,
    months_before,
    read_rules,
    set_rule,
)
from bibliomobile.server.sync.state import SyncServer
from bibliomobile.store.models import Base


def _patron_columns(tables: list) -> set[tuple[str, str]]:  # type: ignore[type-arg]
    """(table, column) pairs that look like a patron reference: by name or foreign key."""
    found = set()
    for table in tables:
        for column in table.c:
            to_patrons = any(key.column.table.name == "patrons" for key in column.foreign_keys)
            if to_patrons or column.name in ("patron_id", "patron"):
                found.add((table.name, column.name))
    return found


@pytest.fixture
def server_engine(tmp_path) -> Engine:  # type: ignore[no-untyped-def]
    engine = create_server_engine(str(tmp_path / "server.sqlite3"))
    upgrade(engine)
    return engine


def test_every_server_reference_to_patrons_is_followed_or_listed(server_engine: Engine) -> None:
    server = SyncServer(server_engine)
    followed = {(table.name, column) for table, column in referencing(server, "patrons")}
    listed = set(UNLINKED_REFERENCES.items())
    references = _patron_columns(list(full_metadata().sorted_tables))
    assert references, "the schema has patron references"
    assert references - followed - listed == set()
    # And the rows that depend on a removed request or beneficiary are followed too.
    assert ("request_lines", "request_id") in {
        (t.name, c) for t, c in referencing(server, "requests")
    }
    assert ("deliveries", "beneficiary_id") in {
        (t.name, c) for t, c in referencing(server, "beneficiaries")
    }


def test_every_device_table_that_holds_a_patron_is_purged() -> None:
    device_only = [
        table
        for table in Base.metadata.sorted_tables
        if not any(key.column.table.name == "patrons" for key in table.foreign_keys)
    ]
    unlinked = {pair for pair in _patron_columns(device_only) if pair[0] != "patrons"}
    assert unlinked == set(DEVICE_UNLINKED_REFERENCES.items())


def test_rules_are_data_a_coordinator_edits(server_engine: Engine) -> None:
    with server_engine.begin() as conn:
        assert read_rules(conn).loan_details_months == 4
        assert read_rules(conn).patron_identity_months == 12
        set_rule(conn, "loan_details_months", "3", "coordination")
        assert read_rules(conn).loan_details_months == 3
        for key, value in (
            ("nope", "3"),
            ("loan_details_months", "-1"),
            ("welfare_note_months", "x"),
            ("patron_identity_months", "0"),
            ("patron_identity_months", "999"),
        ):
            with pytest.raises(RetentionError):
                set_rule(conn, key, value, "coordination")
        assert read_rules(conn).patron_identity_months == 12


@pytest.mark.parametrize(
    ("today", "cutoff"),
    [
        # Returned on 15 January: kept to the end of May, anonymised from 1 June.
        (dt.date(2026, 5, 31), dt.date(2026, 1, 1)),
        (dt.date(2026, 6, 1), dt.date(2026, 2, 1)),
        (dt.date(2027, 2, 14), dt.date(2026, 10, 1)),
    ],
)
def test_loan_details_are_kept_to_the_end_of_the_fourth_month(
    today: dt.date, cutoff: dt.date
) -> None:
    assert loan_details_cutoff(today, 4) == cutoff


def test_months_before_keeps_the_day_or_the_end_of_a_short_month() -> None:
    assert months_before(dt.date(2026, 3, 31), 1) == dt.date(2026, 2, 28)
    assert months_before(dt.date(2026, 1, 15), 12) == dt.date(2025, 1, 15)
    assert months_before(dt.date(2024, 3, 1), 0) == dt.date(2024, 3, 1)


def test_rows_of_server_only_tables_go_with_the_patron_and_stay_out_of_the_pull_feed(
    server_engine: Engine,
) -> None:
    from sqlalchemy import func, insert, select

    from bibliomobile.server.models import audit_log, change_log, entity_tables
    from bibliomobile.server.retention.removal import Removal

    server = SyncServer(server_engine)
    patrons = entity_tables()["patrons"]
    moment = dt.datetime(2026, 3, 2, 10, 0)
    with server_engine.begin() as conn:
        conn.execute(
            insert(patrons).values(
                id="p-1", card_barcode="C-1", first_name="Jeanne", last_name="Martin"
            )
        )
        conn.execute(
            insert(audit_log).values(
                entry_id="e-1",
                action="viewed",
                patron_id="p-1",
                occurred_at=moment,
                received_at=moment,
            )
        )
        removal = Removal(server, conn)
        removal.remove("patrons", ["p-1"])
        removal.redact_history()
        removal.announce()
        assert removal.counts() == {"patrons": 1, "audit_log": 1}
        assert conn.scalar(select(func.count()).select_from(audit_log)) == 0
        announced = set(conn.scalars(select(change_log.c.entity)))
    assert announced == {"patrons"}
