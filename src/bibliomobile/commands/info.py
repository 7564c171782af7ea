"""``bibliomobile info``: version, schema and device of a database."""

from __future__ import annotations

import argparse
from typing import Any

from bibliomobile import __version__
from bibliomobile.store.migrate import current_revision, head_revision

from .common import add_db_argument, db_path, open_store


def register(subparsers: Any) -> None:
    parser: argparse.ArgumentParser = subparsers.add_parser(
        "info", help="version du programme, du schéma et identité de l'appareil"
    )
    add_db_argument(parser)
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    print(f"Bibliomobile {__version__} (schéma {head_revision()})")
    path = db_path(args)
    if path.exists():
        store = open_store(args)
        print(f"Base : {path} (schéma {current_revision(store.engine)})")
        print(f"Appareil : {store.device_id}")
        store.close()
    else:
        print(f"Base : {path} (pas encore créée)")
    return 0
