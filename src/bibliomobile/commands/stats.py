"""``bibliomobile stats``: the statistics of a period and a scope as CSV, XLSX or PDF.

bibliomobile stats --db FILE --period 2026|2026-03|2026-01-01:2026-06-30
                   [--scope network|library:X|tour:X|stop:X]
                   --format csv|xlsx|pdf --out FILE
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from bibliomobile.lang import translate
from bibliomobile.services.stats.common import StatsError, parse_period, stats_text
from bibliomobile.services.stats.exports import report_csv, report_xlsx
from bibliomobile.services.stats.report import Report, annual_report
from bibliomobile.services.stats.report_pdf import report_pdf

from .common import CommandError, add_db_argument, open_store

FORMATS = ("csv", "xlsx", "pdf")


def add_stats_arguments(parser: argparse.ArgumentParser) -> None:
    """The options shared with ``bibliomobile-server stats``."""
    parser.add_argument(
        "--period",
        required=True,
        help=translate("Cli", "2026 (année), 2026-03 (mois) ou 2026-01-01:2026-06-30"),
    )
    parser.add_argument(
        "--scope",
        default=None,
        help=translate("Cli", "network (défaut), library:…, tour:… ou stop:…"),
    )
    parser.add_argument(
        "--format", choices=FORMATS, default=None, help=translate("Cli", "csv, xlsx ou pdf")
    )
    parser.add_argument(
        "--out", type=Path, required=True, help=translate("Cli", "fichier à écrire")
    )


def register(subparsers: Any) -> None:
    parser: argparse.ArgumentParser = subparsers.add_parser(
        "stats",
        help=translate(
            "Cli", "statistiques d'une période (bibliobus, drive, portage, enquête annuelle)"
        ),
        description=translate(
            "Cli",
            "Écrit les tableaux de la période en CSV (Excel en français), en classeur XLSX (une feuille par tableau et les définitions) ou le rapport annuel en PDF.",
        ),
    )
    add_db_argument(parser)
    add_stats_arguments(parser)
    parser.set_defaults(handler=run)


def output_format(args: argparse.Namespace) -> str:
    """``--format``, else the extension of ``--out``."""
    chosen = args.format or args.out.suffix.lower().lstrip(".")
    if chosen not in FORMATS:
        raise CommandError(
            translate("Cli", "Format inconnu : choisissez --format csv, xlsx ou pdf.")
        )
    return str(chosen)


def write_report(report: Report, fmt: str, out: Path) -> None:
    """Write the report at ``out`` (the directory must exist)."""
    data = {"csv": report_csv, "xlsx": report_xlsx, "pdf": report_pdf}[fmt](report)
    if not out.parent.is_dir():
        raise CommandError(
            translate("Cli", "Ce dossier n'existe pas : {parent}").format(parent=out.parent)
        )
    try:
        out.write_bytes(data)
    except OSError as error:
        raise CommandError(
            translate("Cli", "Impossible d'écrire {out} : {strerror}").format(
                out=out, strerror=error.strerror
            )
        ) from error


def run(args: argparse.Namespace) -> int:
    fmt = output_format(args)
    if not args.out.parent.is_dir():
        raise CommandError(
            translate("Cli", "Ce dossier n'existe pas : {parent}").format(parent=args.out.parent)
        )
    try:
        period = parse_period(args.period)
    except StatsError as error:
        raise CommandError(str(error)) from error
    store = open_store(args)
    try:
        with store.unit_of_work() as uow:
            report = annual_report(uow, period, args.scope)
    except StatsError as error:
        raise CommandError(str(error)) from error
    finally:
        store.close()
    write_report(report, fmt, args.out)
    survey = report.section("survey").tables[0]
    print(
        translate("Cli", "{title} — {label}").format(
            title=report.title, label=stats_text(report.scope.label)
        )
    )
    for _heading, question, value in survey.rows:
        print(translate("Cli", "  {question} : {value}").format(question=question, value=value))
    print(translate("Cli", "Écrit : {out}").format(out=args.out))
    return 0
