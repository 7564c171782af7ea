"""``bibliomobile-server person export|erase``: one person's data (RGPD, art. 15) and its
erasure everywhere (art. 17)."""

from __future__ import annotations

import argparse
import sys

from bibliomobile.commands.common import CommandError

from .privacy import add_person_export
from .serve import add_server_db_argument


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    from bibliomobile.server.retention.erasure import REASONS

    parser = subparsers.add_parser("person", help="droits des personnes (accès, effacement)")
    actions = parser.add_subparsers(dest="person_command", metavar="ACTION", required=True)
    erase = actions.add_parser(
        "erase",
        help="effacer une personne partout (serveur, historique, appareils)",
        description="Efface le lecteur de la carte et tout ce qui s'y rattache ; les "
        "statistiques restent, anonymes ; un relevé sans identité est gardé. Les "
        "appareils l'effacent à leur prochaine synchronisation.",
    )
    add_server_db_argument(erase)
    erase.add_argument("--card", required=True, help="numéro de carte du lecteur")
    erase.add_argument(
        "--reason",
        default="request",
        choices=sorted(REASONS),
        help="motif : " + ", ".join(f"{k} ({v})" for k, v in REASONS.items()),
    )
    erase.add_argument("--yes", action="store_true", help="ne pas demander de confirmation")
    erase.set_defaults(handler=run_erase)
    add_person_export(actions)


def run_erase(args: argparse.Namespace) -> int:
    from bibliomobile.server.db import create_server_engine, upgrade
    from bibliomobile.server.retention.erasure import erase_in, find_person
    from bibliomobile.server.retention.rules import RetentionError
    from bibliomobile.server.sync.state import SyncServer

    engine = create_server_engine(args.db)
    try:
        upgrade(engine)
        server = SyncServer(engine)
        try:
            if not args.yes:
                with engine.connect() as conn:
                    person = find_person(server, conn, args.card)
                print(f"Effacer définitivement {person.name} (carte {person.card}) ?")
                print("Tout ce qui la concerne sera supprimé ; c'est irréversible.")
                answer = _ask("Retapez le numéro de carte pour confirmer : ")
                if answer.strip() != person.card:
                    raise CommandError("Pas de confirmation : rien n'a été effacé.")
            with engine.begin() as conn:
                report = erase_in(server, conn, args.card, args.reason)
        except RetentionError as error:
            raise CommandError(str(error)) from error
    finally:
        engine.dispose()
    print(f"Personne effacée (relevé n° {report.record_id}, motif : {report.reason}).")
    for table, count in report.rows.items():
        print(f"  {table} : {count}")
    print("Les appareils l'effaceront à leur prochaine synchronisation.")
    return 0


def _ask(prompt: str) -> str:
    print(prompt, end="", flush=True)
    line = sys.stdin.readline()
    return line
