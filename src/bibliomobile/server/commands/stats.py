"""``bibliomobile-server stats``: the statistics of the whole network, from the server's
database (what every device has pushed), as CSV, XLSX or PDF."""

from __future__ import annotations

import argparse
from dataclasses import dataclass

from sqlalchemy.orm import Session

from bibliomobile.commands.common import CommandError
from bibliomobile.commands.stats import add_stats_arguments, output_format, write_report

from .serve import add_server_db_argument


@dataclass(frozen=True)
class _Reading:
    """The server's session as the statistics read it (they only read)."""

    session: Session


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "stats",
        help="statistiques du réseau (bibliobus, drive, portage, enquête annuelle)",
        description="Les chiffres de tous les appareils synchronisés, en CSV, XLSX ou PDF.",
    )
    add_server_db_argument(parser)
    add_stats_arguments(parser)
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from bibliomobile.server.db import create_server_engine, current_revision, head_revision
    from bibliomobile.services.stats.common import StatsError, parse_period
    from bibliomobile.services.stats.report import annual_report

    fmt = output_format(args)
    try:
        period = parse_period(args.period)
    except StatsError as error:
        raise CommandError(str(error)) from error
    engine = create_server_engine(args.db)
    try:
        if current_revision(engine) != head_revision():
            raise CommandError(
                "Cette base n'est pas au schéma de ce serveur : lancez d'abord "
                "« bibliomobile-server serve » (il la met à jour)."
            )
        with Session(engine) as session:
            report = annual_report(_Reading(session), period, args.scope)
    except StatsError as error:
        raise CommandError(str(error)) from error
    finally:
        engine.dispose()
    write_report(report, fmt, args.out)
    print(f"{report.title} — {report.scope.label}")
    print(f"Écrit : {args.out}")
    return 0
