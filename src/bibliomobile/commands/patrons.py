"""``bibliomobile patrons add|renew``: register a patron or renew a card from a terminal."""

from __future__ import annotations

import argparse
from typing import Any

from bibliomobile.commands.common import CommandError, add_db_argument, open_store
from bibliomobile.lang import translate


def register(subparsers: Any) -> None:
    parser: argparse.ArgumentParser = subparsers.add_parser(
        "patrons", help=translate("Cli", "inscrire un lecteur, renouveler une carte")
    )
    verbs = parser.add_subparsers(dest="verb", required=True, metavar="add|renew")
    add = verbs.add_parser("add", help=translate("Cli", "inscrire un nouveau lecteur"))
    add_db_argument(add)
    add.add_argument("--first-name", required=True, help=translate("Cli", "prénom"))
    add.add_argument("--last-name", required=True, help=translate("Cli", "nom"))
    add.add_argument(
        "--birth-year",
        type=int,
        help=translate("Cli", "année de naissance (contrôle des doublons)"),
    )
    add.add_argument("--commune", help=translate("Cli", "commune"))
    add.add_argument("--email", help=translate("Cli", "courriel"))
    add.add_argument("--phone", help=translate("Cli", "téléphone"))
    add.add_argument(
        "--card", help=translate("Cli", "numéro d'une carte déjà imprimée (sinon il est créé)")
    )
    add.add_argument(
        "--allow-duplicate",
        action="store_true",
        help=translate(
            "Cli", "inscrire même si un lecteur de même nom et année, ou de même courriel, existe"
        ),
    )
    add.set_defaults(handler=run_add)
    renew = verbs.add_parser(
        "renew", help=translate("Cli", "renouveler la carte d'un lecteur pour un an")
    )
    add_db_argument(renew)
    renew.add_argument("--card", required=True, help=translate("Cli", "numéro de carte du lecteur"))
    renew.set_defaults(handler=run_renew)


def run_add(args: argparse.Namespace) -> int:
    from bibliomobile.services.patron_cards import (
        NewPatron,
        PossibleDuplicate,
        RegistrationError,
        register_patron,
    )

    data = NewPatron(
        first_name=args.first_name,
        last_name=args.last_name,
        birth_year=args.birth_year,
        commune=args.commune,
        email=args.email,
        phone=args.phone,
        card_barcode=args.card,
    )
    store = open_store(args)
    try:
        with store.unit_of_work() as uow:
            card = register_patron(uow, data, allow_duplicate=args.allow_duplicate)
            uow.commit()
    except PossibleDuplicate as error:
        raise CommandError(
            translate(
                "Cli",
                "{error}. Rien n'est enregistré ; --allow-duplicate pour inscrire quand même.",
            ).format(error=error),
            exit_code=1,
        ) from error
    except RegistrationError as error:
        raise CommandError(str(error)) from error
    finally:
        store.close()
    print(card.message)
    return 0


def run_renew(args: argparse.Namespace) -> int:
    from bibliomobile.services.patron_cards import RegistrationError, renew_card

    store = open_store(args)
    try:
        with store.unit_of_work() as uow:
            card = renew_card(uow, args.card)
            uow.commit()
    except RegistrationError as error:
        raise CommandError(str(error)) from error
    finally:
        store.close()
    print(card.message)
    return 0
