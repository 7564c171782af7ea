"""Hostile bodies against a real server process: refused at once, memory flat.

Two attacks on ``bibliomobile-server serve`` (SQLite), each sent from a raw socket
that keeps sending while it watches for the answer (an HTTP client would finish
sending first and measure its own upload):

- a 200 MB chunked push body with a valid token (the size limit counts the body as
  it arrives: the server reads up to the push limit, 1 MiB, then answers 413), and
  the same without a token;
- a 1,000,000-op chunked push body without a token (the token is checked before the
  body is read).

Figures: time from the request's first byte to the server's answer (goal ≤ 100 ms),
the server's peak resident memory (VmHWM) against its idle memory, and ``/health``
latency during the attacks against the same idle server (the same-run baselines).
"""

from __future__ import annotations

import contextlib
import select
import socket
import subprocess
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import httpx

from bench.common import Context, Row, median, percentile, verdict
from bench.sync_setup import BIN, free_port

CHUNK = b" " * 65536


def _mib(pid: int, key: str) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith(key + ":"):
            return int(line.split()[1]) / 1024
    return 0.0


@contextlib.contextmanager
def _server(db: Path) -> Iterator[tuple[str, subprocess.Popen[bytes]]]:
    port = free_port()
    proc = subprocess.Popen(
        [str(BIN / "bibliomobile-server"), "serve", "--db", str(db), "--port", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            with contextlib.suppress(httpx.TransportError):
                if httpx.get(f"{url}/health").status_code == 200:
                    break
            if proc.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError("the sync server did not start")
            time.sleep(0.1)
        yield url, proc
    finally:
        proc.terminate()
        proc.wait(30)


def _token(db: Path, url: str) -> str:
    from bibliomobile.server import devices
    from bibliomobile.server.db import create_server_engine

    engine = create_server_engine(str(db))
    try:
        code = devices.add_device(engine, "bench-coord", "coordinator", "all").enrolment_code
    finally:
        engine.dispose()
    return str(httpx.post(f"{url}/sync/enroll", json={"code": code}).json()["token"])


def _attack(url: str, token: str | None, body: Iterator[bytes]) -> tuple[float, int, int]:
    """Send a chunked push, watching for the answer: (ms to the answer, its status,
    bytes sent by then)."""
    port = int(url.rsplit(":", 1)[1])
    sock = socket.create_connection(("127.0.0.1", port))
    head = (
        "POST /sync/push HTTP/1.1\r\nHost: bench\r\nContent-Type: application/json\r\n"
        "Transfer-Encoding: chunked\r\n"
        + (f"Authorization: Bearer {token}\r\n" if token else "")
        + "\r\n"
    ).encode()
    started = time.perf_counter()
    sent = 0
    status = 0
    try:
        sock.sendall(head)
        for piece in body:
            readable, _, _ = select.select([sock], [], [], 0)
            if readable:
                break
            sock.sendall(b"%x\r\n%s\r\n" % (len(piece), piece))
            sent += len(piece)
        else:
            sock.sendall(b"0\r\n\r\n")
        readable, _, _ = select.select([sock], [], [], 60)
        answer = sock.recv(4096) if readable else b""
    except (BrokenPipeError, ConnectionResetError):
        answer = b""
        with contextlib.suppress(OSError):
            answer = sock.recv(4096)
    elapsed = (time.perf_counter() - started) * 1000
    sock.close()
    if answer.startswith(b"HTTP/1.1 "):
        status = int(answer[9:12])
    return elapsed, status, sent


def _big_body(total: int) -> Iterator[bytes]:
    yield b'{"ops": ['
    sent = 0
    while sent < total:
        yield CHUNK
        sent += len(CHUNK)


def _million_ops() -> Iterator[bytes]:
    yield b'{"ops": ['
    op = b'{"op_id":"x","entity":"patrons","entity_id":"p","op":"update","fields":{},"hlc":"h"},'
    for _ in range(1000):
        yield op * 1000
    yield b"{}]}"


def _health_latencies(url: str, stop: threading.Event, out: list[float]) -> None:
    with httpx.Client() as client:
        while not stop.is_set():
            start = time.perf_counter()
            client.get(f"{url}/health")
            out.append((time.perf_counter() - start) * 1000)
            time.sleep(0.01)


def run(ctx: Context) -> list[Row]:
    db = ctx.workdir / "hostile.sqlite3"
    rows: list[Row] = []
    with _server(db) as (url, proc):
        token = _token(db, url)
        with httpx.Client() as client:
            for _ in range(20):
                client.get(f"{url}/health")
            idle = []
            for _ in range(100):
                start = time.perf_counter()
                client.get(f"{url}/health")
                idle.append((time.perf_counter() - start) * 1000)
        idle_rss = _mib(proc.pid, "VmRSS")
        during: list[float] = []
        stop = threading.Event()
        watcher = threading.Thread(target=_health_latencies, args=(url, stop, during))
        watcher.start()
        try:
            big_ms, big_status, big_sent = _attack(url, token, _big_body(200 * 1024 * 1024))
            anon_ms, anon_status, anon_sent = _attack(url, None, _big_body(200 * 1024 * 1024))
            ops_ms, ops_status, ops_sent = _attack(url, None, _million_ops())
            time.sleep(0.5)
        finally:
            stop.set()
            watcher.join()
        peak = _mib(proc.pid, "VmHWM")
    idle_ms = median(idle)
    rows.append(
        Row(
            "14",
            f"200 MB chunked push (valid token): answer {big_status} "
            f"after {big_sent / 1024 / 1024:.0f} MB sent",
            f"{big_ms:.0f} ms",
            f"{idle_ms:.1f} ms (idle /health)",
            f"{big_ms / idle_ms:.0f}×",
            "≤ 100 ms, 413",
            verdict(big_ms <= 100 and big_status == 413),
        )
    )
    rows.append(
        Row(
            "14",
            f"200 MB chunked push without token: answer {anon_status} "
            f"after {anon_sent / 1024 / 1024:.1f} MB sent",
            f"{anon_ms:.0f} ms",
            f"{idle_ms:.1f} ms (idle /health)",
            f"{anon_ms / idle_ms:.0f}×",
            "≤ 100 ms, 401",
            verdict(anon_ms <= 100 and anon_status == 401),
        )
    )
    rows.append(
        Row(
            "14",
            f"1,000,000-op chunked push without token: answer {ops_status} "
            f"after {ops_sent / 1024 / 1024:.1f} MB sent",
            f"{ops_ms:.0f} ms",
            f"{idle_ms:.1f} ms (idle /health)",
            f"{ops_ms / idle_ms:.0f}×",
            "≤ 100 ms, 401",
            verdict(ops_ms <= 100 and ops_status == 401),
        )
    )
    rows.append(
        Row(
            "14",
            "server peak RSS (VmHWM) after both attacks",
            f"{peak:.0f} MiB",
            f"{idle_rss:.0f} MiB (idle)",
            f"{peak / idle_rss:.2f}×",
            "flat: ≤ idle + 32 MiB",
            verdict(peak <= idle_rss + 32),
        )
    )
    p95_during = percentile(during, 95) if during else float("nan")
    p95_idle = percentile(idle, 95)
    rows.append(
        Row(
            "14",
            f"/health p95 during the attacks ({len(during)} requests)",
            f"{p95_during:.1f} ms",
            f"{p95_idle:.1f} ms (idle)",
            f"{p95_during / p95_idle:.1f}×",
            "≤ 100 ms",
            verdict(p95_during <= 100),
        )
    )
    return rows
