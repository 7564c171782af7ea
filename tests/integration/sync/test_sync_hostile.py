"""A server that no device can break or trick: forged clocks, bad values, foreign rows.

Each reproduction of issue 14 pushes what a stolen, buggy or misconfigured laptop
could send, then checks that the server refused exactly that, kept going, restarts,
and that a second device still syncs.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import Engine, insert, select, update

from bibliomobile.domain.hlc import Timestamp
from bibliomobile.domain.ids import new_id
from bibliomobile.server import devices
from bibliomobile.server.models import applied_ops, conflicts, entity_tables, server_settings
from bibliomobile.server.sync.state import HLC_KEY, SyncServer
from bibliomobile.services.sync import client as sync
from bibliomobile.services.sync.common import TOKEN
from bibliomobile.store.models import Patron
from bibliomobile.store.uow import Store
from builders.sync_network import (
    device_state,
    edit,
    enrolled,
    local_ids,
    pending,
    running,
    seed_network,
    server_value,
)

pytestmark = pytest.mark.slow


def now_hlc(offset_ms: int = 0, counter: int = 0, node: str = "dev") -> str:
    return str(Timestamp(int(time.time() * 1000) + offset_ms, counter, node))


def headers_of(store: Store) -> dict[str, str]:
    return {"Authorization": f"Bearer {store.setting(TOKEN)}"}


def patron_op(patron_id: str, op_id: str, **overrides: Any) -> dict[str, Any]:
    op: dict[str, Any] = {
        "op_id": op_id,
        "entity": "patrons",
        "entity_id": patron_id,
        "op": "update",
        "fields": {"phone": "0600000000"},
        "hlc": now_hlc(),
    }
    op.update(overrides)
    return op


def second_device_syncs(engine: Engine, url: str, tmp_path: Path, ids: dict[str, Any]) -> Store:
    other = Store.open(tmp_path / f"other-{new_id()}.sqlite3")
    enrolled(other, engine, url, f"other-{new_id()[-6:]}", "crew", f"tour:{ids['sud']['tour']}")
    sync.sync_once(other.transactions())
    assert local_ids(other, Patron) == set(ids["sud"]["patrons"])
    return other


@pytest.fixture
def network(sqlite_engine: Engine, tmp_path: Path):  # type: ignore[no-untyped-def]
    ids = seed_network(sqlite_engine)
    with running(sqlite_engine) as server:
        van = Store.open(tmp_path / "van.sqlite3")
        enrolled(van, sqlite_engine, server.url, "van", "crew", f"tour:{ids['nord']['tour']}")
        yield server, van, ids


# -- the clock ---------------------------------------------------------------------


def test_a_forged_future_clock_is_refused_kept_for_review_and_the_server_restarts(
    network: Any, sqlite_engine: Engine, tmp_path: Path
) -> None:
    server, van, ids = network
    patron = ids["nord"]["patrons"][0]
    forged = patron_op(patron, "op-future", hlc="9999999999999999-ffff-x")
    year_ahead = patron_op(patron, "y", hlc=now_hlc(365 * 24 * 3600 * 1000))
    good = patron_op(patron, "op-good", fields={"email": "a@b.fr"})
    response = httpx.post(
        f"{server.url}/sync/push",
        json={"ops": [forged, year_ahead, good]},
        headers=headers_of(van),
    )
    assert response.status_code == 200
    results = {r["op_id"]: r for r in response.json()["results"]}
    assert results["op-future"]["result"] == "rejected"
    assert "horloge du poste en avance" in results["op-future"]["reason"]
    assert results["y"]["result"] == "rejected"
    assert results["op-good"]["result"] == "applied"
    # The server's clock did not jump to the pushed value.
    server_hlc = Timestamp.parse(response.json()["server_hlc"])
    assert server_hlc.wall_ms < time.time() * 1000 + 60_000
    with sqlite_engine.connect() as conn:
        kinds = list(conn.scalars(select(conflicts.c.op_id).where(conflicts.c.kind == "refused")))
    assert sorted(kinds) == ["op-future", "y"]
    # A later ordinary edit wins (nothing is locked by a forged time).
    sync.sync_once(van.transactions())
    edit(van, Patron, patron, phone="0611111111")
    sync.sync_once(van.transactions())
    assert server_value(sqlite_engine, "patrons", patron, "phone") == "0611111111"
    # Restart: a new application on the same database starts and serves.
    with running(sqlite_engine) as again:
        assert httpx.get(f"{again.url}/health").json()["clock"] == "ok"
        second_device_syncs(sqlite_engine, again.url, tmp_path, ids)


def test_65536_ops_in_one_millisecond_window_carry_the_counter_past_ffff(
    network: Any, sqlite_engine: Engine, tmp_path: Path
) -> None:
    server, van, ids = network
    patron = ids["nord"]["patrons"][0]
    # One op a little ahead (inside the allowed skew) with a counter near the top,
    # then ordinary ops: the server's counter runs past 0xffff.
    ahead = now_hlc(120_000, 0xFFF0)
    ops = [patron_op(patron, "op-ahead", hlc=ahead)]
    response = httpx.post(f"{server.url}/sync/push", json={"ops": ops}, headers=headers_of(van))
    assert response.json()["results"][0]["result"] == "applied"
    for batch in range(20):
        ops = [
            patron_op(patron, f"op-{batch}-{n}", hlc=now_hlc(), fields={"phone": f"06{n:08d}"})
            for n in range(5)
        ]
        httpx.post(f"{server.url}/sync/push", json={"ops": ops}, headers=headers_of(van))
    saved = SyncServer(sqlite_engine).clock.last
    assert saved.counter > 0xFFFF
    assert "-x" in str(saved)
    with running(sqlite_engine) as again:
        assert httpx.get(f"{again.url}/health").json()["clock"] == "ok"
        second_device_syncs(sqlite_engine, again.url, tmp_path, ids)


def test_a_server_with_an_unreadable_clock_in_its_database_starts_and_says_so(
    sqlite_engine: Engine, tmp_path: Path
) -> None:
    ids = seed_network(sqlite_engine)
    with sqlite_engine.begin() as conn:
        conn.execute(
            insert(server_settings).values(key=HLC_KEY, value="0001827837023234-101d1-server")
        )
    with running(sqlite_engine) as server:
        health = httpx.get(f"{server.url}/health").json()
        assert health["status"] == "ok" and "illisible" in health["clock"]
        second_device_syncs(sqlite_engine, server.url, tmp_path, ids)
    with sqlite_engine.begin() as conn:
        assert Timestamp.parse(
            conn.scalar(select(server_settings.c.value).where(server_settings.c.key == HLC_KEY))
        )


# -- values -------------------------------------------------------------------------


def test_one_bad_op_in_the_outbox_is_set_aside_and_the_rest_goes_on(
    network: Any, sqlite_engine: Engine, tmp_path: Path
) -> None:
    server, van, ids = network
    sync.sync_once(van.transactions())
    first, second = ids["nord"]["patrons"][:2]
    edit(van, Patron, first, max_loans=2**40)  # the server's column holds 32 bits
    edit(van, Patron, second, phone="0622222222")
    report = sync.sync_once(van.transactions())
    assert report.refused == 1
    assert server_value(sqlite_engine, "patrons", second, "phone") == "0622222222"
    assert server_value(sqlite_engine, "patrons", first, "max_loans") != 2**40
    state = device_state(van)
    assert state.refused == 1 and pending(van) == 1  # kept, never deleted
    # Set aside: the next sync does not send it again, and pulls go on.
    sync.sync_once(van.transactions())
    assert pending(van) == 1
    from bibliomobile.services.sync.device import refused_list

    with van.unit_of_work() as uow:
        (refused,) = refused_list(uow)
    assert refused.entity == "patrons" and "hors des limites" in refused.reason
    second_device_syncs(sqlite_engine, server.url, tmp_path, ids)


@pytest.mark.parametrize(
    ("method", "path", "kwargs"),
    [
        ("GET", "/sync/pull", {"params": {"after": 9862703545931132928}}),
        ("GET", "/sync/pull", {"params": {"after": 2**70}}),
        ("POST", "/sync/reviews/99999999999/resolve", {"json": {"resolution": "ok"}}),
        ("GET", "/sync/snapshot/patrons", {"params": {"after_id": "a\x00b"}}),
        ("POST", "/sync/rows", {"json": {"entity": "patrons", "ids": ["a\x00"]}}),
        ("POST", "/sync/enroll", {"json": {"code": "ABCD-EFGH", "node": "n\x00"}}),
    ],
)
def test_hostile_parameters_get_a_4xx_never_a_5xx(
    network: Any, method: str, path: str, kwargs: dict[str, Any]
) -> None:
    server, van, _ids = network
    coordinator = devices.add_device(
        network_engine(server), f"coord-{new_id()[-6:]}", "coordinator", "all"
    )
    token = devices.enroll(network_engine(server), coordinator.enrolment_code, None)[1]
    for headers in (headers_of(van), {"Authorization": f"Bearer {token}"}):
        response = httpx.request(method, f"{server.url}{path}", headers=headers, **kwargs)
        assert 400 <= response.status_code < 500, response.text
        assert "detail" in response.json()


def network_engine(server: Any) -> Engine:
    return server.app.state.engine  # type: ignore[no-any-return]


def test_unhandled_database_errors_never_print_row_values(sqlite_engine: Engine) -> None:
    assert sqlite_engine.hide_parameters


# -- identity -----------------------------------------------------------------------


def test_the_device_of_an_event_comes_from_the_token_and_op_ids_are_per_device(
    network: Any, sqlite_engine: Engine, tmp_path: Path
) -> None:
    server, van, ids = network
    other = Store.open(tmp_path / "other.sqlite3")
    enrolled(other, sqlite_engine, server.url, "other", "crew", f"tour:{ids['sud']['tour']}")
    event = {
        "op_id": "op-shared",
        "entity": "circulation_events",
        "entity_id": new_id(),
        "op": "insert",
        "fields": {
            "kind": "checkout",
            "item_id": ids["items"][0],
            "patron_id": ids["nord"]["patrons"][0],
            "visit_id": ids["nord"]["visit"],
            "occurred_at": "2026-11-24T10:00:00",
            "hlc": now_hlc(),
            "device_id": "SOMEONE-ELSE",
        },
        "hlc": now_hlc(),
    }
    first = httpx.post(f"{server.url}/sync/push", json={"ops": [event]}, headers=headers_of(van))
    assert first.json()["results"][0]["result"] == "applied"
    stored = server_value(sqlite_engine, "circulation_events", event["entity_id"], "device_id")
    with van.unit_of_work() as uow:
        assert stored == uow.device_id != "SOMEONE-ELSE"
    # Another device reusing the op id: another op, not a silent duplicate.
    theirs = patron_op(ids["sud"]["patrons"][0], "op-shared")
    second = httpx.post(
        f"{server.url}/sync/push", json={"ops": [theirs]}, headers=headers_of(other)
    )
    assert second.json()["results"][0]["result"] == "applied"
    with sqlite_engine.connect() as conn:
        assert len(conn.scalars(select(applied_ops.c.device_id)).all()) == 2


def test_a_scope_naming_an_unknown_tour_or_volunteer_is_refused(sqlite_engine: Engine) -> None:
    seed_network(sqlite_engine)
    for role, scope in (("crew", "tour:nope"), ("volunteer", "volunteer:nope")):
        with pytest.raises(devices.DeviceError, match="aucune"):
            devices.add_device(sqlite_engine, f"d-{role}", role, scope)


# -- enrolment and tokens -----------------------------------------------------------


def test_enrolment_codes_expire_and_serve_once_and_tokens_rotate(
    network: Any, sqlite_engine: Engine, tmp_path: Path
) -> None:
    server, van, ids = network
    created = devices.add_device(sqlite_engine, "late", "crew", f"tour:{ids['sud']['tour']}")
    with sqlite_engine.begin() as conn:
        conn.execute(
            update(devices.devices)
            .where(devices.devices.c.id == created.device.id)
            .values(enrol_code_expires_at=devices._now().replace(year=2000))
        )
    late = httpx.post(f"{server.url}/sync/enroll", json={"code": created.enrolment_code})
    assert late.status_code == 401 and "expiré" in late.json()["detail"]
    fresh = devices.add_device(sqlite_engine, "fresh", "crew", f"tour:{ids['sud']['tour']}")
    assert httpx.post(f"{server.url}/sync/enroll", json={"code": fresh.enrolment_code}).is_success
    again = httpx.post(f"{server.url}/sync/enroll", json={"code": fresh.enrolment_code})
    assert again.status_code == 401
    from bibliomobile.services.sync.device import rotate_token

    old = headers_of(van)
    rotate_token(van.transactions())
    assert httpx.get(f"{server.url}/sync/me", headers=old).status_code == 401
    assert httpx.get(f"{server.url}/sync/me", headers=headers_of(van)).is_success
    sync.sync_once(van.transactions())


def any_timestamp() -> st.SearchStrategy[str]:
    now = int(time.time() * 1000)
    clock_values = st.builds(
        lambda wall, counter, node: str(Timestamp(wall, counter, node)),
        st.one_of(st.integers(0, 10**16 - 1), st.integers(now - 10**9, now + 10**7)),
        st.one_of(st.integers(0, 0xFFFF), st.integers(0, 2**70)),
        st.sampled_from(["a", "van", "d0123456789ab"]),
    )
    return st.one_of(clock_values, st.text(min_size=1, max_size=64))


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(stamps=st.lists(any_timestamp(), min_size=1, max_size=10))
def test_arbitrary_timestamps_never_break_the_server_nor_its_restart(
    network: Any, sqlite_engine: Engine, stamps: list[str]
) -> None:
    server, van, ids = network
    patron = ids["nord"]["patrons"][0]
    ops = [patron_op(patron, new_id(), hlc=stamp) for stamp in stamps]
    response = httpx.post(f"{server.url}/sync/push", json={"ops": ops}, headers=headers_of(van))
    assert response.status_code == 200, response.text
    for op, result in zip(ops, response.json()["results"], strict=True):
        try:
            ahead = Timestamp.parse(op["hlc"]).wall_ms - time.time() * 1000
        except ValueError:
            assert result["result"] == "rejected"
            continue
        if ahead > 6 * 60_000:
            assert result["result"] == "rejected"
    restarted = SyncServer(sqlite_engine)  # what a restart reads back
    assert restarted.clock_problem is None
    assert restarted.clock.last.wall_ms < time.time() * 1000 + 6 * 60_000


def test_device_add_with_an_unknown_tour_says_so_and_adds_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from bibliomobile.server.cli import main
    from bibliomobile.server.db import create_server_engine

    db = str(tmp_path / "server.sqlite3")
    code = main(
        ["device", "add", "--db", db, "--name", "van", "--role", "crew", "--scope", "tour:x"]
    )
    assert code != 0
    assert "aucune tournée" in capsys.readouterr().err
    engine = create_server_engine(db)
    try:
        assert devices.list_devices(engine) == []
    finally:
        engine.dispose()


@pytest.mark.parametrize(
    ("column", "value"),
    [
        ("max_loans", 2**64),
        ("max_loans", -(2**31) - 1),
        ("max_loans", True),
        ("phone", "a\x00"),
        ("phone", "x" * 10_000),
        ("card_expiry", "0001-01-01"),
        ("card_expiry", "9999-12-31"),
        ("card_expiry", "2026-02-30"),
    ],
)
def test_values_out_of_a_columns_range_are_refused_before_any_sql(column: str, value: Any) -> None:
    from bibliomobile.server.sync.wire import from_wire

    column_type = entity_tables()["patrons"].c[column].type
    with pytest.raises(ValueError):
        from_wire(column_type, value)


def test_datetimes_that_overflow_with_their_offset_are_refused() -> None:
    from bibliomobile.server.sync.wire import from_wire

    column_type = entity_tables()["circulation_events"].c["occurred_at"].type
    with pytest.raises(ValueError):
        from_wire(column_type, "0001-01-01T00:00:00+05:00")
    with pytest.raises(ValueError):
        from_wire(column_type, float("nan"))
    assert from_wire(column_type, "2026-11-24T10:00:00+01:00").hour == 9


def test_on_postgresql_hostile_values_are_refused_alone_and_never_a_5xx(
    pg_engine: Engine, tmp_path: Path
) -> None:
    ids = seed_network(pg_engine)
    with running(pg_engine) as server:
        van = Store.open(tmp_path / "van.sqlite3")
        enrolled(van, pg_engine, server.url, "van", "crew", f"tour:{ids['nord']['tour']}")
        patron = ids["nord"]["patrons"][0]
        ops = [
            patron_op(patron, "nul-value", fields={"phone": "06\x0000"}),
            patron_op(patron, "huge", fields={"max_loans": 2**64}),
            patron_op(patron, "int32", fields={"max_loans": 2**31}),
            patron_op("p\x001", "nul-id"),
            patron_op(patron, "nul-hlc", hlc="0001790000000000-0000-d\x00"),
            patron_op(patron, "nul-key", fields={"ph\x00one": "1"}),
            patron_op(patron, "good", fields={"email": "ok@example.org"}),
        ]
        response = httpx.post(f"{server.url}/sync/push", json={"ops": ops}, headers=headers_of(van))
        assert response.status_code == 200, response.text
        results = {r["op_id"]: r["result"] for r in response.json()["results"]}
        assert results.pop("good") == "applied"
        assert set(results.values()) == {"rejected"}
        for method, path, kwargs in (
            ("GET", "/sync/pull", {"params": {"after": 9862703545931132928}}),
            ("GET", "/sync/snapshot/patrons", {"params": {"after_id": "a\x00b"}}),
            ("POST", "/sync/enroll", {"json": {"code": "ABCD-EFGH", "node": "n\x00"}}),
            ("POST", "/sync/rows", {"json": {"entity": "patrons", "ids": ["a\x00"]}}),
            ("GET", "/sync/card", {"params": {"code": "a\x00b"}}),  # found by schemathesis
        ):
            answer = httpx.request(method, f"{server.url}{path}", headers=headers_of(van), **kwargs)
            assert 400 <= answer.status_code < 500, (path, answer.text)
        second_device_syncs(pg_engine, server.url, tmp_path, ids)
