"""The wire format on the server: JSON values in and out of the server's columns."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable
from typing import Any

from sqlalchemy import types as satypes

from bibliomobile.store.capture import to_wire


def from_wire(column_type: satypes.TypeEngine[Any], value: Any) -> Any:
    """A JSON wire value as the Python value of a column; ValueError on a wrong type."""
    if value is None:
        return None
    if isinstance(column_type, satypes.JSON):
        return value
    if isinstance(column_type, satypes.Boolean):
        if isinstance(value, bool):
            return value
        raise ValueError("booléen attendu")
    if isinstance(column_type, satypes.DateTime):
        if isinstance(value, str):
            parsed = dt.datetime.fromisoformat(value)
            return parsed.astimezone(dt.UTC).replace(tzinfo=None) if parsed.tzinfo else parsed
        raise ValueError("date et heure ISO 8601 attendues")
    if isinstance(column_type, satypes.Date):
        if isinstance(value, str):
            return dt.date.fromisoformat(value)
        raise ValueError("date ISO 8601 attendue")
    if isinstance(column_type, satypes.Time):
        if isinstance(value, str):
            return dt.time.fromisoformat(value)
        raise ValueError("heure ISO 8601 attendue")
    if isinstance(column_type, satypes.Integer):
        if isinstance(value, int) and not isinstance(value, bool):
            return value
        raise ValueError("entier attendu")
    if isinstance(column_type, satypes.Float | satypes.Numeric):
        if isinstance(value, int | float) and not isinstance(value, bool):
            return value
        raise ValueError("nombre attendu")
    if isinstance(column_type, satypes.String):
        if isinstance(value, str):
            return value
        raise ValueError("texte attendu")
    return value


def row_to_wire(
    row: Any, columns: Iterable[str], hidden: frozenset[str] = frozenset()
) -> dict[str, Any]:
    """A row as wire values; ``hidden`` fields (outside the device's need) as null."""
    mapping = row._mapping
    return {name: None if name in hidden else to_wire(mapping[name]) for name in columns}


def wire_converter(column_type: satypes.TypeEngine[Any]) -> Any:
    """How a value read through SQLAlchemy becomes a wire value (:func:`identity`: as is)."""
    if isinstance(column_type, satypes.DateTime | satypes.Date | satypes.Time):
        return lambda value: None if value is None else value.isoformat()
    if isinstance(column_type, satypes.Numeric) and not isinstance(column_type, satypes.Float):
        return lambda value: None if value is None else str(value)
    return identity


def identity(value: Any) -> Any:
    return value


def sqlite_wire_converter(column_type: satypes.TypeEngine[Any]) -> Any:
    """How a raw SQLite value becomes a wire value (:func:`identity`: as is)."""
    if isinstance(column_type, satypes.Boolean):
        return lambda value: None if value is None else bool(value)
    if isinstance(column_type, satypes.JSON):
        return lambda value: None if value is None else json.loads(value)
    return identity


def dumps(payload: Any) -> bytes:
    """A JSON answer body, compact."""
    return json.dumps(payload, ensure_ascii=False, separators=(",", ":")).encode()
