"""``bibliomobile-server changes``: who changed what, from which device (the access log is ``audit``)."""

from __future__ import annotations

import argparse

from bibliomobile.commands.common import CommandError
from bibliomobile.server.audit import audit_trail
from bibliomobile.server.db import create_server_engine, upgrade

from .serve import add_server_db_argument


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "changes", help="les dernières modifications reçues : quand, appareil, personne, donnée"
    )
    add_server_db_argument(parser)
    parser.add_argument("--entity", help="une sorte de donnée (ex. beneficiaries)")
    parser.add_argument("--id", dest="entity_id", help="l'identifiant d'une fiche")
    parser.add_argument("--author", help="le nom d'une personne")
    parser.add_argument("--limit", type=int, default=100, help="nombre de lignes (100)")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    if args.limit < 1:
        raise CommandError("--limit doit être un nombre positif.")
    for name in ("entity", "entity_id", "author"):
        value = getattr(args, name)
        if value is not None and ("\x00" in value or len(value) > 120):
            raise CommandError(f"Valeur invalide pour --{name.replace('entity_id', 'id')}.")
    engine = create_server_engine(args.db)
    try:
        upgrade(engine)
        lines = audit_trail(
            engine,
            entity=args.entity,
            entity_id=args.entity_id,
            author=args.author,
            limit=args.limit,
        )
    finally:
        engine.dispose()
    if not lines:
        print("Aucune modification reçue.")
        return 0
    for line in lines:
        when = line.received_at.strftime("%Y-%m-%d %H:%M:%S")
        person = line.author or "(personne non nommée)"
        fields = ", ".join(line.fields) if line.op == "update" else ""
        print(
            f"{when}\t{line.device}\t{person}\t{line.op} {line.entity} {line.entity_id}"
            f"\t{line.result}" + (f"\t{fields}" if fields else "")
        )
    return 0
