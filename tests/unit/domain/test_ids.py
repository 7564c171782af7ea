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


def test_ids_made_in_bulk_are_uuid7_and_continue_the_order_of_single_ids() -> None:
    from bibliomobile.domain.ids import new_ids

    made = [new_id(), *new_ids(10_000), new_id(), *new_ids(3)]

    assert made == sorted(made) and len(set(made)) == len(made)
    for text in made:
        parsed = uuid.UUID(text)
        assert parsed.version == 7 and parsed.variant == uuid.RFC_4122 and str(parsed) == text
    assert new_ids(0) == []
