"""``bibliomobile import marc`` at the limits of the machine: a full disk, a killed
import, a directory given as the file (issue 13)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from bibliomobile.cli import main
from bibliomobile.store.uow import Store
from builders.marc_files import marc_data

SERIALS = marc_data() / "more" / "sciencespo-periouni.mrc"


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A real 4 MB file system (tmpfs; mounting one needs root, as in CI)."""
    mount_point = tmp_path / "disk"
    mount_point.mkdir()
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=4m", "tmpfs", str(mount_point)],
        capture_output=True,
        check=False,
    )
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here (root needed): {mounted.stderr.decode()}")
    try:
        yield mount_point
    finally:
        subprocess.run(["umount", "-l", str(mount_point)], check=False)


@pytest.mark.slow
def test_a_full_disk_stops_the_import_at_once_and_says_how_many_are_in(
    small_disk: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = small_disk / "bib.sqlite3"
    started = time.monotonic()
    code = main(["import", "marc", str(SERIALS), "--db", str(db), "--batch", "300"])
    _, err = capsys.readouterr()
    assert code == 2
    assert "disque plein : " in err and "reprenez après avoir libéré de la place" in err
    assert "rejetée" not in err  # not 3,000 lines of "database or disk is full"
    assert err.count("\n") == 1
    done = int(err.split("disque plein : ")[1].split()[0])
    assert 0 < done < 3053
    assert time.monotonic() - started < 120
    store = Store.open(db)
    try:
        with store.reader() as session:
            from sqlalchemy import func, select

            from bibliomobile.store.models import Record

            assert session.scalar(select(func.count()).select_from(Record)) == done
    finally:
        store.close()


def test_a_directory_given_as_the_file_is_named_as_such(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(["import", "marc", str(tmp_path), "--db", str(tmp_path / "bib.sqlite3")])
    _, err = capsys.readouterr()
    assert code == 2
    assert "est un dossier" in err and "introuvable" not in err


def _children(pid: int) -> set[int]:
    found = set()
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid:
            found.add(int(entry.name))
    return found


def _alive(pid: int) -> bool:
    try:
        state = (Path("/proc") / str(pid) / "stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


@pytest.mark.slow
@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
def test_worker_processes_die_with_a_killed_import(tmp_path: Path) -> None:
    path = tmp_path / "big.mrc"
    # 24,512 records, over the threshold where worker processes read and map them.
    path.write_bytes(SERIALS.read_bytes() * 8)
    command = [
        sys.executable,
        "-m",
        "bibliomobile",
        "import",
        "marc",
        str(path),
        "--db",
        str(tmp_path / "bib.sqlite3"),
    ]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        workers: set[int] = set()
        deadline = time.monotonic() + 90
        while time.monotonic() < deadline and len(workers) < 2:
            # The spawn start method runs a resource tracker too; the workers map records.
            workers = {
                pid
                for pid in _children(process.pid)
                if b"spawn_main" in (Path("/proc") / str(pid) / "cmdline").read_bytes()
                and b"resource_tracker" not in (Path("/proc") / str(pid) / "cmdline").read_bytes()
            }
            time.sleep(0.2)
        assert workers, "the import started no worker process"
        os.kill(process.pid, signal.SIGKILL)
        process.wait()
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline and any(_alive(pid) for pid in workers):
            time.sleep(0.2)
        assert not any(_alive(pid) for pid in workers)
    finally:
        if process.poll() is None:
            process.kill()
