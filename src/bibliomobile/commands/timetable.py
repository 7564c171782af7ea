"""``bibliomobile timetable`` (public PDF) and ``bibliomobile export ical`` (iCalendar).

Both first generate the visits the tour's rules give over the period (idempotent), so
the files show exactly the calendar the van and the drive use.
"""

from __future__ import annotations

import argparse
import calendar
import datetime as dt
from pathlib import Path
from typing import Any

from bibliomobile.lang import translate
from bibliomobile.services.bookmobile.ical import tour_ical
from bibliomobile.services.bookmobile.timetable_pdf import TimetableRequest, timetable_pdf
from bibliomobile.services.bookmobile.tours import TimetableError, find_tour

from .common import CommandError, add_db_argument, iso_date, open_store


def _months(text: str) -> int:
    try:
        value = int(text)
    except ValueError as error:
        raise argparse.ArgumentTypeError(f"nombre de mois invalide : {text!r}") from error
    if not 1 <= value <= 24:
        raise argparse.ArgumentTypeError(f"nombre de mois invalide : {value} (de 1 à 24)")
    return value


def period_end(start: dt.date, months: int) -> dt.date:
    """The day before the same day ``months`` months later (1 March + 6 → 31 August)."""
    month_index = start.month - 1 + months
    year, month = start.year + month_index // 12, month_index % 12 + 1
    day = min(start.day, calendar.monthrange(year, month)[1])
    return dt.date(year, month, day) - dt.timedelta(days=1)


def _write(path: Path, data: bytes) -> None:
    try:
        path.write_bytes(data)
    except OSError as error:
        raise CommandError(
            translate("Cli", "Impossible d'écrire {path} : {value}").format(
                path=path, value=error.strerror or error
            )
        ) from error


def register(subparsers: Any) -> None:
    parser: argparse.ArgumentParser = subparsers.add_parser(
        "timetable",
        help=translate("Cli", "horaires du bibliobus en PDF (affichage en mairie)"),
        description=translate(
            "Cli",
            "Écrit les horaires publics d'une tournée (ou d'une commune) en PDF, en gros caractères, avec les passages annulés ou déplacés.",
        ),
    )
    add_db_argument(parser)
    parser.add_argument("--tour", required=True, help=translate("Cli", "nom de la tournée"))
    parser.add_argument(
        "--out", type=Path, required=True, help=translate("Cli", "fichier PDF à écrire")
    )
    parser.add_argument(
        "--commune", default=None, help=translate("Cli", "seulement les arrêts de cette commune")
    )
    parser.add_argument(
        "--months", type=_months, default=6, help=translate("Cli", "nombre de mois (6 par défaut)")
    )
    parser.add_argument(
        "--from",
        dest="start",
        type=iso_date,
        default=None,
        help=translate("Cli", "premier jour (aujourd'hui par défaut)"),
    )
    parser.add_argument(
        "--contact",
        default=None,
        help=translate("Cli", "ligne de contact de la médiathèque, en pied de page"),
    )
    parser.set_defaults(handler=run_timetable)


def run_timetable(args: argparse.Namespace) -> int:
    start = args.start or dt.date.today()
    end = period_end(start, args.months)
    store = open_store(args)
    try:
        with store.unit_of_work() as uow:
            tour = find_tour(uow, args.tour)
            pdf = timetable_pdf(
                uow,
                TimetableRequest(
                    tour.tour_id, start, end, commune=args.commune, contact=args.contact
                ),
            )
            _write(Path(args.out), pdf)
            uow.commit()  # the visits generated for the period
    except TimetableError as error:
        raise CommandError(str(error)) from error
    finally:
        store.close()
    where = f", commune {args.commune}" if args.commune else ""
    print(
        translate("Cli", "{out} : horaires de « {name} »{where} du {start} au {end}").format(
            out=args.out,
            name=tour.name,
            where=where,
            start=f"{start:%d/%m/%Y}",
            end=f"{end:%d/%m/%Y}",
        )
    )
    return 0


def register_ical(exports: Any) -> None:
    """Add ``export ical`` to the ``export`` group (see commands/export.py)."""
    parser: argparse.ArgumentParser = exports.add_parser(
        "ical",
        help=translate("Cli", "les passages d'une tournée au format iCalendar (.ics)"),
        description=translate(
            "Cli",
            "Écrit les passages d'une tournée au format iCalendar (RFC 5545), pour les sites des communes et les agendas ; les passages annulés y restent, marqués.",
        ),
    )
    add_db_argument(parser)
    parser.add_argument("--tour", required=True, help=translate("Cli", "nom de la tournée"))
    parser.add_argument(
        "--out", type=Path, required=True, help=translate("Cli", "fichier .ics à écrire")
    )
    parser.add_argument(
        "--months",
        type=_months,
        default=12,
        help=translate("Cli", "nombre de mois (12 par défaut)"),
    )
    parser.add_argument(
        "--from",
        dest="start",
        type=iso_date,
        default=None,
        help=translate("Cli", "premier jour (aujourd'hui par défaut)"),
    )
    parser.set_defaults(handler=run_ical)


def run_ical(args: argparse.Namespace) -> int:
    start = args.start or dt.date.today()
    end = period_end(start, args.months)
    store = open_store(args)
    try:
        with store.unit_of_work() as uow:
            tour = find_tour(uow, args.tour)
            data = tour_ical(uow, tour.tour_id, start, end)  # reads only: no commit
            _write(Path(args.out), data)
    except TimetableError as error:
        raise CommandError(str(error)) from error
    finally:
        store.close()
    events = data.count(b"BEGIN:VEVENT")
    print(
        translate("Cli", "{out} : {events} passage(s) de « {name} » du {start} au {end}").format(
            out=args.out,
            events=events,
            name=tour.name,
            start=f"{start:%d/%m/%Y}",
            end=f"{end:%d/%m/%Y}",
        )
    )
    return 0
