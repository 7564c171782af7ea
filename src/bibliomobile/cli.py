"""The ``bibliomobile`` command: the GUI, and the same services from a terminal.

Each topic registers its sub-commands from ``bibliomobile.commands.<topic>``.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import os
import sys
from collections.abc import Sequence

from bibliomobile.commands.common import VersionAction
from bibliomobile.commands.errors import run_handler
from bibliomobile.commands.language import LANGUAGES, cli_language, use_language
from bibliomobile.lang import translate

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
        description=translate(
            "Cli", "Bibliomobile : bibliobus, drive et portage à domicile, même hors connexion."
        ),
    )
    parser.add_argument("--version", action=VersionAction)
    parser.add_argument(
        "-v", "--verbose", action="store_true", help=translate("Cli", "journal détaillé")
    )
    parser.add_argument(
        "--lang",
        dest="cli_lang",
        choices=LANGUAGES,
        default=None,
        help=translate("Cli", "langue des messages (sinon celle du système, ou le français)"),
    )
    subparsers = parser.add_subparsers(dest="command", metavar=translate("Cli", "COMMANDE"))
    for name in modules:
        module = importlib.import_module(f"bibliomobile.commands.{name}")
        module.register(subparsers)
    return parser


#: Options of the program itself (before the command) that take no value.
PROGRAM_OPTIONS = frozenset({"-v", "--verbose", "--version", "-h", "--help"})
#: Options of the program itself that take one value.
PROGRAM_VALUE_OPTIONS = frozenset({"--lang"})


def with_command(arguments: Sequence[str]) -> list[str]:
    """The arguments with ``gui`` inserted when no command is named.

    ``bibliomobile`` alone and ``bibliomobile --db X`` (options of the window) open the
    app: the first argument that is not an option of the program names the command,
    unless it is itself an option.
    """
    out = list(arguments)
    skip = False
    for index, argument in enumerate(out):
        if skip or argument in PROGRAM_OPTIONS or argument.startswith("--lang="):
            skip = False
            continue
        if argument in PROGRAM_VALUE_OPTIONS:
            skip = True
            continue
        if argument.startswith("-"):
            out.insert(index, "gui")
        return out
    if not any(a in ("--version", "-h", "--help") for a in out):
        out.append("gui")
    return out


def parse(argv: Sequence[str] | None = None) -> argparse.Namespace:
    """The parsed command line (``gui`` when no command is named)."""
    arguments = with_command(sys.argv[1:] if argv is None else argv)
    # `bibliomobile gui ...` only loads the gui command: the other command modules
    # import what they need (HTTP, PDF, ...) and would slow the window's start.
    # `--version` alone needs no command at all.
    commands = [
        a
        for i, a in enumerate(arguments)
        if a not in PROGRAM_OPTIONS
        and a not in PROGRAM_VALUE_OPTIONS
        and not a.startswith("--lang=")
        and not (i and arguments[i - 1] in PROGRAM_VALUE_OPTIONS)
    ]
    light = not commands or commands[0] == "gui"
    parser = build_parser(("gui",) if light else COMMAND_MODULES)
    return parser.parse_args(arguments)


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``bibliomobile`` console script."""
    arguments = sys.argv[1:] if argv is None else list(argv)
    use_language(cli_language(arguments, os.environ))
    args = parse(arguments)
    logging.basicConfig(
        level=logging.DEBUG if args.verbose else logging.WARNING,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )
    return run_handler("bibliomobile", args)


if __name__ == "__main__":
    sys.exit(main())
