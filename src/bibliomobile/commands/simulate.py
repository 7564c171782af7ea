"""``bibliomobile simulate``: play days of crew activity, for training, demos and load tests."""

from __future__ import annotations

import argparse
from typing import Any

from bibliomobile.lang import translate
from bibliomobile.services.simulate.days import simulate

from .common import CommandError, add_db_argument, iso_date, open_store


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError as error:
        raise argparse.ArgumentTypeError(f"nombre entier attendu : {text!r}") from error
    if value < 1:
        raise argparse.ArgumentTypeError("au moins 1 jour")
    return value


def _seconds(text: str) -> float:
    try:
        value = float(text)
    except ValueError as error:
        raise argparse.ArgumentTypeError(f"nombre de secondes attendu : {text!r}") from error
    if not value > 0:
        raise argparse.ArgumentTypeError("un temps positif, en secondes")
    return value


def register(subparsers: Any) -> None:
    parser: argparse.ArgumentParser = subparsers.add_parser(
        "simulate",
        help=translate(
            "Cli", "jouer N jours d'activité réaliste (formation, démonstration, charge)"
        ),
        description=translate(
            "Cli",
            "Joue N jours d'activité par les mêmes services que l'application : passages ouverts, cartes scannées, prêts, retours, prolongations, compteurs, passages clôturés. Même graine, même base : mêmes actions.",
        ),
    )
    add_db_argument(parser)
    parser.add_argument(
        "--days", type=_positive, required=True, help=translate("Cli", "nombre de jours")
    )
    parser.add_argument(
        "--seed", type=int, default=1, help=translate("Cli", "graine du hasard (défaut 1)")
    )
    parser.add_argument(
        "--start",
        type=iso_date,
        default=None,
        help=translate("Cli", "premier jour (défaut : finir aujourd'hui)"),
    )
    parser.add_argument(
        "--planning-budget",
        type=_seconds,
        default=1.0,
        help="secondes de recherche du planificateur du portage chaque jour ouvré (défaut 1)",
    )
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    store = open_store(args)
    try:
        report = simulate(
            store.transactions(),
            days=args.days,
            seed=args.seed,
            start=args.start,
            planning_budget_s=args.planning_budget,
        )
    except ValueError as error:
        raise CommandError(str(error)) from error
    finally:
        store.close()
    for line in report.lines():
        print(line)
    if not report.counts.get("passages"):
        print(
            translate(
                "Cli",
                "Aucun passage prévu sur ces jours : générez le calendrier des tournées (ou choisissez d'autres dates avec --start).",
            )
        )
    return 0
