"""``bibliomobile users``: the people of this laptop (name, role, PIN)."""

from __future__ import annotations

import argparse
import getpass
import sys
from typing import Any

from bibliomobile.lang import translate

from .common import CommandError, add_db_argument, open_store


def register(subparsers: Any) -> None:
    parser: argparse.ArgumentParser = subparsers.add_parser(
        "users", help=translate("Cli", "personnes de cet ordinateur (nom, rôle, code PIN)")
    )
    add_db_argument(parser)
    actions = parser.add_subparsers(dest="users_command", metavar="ACTION")
    add = actions.add_parser("add", help=translate("Cli", "ajouter une personne"))
    add.add_argument(
        "--name", required=True, help=translate("Cli", "nom affiché (et noté sur ses changements)")
    )
    add.add_argument(
        "--role",
        required=True,
        choices=["coordinator", "crew", "volunteer"],
        help=translate("Cli", "rôle"),
    )
    add.add_argument(
        "--pin",
        default=None,
        help=translate("Cli", "code PIN (4 à 8 chiffres ; demandé s'il est absent)"),
    )
    add.add_argument("--db", default=argparse.SUPPRESS, help=argparse.SUPPRESS)
    add.set_defaults(handler=run_add)
    listing = actions.add_parser("list", help=translate("Cli", "lister les personnes"))
    listing.add_argument("--db", default=argparse.SUPPRESS, help=argparse.SUPPRESS)
    listing.set_defaults(handler=run_list)
    parser.set_defaults(handler=run_list)


def run_add(args: argparse.Namespace) -> int:
    from bibliomobile.services.users import UserError, add_user

    pin = args.pin
    if pin is None:
        if not sys.stdin.isatty():
            raise CommandError(
                translate(
                    "Cli", "Donnez le code PIN (--pin) ou lancez la commande dans un terminal."
                )
            )
        pin = getpass.getpass("Code PIN (4 à 8 chiffres) : ")
        if getpass.getpass("Encore une fois : ") != pin:
            raise CommandError(
                translate("Cli", "Les deux codes diffèrent : personne n'a été ajoutée.")
            )
    store = open_store(args)
    try:
        with store.unit_of_work() as uow:
            add_user(uow, args.name, args.role, pin)
            uow.commit()
    except UserError as error:
        raise CommandError(
            translate("Cli", "{error} Personne n'a été ajoutée.").format(error=error)
        ) from error
    finally:
        store.close()
    print(
        translate("Cli", "« {name} » ajouté·e ({role}).").format(
            name=" ".join(args.name.split()), role=args.role
        )
    )
    return 0


def run_list(args: argparse.Namespace) -> int:
    from bibliomobile.services.users import ROLE_LABELS, users

    store = open_store(args)
    try:
        with store.unit_of_work() as uow:
            rows = users(uow)
    finally:
        store.close()
    if not rows:
        print(translate("Cli", "Personne : l'application s'ouvre sans code PIN."))
    for row in rows:
        state = "" if row.active else " (retiré·e)"
        print(
            translate("Cli", "{name} — {value}{state}").format(
                name=row.name, value=ROLE_LABELS.get(row.role, row.role), state=state
            )
        )
    return 0
