"""``bibliomobile search``: find titles from a terminal, one line per title."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from bibliomobile.lang import translate
from bibliomobile.services.titles import TitleRow, search_titles, title_copies

from .common import add_db_argument, open_store

LOCATIONS = {"van": "bibliobus", "stacks": "réserve", "bag": "dans un sac", "on_loan": "en prêt"}


def register(subparsers: Any) -> None:
    parser: argparse.ArgumentParser = subparsers.add_parser(
        "search",
        help=translate(
            "Cli",
            "chercher des titres (titre, auteur, sujet, ISBN, code-barres, cote), une ligne par titre",
        ),
    )
    add_db_argument(parser)
    parser.add_argument(
        "query", nargs="+", help=translate("Cli", "mots cherchés, sans souci des accents")
    )
    parser.add_argument(
        "--limit", type=int, default=20, help=translate("Cli", "nombre de titres (20)")
    )
    parser.add_argument(
        "--copies",
        action="store_true",
        help=translate("Cli", "lister aussi les exemplaires de chaque titre"),
    )
    parser.set_defaults(handler=run)


def copies_summary(row: TitleRow) -> str:
    """Where the copies of a title are, in French."""
    parts = [f"{row.copies} ex."]
    for count, where in (
        (row.in_van, "au bibliobus"),
        (row.in_library, "en réserve"),
        (row.in_bags, "dans un sac"),
        (row.on_loan, "en prêt"),
    ):
        if count:
            parts.append(f"{count} {where}")
    if row.next_due:
        parts.append(f"retour le {row.next_due:%d/%m/%Y}")
    return ", ".join(parts)


def run(args: argparse.Namespace) -> int:
    if args.limit <= 0:
        print(
            translate("Cli", "--limit : un nombre de titres supérieur à zéro est attendu."),
            file=sys.stderr,
        )
        return 2
    store = open_store(args)
    query = " ".join(args.query)
    with store.unit_of_work() as uow:
        rows = search_titles(uow, query, limit=args.limit)
        copies = {row.record_id: title_copies(uow, row.record_id) for row in rows if args.copies}
    if not rows:
        print(translate("Cli", "Aucun titre ne correspond à « {query} ».").format(query=query))
        return 1
    for row in rows:
        year = f" ({row.year})" if row.year else ""
        print(
            translate("Cli", "{title}	{authors}{year}	{value}").format(
                title=row.title, authors=row.authors, year=year, value=copies_summary(row)
            )
        )
        for copy in copies.get(row.record_id, []):
            where = LOCATIONS.get(copy.location, copy.location)
            if copy.due_date:
                where += f", retour le {copy.due_date:%d/%m/%Y}"
            print(
                translate("Cli", "  {barcode}	{call_number}	{where}").format(
                    barcode=copy.barcode, call_number=copy.call_number, where=where
                )
            )
    return 0
