"""``bibliomobile encrypt``: convert an unencrypted database to SQLCipher in place."""

from __future__ import annotations

import argparse
import os
import sys
from typing import Any

from bibliomobile.lang import translate

from .common import CommandError, add_db_argument, choose_passphrase, db_path


def register(subparsers: Any) -> None:
    parser: argparse.ArgumentParser = subparsers.add_parser(
        "encrypt",
        help=translate(
            "Cli",
            "chiffrer une base non chiffrée (l'original est gardé à côté, à supprimer ensuite)",
        ),
    )
    add_db_argument(parser)
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from bibliomobile.store.encrypt import EncryptionError, encrypt_database
    from bibliomobile.store.engine import is_plain_sqlite
    from bibliomobile.store.passphrase import KEY_ENV

    path = db_path(args)
    state = is_plain_sqlite(path)
    if state is None:
        raise CommandError(
            translate("Cli", "Base introuvable ou vide : {path}. Rien n'a été modifié.").format(
                path=path
            )
        )
    if state is False:
        raise CommandError(
            translate("Cli", "La base {path} est déjà chiffrée. Rien n'a été modifié.").format(
                path=path
            )
        )
    passphrase = os.environ.get(KEY_ENV)
    if not passphrase:
        if not sys.stdin.isatty():
            raise CommandError(
                translate(
                    "Cli",
                    "Donnez la phrase de passe dans ${key_env} ou lancez la commande dans un terminal. Rien n'a été modifié.",
                ).format(key_env=KEY_ENV)
            )
        passphrase = choose_passphrase(path)
    try:
        done = encrypt_database(path, passphrase)
    except EncryptionError as error:
        raise CommandError(str(error)) from error
    except OSError as error:
        raise CommandError(
            translate(
                "Cli",
                "Impossible de chiffrer {path} (ouverte par un autre programme ? disque plein ?) : {error}. Rien n'a été modifié.",
            ).format(path=path, error=error)
        ) from error
    print(
        translate("Cli", "Base chiffrée : {path} ({tables} tables).").format(
            path=done.path, tables=done.tables
        )
    )
    print(
        translate(
            "Cli",
            "L'original NON chiffré est gardé ici : {backup}\nIl contient des données personnelles en clair : supprimez-le dès que Bibliomobile s'ouvre sur la base chiffrée.",
        ).format(backup=done.backup)
    )
    return 0
