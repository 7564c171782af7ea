"""The wire format on the server: JSON values in and out of the server's columns."""

from __future__ import annotations

import datetime as dt
import json
import math
from collections.abc import Callable, Iterable
from typing import Any, TypeVar

from sqlalchemy import types as satypes

from bibliomobile.store.capture import to_wire

T = TypeVar("T")


#: Dates outside this window are typing mistakes or attacks, not library data.
OLDEST = dt.date(1800, 1, 1)
NEWEST = dt.date(2200, 12, 31)

#: A text without a length of its own (Text, JSON) holds at most this many characters.
MAX_TEXT = 100_000

_INT_BOUNDS = {
    satypes.SmallInteger: 2**15,
    satypes.BigInteger: 2**63,
}


def from_wire(column_type: satypes.TypeEngine[Any], value: Any) -> Any:
    """A JSON wire value as the Python value of a column; ValueError on a wrong type,
    a value out of the column's range, a NUL character or a date outside the window."""
    if value is None:
        return None
    if isinstance(column_type, satypes.JSON):
        check_json(value)
        return value
    if isinstance(column_type, satypes.Boolean):
        if isinstance(value, bool):
            return value
        raise ValueError("booléen attendu")
    if isinstance(column_type, satypes.DateTime):
        if isinstance(value, str) and "\x00" not in value:
            parsed = _parse(dt.datetime.fromisoformat, value, "date et heure ISO 8601 attendues")
            if parsed.tzinfo:
                parsed = _parse(
                    lambda v: v.astimezone(dt.UTC).replace(tzinfo=None),
                    parsed,
                    "date et heure hors des limites",
                )
            _in_window(parsed.date())
            return parsed
        raise ValueError("date et heure ISO 8601 attendues")
    if isinstance(column_type, satypes.Date):
        if isinstance(value, str) and "\x00" not in value:
            parsed_date = _parse(dt.date.fromisoformat, value, "date ISO 8601 attendue")
            _in_window(parsed_date)
            return parsed_date
        raise ValueError("date ISO 8601 attendue")
    if isinstance(column_type, satypes.Time):
        if isinstance(value, str) and "\x00" not in value:
            return _parse(dt.time.fromisoformat, value, "heure ISO 8601 attendue")
        raise ValueError("heure ISO 8601 attendue")
    if isinstance(column_type, satypes.Integer):
        if isinstance(value, int) and not isinstance(value, bool):
            bound = next(
                (b for kind, b in _INT_BOUNDS.items() if isinstance(column_type, kind)), 2**31
            )
            if not -bound <= value < bound:
                raise ValueError("entier hors des limites")
            return value
        raise ValueError("entier attendu")
    if isinstance(column_type, satypes.Float | satypes.Numeric):
        if isinstance(value, int | float) and not isinstance(value, bool):
            if not math.isfinite(value) or abs(value) >= 1e15:
                raise ValueError("nombre hors des limites")
            return value
        raise ValueError("nombre attendu")
    if isinstance(column_type, satypes.String):
        if isinstance(value, str):
            check_text(value, column_type.length or MAX_TEXT)
            return value
        raise ValueError("texte attendu")
    return value


def check_text(value: str, length: int) -> None:
    """ValueError for a text too long or with a NUL character (PostgreSQL refuses it)."""
    if "\x00" in value:
        raise ValueError("caractère NUL interdit")
    if len(value) > length:
        raise ValueError(f"texte trop long (maximum {length} caractères)")


def check_json(value: Any, depth: int = 0) -> None:
    """ValueError for a JSON value too deep, too long, non-finite or with a NUL."""
    if depth > 8:
        raise ValueError("valeur JSON trop imbriquée")
    if isinstance(value, str):
        check_text(value, MAX_TEXT)
    elif isinstance(value, float) and not math.isfinite(value):
        raise ValueError("nombre hors des limites")
    elif isinstance(value, int) and not isinstance(value, bool) and abs(value) >= 2**63:
        raise ValueError("entier hors des limites")
    elif isinstance(value, list):
        if len(value) > 1000:
            raise ValueError("liste trop longue")
        for item in value:
            check_json(item, depth + 1)
    elif isinstance(value, dict):
        if len(value) > 1000:
            raise ValueError("objet trop grand")
        for key, item in value.items():
            check_text(key, 200)
            check_json(item, depth + 1)


def _parse(parse: Callable[[Any], T], value: Any, message: str) -> T:
    try:
        return parse(value)
    except (ValueError, OverflowError, TypeError):
        raise ValueError(message) from None


def _in_window(day: dt.date) -> None:
    if not OLDEST <= day <= NEWEST:
        raise ValueError(f"date hors de la période admise ({OLDEST.year}–{NEWEST.year})")


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
