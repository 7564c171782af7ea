"""Reproducible identifiers for the demo: the same seed gives the same ids.

Each table has its own counter range, so an entity's id depends only on the seed, its
table and its position (adding patrons does not change the items' ids), and the ids of
a table are time-ordered like any UUIDv7, which keeps B-tree inserts at the end.
"""

from __future__ import annotations

from bibliomobile.domain.ids import deterministic_id

#: UUIDv7 time of the demo ids (2025-01-01T00:00:00Z): a snapshot made at that time.
BASE_MS = 1_735_689_600_000

TABLE_SLOTS: dict[str, int] = {
    "libraries": 1,
    "tours": 2,
    "stops": 3,
    "schedule_rules": 4,
    "stop_visits": 5,
    "patrons": 6,
    "records": 7,
    "items": 8,
    "circulation_events": 9,
    "beneficiaries": 10,
    "volunteers": 11,
}
_SLOT_SHIFT = 32
_MASK_62 = (1 << 62) - 1
_MASK_48 = (1 << 48) - 1


class IdMaker:
    """Ids of one seed: ``ids.of("items", 41)`` is the id of the 42nd item."""

    def __init__(self, seed: int) -> None:
        self._seed_bits = (seed & 0xFFFFFFFF) << 30
        # Ids of a block of 4,096 consecutive counters share all but the 12-bit rand_a
        # field: their text is cached per block (this runs a million times at scale).
        self._blocks: dict[int, tuple[str, str]] = {}

    def counter(self, table: str, index: int) -> int:
        return (TABLE_SLOTS[table] << _SLOT_SHIFT) + index

    def of(self, table: str, index: int) -> str:
        """The id of row ``index`` of ``table``; equal to ``deterministic_id`` (tested)."""
        counter = (TABLE_SLOTS[table] << _SLOT_SHIFT) + index
        block = counter >> 12
        parts = self._blocks.get(block)
        if parts is None:
            ms = (BASE_MS + block) & _MASK_48
            rand_b = (self._seed_bits | block) & _MASK_62
            h = f"{ms << 80 | 0x7 << 76 | 0b10 << 62 | rand_b:032x}"
            parts = self._blocks[block] = (f"{h[:8]}-{h[8:12]}-7", f"-{h[16:20]}-{h[20:]}")
        return f"{parts[0]}{counter & 0xFFF:03x}{parts[1]}"

    def reference(self, seed: int, table: str, index: int) -> str:
        """The same id through :func:`deterministic_id` (slow; for tests)."""
        counter = self.counter(table, index)
        return deterministic_id(seed, counter, BASE_MS + (counter >> 12))
