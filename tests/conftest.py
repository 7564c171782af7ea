"""Fixtures shared by every test: a real temporary SQLite store."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from bibliomobile.store.uow import Store


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    """A freshly migrated store in a temporary folder."""
    opened = Store.open(tmp_path / "test.sqlite3")
    yield opened
    opened.close()
