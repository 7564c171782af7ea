"""What a patron CSV row changes on the patron already known by its card number.

The rules that keep an import from doing damage:

- an empty cell never blanks a field (a short export, or a row typed by hand with only a
  card and a name, leaves address, phone and e-mail as they are);
- a change of identity (name, first name, birth year) of a known card is a different
  person or a typo: it is listed and applied only when the person importing confirms it;
- every change is listed, field by field, before anything is written.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

#: The fields that say who the patron is.
IDENTITY = ("last_name", "first_name", "birth_year")

#: French names of the fields, for the lists shown before an import.
FIELD_NAMES = {
    "card_barcode": "carte",
    "last_name": "nom",
    "first_name": "prénom",
    "birth_year": "année de naissance",
    "address": "adresse",
    "postcode": "code postal",
    "commune": "commune",
    "phone": "téléphone",
    "email": "courriel",
    "preferred_channel": "contact préféré",
    "card_expiry": "fin d'abonnement",
}


def _shown(value: Any) -> str:
    if value is None or value == "":
        return "(vide)"
    if isinstance(value, dt.date):
        return f"{value:%d/%m/%Y}"
    return str(value)


@dataclass(frozen=True, slots=True)
class FieldChange:
    field: str
    old: Any
    new: Any

    def describe(self) -> str:
        name = FIELD_NAMES.get(self.field, self.field)
        return f"{name} : {_shown(self.old)} → {_shown(self.new)}"


@dataclass(frozen=True, slots=True)
class RowChange:
    """What one row of the file does to the store."""

    line: int
    card: str
    created: bool
    fields: tuple[FieldChange, ...]
    identity: bool  # the name or birth year of a known card changes
    applied: bool  # False: an identity change waiting for a confirmation

    def describe(self) -> str:
        if self.created:
            return f"ligne {self.line} (carte {self.card}) : nouveau lecteur"
        text = f"ligne {self.line} (carte {self.card}) : " + ", ".join(
            change.describe() for change in self.fields
        )
        if self.identity:
            text += " — changement d'identité" + (
                "" if self.applied else " : non appliqué sans confirmation"
            )
        return text


def filled_cells(cells: Mapping[str, str]) -> frozenset[str]:
    """The fields whose cell holds something (only those may change a known patron)."""
    return frozenset(key for key, text in cells.items() if text.strip())


def row_change(
    line: int,
    current: Mapping[str, Any] | None,
    values: Mapping[str, Any],
    filled: frozenset[str],
    *,
    confirm_identity: bool,
) -> RowChange | None:
    """The change of one row (None: the patron is already like that).

    Args:
        current: the patron known by this card (None: a new patron).
        values: the row's validated values.
        filled: the fields whose cell is not empty.
        confirm_identity: apply a change of name or birth year too.
    """
    card = str(values["card_barcode"])
    if current is None:
        return RowChange(line, card, True, (), False, True)
    fields = tuple(
        FieldChange(key, current[key], values[key])
        for key in values
        if key in filled and key != "card_barcode" and current[key] != values[key]
    )
    if not fields:
        return None
    identity = any(change.field in IDENTITY for change in fields)
    return RowChange(line, card, False, fields, identity, confirm_identity or not identity)
