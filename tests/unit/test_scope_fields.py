"""The fields a device does not receive travel as null: each must be a nullable column
of its entity (a NOT NULL one would make the device's insert fail)."""

from __future__ import annotations

from bibliomobile.server.models import entity_tables
from bibliomobile.server.scopes import HIDDEN


def test_every_hidden_field_is_a_nullable_column() -> None:
    tables = entity_tables()
    for kind, entities in HIDDEN.items():
        for entity, fields in entities.items():
            columns = {c.name: c for c in tables[entity].c}
            for name in fields:
                assert name in columns, f"{kind}: {entity}.{name} does not exist"
                assert columns[name].nullable, f"{kind}: {entity}.{name} is NOT NULL"
