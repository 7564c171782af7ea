"""The ``bibliomobile-server`` command: the central server and its administration.

Each topic registers its sub-commands from ``bibliomobile.server.commands.<topic>``.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import sys
from collections.abc import Sequence

from bibliomobile.commands.common import CommandError, VersionAction
from bibliomobile.commands.errors import run_handler
from bibliomobile.store.migrate import SchemaTooNew

#: Modules under bibliomobile.server.commands that each define ``register(subparsers)``.
COMMAND_MODULES: tuple[str, ...] = (
    "serve",
    "device",
    "demo",
    "importing",
    "info",
    "stats",
    "privacy",
    "changes",
    "retention",
    "person",
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="bibliomobile-server",
        description="Serveur central de Bibliomobile (synchronisation des appareils).",
    )
    parser.add_argument("--version", action=VersionAction)
    parser.add_argument("-v", "--verbose", action="store_true", help="journal détaillé")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMANDE")
    for name in COMMAND_MODULES:
        module = importlib.import_module(f"bibliomobile.server.commands.{name}")
        module.register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``bibliomobile-server`` console script."""
    parser = build_parser()
    args = parser.parse_args(argv)
    logging.basicConfig(
        level=logging.DEBUG if args.verbose else logging.INFO,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )
    if args.command is None:
        parser.print_help()
        return 2
    handler = args.handler

    def run(args: argparse.Namespace) -> int:
        try:
            return int(handler(args) or 0)
        except SchemaTooNew as error:
            raise CommandError(str(error)) from error

    args.handler = run
    return run_handler("bibliomobile-server", args)


if __name__ == "__main__":
    sys.exit(main())
