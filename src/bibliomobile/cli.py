"""The ``bibliomobile`` command: the GUI, and the same services from a terminal.

Each topic registers its sub-commands from ``bibliomobile.commands.<topic>``.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import sys
from collections.abc import Sequence

from bibliomobile.commands.common import CommandError, VersionAction

#: Modules under bibliomobile.commands that each define ``register(subparsers)``.
COMMAND_MODULES: tuple[str, ...] = (
    "gui",
    "demo",
    "search",
    "info",
    "export",
    "simulate",
    "sync",
    "timetable",
    "importing",
    "home_delivery",
    "labels",
    "encrypt",
    "users",
    "patrons",
    "stats",
)


def build_parser(modules: Sequence[str] = COMMAND_MODULES) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="bibliomobile",
        description="Bibliomobile : bibliobus, drive et portage à domicile, même hors connexion.",
    )
    parser.add_argument("--version", action=VersionAction)
    parser.add_argument("-v", "--verbose", action="store_true", help="journal détaillé")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMANDE")
    for name in modules:
        module = importlib.import_module(f"bibliomobile.commands.{name}")
        module.register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``bibliomobile`` console script."""
    arguments = list(sys.argv[1:] if argv is None else argv)
    # `bibliomobile gui ...` only loads the gui command: the other command modules
    # import what they need (HTTP, PDF, ...) and would slow the window's start.
    # `--version` alone needs no command at all.
    gui_only = not arguments or arguments[0] == "gui"
    light = gui_only or arguments == ["--version"]
    parser = build_parser(("gui",) if light else COMMAND_MODULES)
    args = parser.parse_args(argv)
    logging.basicConfig(
        level=logging.DEBUG if args.verbose else logging.WARNING,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )
    if args.command is None:
        args = parser.parse_args(["gui", *(argv or sys.argv[1:])])
    try:
        return int(args.handler(args) or 0)
    except CommandError as error:
        print(f"bibliomobile: {error}", file=sys.stderr)
        return error.exit_code
    except KeyboardInterrupt:
        print("bibliomobile: interrompu.", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
