"""Plain HTTP only to this computer: the server, enrolment and the SMS gateway refuse the rest."""

from __future__ import annotations

from pathlib import Path

import pytest

from bibliomobile.cli import main
from bibliomobile.domain.transport import is_loopback_host, plain_http_to_another_host
from bibliomobile.server.cli import main as server_main


@pytest.mark.parametrize(
    ("host", "loopback"),
    [
        ("127.0.0.1", True),
        ("127.8.9.10", True),
        ("::1", True),
        ("[::1]", True),
        ("localhost", True),
        ("0.0.0.0", False),
        ("192.168.1.20", False),
        ("sync.mediatheque.fr", False),
        ("localhost.evil.example", False),
    ],
)
def test_loopback_hosts(host: str, loopback: bool) -> None:
    assert is_loopback_host(host) is loopback


def test_plain_http_to_another_host() -> None:
    assert plain_http_to_another_host("http://192.168.1.20:8470")
    assert not plain_http_to_another_host("http://127.0.0.1:8470")
    assert not plain_http_to_another_host("https://sync.mediatheque.fr")


def test_the_server_refuses_plain_http_beyond_loopback(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "server.sqlite3"
    assert server_main(["serve", "--db", str(db), "--host", "0.0.0.0"]) == 2
    said = capsys.readouterr().err
    assert "HTTP simple" in said and "--insecure-http" in said and "docs/tls.md" in said
    assert not db.exists()  # refused before anything was created
    assert server_main(["serve", "--db", str(db), "--tls-cert", "c.pem"]) == 2
    assert "vont ensemble" in capsys.readouterr().err


def test_a_laptop_refuses_to_enrol_over_plain_http_to_another_host(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "van.sqlite3"
    code = main(["enroll", "--db", str(db), "--server", "http://192.0.2.10:8470", "--code", "X"])
    assert code == 2
    said = capsys.readouterr().err
    assert "http:// simple" in said and "https://" in said
