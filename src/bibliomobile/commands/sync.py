"""``bibliomobile enroll`` and ``bibliomobile sync``: join a server, sync, export unsent work."""

from __future__ import annotations

import argparse
import contextlib
from pathlib import Path
from typing import Any

from bibliomobile.services.sync.client import sync_once
from bibliomobile.services.sync.common import DeviceRevoked, SyncError
from bibliomobile.services.sync.device import enroll, export_pending, pending_count, sync_state

from .common import CommandError, add_db_argument, open_store


def register(subparsers: Any) -> None:
    enroll = subparsers.add_parser("enroll", help="inscrire ce poste auprès du serveur central")
    add_db_argument(enroll)
    enroll.add_argument("--server", required=True, help="adresse du serveur (https://…)")
    enroll.add_argument("--code", required=True, help="code d'inscription à usage unique")
    enroll.set_defaults(handler=run_enroll)

    parser: argparse.ArgumentParser = subparsers.add_parser(
        "sync", help="synchroniser avec le serveur central (envoi puis réception)"
    )
    add_db_argument(parser)
    actions = parser.add_subparsers(dest="sync_command", metavar="[ACTION]")
    status = actions.add_parser("status", help="état de la synchronisation")
    _add_action_db_argument(status)
    status.set_defaults(handler=run_status)
    export = actions.add_parser(
        "export-pending",
        help="exporter le travail non envoyé (JSON, données personnelles en clair), sans rien effacer",
    )
    _add_action_db_argument(export)
    export.add_argument(
        "--out", required=True, type=Path, help="fichier JSON à écrire (à l'endroit choisi)"
    )
    export.set_defaults(handler=run_export)
    parser.set_defaults(handler=run_sync)


def _add_action_db_argument(parser: argparse.ArgumentParser) -> None:
    # --db may come before or after the action: without a default here, the one given
    # before the action is kept.
    parser.add_argument(
        "--db", type=Path, default=argparse.SUPPRESS, help="fichier de la base (comme ci-dessus)"
    )


def run_enroll(args: argparse.Namespace) -> int:
    store = open_store(args, must_exist=False)
    try:
        done = enroll(store.transactions(), args.server, args.code)
    except SyncError as error:
        raise CommandError(str(error)) from error
    finally:
        store.close()
    print(
        f"Poste inscrit : « {done.device_name} » ({done.role}, périmètre {done.scope}) "
        f"sur {done.server_url}."
    )
    print("Lancez « bibliomobile sync » pour recevoir les données.")
    return 0


def run_sync(args: argparse.Namespace) -> int:
    store = open_store(args)
    try:
        report = sync_once(store.transactions())
    except DeviceRevoked as error:
        with store.unit_of_work() as uow:
            pending = pending_count(uow)
        raise CommandError(
            f"{error} ({pending} modification(s) non envoyée(s) conservée(s) : "
            f"bibliomobile sync export-pending --out FICHIER.json)",
            exit_code=3,
        ) from error
    except SyncError as error:
        with store.unit_of_work() as uow:
            pending = pending_count(uow)
        raise CommandError(
            f"{error} ({pending} modification(s) en attente, conservées.)"
        ) from error
    finally:
        store.close()
    print(
        f"Envoyé : {report.pushed} appliquée(s), {report.duplicates} déjà reçue(s), "
        f"{report.conflicts} conflit(s), {report.rejected} refusée(s) par le serveur."
    )
    if report.snapshot_rows:
        print(f"Instantané initial : {report.snapshot_rows} ligne(s) reçue(s).")
    print(
        f"Reçu : {report.pulled} modification(s), {report.deleted} suppression(s), "
        f"{report.evicted} retirée(s) du périmètre, {report.fetched} ajoutée(s) au périmètre."
    )
    print(
        f"En attente : {report.pending} modification(s)"
        + (
            f", dont {report.refused} refusée(s) hors périmètre (à exporter)."
            if report.refused
            else "."
        )
    )
    return 0


def run_status(args: argparse.Namespace) -> int:
    store = open_store(args)
    try:
        with store.unit_of_work() as uow:
            state = sync_state(uow)
    finally:
        store.close()
    if not state.enrolled:
        print("Poste non inscrit.")
    else:
        print(
            f"Serveur : {state.server_url} — poste « {state.device_name} » ({state.role}, {state.scope})"
        )
    if state.revoked:
        print("Ce poste a été RÉVOQUÉ : synchronisation arrêtée ; exportez le travail non envoyé.")
    print(f"Dernière synchronisation : {state.last_sync or 'jamais'}")
    if state.last_error:
        print(f"Dernière erreur : {state.last_error}")
    print(
        f"En attente : {state.pending} modification(s) ({state.refused} refusée(s) par le serveur)"
    )
    return 0


def run_export(args: argparse.Namespace) -> int:
    store = open_store(args)
    try:
        with store.unit_of_work() as uow:
            count = export_pending(uow, args.out)
    finally:
        store.close()
    with contextlib.suppress(OSError):  # a file system without permissions (a USB key)
        args.out.chmod(0o600)
    print(
        f"{count} modification(s) non envoyée(s) exportée(s) dans {args.out} (rien n'a été effacé)."
    )
    print(
        "Ce fichier contient des données personnelles EN CLAIR (lecteurs, visites, notes) : "
        "gardez-le sur un support sûr, remettez-le au coordinateur et supprimez-le ensuite."
    )
    return 0
