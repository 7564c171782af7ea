"""What every sub-command shares: the --db option and opening the store."""

from __future__ import annotations

import argparse
import datetime as dt
import os
from pathlib import Path
from typing import TYPE_CHECKING

from bibliomobile.paths import default_db_path

if TYPE_CHECKING:
    from bibliomobile.store.uow import Store

# The store (SQLAlchemy) is imported where it is used: `bibliomobile gui` starts the
# window while it loads.

KEY_ENV = "BIBLIOMOBILE_DB_KEY"


def version_text(program: str) -> str:
    """``program X.Y.Z (schéma NNNN)``: the program and the database schema it writes."""
    from bibliomobile import __version__
    from bibliomobile.store.migrate import head_revision

    if program == "bibliomobile-server":
        from bibliomobile.server.db import head_revision as server_head

        return f"{program} {__version__} (schéma serveur {server_head()}, postes {head_revision()})"
    return f"{program} {__version__} (schéma {head_revision()})"


class VersionAction(argparse.Action):
    """``--version`` that reads the schema version only when asked."""

    def __init__(self, option_strings: list[str], dest: str = argparse.SUPPRESS, **kwargs: object):
        super().__init__(
            option_strings, dest=dest, nargs=0, help="version du programme et du schéma"
        )

    def __call__(self, parser: argparse.ArgumentParser, *_args: object) -> None:
        print(version_text(parser.prog))
        parser.exit()


def iso_date(text: str) -> dt.date:
    """An argparse type for dates typed as AAAA-MM-JJ, with a French message otherwise."""
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"date invalide : {text!r} (attendu AAAA-MM-JJ, par exemple 2026-03-03)"
        ) from None


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
    from bibliomobile.store.engine import is_read_only
    from bibliomobile.store.migrate import SchemaTooNew
    from bibliomobile.store.uow import Store

    key = os.environ.get(KEY_ENV) or None
    try:
        # A read-only file or medium: opened for reading (info, search still work).
        return Store.open(path, key=key, read_only=is_read_only(path))
    except SchemaTooNew as error:
        raise CommandError(str(error)) from error
