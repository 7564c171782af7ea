"""``bibliomobile info``: version, schema and device of a database."""

from __future__ import annotations

import argparse
from typing import Any

from bibliomobile import __version__
from bibliomobile.lang import translate
from bibliomobile.store.migrate import current_revision, head_revision

from .common import add_db_argument, db_path, open_store


def register(subparsers: Any) -> None:
    parser: argparse.ArgumentParser = subparsers.add_parser(
        "info",
        help=translate("Cli", "version du programme, du schéma et identité de l'appareil"),
    )
    add_db_argument(parser)
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    print(
        translate("Cli", "Bibliomobile {version} (schéma {schema})").format(
            version=__version__, schema=head_revision()
        )
    )
    path = db_path(args)
    if path.exists():
        store = open_store(args)
        print(
            translate("Cli", "Base : {path} (schéma {schema})").format(
                path=path, schema=current_revision(store.engine)
            )
        )
        print(translate("Cli", "Appareil : {device}").format(device=store.device_id))
        store.close()
    else:
        print(translate("Cli", "Base : {path} (pas encore créée)").format(path=path))
    return 0
