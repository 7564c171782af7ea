"""``bibliomobile-server serve``: run the sync server."""

from __future__ import annotations

import argparse
import os

from bibliomobile.commands.common import CommandError

DEFAULT_PORT = 8470


def add_server_db_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--db",
        required=True,
        help="base du serveur : URL SQLAlchemy (postgresql+psycopg://…) ou chemin d'un fichier SQLite",
    )


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser("serve", help="lancer le serveur de synchronisation")
    add_server_db_argument(parser)
    parser.add_argument("--host", default="127.0.0.1", help="adresse d'écoute (127.0.0.1)")
    parser.add_argument("--port", type=int, default=DEFAULT_PORT, help=f"port ({DEFAULT_PORT})")
    parser.add_argument(
        "--workers", type=int, default=1, help="processus de service (PostgreSQL : 2 ou plus)"
    )
    parser.add_argument("--tls-cert", default=None, help="certificat TLS (PEM) : HTTPS direct")
    parser.add_argument("--tls-key", default=None, help="clé privée du certificat TLS (PEM)")
    parser.add_argument(
        "--insecure-http",
        action="store_true",
        help="accepter le HTTP simple sur une autre adresse que 127.0.0.1 (réseau de test "
        "seulement : les données des lecteurs passent en clair)",
    )
    which = parser.add_mutually_exclusive_group()
    which.add_argument(
        "--portal-only",
        action="store_true",
        help="servir seulement le portail des lecteurs (pas l'API de synchronisation)",
    )
    which.add_argument(
        "--no-portal", action="store_true", help="ne pas servir le portail des lecteurs"
    )
    parser.add_argument(
        "--no-retention",
        action="store_true",
        help="ne pas appliquer chaque jour les durées de conservation (voir « retention »)",
    )
    parser.set_defaults(handler=run)


def check_transport(args: argparse.Namespace) -> str:
    """The scheme the server will speak; refuses plain HTTP beyond this computer.

    Behind a TLS reverse proxy (docs/tls.md) the server listens on 127.0.0.1 in plain
    HTTP; listening on another address needs a certificate or an explicit
    ``--insecure-http``.
    """
    from bibliomobile.domain.transport import is_loopback_host

    if bool(args.tls_cert) != bool(args.tls_key):
        raise CommandError("--tls-cert et --tls-key vont ensemble : donnez les deux.")
    if args.tls_cert:
        return "https"
    if not is_loopback_host(args.host) and not args.insecure_http:
        raise CommandError(
            f"Refus d'écouter en HTTP simple sur {args.host} : les données des lecteurs "
            "passeraient en clair. Placez le serveur derrière un proxy TLS en écoutant sur "
            "127.0.0.1 (voir docs/tls.md), ou donnez --tls-cert et --tls-key ; "
            "--insecure-http pour un réseau de test seulement."
        )
    return "http"


def run(args: argparse.Namespace) -> int:
    try:
        import uvicorn

        from bibliomobile.server.app import DB_ENV, PARTS_ENV, create_app
        from bibliomobile.server.db import is_url
    except ImportError as error:  # pragma: no cover - depends on the installation
        raise CommandError(
            "Le serveur demande les dépendances « server » : pip install 'bibliomobile[server]'."
        ) from error
    if args.workers < 1:
        raise CommandError("--workers : au moins 1.")
    scheme = check_transport(args)
    tls = {"ssl_certfile": args.tls_cert, "ssl_keyfile": args.tls_key} if args.tls_cert else {}
    # Migrates once, before any worker starts; prepares the catalogue file for new vans.
    app = create_app(
        args.db,
        prepare_catalogue=args.workers == 1 or args.portal_only,
        portal=not args.no_portal,
        sync=not args.portal_only,
    )
    if not args.no_retention:
        from bibliomobile.server.retention.daily import start_daily

        # In this process only, also with several workers: one run a day.
        start_daily(app.state.engine, app.state.sync)
    print(
        f"Serveur Bibliomobile sur {scheme}://{args.host}:{args.port} (base : {args.db})",
        flush=True,
    )
    if scheme == "http" and args.insecure_http:
        print("ATTENTION : HTTP simple hors de cet ordinateur (--insecure-http).", flush=True)
    if args.workers == 1:
        uvicorn.run(app, host=args.host, port=args.port, log_level="warning", **tls)
        return 0
    if not is_url(args.db) or args.db.startswith("sqlite"):
        raise CommandError("Plusieurs processus demandent PostgreSQL (SQLite n'a qu'un écrivain).")
    os.environ[DB_ENV] = args.db
    os.environ[PARTS_ENV] = "portal" if args.portal_only else "sync" if args.no_portal else ""
    uvicorn.run(
        "bibliomobile.server.app:app_from_env",
        factory=True,
        host=args.host,
        port=args.port,
        workers=args.workers,
        log_level="warning",
        **tls,
    )
    return 0
