"""``bibliomobile-server info``: program version and the schema of a server database."""

from __future__ import annotations

import argparse

from bibliomobile import __version__

from .serve import add_server_db_argument


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "info", help="version du serveur et du schéma de sa base (sans la modifier)"
    )
    add_server_db_argument(parser)
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from bibliomobile.server.db import create_server_engine, current_revision, head_revision

    print(f"Bibliomobile serveur {__version__} (schéma serveur {head_revision()})")
    engine = create_server_engine(args.db)
    try:
        current = current_revision(engine)
    finally:
        engine.dispose()
    print(f"Base : {args.db} (schéma {current or 'vide : sera créé au démarrage'})")
    return 0
