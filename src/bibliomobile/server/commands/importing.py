"""``bibliomobile-server import marc|patrons``: load the library system's exports on
the server; the devices then receive them by sync (see ``bibliomobile.server.importing``).

Same options, report and exit codes as ``bibliomobile import`` (0 when the import
ran, rejects listed on stderr; 1 with ``--strict`` when anything was rejected; 2
when nothing could be imported).
"""

from __future__ import annotations

import argparse
from pathlib import Path

from bibliomobile.commands.common import CommandError
from bibliomobile.commands.importing import (
    ProgressLine,
    add_marc_options,
    add_patron_options,
    load_marc_mapping,
    print_marc_report,
    print_patron_report,
)
from bibliomobile.server.db import create_server_engine, upgrade
from bibliomobile.server.importing import server_batches
from bibliomobile.services.interop.marc_import import MarcImportError, import_marc_into
from bibliomobile.services.interop.marc_mapping import MappingError
from bibliomobile.services.interop.patron_import import (
    PatronFileError,
    import_patrons_into,
    load_patron_mapping,
)

from .serve import add_server_db_argument


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "import", help="importer un catalogue MARC ou des lecteurs (transmis aux appareils)"
    )
    topics = parser.add_subparsers(dest="import_kind", metavar="TYPE", required=True)

    marc = topics.add_parser("marc", help="notices et exemplaires UNIMARC / MARC21")
    marc.add_argument("file", type=Path, metavar="FICHIER")
    add_server_db_argument(marc)
    add_marc_options(marc)
    marc.set_defaults(handler=run_marc)

    patrons = topics.add_parser("patrons", help="lecteurs depuis un fichier CSV")
    patrons.add_argument("file", type=Path, metavar="FICHIER.csv")
    add_server_db_argument(patrons)
    add_patron_options(patrons)
    patrons.set_defaults(handler=run_patrons)


def _engine(db: str):  # type: ignore[no-untyped-def]
    engine = create_server_engine(db)
    upgrade(engine)
    return engine


def run_marc(args: argparse.Namespace) -> int:
    mapping = load_marc_mapping(args.mapping)
    if not args.file.is_file():
        raise CommandError(f"fichier introuvable : {args.file}")
    engine = _engine(args.db)
    progress = ProgressLine()
    try:
        report = import_marc_into(
            server_batches(engine),
            args.file,
            flavour=args.flavour,
            mapping=mapping,
            progress=progress,
            batch_size=max(1, args.batch),
        )
    except MarcImportError as error:
        raise CommandError(str(error)) from error
    finally:
        progress.end()
        engine.dispose()
    print_marc_report(report)
    return 1 if args.strict and report.rejected else 0


def run_patrons(args: argparse.Namespace) -> int:
    engine = _engine(args.db)
    try:
        mapping = load_patron_mapping(args.mapping) if args.mapping else None
        report = import_patrons_into(
            server_batches(engine),
            args.file,
            mapping,
            dry_run=args.dry_run,
            confirm_identity=args.confirm_identity,
        )
    except (PatronFileError, MappingError) as error:
        raise CommandError(str(error)) from error
    finally:
        engine.dispose()
    print_patron_report(report)
    return 1 if args.strict and report.bad_rows else 0
