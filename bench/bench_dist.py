"""Issue 8: the bundled program — its size, and its cold start against ``python -m``.

Uses ``dist/bibliomobile/`` (built by ``make dist``; built here with PyInstaller when
missing). Cold start is measured twice, for the command line (``--version``) and for the
GUI to its first painted window (``BIBLIOMOBILE_EXIT_AFTER_PAINT=1``), each interleaved
with the same command run from the source tree by ``python -m bibliomobile``.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

from bench.common import Context, Row, percentile
from bench.demo_cache import demo_db

ROOT = Path(__file__).resolve().parents[1]
BUNDLE = ROOT / "dist" / "bibliomobile"
RUNS = 7


def _size_mb(path: Path) -> float:
    total = sum(f.stat().st_size for f in path.rglob("*") if f.is_file() and not f.is_symlink())
    return total / 1024 / 1024


def _ensure_bundle() -> None:
    if (BUNDLE / "bibliomobile").exists():
        return
    subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--log-level",
            "WARN",
            "--distpath",
            str(ROOT / "dist"),
            "--workpath",
            str(ROOT / "build" / "pyinstaller"),
            str(ROOT / "installers" / "bibliomobile.spec"),
        ],
        check=True,
    )


def _seconds(command: list[str], env: dict[str, str], marker: str | None) -> float:
    start = time.time()
    done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=300)
    if done.returncode != 0:
        raise RuntimeError(f"{command} failed:\n{done.stdout}{done.stderr}")
    if marker is None:
        return time.time() - start
    for line in done.stdout.splitlines():
        if line.startswith(marker):
            return float(line.split()[1]) - start
    raise RuntimeError(f"{command} printed no {marker!r}:\n{done.stdout}")


def _compare(
    bundled: list[str], source: list[str], env: dict[str, str], marker: str | None
) -> tuple[list[float], list[float]]:
    built_runs: list[float] = []
    source_runs: list[float] = []
    for _ in range(RUNS):  # interleaved, so load on the shared machine hits both alike
        built_runs.append(_seconds(bundled, env, marker))
        source_runs.append(_seconds(source, env, marker))
    return built_runs, source_runs


def run(ctx: Context) -> list[Row]:
    _ensure_bundle()
    exe = str(BUNDLE / "bibliomobile")
    python_m = [sys.executable, "-m", "bibliomobile"]
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", BIBLIOMOBILE_EXIT_AFTER_PAINT="1")
    env["XDG_CONFIG_HOME"] = str(ctx.workdir / "dist-config")
    db = demo_db(ctx, items=60_000, patrons=8_000)

    rows: list[Row] = []
    bundle_mb = _size_mb(BUNDLE)
    debs = sorted((ROOT / "dist").glob("bibliomobile_*.deb"))
    deb_text = f"{debs[-1].stat().st_size / 1024 / 1024:.0f} MB .deb" if debs else "no .deb built"
    venv_mb = _size_mb(Path(sys.prefix) / "lib")
    rows.append(
        Row(
            "8",
            "bundle size (one-folder PyInstaller build)",
            f"{bundle_mb:.0f} MB ({deb_text})",
            f"{venv_mb:.0f} MB (.venv site-packages, with dev tools)",
            f"{bundle_mb / venv_mb:.2f}",
            "—",
            "measured",
        )
    )
    for what, args, marker in (
        ("cold start, `--version`", ["--version"], None),
        ("cold start to first painted window (60k items)", ["gui", "--db", str(db)], "first-paint"),
    ):
        built, source = _compare([exe, *args], [*python_m, *args], env, marker)
        b, s = statistics.median(built), statistics.median(source)
        rows.append(
            Row(
                "8",
                f"{what}, built program, median (p90) of {RUNS}",
                f"{b * 1000:.0f} ms ({percentile(built, 90) * 1000:.0f})",
                f"{s * 1000:.0f} ms (python -m from source)",
                f"{b / s:.2f}",
                "—",
                "measured",
            )
        )
    return rows
