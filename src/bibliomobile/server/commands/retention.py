"""``bibliomobile-server retention``: apply the retention rules (or count what they
would do), and show or edit the rules."""

from __future__ import annotations

import argparse
import datetime as dt
import getpass

from bibliomobile.commands.common import CommandError

from .serve import add_server_db_argument


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "retention",
        help="durées de conservation : appliquer (ou compter) les suppressions, voir les règles",
        description="Applique les durées de conservation des données personnelles "
        "(voir docs/retention.md) : prêts anonymisés, lecteurs supprimés, historique "
        "expurgé ; les appareils suivent à leur prochaine synchronisation.",
    )
    parser.add_argument("--db", default=None, help="base du serveur (URL ou fichier SQLite)")
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument("--dry-run", action="store_true", help="compter sans rien changer")
    mode.add_argument("--apply", action="store_true", help="appliquer")
    parser.add_argument(
        "--today", default=None, help="date du jour à retenir (AAAA-MM-JJ ; aujourd'hui)"
    )
    parser.set_defaults(handler=run)
    actions = parser.add_subparsers(dest="retention_command", metavar="ACTION")
    rules = actions.add_parser("rules", help="voir ou modifier les règles (en mois)")
    add_server_db_argument(rules)
    rules.add_argument(
        "--set",
        action="append",
        default=[],
        metavar="CLÉ=MOIS",
        help="modifier une règle (répétable), ex. --set loan_details_months=4",
    )
    rules.add_argument("--by", default=None, help="qui modifie (par défaut : l'utilisateur)")
    rules.set_defaults(handler=run_rules)


def _engine(db: str):  # type: ignore[no-untyped-def]
    from bibliomobile.server.db import create_server_engine, upgrade

    engine = create_server_engine(db)
    upgrade(engine)
    return engine


def parse_today(raw: str | None) -> dt.date:
    if raw is None:
        return dt.date.today()
    try:
        return dt.date.fromisoformat(raw)
    except ValueError as error:
        raise CommandError(f"--today : date AAAA-MM-JJ attendue, pas {raw!r}.") from error


def run(args: argparse.Namespace) -> int:
    from bibliomobile.server.retention.job import run_retention

    if args.db is None:
        raise CommandError("--db : la base du serveur est demandée.")
    if not (args.dry_run or args.apply):
        raise CommandError("Choisissez --dry-run (compter) ou --apply (appliquer).")
    today = parse_today(args.today)
    engine = _engine(args.db)
    try:
        report = run_retention(engine, today, apply=args.apply)
    finally:
        engine.dispose()
    title = "Appliqué" if report.applied else "Essai à blanc (rien n'a changé)"
    print(f"{title} — conservation au {today.isoformat()}")
    print(f"  prêts anonymisés : {report.loans_anonymised}")
    print(f"  lecteurs supprimés : {report.patrons_deleted}")
    print(f"  profils de portage vidés : {report.profiles_cleared}")
    print(f"  notes d'inquiétude effacées : {report.welfare_notes_cleared}")
    print(f"  historique de synchronisation expurgé : {report.history_redacted}")
    for table, count in report.rows.items():
        print(f"    {table} : {count}")
    return 0


def run_rules(args: argparse.Namespace) -> int:
    from bibliomobile.server.retention.rules import RULES, RetentionError, read_rules, set_rule

    engine = _engine(args.db)
    try:
        with engine.begin() as conn:
            for change in args.set:
                key, sep, value = change.partition("=")
                if not sep:
                    raise CommandError(f"--set CLÉ=MOIS attendu, pas {change!r}.")
                try:
                    set_rule(conn, key.strip(), value, args.by or getpass.getuser())
                except RetentionError as error:
                    raise CommandError(str(error)) from error
            rules = read_rules(conn)
    finally:
        engine.dispose()
    for key, info in RULES.items():
        months = getattr(rules, key)
        default = "" if months == info.default else f" (défaut : {info.default})"
        print(f"{key} = {months} mois{default} — {info.label}")
    return 0
