"""Fixtures shared by every test: a real temporary SQLite store.

Migrating a fresh database costs about ten times as much as copying one: the session
migrates one template (schema only, no device identity) and every test copies it.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

from bibliomobile.store.engine import create_sqlite_engine
from bibliomobile.store.migrate import upgrade
from bibliomobile.store.uow import Store
from builders.stats import cached_simulated_network

# New databases made by the commands under test stay unencrypted (the user's default is
# encrypted): deriving a key costs a quarter of a second per connection on two shared
# cores. The tests of encryption (tests/unit/store/test_encryption.py) remove it.
os.environ.setdefault("BIBLIOMOBILE_PLAIN_DB", "1")
# The commands speak the language of the locale (LANGUAGE first, as gettext): the tests
# read French unless they ask for English (tests/unit/commands/test_cli_language.py).
os.environ["LANGUAGE"] = "fr"

# Property tests judge correctness, not speed: on two cores shared with other work a draw
# may take a second, which must not fail a test (the benchmarks measure speed).
settings.register_profile(
    "bibliomobile", deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.load_profile("bibliomobile")


@pytest.fixture(scope="session")
def migrated_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A database file at the current schema, without a device id (each copy makes its own)."""
    path = tmp_path_factory.mktemp("template") / "template.sqlite3"
    engine = create_sqlite_engine(path)
    upgrade(engine)
    raw = engine.raw_connection()  # outside any transaction (they begin IMMEDIATE)
    try:  # everything into the main file: a copy needs no WAL
        raw.driver_connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # type: ignore[union-attr]
    finally:
        raw.close()
    engine.dispose()
    return path


@pytest.fixture
def new_store(migrated_template: Path) -> Iterator[Callable[[Path], Store]]:
    """Opens a migrated store at a path (a copy of the template): ``new_store(tmp_path / "a")``."""
    opened: list[Store] = []

    def make(path: Path) -> Store:
        path.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(migrated_template, path)
        store = Store.open(path)
        opened.append(store)
        return store

    yield make
    for store in opened:
        store.close()


@pytest.fixture
def store(new_store: Callable[[Path], Store], tmp_path: Path) -> Store:
    """A freshly migrated store in a temporary folder."""
    return new_store(tmp_path / "test.sqlite3")


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Tests that talk to real servers (tests/integration) are slow: out of the quick loop."""
    for item in items:
        if "integration" in item.path.parts:
            item.add_marker(pytest.mark.slow)


@pytest.fixture(scope="session")
def simulated_network(
    pytestconfig: pytest.Config, tmp_path_factory: pytest.TempPathFactory
) -> Path:
    """The demo network with a simulated year (tests/builders/stats.py) for the statistics
    tests, kept in the pytest cache (built again when the code that writes it changes):
    a copy for the session; copy it again before changing it."""
    cache = pytestconfig.cache
    assert cache is not None, "the statistics tests keep their network in the pytest cache"
    return cached_simulated_network(
        cache.mkdir("bibliomobile-stats-network"), tmp_path_factory.mktemp("stats")
    )


@pytest.fixture(scope="session")
def demo_network(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A small demo network (3 tours, 27 stops, 300 patrons, 1,500 copies), built once a
    session for the screen and printout tests: copy it before changing it."""
    from bibliomobile.cli import main

    path = tmp_path_factory.mktemp("demo") / "demo.sqlite3"
    demo = ["demo", "--plain", "--db", str(path), "--items", "1500", "--patrons", "300"]
    assert main([*demo, "--seed", "1"]) == 0
    return path
