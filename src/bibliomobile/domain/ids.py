"""UUIDv7 identifiers (RFC 9562): time-ordered, so B-tree inserts stay local."""

from __future__ import annotations

import os
import threading
import time
import uuid

_lock = threading.Lock()
_last_ms = 0
_last_rand_a = 0


def new_id(now_ms: int | None = None) -> str:
    """Return a new UUIDv7 as a 36-character lower-case string.

    Identifiers made in the same millisecond by this process stay strictly increasing
    (the 12-bit ``rand_a`` field is used as a counter, RFC 9562 method 1).
    """
    global _last_ms, _last_rand_a
    with _lock:
        ms = int(time.time() * 1000) if now_ms is None else now_ms
        if ms <= _last_ms:
            ms = _last_ms
            rand_a = _last_rand_a + 1
            if rand_a > 0xFFF:
                ms += 1
                rand_a = int.from_bytes(os.urandom(2), "big") & 0x7FF
        else:
            rand_a = int.from_bytes(os.urandom(2), "big") & 0x7FF
        _last_ms, _last_rand_a = ms, rand_a
    rand_b = int.from_bytes(os.urandom(8), "big") & ((1 << 62) - 1)
    value = (ms & ((1 << 48) - 1)) << 80
    value |= 0x7 << 76
    value |= rand_a << 64
    value |= 0b10 << 62
    value |= rand_b
    return str(uuid.UUID(int=value))


def id_timestamp_ms(identifier: str) -> int:
    """Milliseconds since the epoch encoded in a UUIDv7."""
    return uuid.UUID(identifier).int >> 80


def deterministic_id(seed: int, counter: int, ms: int) -> str:
    """A reproducible UUIDv7 (for the demo network and tests): same inputs, same id."""
    rand_a = counter & 0xFFF
    rand_b = ((seed & 0xFFFFFFFF) << 30 | (counter >> 12)) & ((1 << 62) - 1)
    value = (ms & ((1 << 48) - 1)) << 80 | 0x7 << 76 | rand_a << 64 | 0b10 << 62 | rand_b
    return str(uuid.UUID(int=value))


def new_ids(count: int) -> list[str]:
    """``count`` new UUIDv7 strings, as ``new_id()`` would give one after another
    (strictly increasing, same layout), made in one go for bulk writers."""
    global _last_ms, _last_rand_a
    if count <= 0:
        return []
    randoms = os.urandom(8 * count + 2)
    out: list[str] = []
    append = out.append
    with _lock:
        ms = int(time.time() * 1000)
        if ms <= _last_ms:
            ms = _last_ms
            rand_a = _last_rand_a
        else:
            rand_a = (int.from_bytes(randoms[-2:], "big") & 0x7FF) - 1
        for n in range(count):
            rand_a += 1
            if rand_a > 0xFFF:
                ms += 1
                rand_a = 0
            rand_b = int.from_bytes(randoms[8 * n : 8 * n + 8], "big") & ((1 << 62) - 1)
            value = (ms & ((1 << 48) - 1)) << 80 | 0x7 << 76 | rand_a << 64 | 0b10 << 62 | rand_b
            h = f"{value:032x}"
            append(f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}")
        _last_ms, _last_rand_a = ms, rand_a
    return out
