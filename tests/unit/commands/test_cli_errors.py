"""The command line: one clear line for any error (traceback with -v only), databases that
cannot be opened, a read-only database still readable, ``--bag`` in both forms, and
``bibliomobile --db X`` opening the app."""

from __future__ import annotations

import os
import shutil
import stat
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from bibliomobile.cli import main, parse
from bibliomobile.commands.labels import register as register_labels
from bibliomobile.server.cli import main as server_main
from bibliomobile.store.uow import Store
from builders.catalogue import small_catalogue


def _one_line(err: str, program: str = "bibliomobile") -> str:
    lines = [line for line in err.splitlines() if line.strip()]
    assert len(lines) == 1, err
    assert lines[0].startswith(f"{program}: ")
    assert "Traceback" not in err
    return lines[0]


def test_a_file_that_is_not_sqlite_is_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "notes.sqlite3"
    path.write_text("Liste des courses : pain, lait\n" * 200, encoding="utf-8")
    before = path.read_bytes()
    assert main(["info", "--db", str(path)]) != 0
    line = _one_line(capsys.readouterr().err)
    assert "illisible" in line or "pas une base" in line
    assert path.read_bytes() == before


def test_an_encrypted_database_without_its_key_or_with_a_wrong_one(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    pytest.importorskip("sqlcipher3", reason="SQLCipher is an optional extra")
    path = tmp_path / "secret.sqlite3"
    Store.open(path, key="la bonne clé").close()
    monkeypatch.delenv("BIBLIOMOBILE_DB_KEY", raising=False)
    assert main(["search", "--db", str(path), "maigret"]) != 0
    assert "chiffrée" in _one_line(capsys.readouterr().err)
    monkeypatch.setenv("BIBLIOMOBILE_DB_KEY", "une autre clé")
    assert main(["search", "--db", str(path), "maigret"]) != 0
    assert "clé" in _one_line(capsys.readouterr().err)


@pytest.fixture
def read_only_db(tmp_path: Path) -> Iterator[Path]:
    """A database on a file system mounted read-only (as root, as in CI), or in a folder
    and a file without write permission (as another user)."""
    folder = tmp_path / "ro"
    folder.mkdir()
    path = folder / "base.sqlite3"
    if os.geteuid() == 0:  # root writes whatever the modes: a real read-only mount
        subprocess.run(["mount", "-t", "tmpfs", "-o", "size=16m", "tmpfs", str(folder)], check=True)
        try:
            store = Store.open(path)
            small_catalogue(store)
            store.close()
            subprocess.run(["mount", "-o", "remount,ro", str(folder)], check=True)
            assert not os.access(path, os.W_OK)
            yield path
        finally:
            subprocess.run(["umount", "-l", str(folder)], check=False)
        return
    store = Store.open(path)
    small_catalogue(store)
    store.close()
    for p in folder.iterdir():
        p.chmod(stat.S_IRUSR)
    folder.chmod(stat.S_IRUSR | stat.S_IXUSR)
    yield path
    folder.chmod(stat.S_IRWXU)
    shutil.rmtree(folder)


def test_a_read_only_database_can_still_be_read(
    read_only_db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["info", "--db", str(read_only_db)]) == 0
    assert main(["search", "--db", str(read_only_db), "etranger"]) == 0
    assert "L'Étranger" in capsys.readouterr().out


def test_a_store_opened_read_only_reads_and_refuses_writes(tmp_path: Path) -> None:
    path = tmp_path / "base.sqlite3"
    store = Store.open(path)
    small_catalogue(store)
    store.close()
    before = path.read_bytes()
    store = Store.open(path, read_only=True)
    from bibliomobile.services.catalogue import search_items

    with store.unit_of_work() as uow:
        assert [r.title for r in search_items(uow, "etranger")] == ["L'Étranger"]
        uow.commit()
    with pytest.raises(Exception, match="readonly"), store.unit_of_work() as uow:
        small_catalogue(store)
    store.close()
    assert path.read_bytes() == before


def test_an_unexpected_error_is_one_line_and_its_traceback_comes_with_v(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "a-folder.sqlite3"
    folder.mkdir()
    assert main(["search", "--db", str(folder), "x"]) != 0
    _one_line(capsys.readouterr().err)
    assert main(["-v", "search", "--db", str(folder), "x"]) != 0
    assert "Traceback" in capsys.readouterr().err


def test_the_server_command_prints_one_line_too(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "server.sqlite3"
    path.write_bytes(b"\x00garbage" * 500)
    assert server_main(["info", "--db", str(path)]) != 0
    _one_line(capsys.readouterr().err, "bibliomobile-server")


def test_bag_accepts_repeated_flags_and_a_list() -> None:
    import argparse

    parser = argparse.ArgumentParser()
    register_labels(parser.add_subparsers())
    base = ["labels", "--format", "zpl", "--out", "x.zpl"]
    repeated = parser.parse_args([*base, "--bag", "A", "--bag", "B", "--bag", "C"])
    listed = parser.parse_args([*base, "--bag", "A", "B", "C"])
    assert repeated.bag == listed.bag == ["A", "B", "C"]


@pytest.mark.parametrize(
    ("argv", "db"),
    [
        ([], None),
        (["--db", "van.sqlite3"], "van.sqlite3"),
        (["-v", "--db", "van.sqlite3"], "van.sqlite3"),
        (["gui", "--db", "van.sqlite3", "--lang", "en"], "van.sqlite3"),
    ],
)
def test_no_command_opens_the_app_on_the_database_given(argv: list[str], db: str | None) -> None:
    args = parse(argv)
    assert args.command == "gui"
    assert (str(args.db) if args.db else None) == db
