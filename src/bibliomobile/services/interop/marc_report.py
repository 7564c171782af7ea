"""What a MARC import did: the report shown at the end, its rejected records and warnings."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class RejectedRecord:
    """A record that was not imported, and why (in French)."""

    position: int  # rank in the file, from 1
    source_id: str | None
    reason: str
    offset: int | None = None  # byte offset in an ISO 2709 file

    def describe(self) -> str:
        ident = f" (identifiant {self.source_id})" if self.source_id else " (sans identifiant)"
        where = f", octet {self.offset}" if self.offset is not None else ""
        return f"notice n° {self.position}{ident}{where} : {self.reason}"


@dataclass(frozen=True, slots=True)
class ImportWarning:
    """Something skipped inside an imported record (e.g. an item without barcode)."""

    position: int
    source_id: str | None
    message: str


@dataclass(frozen=True, slots=True)
class ImportReport:
    """What an import did."""

    path: str
    flavour: str
    records_read: int
    records_created: int
    records_updated: int
    records_unchanged: int
    items_created: int
    items_updated: int
    items_unchanged: int
    libraries_created: int
    rejected: tuple[RejectedRecord, ...]
    warnings: tuple[ImportWarning, ...]
    cancelled: bool
    seconds: float
    #: Records converted from MARC-8 to Unicode (said once for the file).
    converted_from_marc8: int = 0

    @property
    def records_imported(self) -> int:
        return self.records_created + self.records_updated + self.records_unchanged

    def summary(self) -> str:
        """A few French lines for a terminal or a dialog."""
        lines = [
            f"{self.records_read} notices lues ({self.flavour.upper()}) en {self.seconds:.1f} s : "
            f"{self.records_created} créées, {self.records_updated} mises à jour, "
            f"{self.records_unchanged} inchangées, {len(self.rejected)} rejetées.",
            f"Exemplaires : {self.items_created} créés, {self.items_updated} mis à jour, "
            f"{self.items_unchanged} inchangés.",
        ]
        if self.converted_from_marc8:
            lines.append(
                f"Codage MARC-8 : {self.converted_from_marc8} notice(s) converties en Unicode "
                "(vérifiez quelques accents)."
            )
        if self.libraries_created:
            lines.append(f"Bibliothèques créées : {self.libraries_created}.")
        if self.cancelled:
            lines.append("Import interrompu : les notices déjà enregistrées sont complètes.")
        return "\n".join(lines)
