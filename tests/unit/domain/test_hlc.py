from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from bibliomobile.domain.hlc import MAX_SKEW_MS, HybridLogicalClock, Timestamp


def test_timestamps_increase_even_when_the_wall_clock_goes_back() -> None:
    wall = [1_000_000]
    clock = HybridLogicalClock("a", wall_clock_ms=lambda: wall[0])
    first = clock.now()
    wall[0] -= 60_000  # the laptop's clock is set back a minute
    second = clock.now()
    assert second > first
    assert str(second) > str(first)


def test_receiving_a_later_timestamp_moves_the_clock_past_it() -> None:
    clock = HybridLogicalClock("a", wall_clock_ms=lambda: 1_000)
    remote = Timestamp(5_000, 7, "b")
    observed = clock.observe(remote)
    assert observed.timestamp > remote
    assert clock.now() > remote


def test_a_far_ahead_clock_is_flagged_not_rejected() -> None:
    clock = HybridLogicalClock("server", wall_clock_ms=lambda: 1_000_000)
    observed = clock.observe(Timestamp(1_000_000 + MAX_SKEW_MS + 1, 0, "van"))
    assert observed.skewed
    assert not clock.observe(Timestamp(1_000_500, 0, "van")).skewed


def test_text_form_round_trips() -> None:
    stamp = Timestamp(1_737_000_000_000, 42, "d0123456789ab")
    assert Timestamp.parse(str(stamp)) == stamp


@given(st.lists(st.tuples(st.integers(0, 10**13), st.integers(0, 0xFFFF)), min_size=2))
def test_text_order_is_timestamp_order(pairs: list[tuple[int, int]]) -> None:
    stamps = [Timestamp(w, c, "n") for w, c in pairs]
    assert sorted(stamps) == sorted(stamps, key=str)
