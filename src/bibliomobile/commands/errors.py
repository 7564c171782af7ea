"""Any error of a command as one line a person can act on (the traceback only with -v).

Both programs (``bibliomobile`` and ``bibliomobile-server``) end with :func:`run_handler`:
a :class:`~.common.CommandError` is printed as it is; a database that cannot be opened,
a read-only or full disk, a locked database get their own sentence; anything else is
named in one line, with the hint that ``-v`` shows the details.
"""

from __future__ import annotations

import argparse
import logging
import os
import sqlite3
import sys
import traceback
from pathlib import Path

from bibliomobile.lang import translate

from .common import KEY_ENV, CommandError

log = logging.getLogger(__name__)

SQLITE_HEADER = b"SQLite format 3\x00"


def _database_error(error: BaseException) -> BaseException | None:
    """The DB-API error behind ``error`` (SQLAlchemy wraps it), if it is one."""
    seen: BaseException | None = error
    while seen is not None:
        if isinstance(seen, sqlite3.Error) or type(seen).__module__.startswith("sqlcipher3"):
            return seen
        orig = getattr(seen, "orig", None)
        seen = orig if isinstance(orig, BaseException) else seen.__cause__
    return None


def unreadable_database(path: Path, key: str | None) -> str:
    """Why the file at ``path`` cannot be opened as this program's database."""
    try:
        with path.open("rb") as file:
            header = file.read(len(SQLITE_HEADER))
    except OSError as error:
        return translate("Cli", "Impossible de lire {path} : {reason}.").format(
            path=path, reason=error.strerror
        )
    if path.is_dir():
        return translate("Cli", "{path} est un dossier, pas une base Bibliomobile.").format(
            path=path
        )
    if header == SQLITE_HEADER:
        if key:
            return translate(
                "Cli",
                "La base {path} n'est pas chiffrée : ouvrez-la sans clé "
                "(retirez BIBLIOMOBILE_DB_KEY).",
            ).format(path=path)
        return translate(
            "Cli", "La base {path} est endommagée ou n'est pas une base Bibliomobile."
        ).format(path=path)
    if key:
        return translate(
            "Cli",
            "Impossible d'ouvrir la base {path} : la clé de chiffrement est fausse, "
            "ou le fichier n'est pas une base Bibliomobile.",
        ).format(path=path)
    return translate(
        "Cli",
        "Impossible d'ouvrir la base {path} : elle est chiffrée (donnez sa clé dans "
        "BIBLIOMOBILE_DB_KEY) ou ce n'est pas une base SQLite.",
    ).format(path=path)


def describe(error: BaseException, args: argparse.Namespace | None = None) -> str:
    """One line, in the command's language, for an error that reached its top level."""
    if isinstance(error, CommandError):
        return str(error)
    if type(error).__name__ in ("EncryptionUnavailable", "SchemaTooNew"):
        return str(error)  # already a sentence (store errors, not imported here)
    database = _database_error(error)
    db = getattr(args, "db", None) if args is not None else None
    if db is not None and Path(db).is_dir():
        return translate("Cli", "{path} est un dossier, pas une base Bibliomobile.").format(path=db)
    if database is not None:
        text = str(database).lower()
        where = f" {db}" if db else ""
        if "not a database" in text and db is not None and Path(db).is_file():
            return unreadable_database(Path(db), os.environ.get(KEY_ENV) or None)
        if "readonly" in text or "read-only" in text:
            return translate(
                "Cli",
                "La base{where} est en lecture seule : on peut la consulter "
                "(info, search) mais pas la modifier.",
            ).format(where=where)
        if "disk is full" in text or "disk i/o" in text:
            return translate(
                "Cli", "Disque plein ou illisible : libérez de la place puis recommencez."
            )
        if "locked" in text or "busy" in text:
            return translate(
                "Cli",
                "La base{where} est occupée par un autre programme : réessayez dans un moment.",
            ).format(where=where)
        if "not a database" in text or "encrypted" in text:
            return translate(
                "Cli",
                "La base{where} est illisible : chiffrée sans sa clé, clé fausse, "
                "ou ce n'est pas une base Bibliomobile.",
            ).format(where=where)
        return translate("Cli", "Erreur de la base{where} : {error}.").format(
            where=where, error=database
        )
    if isinstance(error, PermissionError):
        return translate("Cli", "Accès refusé : {path}.").format(path=error.filename or error)
    if isinstance(error, FileNotFoundError):
        return translate("Cli", "Fichier introuvable : {path}.").format(
            path=error.filename or error
        )
    if isinstance(error, OSError) and error.strerror:
        return f"{error.strerror} : {error.filename}." if error.filename else f"{error.strerror}."
    return translate(
        "Cli", "erreur inattendue ({kind} : {error}). Relancez avec -v pour le détail."
    ).format(kind=type(error).__name__, error=error)


def run_handler(program: str, args: argparse.Namespace) -> int:
    """Run the parsed command; any error becomes one line on stderr and a non-zero exit."""
    try:
        return int(args.handler(args) or 0)
    except KeyboardInterrupt:
        interrupted = translate("Cli", "interrompu.")
        print(f"{program}: {interrupted}", file=sys.stderr)
        return 130
    except Exception as error:
        if getattr(args, "verbose", False) and not isinstance(error, CommandError):
            traceback.print_exc()
        else:
            log.debug("%s failed", program, exc_info=True)
        print(f"{program}: {describe(error, args)}", file=sys.stderr)
        return error.exit_code if isinstance(error, CommandError) else 1
