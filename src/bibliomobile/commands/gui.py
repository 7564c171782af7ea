"""``bibliomobile gui``: open the main window (the default command)."""

from __future__ import annotations

import argparse
from typing import Any

from bibliomobile.lang import translate

from .common import add_db_argument, db_path


def register(subparsers: Any) -> None:
    parser: argparse.ArgumentParser = subparsers.add_parser(
        "gui", help=translate("Cli", "ouvrir l'application")
    )
    add_db_argument(parser)
    parser.add_argument(
        "--lang", choices=["fr", "en"], default=None, help=translate("Cli", "langue de l'interface")
    )
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    # Imported here so that terminal commands never load Qt.
    from bibliomobile.ui.app import run_app

    return int(run_app(db_path(args), language=args.lang or getattr(args, "cli_lang", None)))
