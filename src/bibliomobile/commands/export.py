"""``bibliomobile export …``: files for other systems (Koha .koc, iCalendar, …).

The ``export`` group holds one sub-command per format. To add one, write a
``register_<format>(exports)`` function that adds a parser to ``exports`` (the
sub-parsers of ``export``) and append it to :data:`EXPORTERS`.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import Any

from bibliomobile.lang import translate
from bibliomobile.services.interop.koc import export_koc

from .common import CommandError, add_db_argument, iso_date, open_store
from .timetable import register_ical


def register_koc(exports: Any) -> None:
    parser: argparse.ArgumentParser = exports.add_parser(
        "koc",
        help=translate("Cli", "la circulation hors ligne au format Koha (.koc)"),
        description=translate(
            "Cli",
            "Écrit prêts, retours et prolongations au format Koha « offline circulation » (.koc), dans l'ordre où ils ont eu lieu ; les actions annulées sont omises. Par défaut : ce qui n'a pas encore été exporté depuis cet appareil.",
        ),
    )
    add_db_argument(parser)
    parser.add_argument(
        "--out", type=Path, required=True, help=translate("Cli", "fichier .koc à écrire")
    )
    when = parser.add_mutually_exclusive_group()
    when.add_argument(
        "--since",
        type=iso_date,
        default=None,
        help=translate("Cli", "depuis cette date (AAAA-MM-JJ)"),
    )
    when.add_argument(
        "--day", type=iso_date, default=None, help=translate("Cli", "ce jour-là (AAAA-MM-JJ)")
    )
    parser.set_defaults(handler=run_koc)


def run_koc(args: argparse.Namespace) -> int:
    store = open_store(args)
    try:
        with store.unit_of_work() as uow:
            result = export_koc(uow, Path(args.out), since=args.since, day=args.day)
            uow.commit()  # remembers what was exported (nothing else changes)
    except OSError as error:
        raise CommandError(
            translate("Cli", "Impossible d'écrire {out} : {value}").format(
                out=args.out, value=error.strerror or error
            )
        ) from error
    finally:
        store.close()
    print(
        f"{result.path} : {result.issues} prêt(s) et prolongation(s), {result.returns} retour(s)"
        + (
            f", {result.skipped_undone} action(s) annulée(s) omise(s)"
            if result.skipped_undone
            else ""
        )
    )
    if result.since_last_export:
        print(translate("Cli", "Depuis le dernier export de cet appareil."))
    if result.explicit_returns:
        print(
            translate(
                "Cli",
                "{explicit_returns} retour(s) ajouté(s) : document prêté à un autre lecteur sans retour entre les deux (deux appareils avant synchronisation).",
            ).format(explicit_returns=result.explicit_returns)
        )
    if result.skipped_no_card:
        print(
            translate(
                "Cli", "Attention : {skipped_no_card} prêt(s) sans carte de lecteur omis."
            ).format(skipped_no_card=result.skipped_no_card)
        )
    return 0


#: One function per export format; each adds its sub-command to the ``export`` group.
EXPORTERS: list[Callable[[Any], None]] = [register_koc, register_ical]


def register(subparsers: Any) -> None:
    parser: argparse.ArgumentParser = subparsers.add_parser(
        "export", help=translate("Cli", "exporter vers d'autres logiciels (Koha .koc, …)")
    )
    exports = parser.add_subparsers(dest="export_format", metavar="FORMAT", required=True)
    for add in EXPORTERS:
        add(exports)
