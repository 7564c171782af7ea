"""``bibliomobile enroll`` and ``bibliomobile sync``: join a server, sync, export unsent work."""

from __future__ import annotations

import argparse
import contextlib
from pathlib import Path
from typing import Any

from bibliomobile.lang import translate
from bibliomobile.services.sync.client import sync_once
from bibliomobile.services.sync.common import DeviceRevoked, SyncError
from bibliomobile.services.sync.device import enroll, export_pending, pending_count, sync_state

from .common import CommandError, add_db_argument, open_store


def register(subparsers: Any) -> None:
    enroll = subparsers.add_parser(
        "enroll", help=translate("Cli", "inscrire ce poste auprès du serveur central")
    )
    add_db_argument(enroll)
    enroll.add_argument(
        "--server", required=True, help=translate("Cli", "adresse du serveur (https://…)")
    )
    enroll.add_argument(
        "--code", required=True, help=translate("Cli", "code d'inscription à usage unique")
    )
    enroll.set_defaults(handler=run_enroll)

    parser: argparse.ArgumentParser = subparsers.add_parser(
        "sync", help=translate("Cli", "synchroniser avec le serveur central (envoi puis réception)")
    )
    add_db_argument(parser)
    actions = parser.add_subparsers(dest="sync_command", metavar="[ACTION]")
    status = actions.add_parser("status", help=translate("Cli", "état de la synchronisation"))
    _add_action_db_argument(status)
    status.set_defaults(handler=run_status)
    export = actions.add_parser(
        "export-pending",
        help=translate(
            "Cli",
            "exporter le travail non envoyé (JSON, données personnelles en clair), sans rien effacer",
        ),
    )
    _add_action_db_argument(export)
    export.add_argument(
        "--out",
        required=True,
        type=Path,
        help=translate("Cli", "fichier JSON à écrire (à l'endroit choisi)"),
    )
    export.set_defaults(handler=run_export)
    parser.set_defaults(handler=run_sync)


def _add_action_db_argument(parser: argparse.ArgumentParser) -> None:
    # --db may come before or after the action: without a default here, the one given
    # before the action is kept.
    parser.add_argument(
        "--db",
        type=Path,
        default=argparse.SUPPRESS,
        help=translate("Cli", "fichier de la base (comme ci-dessus)"),
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
        translate(
            "Cli", "Poste inscrit : « {device_name} » ({role}, périmètre {scope}) sur {server_url}."
        ).format(
            device_name=done.device_name,
            role=done.role,
            scope=done.scope,
            server_url=done.server_url,
        )
    )
    print(translate("Cli", "Lancez « bibliomobile sync » pour recevoir les données."))
    return 0


def run_sync(args: argparse.Namespace) -> int:
    store = open_store(args)
    try:
        report = sync_once(store.transactions())
    except DeviceRevoked as error:
        with store.unit_of_work() as uow:
            pending = pending_count(uow)
        raise CommandError(
            translate(
                "Cli",
                "{error} ({pending} modification(s) non envoyée(s) conservée(s) : bibliomobile sync export-pending --out FICHIER.json)",
            ).format(error=error, pending=pending),
            exit_code=3,
        ) from error
    except SyncError as error:
        with store.unit_of_work() as uow:
            pending = pending_count(uow)
        raise CommandError(
            translate("Cli", "{error} ({pending} modification(s) en attente, conservées.)").format(
                error=error, pending=pending
            )
        ) from error
    finally:
        store.close()
    print(
        translate(
            "Cli",
            "Envoyé : {pushed} appliquée(s), {duplicates} déjà reçue(s), {conflicts} conflit(s), {rejected} refusée(s) par le serveur.",
        ).format(
            pushed=report.pushed,
            duplicates=report.duplicates,
            conflicts=report.conflicts,
            rejected=report.rejected,
        )
    )
    if report.snapshot_rows:
        print(
            translate("Cli", "Instantané initial : {snapshot_rows} ligne(s) reçue(s).").format(
                snapshot_rows=report.snapshot_rows
            )
        )
    print(
        translate(
            "Cli",
            "Reçu : {pulled} modification(s), {deleted} suppression(s), {evicted} retirée(s) du périmètre, {fetched} ajoutée(s) au périmètre.",
        ).format(
            pulled=report.pulled,
            deleted=report.deleted,
            evicted=report.evicted,
            fetched=report.fetched,
        )
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
        print(translate("Cli", "Poste non inscrit."))
    else:
        print(
            translate(
                "Cli", "Serveur : {server_url} — poste « {device_name} » ({role}, {scope})"
            ).format(
                server_url=state.server_url,
                device_name=state.device_name,
                role=state.role,
                scope=state.scope,
            )
        )
    if state.revoked:
        print(
            translate(
                "Cli",
                "Ce poste a été RÉVOQUÉ : synchronisation arrêtée ; exportez le travail non envoyé.",
            )
        )
    print(
        translate("Cli", "Dernière synchronisation : {value}").format(
            value=state.last_sync or "jamais"
        )
    )
    if state.last_error:
        print(
            translate("Cli", "Dernière erreur : {last_error}").format(last_error=state.last_error)
        )
    print(
        translate(
            "Cli", "En attente : {pending} modification(s) ({refused} refusée(s) par le serveur)"
        ).format(pending=state.pending, refused=state.refused)
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
        translate(
            "Cli",
            "{count} modification(s) non envoyée(s) exportée(s) dans {out} (rien n'a été effacé).",
        ).format(count=count, out=args.out)
    )
    print(
        translate(
            "Cli",
            "Ce fichier contient des données personnelles EN CLAIR (lecteurs, visites, notes) : gardez-le sur un support sûr, remettez-le au coordinateur et supprimez-le ensuite.",
        )
    )
    return 0
