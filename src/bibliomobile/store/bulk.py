"""Bulk loads into SQLite: secondary indexes set aside, then built once.

Building an index once, sorted, after a load is much faster than keeping it up to
date row by row. Indexes of UNIQUE constraints and primary keys (no SQL of their own)
stay.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any


def set_aside_indexes(raw: Any, tables: Iterable[str]) -> list[str]:
    """Drop the secondary indexes of ``tables`` on the DB-API connection ``raw``;
    return the SQL that builds them again."""
    names = sorted(set(tables))
    if not names:
        return []
    marks = ", ".join("?" for _ in names)
    found = raw.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
        f"AND tbl_name IN ({marks})",
        names,
    ).fetchall()
    for name, _sql in found:
        raw.execute(f'DROP INDEX "{name}"')
    return [str(sql) for _name, sql in found]
