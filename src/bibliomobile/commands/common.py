"""What every sub-command shares: the --db option and opening the store."""

from __future__ import annotations

import argparse
import datetime as dt
import getpass
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from bibliomobile.lang import translate
from bibliomobile.paths import default_db_path

if TYPE_CHECKING:
    from bibliomobile.store.uow import Store

# The store (SQLAlchemy) is imported where it is used: `bibliomobile gui` starts the
# window while it loads.

KEY_ENV = "BIBLIOMOBILE_DB_KEY"  # same as bibliomobile.store.passphrase.KEY_ENV


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
            option_strings,
            dest=dest,
            nargs=0,
            help=translate("Cli", "version du programme et du schéma"),
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
        help=translate("Cli", "fichier de la base (par défaut : {value})").format(
            value=default_db_path()
        ),
    )


def db_path(args: argparse.Namespace) -> Path:
    return Path(args.db) if getattr(args, "db", None) else default_db_path()


def choose_passphrase(path: Path) -> str:
    """Ask, in a terminal, for a new database's passphrase (twice, strength shown)."""
    from bibliomobile.domain.passphrase import passphrase_strength
    from bibliomobile.store.passphrase import keyring_available, save_passphrase

    print(
        translate("Cli", "La base {path} sera chiffrée. Choisissez sa phrase de passe.").format(
            path=path
        ),
        file=sys.stderr,
    )
    for _attempt in range(3):
        first = getpass.getpass("Phrase de passe : ")
        strength = passphrase_strength(first)
        print(
            translate("Cli", "Solidité : {label}. {advice}").format(
                label=strength.label, advice=strength.advice
            ),
            file=sys.stderr,
        )
        if not strength.acceptable:
            continue
        if getpass.getpass("Encore une fois : ") != first:
            print(translate("Cli", "Les deux saisies diffèrent."), file=sys.stderr)
            continue
        if keyring_available():
            answer = input("La garder dans le trousseau de cet ordinateur ? [O/n] ").strip()
            if answer.lower() in ("", "o", "oui", "y", "yes") and save_passphrase(path, first):
                print(translate("Cli", "Gardée dans le trousseau du système."), file=sys.stderr)
        return first
    raise CommandError(
        translate("Cli", "Aucune phrase de passe choisie : la base n'a pas été créée.")
    )


def database_key(path: Path, *, plain: bool = False) -> str | None:
    """The passphrase that opens (or creates) ``path``, None for an unencrypted database.

    From $BIBLIOMOBILE_DB_KEY or the system keyring, else asked in the terminal; a new
    database is encrypted unless ``plain`` (an explicit ``--plain``) is asked.
    """
    from bibliomobile.store.passphrase import PLAIN_ENV, key_need

    need = key_need(path, plain_requested=plain)
    if not need.ask:
        return need.key
    if not sys.stdin.isatty():
        if need.create:
            raise CommandError(
                translate(
                    "Cli",
                    "Une nouvelle base est chiffrée : donnez sa phrase de passe dans ${key_env} ou lancez la commande dans un terminal ({plain_env}=1 ou --plain pour une base de démonstration non chiffrée). Rien n'a été créé.",
                ).format(key_env=KEY_ENV, plain_env=PLAIN_ENV)
            )
        raise CommandError(
            translate(
                "Cli",
                "La base {path} est chiffrée : lancez la commande dans un terminal pour taper sa phrase de passe, ou donnez-la dans ${key_env}.",
            ).format(path=path, key_env=KEY_ENV)
        )
    if need.create:
        return choose_passphrase(path)
    return getpass.getpass(f"Phrase de passe de la base {path} : ")


def open_store(args: argparse.Namespace, *, must_exist: bool = True) -> Store:
    """Open the store named by ``--db`` (its passphrase from :func:`database_key`)."""
    path = db_path(args)
    if must_exist and not path.exists():
        raise CommandError(
            translate(
                "Cli", "Base introuvable : {path}. Créez-la avec « bibliomobile demo --db {path} »."
            ).format(path=path)
        )
    from bibliomobile.store.engine import is_read_only
    from bibliomobile.store.migrate import SchemaTooNew
    from bibliomobile.store.uow import Store

    try:
        # A read-only file or medium: opened for reading (info, search still work).
        return Store.open(
            path,
            key=database_key(path, plain=getattr(args, "plain", False)),
            read_only=is_read_only(path),
        )
    except SchemaTooNew as error:
        raise CommandError(str(error)) from error
