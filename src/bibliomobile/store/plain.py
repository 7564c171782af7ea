"""Whether a database file is encrypted, read from its first bytes (no SQLAlchemy here:
the GUI asks it before the store is loaded)."""

from __future__ import annotations

from pathlib import Path

#: The first 16 bytes of every unencrypted SQLite file; an SQLCipher file starts with its salt.
SQLITE_HEADER = b"SQLite format 3\x00"


def is_plain_sqlite(path: Path | str) -> bool | None:
    """True for an unencrypted SQLite file, False for anything else, None when absent or empty."""
    try:
        with Path(path).open("rb") as file:
            head = file.read(len(SQLITE_HEADER))
    except FileNotFoundError:
        return None
    if not head:
        return None
    return head == SQLITE_HEADER
