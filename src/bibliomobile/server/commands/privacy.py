"""``bibliomobile-server audit``, ``register`` and ``person export`` (added to ``person``): personal data for
the coordination and the DPO (who saw what, one person's data, the art. 30 register)."""

from __future__ import annotations

import argparse
import getpass
from pathlib import Path

from sqlalchemy import Engine

from bibliomobile.commands.common import CommandError, iso_date
from bibliomobile.domain.enums import AuditAction

from .serve import add_server_db_argument

PERSONAL_DATA_WARNING = (
    "Ce fichier contient des données personnelles : remettez-le à la personne ou au "
    "délégué à la protection des données, puis supprimez-le."
)


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    audit = subparsers.add_parser(
        "audit", help="journal des accès aux données personnelles (12 derniers mois)"
    )
    add_server_db_argument(audit)
    audit.add_argument("--person", metavar="CARTE", help="seulement ce qui concerne ce lecteur")
    audit.add_argument("--since", type=iso_date, metavar="AAAA-MM-JJ", help="depuis cette date")
    audit.set_defaults(handler=run_audit)

    reg = subparsers.add_parser(
        "register", help="registre des activités de traitement (RGPD art. 30)"
    )
    add_server_db_argument(reg)
    reg.add_argument("--out", required=True, type=Path, help="fichier .md ou .pdf")
    reg.set_defaults(handler=run_register)


def add_person_export(
    actions: argparse._SubParsersAction[argparse.ArgumentParser],
) -> None:
    """``person export``, beside ``person erase`` (commands/person.py)."""
    export = actions.add_parser(
        "export", help="tout ce que le serveur détient sur un lecteur (PDF lisible ou JSON)"
    )
    add_server_db_argument(export)
    export.add_argument("--card", required=True, help="numéro de carte du lecteur")
    export.add_argument("--out", required=True, type=Path, help="fichier .pdf ou .json")
    export.set_defaults(handler=run_person_export)


def _migrated_engine(db: str) -> Engine:
    from bibliomobile.server.db import create_server_engine, current_revision, head_revision

    engine = create_server_engine(db)
    if current_revision(engine) != head_revision():
        engine.dispose()
        raise CommandError(
            "Cette base n'est pas au schéma de ce serveur : lancez d'abord "
            "« bibliomobile-server serve » (il la met à jour)."
        )
    return engine


def _check_suffix(out: Path, allowed: tuple[str, ...]) -> None:
    if out.suffix.lower() not in allowed:
        raise CommandError(
            f"Format de sortie inconnu : {out.name} (attendu : {' ou '.join(allowed)})."
        )
    if not out.parent.is_dir():
        raise CommandError(f"Dossier introuvable : {out.parent}")


def run_audit(args: argparse.Namespace) -> int:
    from bibliomobile.server.privacy.audit import audit_lines, patron_of_card

    engine = _migrated_engine(args.db)
    try:
        with engine.connect() as conn:
            patron_id = None
            beneficiary_ids: list[str] = []
            if args.person:
                patron_id = patron_of_card(conn, args.person)
                if patron_id is None:
                    raise CommandError(f"Aucun lecteur n'a la carte {args.person!r}.")
                from bibliomobile.server.privacy.person import rows_about

                beneficiary_ids = [
                    r["id"] for r in rows_about(conn, patron_id).get("beneficiaries", [])
                ]
            lines = audit_lines(
                conn, patron_id=patron_id, beneficiary_ids=beneficiary_ids, since=args.since
            )
    finally:
        engine.dispose()
    if not lines:
        print("Aucune entrée dans le journal.")
        return 0
    for line in lines:
        about = line.patron_id or "—"
        print(
            f"{line.occurred_at:%Y-%m-%d %H:%M}  {line.user_name}  ({line.device_name})  "
            f"{line.action_label}  lecteur {about}"
            + (f"  tournée {line.round_id}" if line.round_id else "")
        )
    print(f"{len(lines)} entrée(s).")
    return 0


def run_person_export(args: argparse.Namespace) -> int:
    from bibliomobile.server.privacy.audit import record_here
    from bibliomobile.server.privacy.person import PersonNotFound, as_json, person_data
    from bibliomobile.server.privacy.person_pdf import person_document

    out: Path = args.out
    _check_suffix(out, (".pdf", ".json"))
    engine = _migrated_engine(args.db)
    try:
        with engine.begin() as conn:
            try:
                data = person_data(conn, args.card)
            except PersonNotFound as error:
                raise CommandError(str(error)) from error
            if out.suffix.lower() == ".pdf":
                out.write_bytes(person_document(data).pdf())
            else:
                out.write_text(as_json(data), encoding="utf-8")
            record_here(
                conn,
                AuditAction.EXPORTED,
                getpass.getuser(),
                patron_id=data.patron_id,
                detail=f"droit d'accès ({out.suffix.lower().lstrip('.')})",
            )
    finally:
        engine.dispose()
    print(f"Écrit : {out} ({len(data.held_loans)} prêt(s) en cours, {len(data.audit)} accès).")
    print(PERSONAL_DATA_WARNING)
    return 0


def run_register(args: argparse.Namespace) -> int:
    from bibliomobile.server.privacy.register import register_document

    out: Path = args.out
    _check_suffix(out, (".md", ".pdf"))
    engine = _migrated_engine(args.db)
    try:
        with engine.connect() as conn:
            document = register_document(conn)
    finally:
        engine.dispose()
    document.write(out)
    print(f"Registre écrit : {out}")
    return 0
