"""What a MARC import did: the report shown at the end, its rejected records and warnings."""

from __future__ import annotations

from dataclasses import dataclass

from bibliomobile.lang import Message


@dataclass(frozen=True, slots=True)
class RejectedRecord:
    """A record that was not imported, and why (in French)."""

    position: int  # rank in the file, from 1
    source_id: str | None
    reason: str
    offset: int | None = None  # byte offset in an ISO 2709 file

    def describe(self) -> str:
        ident = (
            Message("interop.record_with_id", id=self.source_id)
            if self.source_id
            else Message("interop.record_without_id")
        )
        where = (
            str(Message("interop.at_byte", offset=self.offset)) if self.offset is not None else ""
        )
        return str(
            Message(
                "interop.rejected_record",
                position=self.position,
                ident=ident,
                where=where,
                reason=self.reason,
            )
        )


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
        """A few lines, in the language shown, for a terminal or a dialog."""
        lines = [
            Message(
                "interop.records_summary",
                read=self.records_read,
                flavour=self.flavour.upper(),
                seconds=f"{self.seconds:.1f}",
                created=self.records_created,
                updated=self.records_updated,
                unchanged=self.records_unchanged,
                rejected=len(self.rejected),
            ),
            Message(
                "interop.items_summary",
                created=self.items_created,
                updated=self.items_updated,
                unchanged=self.items_unchanged,
            ),
        ]
        if self.converted_from_marc8:
            lines.append(Message("interop.marc8_converted", n=self.converted_from_marc8))
        if self.libraries_created:
            lines.append(Message("interop.libraries_created", count=self.libraries_created))
        if self.cancelled:
            lines.append(Message("interop.import_interrupted"))
        return "\n".join(str(line) for line in lines)
