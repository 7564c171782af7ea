"""Smoke test of the BUILT program (never the source tree).

Runs the bundled ``bibliomobile`` extracted from the .deb, in an empty environment and
a temporary working folder, so a module or data file missing from the bundle fails the
build instead of a user. Usage: python installers/smoke_test.py PATH/TO/bibliomobile_*.deb
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _env(home: Path) -> dict[str, str]:
    return {
        "PATH": "/usr/bin:/bin",
        "HOME": str(home),
        "LANG": "C.UTF-8",
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_DATA_HOME": str(home / "data"),
        "XDG_CONFIG_HOME": str(home / "config"),
    }


def run(exe: Path, *args: str, cwd: Path, env: dict[str, str], ok: bool = True) -> str:
    done = subprocess.run(
        [str(exe), *args], cwd=cwd, env=env, capture_output=True, text=True, timeout=600
    )
    output = done.stdout + done.stderr
    if ok and done.returncode != 0:
        raise SystemExit(f"FAILED: bibliomobile {' '.join(args)}\n{output}")
    if not ok and done.returncode == 0:
        raise SystemExit(
            f"FAILED (should have been refused): bibliomobile {' '.join(args)}\n{output}"
        )
    return output


def check(condition: bool, what: str) -> None:
    print(("ok   " if condition else "FAIL ") + what, flush=True)
    if not condition:
        raise SystemExit(1)


def main() -> int:
    deb = Path(sys.argv[1]).resolve()
    version = (ROOT / "src/bibliomobile/__init__.py").read_text().split('"')[1]
    with tempfile.TemporaryDirectory(prefix="bibliomobile-smoke-") as tmp_name:
        tmp = Path(tmp_name)
        subprocess.run(["dpkg-deb", "-x", str(deb), str(tmp / "root")], check=True)
        exe = tmp / "root/opt/bibliomobile/bibliomobile"
        check(exe.exists(), "the package holds /opt/bibliomobile/bibliomobile")
        for path in (
            "usr/share/applications/fr.bibliomobile.Bibliomobile.desktop",
            "usr/share/metainfo/fr.bibliomobile.Bibliomobile.metainfo.xml",
        ):
            check((tmp / "root" / path).exists(), f"the package holds /{path}")
        work = tmp / "work"
        work.mkdir()
        env = _env(tmp / "home")

        out = run(exe, "--version", cwd=work, env=env)
        check(version in out and "schéma" in out, f"--version reports {out.strip()!r}")

        db = work / "demo.sqlite3"
        started = time.perf_counter()
        out = run(
            exe, "demo", "--plain", "--db", str(db), "--items", "3000", "--patrons", "300", cwd=work, env=env
        )
        check(db.exists(), f"demo network created in {time.perf_counter() - started:.1f} s")
        out = run(exe, "search", "--db", str(db), "etranger", "camus", cwd=work, env=env)
        check("Étranger" in out, "search finds L'Étranger from 'etranger camus'")
        out = run(exe, "info", "--db", str(db), cwd=work, env=env)
        check("schéma" in out, "info reports the database schema")
        # A user's database is encrypted: SQLCipher is in the bundle.
        secret = work / "secret.sqlite3"
        key_env = dict(env, BIBLIOMOBILE_DB_KEY="bouleau lanterne cassis tambour")
        run(exe, "demo", "--db", str(secret), "--items", "50", "--patrons", "5", cwd=work, env=key_env)
        check(
            not secret.read_bytes().startswith(b"SQLite format 3"),
            "a new database is encrypted (SQLCipher bundled)",
        )

        # The GUI stays up offscreen and paints its main window.
        gui_env = dict(env, BIBLIOMOBILE_EXIT_AFTER_PAINT="1")
        done = subprocess.run(
            [str(exe), "gui", "--db", str(db)],
            cwd=work,
            env=gui_env,
            capture_output=True,
            text=True,
            timeout=120,
        )
        check(
            done.returncode == 0 and "first-paint" in done.stdout and "ready" in done.stdout,
            "the GUI paints its main window and opens its database"
            + ("" if done.returncode == 0 else f"\n{done.stdout}{done.stderr}"),
        )
        gui = subprocess.Popen(
            [str(exe), "gui", "--db", str(db)],
            cwd=work,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
        )
        time.sleep(8)
        alive = gui.poll() is None
        gui.terminate()
        log = gui.communicate(timeout=30)[0]
        check(alive, "the GUI stays up for 8 s" + ("" if alive else f"\n{log}"))

        # A few simulated days (drive requests, bags, rounds) through the bundled services,
        # then a label sheet for one of the bags: label templates and fonts must be bundled.
        out = run(exe, "simulate", "--db", str(db), "--days", "3", "--seed", "1", cwd=work, env=env)
        check("prêts" in out, "simulate plays crew days")
        with sqlite3.connect(db) as conn:
            codes = [row[0] for row in conn.execute("SELECT code FROM bags ORDER BY code LIMIT 3")]
        check(len(codes) > 0, f"simulated days prepared bags {codes}")
        pdf = work / "labels.pdf"
        run(
            exe,
            "labels",
            "--db",
            str(db),
            "--bag",
            *codes,
            "--format",
            "L7160",
            "--out",
            str(pdf),
            cwd=work,
            env=env,
        )
        check(pdf.exists() and pdf.read_bytes().startswith(b"%PDF"), "a label PDF is written")
        timetable = work / "timetable.pdf"
        with sqlite3.connect(db) as conn:
            tour = conn.execute("SELECT name FROM tours ORDER BY name LIMIT 1").fetchone()[0]
        run(
            exe,
            "timetable",
            "--db",
            str(db),
            "--tour",
            tour,
            "--out",
            str(timetable),
            cwd=work,
            env=env,
        )
        check(
            timetable.read_bytes().startswith(b"%PDF"), f"a timetable PDF for {tour!r} is written"
        )

        # A database from a newer version is refused, byte for byte untouched.
        newer = work / "newer.sqlite3"
        newer.write_bytes(db.read_bytes())
        conn = sqlite3.connect(newer)
        conn.execute("UPDATE alembic_version SET version_num = 'ffff_future'")
        conn.commit()
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # everything in the main file
        conn.close()
        before = hashlib.sha256(newer.read_bytes()).hexdigest()
        out = run(exe, "info", "--db", str(newer), cwd=work, env=env, ok=False)
        check("plus récente" in out, "a newer database is refused with a clear message")
        check(hashlib.sha256(newer.read_bytes()).hexdigest() == before, "and left untouched")

        # A database from an older schema is migrated.
        older = os.environ.get("BIBLIOMOBILE_OLD_DB")
        if older:
            old_copy = work / "older.sqlite3"
            old_copy.write_bytes(Path(older).read_bytes())
            out = run(exe, "info", "--db", str(old_copy), cwd=work, env=env)
            check(
                "schéma" in out, f"an older database is migrated: {out.strip().splitlines()[-2:]}"
            )
    print("smoke test passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
