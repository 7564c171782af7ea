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


@given(
    st.lists(
        st.tuples(st.integers(0, 10**16 - 1), st.integers(0, 2**80), st.sampled_from("ab")),
        min_size=2,
    )
)
def test_any_counter_round_trips_and_sorts_as_text(triples: list[tuple[int, int, str]]) -> None:
    stamps = [Timestamp(w, c, n) for w, c, n in triples]
    assert [Timestamp.parse(str(s)) for s in stamps] == stamps
    assert sorted(stamps) == sorted(stamps, key=str)


def test_the_counter_goes_past_ffff_and_still_parses() -> None:
    clock = HybridLogicalClock("server", wall_clock_ms=lambda: 1_000)
    clock.observe(Timestamp(1_000, 0xFFFF, "van"))
    after = clock.now()
    assert after.counter == 0x10001
    assert str(after) == "0000000000001000-x10001-server"
    assert Timestamp.parse(str(after)) == after
    assert str(after) > str(Timestamp(1_000, 0xFFFF, "van"))


def test_values_that_no_clock_produces_are_refused() -> None:
    for text in (
        "9999999999999999-ffff-x",  # accepted: a valid (if absurd) value
    ):
        assert Timestamp.parse(text).counter == 0xFFFF
    for bad in (
        "",
        "1-0000-a",
        "000000000000100_-0000-a",
        "0000000000001000-10000-a",  # 5 digits without their x
        "0000000000001000-x01000-a",  # not canonical
        "0000000000001000-0000-",
        "0000000000001000-0000-a\x00",
        "0000000000001000-0000-a b",
        "0000000000001000-FFFF-a",
    ):
        try:
            Timestamp.parse(bad)
        except ValueError:
            continue
        raise AssertionError(f"accepted {bad!r}")
