"""``bibliomobile import marc|patrons``: load the library system's exports.

Exit code: 0 when the import ran, even if some records or rows were rejected (the
good ones are imported and stay; each reject is printed on stderr with its
position and reason); with ``--strict``, 1 when anything was rejected; 2 when
nothing could be imported (missing file, unknown format, bad mapping).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any, TextIO

from bibliomobile.lang import translate
from bibliomobile.services.interop.marc_import import (
    DEFAULT_BATCH,
    MarcImportError,
    import_marc,
)
from bibliomobile.services.interop.marc_mapping import MappingError, load_mapping
from bibliomobile.services.interop.marc_report import ImportReport
from bibliomobile.services.interop.patron_import import (
    PatronFileError,
    PatronImportReport,
    import_patrons,
    load_patron_mapping,
    preview,
)

from .common import CommandError, add_db_argument, open_store

MAX_WARNINGS_SHOWN = 20


def register(subparsers: Any) -> None:
    parser: argparse.ArgumentParser = subparsers.add_parser(
        "import", help=translate("Cli", "importer un catalogue MARC ou un fichier de lecteurs")
    )
    topics = parser.add_subparsers(dest="import_kind", metavar="TYPE", required=True)

    marc = topics.add_parser(
        "marc", help=translate("Cli", "notices et exemplaires UNIMARC / MARC21 (ISO 2709, MARCXML)")
    )
    marc.add_argument("file", type=Path, metavar=translate("Cli", "FICHIER"))
    add_db_argument(marc)
    add_marc_options(marc)
    marc.set_defaults(handler=run_marc)

    patrons = topics.add_parser("patrons", help=translate("Cli", "lecteurs depuis un fichier CSV"))
    patrons.add_argument("file", type=Path, metavar=translate("Cli", "FICHIER.csv"))
    add_db_argument(patrons)
    add_patron_options(patrons)
    patrons.set_defaults(handler=run_patrons)


def add_marc_options(parser: argparse.ArgumentParser) -> None:
    """Options shared with ``bibliomobile-server import marc``."""
    parser.add_argument(
        "--flavour",
        choices=("unimarc", "marc21", "auto"),
        default="auto",
        help=translate("Cli", "format des notices (par défaut : reconnu d'après leur structure)"),
    )
    parser.add_argument(
        "--mapping",
        type=Path,
        help=translate("Cli", "fichier de correspondance TOML (voir resources/mappings/)"),
    )
    parser.add_argument(
        "--batch",
        type=int,
        default=DEFAULT_BATCH,
        help=f"notices par transaction ({DEFAULT_BATCH:,})".replace(",", "\u202f"),
    )
    parser.add_argument(
        "--strict",
        action="store_true",
        help=translate("Cli", "code de sortie 1 si une notice est rejetée"),
    )


def add_patron_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--mapping", type=Path, help=translate("Cli", 'fichier TOML [columns] colonne = "En-tête"')
    )
    parser.add_argument(
        "--dry-run",
        action="store_true",
        help=translate("Cli", "montrer ce qui serait importé sans rien écrire"),
    )
    parser.add_argument(
        "--strict",
        action="store_true",
        help=translate("Cli", "code de sortie 1 si une ligne est rejetée"),
    )
    parser.add_argument(
        "--confirm-identity",
        action="store_true",
        help=translate(
            "Cli",
            "appliquer aussi les changements de nom, prénom ou année de naissance d'une carte",
        ),
    )


class ProgressLine:
    """A progress line on stderr when it is a terminal (nothing in a pipe or a log)."""

    def __init__(self, stream: TextIO | None = None) -> None:
        self.stream = stream or sys.stderr
        self.active = self.stream.isatty()

    def __call__(self, done: int, total: int) -> None:
        if self.active:
            percent = 100 * done // total if total else 100
            self.stream.write(f"\r  {done:,} / {total:,} notices ({percent} %)".replace(",", " "))
            self.stream.flush()

    def end(self) -> None:
        if self.active:
            self.stream.write("\n")


def print_marc_report(
    report: ImportReport, out: TextIO | None = None, err: TextIO | None = None
) -> None:
    out = out or sys.stdout
    err = err or sys.stderr
    print(report.summary(), file=out)
    if report.rejected:
        print(
            translate("Cli", "{count} notice(s) rejetée(s), rien n'en a été écrit :").format(
                count=len(report.rejected)
            ),
            file=err,
        )
        for rejected in report.rejected:
            print(translate("Cli", "  - {value}").format(value=rejected.describe()), file=err)
    if report.warnings:
        print(
            translate("Cli", "{count} avertissement(s) :").format(count=len(report.warnings)),
            file=err,
        )
        for warning in report.warnings[:MAX_WARNINGS_SHOWN]:
            print(
                translate("Cli", "  - notice n° {position} : {message}").format(
                    position=warning.position, message=warning.message
                ),
                file=err,
            )
        if len(report.warnings) > MAX_WARNINGS_SHOWN:
            print(
                translate("Cli", "  … et {value} autres").format(
                    value=len(report.warnings) - MAX_WARNINGS_SHOWN
                ),
                file=err,
            )


def load_marc_mapping(path: Path | None) -> Any:
    if path is None:
        return None
    try:
        return load_mapping(path)
    except MappingError as error:
        raise CommandError(str(error)) from error


def run_marc(args: argparse.Namespace) -> int:
    mapping = load_marc_mapping(args.mapping)
    if args.file.is_dir():
        raise CommandError(
            translate("Cli", "{file} est un dossier : donnez le fichier MARC lui-même").format(
                file=args.file
            )
        )
    if not args.file.is_file():
        raise CommandError(translate("Cli", "fichier introuvable : {file}").format(file=args.file))
    store = open_store(args, must_exist=False)
    progress = ProgressLine()
    try:
        report = import_marc(
            store.transactions(),
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
        store.close()
    print_marc_report(report)
    return 1 if args.strict and report.rejected else 0


def print_patron_report(
    report: PatronImportReport, out: TextIO | None = None, err: TextIO | None = None
) -> None:
    out = out or sys.stdout
    err = err or sys.stderr
    print(report.summary(), file=out)
    for change in report.changes:
        if not change.created:
            print(translate("Cli", "  {value}").format(value=change.describe()), file=out)
    for bad in report.bad_rows:
        print(translate("Cli", "  - {value}").format(value=bad.describe()), file=err)


def run_patrons(args: argparse.Namespace) -> int:
    try:
        mapping = load_patron_mapping(args.mapping) if args.mapping else None
        if args.dry_run:
            shown = preview(args.file, mapping, rows=5)
            print(
                translate(
                    "Cli", "Fichier {encoding}, séparateur « {delimiter} », {row_count} lignes."
                ).format(
                    encoding=shown.encoding, delimiter=shown.delimiter, row_count=shown.row_count
                )
            )
            for target, header in shown.mapping.items():
                print(
                    translate("Cli", "  {header} → {target}").format(header=header, target=target)
                )
            if shown.ignored:
                print(
                    translate("Cli", "  Colonnes ignorées (jamais enregistrées) : {names}").format(
                        names=", ".join(shown.ignored)
                    )
                )
        store = open_store(args, must_exist=False)
        try:
            report = import_patrons(
                store.transactions(),
                args.file,
                mapping,
                dry_run=args.dry_run,
                confirm_identity=args.confirm_identity,
            )
        finally:
            store.close()
    except (PatronFileError, MappingError) as error:
        raise CommandError(str(error)) from error
    print_patron_report(report)
    return 1 if args.strict and report.bad_rows else 0
