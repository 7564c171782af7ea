"""Hostile bodies and floods: refused at the door, cheaply, with ``Retry-After``."""

from __future__ import annotations

import contextlib
import select
import socket
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from sqlalchemy import Engine

from bibliomobile.server.guard import Limits
from bibliomobile.services.sync import client as sync
from bibliomobile.services.sync.common import TOKEN
from bibliomobile.services.sync.http_client import retry_after, send_politely
from bibliomobile.store.uow import Store
from builders.sync_network import enrolled, running, seed_network

pytestmark = pytest.mark.slow


def chunked(total: int, piece: bytes = b" " * 65536, head: bytes = b'{"ops": [') -> Iterator[bytes]:
    yield head
    sent = len(head)
    while sent < total:
        yield piece
        sent += len(piece)


def million_ops() -> Iterator[bytes]:
    yield b'{"ops": ['
    op = b'{"op_id":"x","entity":"patrons","entity_id":"p","op":"update","fields":{},"hlc":"h"},'
    for _ in range(1000):
        yield op * 1000
    yield b"{}]}"


@pytest.fixture
def van_server(sqlite_engine: Engine, tmp_path: Path):  # type: ignore[no-untyped-def]
    ids = seed_network(sqlite_engine)
    with running(sqlite_engine) as server:
        van = Store.open(tmp_path / "van.sqlite3")
        enrolled(van, sqlite_engine, server.url, "van", "crew", f"tour:{ids['nord']['tour']}")
        yield server, van


def test_a_chunked_body_past_the_limit_is_refused_as_it_arrives(van_server: Any) -> None:
    server, van = van_server
    headers = {"Authorization": f"Bearer {van.setting(TOKEN)}"}
    started = time.monotonic()
    try:
        response = httpx.post(
            f"{server.url}/sync/push", content=chunked(200 * 1024 * 1024), headers=headers
        )
    except httpx.HTTPError:
        response = None  # the server may close the connection while we still send
    assert time.monotonic() - started < 20  # 200 MB were not read
    if response is not None:
        assert response.status_code == 413 and "trop grande" in response.json()["detail"]
    assert httpx.get(f"{server.url}/health").json()["status"] == "ok"


def test_a_chunked_push_with_a_valid_token_is_refused_after_its_first_megabyte(
    van_server: Any,
) -> None:
    """Sent from a raw socket that watches for the answer while it sends: the server
    answers 413 long before the 16 MiB other requests may carry."""
    server, van = van_server
    status, sent = watched_chunked_push(server.url, van.setting(TOKEN), 200 * 1024 * 1024)
    assert status == 413
    # 1 MiB read by the server, the rest in the sockets' buffers at most.
    assert sent < 12 * 1024 * 1024
    assert httpx.get(f"{server.url}/health").json()["status"] == "ok"


def watched_chunked_push(url: str, token: str | None, total: int) -> tuple[int, int]:
    """(status answered, bytes sent by then) of a chunked push of ``total`` bytes."""
    port = int(url.rsplit(":", 1)[1])
    head = (
        "POST /sync/push HTTP/1.1\r\nHost: test\r\nTransfer-Encoding: chunked\r\n"
        + (f"Authorization: Bearer {token}\r\n" if token else "")
        + "\r\n"
    ).encode()
    sent = 0
    answer = b""
    with socket.create_connection(("127.0.0.1", port)) as sock:
        try:
            sock.sendall(head)
            for piece in chunked(total):
                if select.select([sock], [], [], 0)[0]:
                    break
                sock.sendall(b"%x\r\n%s\r\n" % (len(piece), piece))
                sent += len(piece)
            if select.select([sock], [], [], 30)[0]:
                answer = sock.recv(4096)
        except (BrokenPipeError, ConnectionResetError):
            with contextlib.suppress(OSError):
                answer = sock.recv(4096)
    return (int(answer[9:12]) if answer.startswith(b"HTTP/1.1 ") else 0), sent


def test_a_million_ops_without_a_token_are_refused_before_being_read(van_server: Any) -> None:
    server, _van = van_server
    started = time.monotonic()
    try:
        response = httpx.post(f"{server.url}/sync/push", content=million_ops())
        assert response.status_code == 401
    except httpx.HTTPError:
        pass  # refused and closed before the client finished sending
    assert time.monotonic() - started < 5
    with httpx.Client() as client:
        response = client.post(
            f"{server.url}/sync/push", content=million_ops(), headers={"Authorization": "Bearer x"}
        )
        assert response.status_code in (401, 429)


def test_wrong_enrolment_codes_and_tokens_from_one_address_are_slowed_down(
    sqlite_engine: Engine,
) -> None:
    seed_network(sqlite_engine)
    limits = Limits(enrol_per_ip=(0.01, 5), failed_auth_per_ip=(0.01, 5))
    with running(sqlite_engine, limits=limits) as server:
        answers = [
            httpx.post(f"{server.url}/sync/enroll", json={"code": f"WRONG-{n:04d}"})
            for n in range(8)
        ]
        assert [a.status_code for a in answers[:5]] == [401] * 5
        assert answers[-1].status_code == 429 and int(answers[-1].headers["retry-after"]) >= 1
        tokens = [
            httpx.get(f"{server.url}/sync/me", headers={"Authorization": f"Bearer t{n}"})
            for n in range(8)
        ]
        assert tokens[-1].status_code == 429 and "retry-after" in tokens[-1].headers


def test_a_device_over_its_rate_waits_as_told_and_its_sync_completes(
    sqlite_engine: Engine, tmp_path: Path
) -> None:
    ids = seed_network(sqlite_engine)
    with running(sqlite_engine, limits=Limits(per_device=(4.0, 3))) as server:
        van = Store.open(tmp_path / "van.sqlite3")
        enrolled(van, sqlite_engine, server.url, "van", "crew", f"tour:{ids['nord']['tour']}")
        report = sync.sync_once(van.transactions())  # many more than 3 requests
        assert report.snapshot_rows > 0
        waits: list[float] = []
        headers = {"Authorization": f"Bearer {van.setting(TOKEN)}"}
        with httpx.Client(base_url=server.url, headers=headers) as client:
            for _ in range(6):
                response = send_politely(client, "GET", "/sync/me", sleep=waits.append)
        assert response.status_code in (200, 429)
        assert waits and all(0 < w <= 60 for w in waits)


def test_retry_after_is_read_and_bounded() -> None:
    def answer(value: str | None) -> httpx.Response:
        return httpx.Response(429, headers={"retry-after": value} if value else {})

    assert retry_after(answer("3")) == 3
    assert retry_after(answer("86400")) == 60
    assert retry_after(answer("soon")) == 1
    assert retry_after(answer(None)) == 1
