"""``bibliomobile-server demo``: load the demo network into the server database."""

from __future__ import annotations

import argparse
import time

from sqlalchemy import select

from bibliomobile.commands.common import CommandError
from bibliomobile.server.db import create_server_engine, upgrade
from bibliomobile.server.models import entity_tables

from .serve import add_server_db_argument


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    from bibliomobile.services.demo.create import DEFAULT_ITEMS, DEFAULT_PATRONS

    parser = subparsers.add_parser("demo", help="charger le réseau de démonstration sur le serveur")
    add_server_db_argument(parser)
    parser.add_argument("--items", type=int, default=DEFAULT_ITEMS, help="exemplaires")
    parser.add_argument("--patrons", type=int, default=DEFAULT_PATRONS, help="lecteurs")
    parser.add_argument("--seed", type=int, default=1, help="graine (même graine, mêmes données)")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from bibliomobile.server.demo import NotEmpty, load_demo

    if args.items < 0 or args.patrons < 0:
        raise CommandError("Le nombre d'exemplaires et de lecteurs doit être positif ou nul.")
    started = time.perf_counter()
    engine = create_server_engine(args.db)
    upgrade(engine)

    def progress(message: str) -> None:
        print(f"  [{time.perf_counter() - started:5.1f} s] {message}", flush=True)

    try:
        summary = load_demo(
            engine, items=args.items, patrons=args.patrons, seed=args.seed, progress=progress
        )
    except NotEmpty as error:
        raise CommandError(str(error)) from error
    tours = entity_tables()["tours"]
    with engine.connect() as conn:
        found = conn.execute(select(tours.c.id, tours.c.name).order_by(tours.c.name)).all()
    print(f"Démonstration chargée ({sum(summary.counts.values())} lignes).")
    print("Tournées (pour « device add --scope tour:<id> ») :")
    for tour_id, name in found:
        print(f"  tour:{tour_id}  {name}")
    return 0
