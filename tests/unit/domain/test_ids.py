from __future__ import annotations

import uuid

from bibliomobile.domain.ids import id_timestamp_ms, new_id


def test_new_ids_are_uuid7_and_strictly_increasing() -> None:
    ids = [new_id() for _ in range(5000)]
    assert all(uuid.UUID(i).version == 7 for i in ids)
    assert ids == sorted(ids)
    assert len(set(ids)) == len(ids)


def test_the_timestamp_is_readable_back() -> None:
    assert id_timestamp_ms(new_id(now_ms=1_700_000_000_123)) >= 1_700_000_000_123
