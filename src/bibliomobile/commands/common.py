"""What every sub-command shares: the --db option and opening the store."""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from bibliomobile.store.engine import default_db_path
from bibliomobile.store.migrate import SchemaTooNew
from bibliomobile.store.uow import Store

KEY_ENV = "BIBLIOMOBILE_DB_KEY"


class CommandError(Exception):
    """A problem the user can act on; printed without a traceback."""

    def __init__(self, message: str, exit_code: int = 2) -> None:
        super().__init__(message)
        self.exit_code = exit_code


def add_db_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--db",
        type=Path,
        default=None,
        help=f"fichier de la base (par défaut : {default_db_path()})",
    )


def db_path(args: argparse.Namespace) -> Path:
    return Path(args.db) if getattr(args, "db", None) else default_db_path()


def open_store(args: argparse.Namespace, *, must_exist: bool = True) -> Store:
    """Open the store named by ``--db`` (key from $BIBLIOMOBILE_DB_KEY if set)."""
    path = db_path(args)
    if must_exist and not path.exists():
        raise CommandError(
            f"Base introuvable : {path}. Créez-la avec « bibliomobile demo --db {path} »."
        )
    try:
        return Store.open(path, key=os.environ.get(KEY_ENV) or None)
    except SchemaTooNew as error:
        raise CommandError(str(error)) from error
