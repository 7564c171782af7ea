"""``bibliomobile search``: find items from a terminal."""

from __future__ import annotations

import argparse
from typing import Any

from bibliomobile.services.catalogue import search_items

from .common import add_db_argument, open_store


def register(subparsers: Any) -> None:
    parser: argparse.ArgumentParser = subparsers.add_parser(
        "search", help="chercher des exemplaires (titre, auteur, sujet, ISBN, code-barres, cote)"
    )
    add_db_argument(parser)
    parser.add_argument("query", nargs="+", help="mots cherchés, sans souci des accents")
    parser.add_argument("--limit", type=int, default=20)
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    store = open_store(args)
    query = " ".join(args.query)
    with store.unit_of_work() as uow:
        rows = search_items(uow, query, limit=args.limit)
    if not rows:
        print(f"Aucun exemplaire ne correspond à « {query} ».")
        return 1
    for row in rows:
        print(f"{row.barcode}\t{row.title}\t{row.authors}\t{row.call_number}")
    return 0
