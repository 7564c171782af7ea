"""Where Bibliomobile keeps its files. Light on purpose: no SQLAlchemy, no Qt.

``bibliomobile gui`` reads this before anything heavy is imported, so that the window
can start while the database layer loads.
"""

from __future__ import annotations

from pathlib import Path

import platformdirs

APP_NAME = "bibliomobile"


def default_db_path() -> Path:
    """Where the database lives when no ``--db`` is given: the user data folder."""
    return platformdirs.user_data_path(APP_NAME, appauthor=False) / "bibliomobile.sqlite3"
