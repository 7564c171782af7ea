"""Hybrid logical clock (Kulkarni et al., 2014).

A timestamp is (wall milliseconds, logical counter, node). Its text form sorts in
causal order, so it can be compared as a string in SQL as well as in Python:
``0001737000000000-0000-<node>``.

The counter has no bound: below 16**4 it is written as 4 hex digits; a counter of
n > 4 hex digits is written as n - 4 letters ``x`` then its n digits, so a longer
counter always sorts after a shorter one (``x`` comes after every hex digit, in
byte order and in the collations of PostgreSQL alike). Every value the clock can
produce parses.
"""

from __future__ import annotations

import re
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

#: A remote clock further ahead than this is skewed (the server refuses its ops).
MAX_SKEW_MS = 5 * 60 * 1000

#: The wall time is 16 decimal digits (milliseconds, until the year 318857).
MAX_WALL_MS = 10**16 - 1

#: A node is a short name without separators' ambiguity: letters, digits, ``_.:-``.
MAX_NODE = 40

_TEXT = re.compile(rf"([0-9]{{16}})-(x*)([0-9a-f]{{4,}})-([A-Za-z0-9_.:\-]{{1,{MAX_NODE}}})")


def counter_text(counter: int) -> str:
    """The counter's sortable text form (see the module doc)."""
    digits = f"{counter:04x}"
    return "x" * (len(digits) - 4) + digits


@dataclass(frozen=True, order=True, slots=True)
class Timestamp:
    """One HLC reading."""

    wall_ms: int
    counter: int
    node: str

    def __str__(self) -> str:
        return f"{self.wall_ms:016d}-{counter_text(self.counter)}-{self.node}"

    @classmethod
    def parse(cls, text: str) -> Timestamp:
        """Parse the text form; raises ValueError on anything else."""
        found = _TEXT.fullmatch(text) if isinstance(text, str) else None
        if found is None:
            raise ValueError(f"not an HLC timestamp: {text!r}")
        wall, extra, digits, node = found.groups()
        if len(extra) != len(digits) - 4 or (extra and digits[0] == "0"):
            raise ValueError(f"not an HLC timestamp: {text!r}")
        return cls(int(wall), int(digits, 16), node)


@dataclass(frozen=True, slots=True)
class Observation:
    """The result of merging a remote timestamp into the local clock."""

    timestamp: Timestamp
    skew_ms: int

    @property
    def skewed(self) -> bool:
        return self.skew_ms > MAX_SKEW_MS


class HybridLogicalClock:
    """A thread-safe hybrid logical clock for one node (a device or the server)."""

    def __init__(
        self,
        node: str,
        wall_clock_ms: Callable[[], int] | None = None,
        last: Timestamp | None = None,
    ) -> None:
        self.node = node
        self._wall = wall_clock_ms or (lambda: int(time.time() * 1000))
        self._lock = threading.Lock()
        self._l = last.wall_ms if last else 0
        self._c = last.counter if last else 0

    def physical_ms(self) -> int:
        """The wall clock now, in milliseconds (what skew is measured against)."""
        return self._wall()

    def now(self) -> Timestamp:
        """A new timestamp for a local event, greater than every earlier one."""
        with self._lock:
            physical = self._wall()
            if physical > self._l:
                self._l, self._c = physical, 0
            else:
                self._c += 1
            return Timestamp(self._l, self._c, self.node)

    def observe(self, remote: Timestamp) -> Observation:
        """Merge a timestamp received from another node (receive event)."""
        with self._lock:
            physical = self._wall()
            skew = remote.wall_ms - physical
            new_l = max(self._l, remote.wall_ms, physical)
            if new_l == self._l == remote.wall_ms:
                self._c = max(self._c, remote.counter) + 1
            elif new_l == self._l:
                self._c += 1
            elif new_l == remote.wall_ms:
                self._c = remote.counter + 1
            else:
                self._c = 0
            self._l = new_l
            return Observation(Timestamp(self._l, self._c, self.node), max(skew, 0))

    @property
    def last(self) -> Timestamp:
        """The most recent timestamp handed out or observed."""
        with self._lock:
            return Timestamp(self._l, self._c, self.node)
