"""``bibliomobile demo``: create the demo network in a database."""

from __future__ import annotations

import argparse
import time
from pathlib import Path
from typing import Any

from sqlalchemy.exc import DatabaseError

from bibliomobile.lang import translate
from bibliomobile.services.demo.create import (
    DEFAULT_ITEMS,
    DEFAULT_PATRONS,
    create_demo,
    database_is_empty,
)
from bibliomobile.services.demo.geography import NETWORK_NAME
from bibliomobile.store.migrate import SchemaTooNew

from .common import CommandError, add_db_argument, database_key, db_path, iso_date

_LABELS = {
    "libraries": "bibliothèques",
    "tours": "tournées",
    "stops": "arrêts",
    "schedule_rules": "règles de passage",
    "stop_visits": "passages",
    "patrons": "lecteurs",
    "records": "notices",
    "items": "exemplaires",
    "circulation_events": "événements de prêt",
    "beneficiaries": "bénéficiaires du portage",
    "volunteers": "bénévoles",
}


def _count(text: str) -> int:
    try:
        value = int(text.replace("_", "").replace(" ", ""))
    except ValueError:
        raise argparse.ArgumentTypeError(f"nombre entier attendu : « {text} »") from None
    if value < 0:
        raise argparse.ArgumentTypeError(f"nombre positif attendu : « {text} »")
    return value


def register(subparsers: Any) -> None:
    parser: argparse.ArgumentParser = subparsers.add_parser(
        "demo",
        help=translate(
            "Cli",
            "créer un réseau de démonstration (Puy-de-Dôme : 3 tournées, lecteurs, catalogue, prêts)",
        ),
    )
    add_db_argument(parser)
    parser.add_argument(
        "--items",
        type=_count,
        default=DEFAULT_ITEMS,
        help=translate("Cli", "exemplaires (défaut : {default_items})").format(
            default_items=DEFAULT_ITEMS
        ),
    )
    parser.add_argument(
        "--patrons",
        type=_count,
        default=DEFAULT_PATRONS,
        help=translate("Cli", "lecteurs (défaut : {default_patrons})").format(
            default_patrons=DEFAULT_PATRONS
        ),
    )
    parser.add_argument(
        "--seed",
        type=int,
        default=1,
        help=translate("Cli", "graine : même graine, même base (défaut : 1)"),
    )
    parser.add_argument(
        "--today",
        type=iso_date,
        default=None,
        help=translate("Cli", "date de référence AAAA-MM-JJ (défaut : aujourd'hui)"),
    )
    parser.add_argument(
        "--force",
        action="store_true",
        help=translate("Cli", "remplacer une base qui contient déjà des données"),
    )
    parser.add_argument(
        "--plain",
        action="store_true",
        help=translate(
            "Cli",
            "créer une base NON chiffrée (démonstration seulement : ses lecteurs sont fictifs)",
        ),
    )
    parser.set_defaults(handler=run)


def _remove_database(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        candidate = path.with_name(path.name + suffix)
        if candidate.exists():
            candidate.unlink()


def run(args: argparse.Namespace) -> int:
    from bibliomobile.services.home_delivery.access_notes import ensure_notes_key
    from bibliomobile.store.uow import Store

    path = db_path(args)
    key = database_key(path, plain=args.plain)
    started = time.perf_counter()
    if path.exists() and path.stat().st_size > 0:
        try:
            existing = Store.open(path, key=key)
        except SchemaTooNew as error:
            raise CommandError(str(error)) from error
        except DatabaseError as error:
            raise CommandError(
                translate(
                    "Cli", "{path} n'est pas une base Bibliomobile lisible : rien n'a été modifié."
                ).format(path=path)
            ) from error
        empty = database_is_empty(existing.engine)
        existing.close()
        if not empty and not args.force:
            raise CommandError(
                translate(
                    "Cli",
                    "La base {path} contient déjà des données : rien n'a été modifié. Ajoutez --force pour la remplacer par la démonstration.",
                ).format(path=path)
            )
        if not empty:
            try:
                _remove_database(path)
            except OSError as error:
                raise CommandError(
                    translate(
                        "Cli",
                        "Impossible de remplacer {path} (ouverte par un autre programme ?) : {error}",
                    ).format(path=path, error=error)
                ) from error
    print(
        translate("Cli", "Création de la démonstration « {network_name} » dans {path}…").format(
            network_name=NETWORK_NAME, path=path
        ),
        flush=True,
    )
    store = Store.open(path, key=key)

    def progress(message: str) -> None:
        print(
            translate("Cli", "  [{value} s] {message}").format(
                value=f"{time.perf_counter() - started:5.1f}", message=message
            ),
            flush=True,
        )

    try:
        summary = create_demo(
            store.engine,
            items=args.items,
            patrons=args.patrons,
            seed=args.seed,
            today=args.today,
            progress=progress,
        )
        # The demo's access notes are sealed like any (with this laptop's own key).
        store.transactions()(ensure_notes_key)
    finally:
        store.close()
    print(
        translate("Cli", "Créé (graine {seed}, date de référence {today}) :").format(
            seed=summary.seed, today=f"{summary.today:%d/%m/%Y}"
        )
    )
    for table, count in summary.counts.items():
        print(f"  {_LABELS.get(table, table):<26} {count:>9,}".replace(",", " "))
    print(f"  {'prêts en cours':<26} {summary.open_loans:>9,}".replace(",", " "))
    print(f"  {'dont en retard':<26} {summary.overdue_loans:>9,}".replace(",", " "))
    print(
        translate("Cli", "Terminé en {value} s.").format(
            value=f"{time.perf_counter() - started:.1f}"
        )
    )
    return 0
