"""The ``bibliomobile`` command speaks English with ``--lang en`` or an English locale."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from bibliomobile.commands.language import cli_language
from bibliomobile.store.uow import Store

PROGRAM = str(Path(sys.executable).with_name("bibliomobile"))


def _run(tmp_path: Path, *arguments: str, locale: str) -> subprocess.CompletedProcess[str]:
    environ = {
        k: v for k, v in os.environ.items() if k not in ("LANGUAGE", "LC_ALL", "LC_MESSAGES")
    }
    environ["LANG"] = locale
    return subprocess.run(
        [PROGRAM, *arguments],
        capture_output=True,
        text=True,
        env=environ,
        cwd=tmp_path,
        timeout=60,
        check=False,
    )


@pytest.mark.parametrize(
    ("arguments", "locale", "expected"),
    [
        ((), "en_GB.UTF-8", "en"),
        (("--lang", "fr"), "en_GB.UTF-8", "fr"),
        (("--lang=en",), "fr_FR.UTF-8", "en"),
        ((), "fr_FR.UTF-8", "fr"),
        ((), "C.UTF-8", "fr"),
        ((), "de_DE.UTF-8", "fr"),
    ],
)
def test_the_language_comes_from_the_option_then_the_locale(
    arguments: tuple[str, ...], locale: str, expected: str
) -> None:
    assert cli_language([*arguments, "info"], {"LANG": locale}) == expected
    assert cli_language([], {"LANGUAGE": "en_US:fr", "LANG": "fr_FR.UTF-8"}) == "en"


@pytest.mark.slow
def test_the_real_command_in_french_and_in_english(tmp_path: Path) -> None:
    db = str(tmp_path / "base.sqlite3")
    missing = _run(tmp_path, "users", "list", "--db", db, locale="en_GB.UTF-8")
    assert missing.returncode == 2
    assert missing.stderr.strip() == (
        f'bibliomobile: Database not found: {db}. Create it with "bibliomobile demo --db {db}".'
    )
    Store.open(Path(db)).close()
    add = ("users", "add", "--name", "Ana", "--role", "crew", "--pin", "1111", "--db", db)

    french = _run(tmp_path, *add, locale="fr_FR.UTF-8")
    assert french.returncode == 2
    assert french.stderr.strip() == (
        "bibliomobile: Ce code PIN se devine trop facilement (suite ou chiffre répété). "
        "Personne n'a été ajoutée."
    )
    english = _run(tmp_path, *add, locale="en_GB.UTF-8")
    assert english.returncode == 2
    assert english.stderr.strip() == (
        "bibliomobile: This PIN is too easy to guess (sequence or repeated digit). "
        "Nobody was added."
    )
    forced = _run(tmp_path, "--lang", "en", *add, locale="fr_FR.UTF-8")
    assert forced.stderr == english.stderr

    created = _run(tmp_path, "--lang", "en", *add[:-3], "4821", "--db", db, locale="C.UTF-8")
    assert created.returncode == 0, created.stderr
    assert created.stdout.strip() == '"Ana" added (crew).'
    info = _run(tmp_path, "info", "--db", db, locale="en_US.UTF-8")
    assert info.returncode == 0, info.stderr
    assert info.stdout.splitlines()[0].startswith("Bibliomobile ") and "(schema " in info.stdout
    assert f"Database: {db} (schema " in info.stdout
    info_fr = _run(tmp_path, "info", "--db", db, locale="fr_FR.UTF-8")
    assert f"Base : {db} (schéma " in info_fr.stdout
    helped = _run(tmp_path, "--lang", "en", "users", "--help", locale="fr_FR.UTF-8")
    assert "add a person" in helped.stdout and "ajouter" not in helped.stdout


@pytest.mark.slow
def test_the_statistics_command_writes_english_tables_with_lang_en(
    tmp_path: Path, store: Store
) -> None:
    from builders.drive import DAY, build

    build(store)
    store.close()
    db = str(tmp_path / "test.sqlite3")
    outputs = {}
    for lang in ("fr", "en"):
        out = tmp_path / f"stats-{lang}.csv"
        done = _run(
            tmp_path, "--lang", lang, "stats", "--db", db, "--period", str(DAY.year),
            "--out", str(out), locale="fr_FR.UTF-8",
        )  # fmt: skip
        assert done.returncode == 0, done.stderr
        outputs[lang] = (done.stdout, out.read_text(encoding="utf-8-sig"))
    stdout, table = outputs["en"]
    assert "activity report 2026 — The whole network" in stdout
    assert "Service points (stops served)" in stdout and "Points de desserte" not in stdout
    assert "Stop;Planned visits;Visits made;Cancelled visits" in table
    assert "Passages prévus" not in table and "Par arrêt" not in table
    stdout, table = outputs["fr"]
    assert "rapport d'activité 2026 — Tout le réseau" in stdout
    assert "Arrêt;Passages prévus;Passages effectués;Passages annulés" in table
