"""``bibliomobile labels``: print QR bag labels (PDF sheets, 62 mm roll, or ZPL)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from bibliomobile.domain.bagcode import InvalidBagCode
from bibliomobile.lang import translate
from bibliomobile.services.labels import FORMATS, labels_for_bags, labels_for_visit, write_labels
from bibliomobile.services.labels.data import UnknownBag

from .common import CommandError, add_db_argument, open_store


def register(subparsers: Any) -> None:
    parser: argparse.ArgumentParser = subparsers.add_parser(
        "labels",
        help=translate(
            "Cli", "imprimer les étiquettes QR des sacs (planches A4, rouleau 62 mm, ZPL)"
        ),
    )
    add_db_argument(parser)
    which = parser.add_mutually_exclusive_group(required=True)
    which.add_argument(
        "--visit", metavar="ID", help=translate("Cli", "tous les sacs drive de ce passage")
    )
    which.add_argument(
        "--bag",
        metavar="CODE",
        nargs="+",
        action="extend",
        help=translate("Cli", "ces sacs (codes B…)"),
    )
    parser.add_argument(
        "--format",
        required=True,
        type=str,
        help=translate("Cli", "format : {names}").format(names=" | ".join(FORMATS)),
    )
    parser.add_argument(
        "--out", required=True, type=Path, help=translate("Cli", "fichier PDF ou ZPL à écrire")
    )
    parser.add_argument(
        "--start",
        type=int,
        default=1,
        help=translate("Cli", "première position libre sur la planche (défaut 1)"),
    )
    parser.add_argument(
        "--fabric",
        action="store_true",
        help=translate("Cli", "sacs en tissu : correction d'erreur QR H"),
    )
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    fmt = next((f for f in FORMATS if f.lower() == args.format.strip().lower()), None)
    if fmt is None:
        raise CommandError(
            translate(
                "Cli", "Format d'étiquettes inconnu : {format}. Formats possibles : {names}."
            ).format(format=args.format, names=", ".join(FORMATS))
        )
    store = open_store(args)
    try:
        with store.unit_of_work() as uow:
            labels = (
                labels_for_visit(uow, args.visit) if args.visit else labels_for_bags(uow, args.bag)
            )
    except (InvalidBagCode, UnknownBag, LookupError) as error:
        raise CommandError(str(error).strip("'\"")) from error
    finally:
        store.close()
    if not labels:
        raise CommandError(translate("Cli", "Aucun sac à étiqueter pour ce passage."), exit_code=1)
    try:
        count = write_labels(labels, fmt, args.out, args.start, "H" if args.fabric else "Q")
    except ValueError as error:
        raise CommandError(str(error)) from error
    unit = "étiquette(s) ZPL" if fmt == "zpl" else "page(s)"
    print(
        translate("Cli", "{count} étiquette(s) écrites dans {out} ({count2} {unit}).").format(
            count=len(labels), out=args.out, count2=count, unit=unit
        )
    )
    return 0
