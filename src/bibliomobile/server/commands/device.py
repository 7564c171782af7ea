"""``bibliomobile-server device add|list|revoke``: enrol and revoke devices."""

from __future__ import annotations

import argparse

from bibliomobile.commands.common import CommandError
from bibliomobile.server import devices
from bibliomobile.server.db import create_server_engine, upgrade
from bibliomobile.server.scopes import ScopeError

from .serve import add_server_db_argument

ROLE_LABELS = {"crew": "équipage", "volunteer": "bénévole", "coordinator": "coordination"}


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser("device", help="inscrire, lister et révoquer les appareils")
    actions = parser.add_subparsers(dest="device_command", metavar="ACTION", required=True)

    add = actions.add_parser("add", help="ajouter un appareil et afficher son code d'inscription")
    add_server_db_argument(add)
    add.add_argument("--name", required=True, help="nom de l'appareil (ex. « bibliobus-nord »)")
    add.add_argument("--role", required=True, choices=devices.ROLES)
    add.add_argument("--scope", required=True, help="tour:<id>, volunteer:<id> ou all")
    add.set_defaults(handler=run_add)

    listing = actions.add_parser("list", help="lister les appareils")
    add_server_db_argument(listing)
    listing.set_defaults(handler=run_list)

    revoke = actions.add_parser("revoke", help="révoquer un appareil (401 à la prochaine synchro)")
    add_server_db_argument(revoke)
    revoke.add_argument("name", help="nom de l'appareil")
    revoke.set_defaults(handler=run_revoke)


def _engine(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    engine = create_server_engine(args.db)
    upgrade(engine)
    return engine


def run_add(args: argparse.Namespace) -> int:
    try:
        created = devices.add_device(_engine(args), args.name, args.role, args.scope)
    except (devices.DeviceError, ScopeError) as error:
        raise CommandError(str(error)) from error
    print(
        f"Appareil « {created.device.name} » ajouté ({ROLE_LABELS[created.device.role]}, "
        f"périmètre {created.device.scope})."
    )
    print(f"Code d'inscription (usage unique) : {created.enrolment_code}")
    return 0


def run_list(args: argparse.Namespace) -> int:
    found = devices.list_devices(_engine(args))
    if not found:
        print("Aucun appareil.")
        return 0
    for device in found:
        state = (
            "révoqué"
            if device.revoked
            else ("inscrit" if device.enrolled else "en attente d'inscription")
        )
        seen = (
            device.last_seen_at.strftime("%Y-%m-%d %H:%M") if device.last_seen_at else "jamais vu"
        )
        print(f"{device.name}\t{ROLE_LABELS[device.role]}\t{device.scope}\t{state}\t{seen}")
    return 0


def run_revoke(args: argparse.Namespace) -> int:
    try:
        device = devices.revoke_device(_engine(args), args.name)
    except devices.DeviceError as error:
        raise CommandError(str(error)) from error
    print(f"Appareil « {device.name} » révoqué : il recevra 401 à sa prochaine synchronisation.")
    return 0
