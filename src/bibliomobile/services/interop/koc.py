"""The van's circulation as a Koha offline circulation file (``.koc``).

A library on Koha uploads the file under Circulation → "Upload offline circulation
file (.koc)". What we follow, from Koha's own reader and processor:

- ``offline_circ/enqueue_koc.pl`` (Koha-Community/Koha): the first line is a header of
  tab-separated ``key=value`` pairs, of which ``Version`` must be ``1.0``
  (``parse_header_line``); every other line is ``timestamp<TAB>command<TAB>args…``,
  where the timestamp is split on white space into date, time and an id
  (``parse_command_line``: ``YYYY-MM-DD HH:MM:SS mmm``, the id being the
  milliseconds), and the arguments of each command are ``issue`` → cardnumber,
  barcode and ``return`` → barcode (``arguments_for_command``). See also
  https://wiki.koha-community.org/wiki/Koha_offline_circulation_file_format.
- ``C4/Circulation.pm`` ``ProcessOfflineIssue``: an ``issue`` of an item still issued
  to *another* borrower first marks it returned, and ``AddIssue`` of an item already
  issued to the *same* borrower renews it. So a renewal is written as an ``issue``
  line, and a checkout of an item still lent elsewhere needs no extra ``return``.

Undone events (and the UNDO events themselves) are left out: Koha never saw them;
so are due dates moved by the timetable (a cancelled visit), which no patron asked for.
Lines are in time order (local wall time of the device, then HLC). Koha computes
due dates itself; the file carries none.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from bibliomobile import __version__
from bibliomobile.domain.enums import CirculationKind
from bibliomobile.services.circulation.log import desk_action, undone
from bibliomobile.store.models import CirculationEvent, Item, Patron
from bibliomobile.store.uow import UnitOfWork

KOC_VERSION = "1.0"
GENERATOR = "Bibliomobile"


@dataclass(frozen=True, slots=True)
class KocExport:
    """What was written."""

    path: Path
    issues: int
    returns: int
    skipped_undone: int
    skipped_no_card: int

    @property
    def lines(self) -> int:
        return self.issues + self.returns


def header() -> str:
    """The header line (without its newline)."""
    return f"Version={KOC_VERSION}\tGenerator={GENERATOR}\tGeneratorVersion={__version__}"


def koc_timestamp(moment: dt.datetime) -> str:
    """``YYYY-MM-DD HH:MM:SS mmm`` as Koha's offline tools write it."""
    return f"{moment:%Y-%m-%d %H:%M:%S} {moment.microsecond // 1000:03d}"


def koc_lines(uow: UnitOfWork, since: dt.date | None = None) -> tuple[list[str], int, int]:
    """The command lines, in time order.

    Returns:
        (lines, undone events left out, issues left out because the patron has no card).
    """
    stmt = (
        select(
            CirculationEvent.kind,
            CirculationEvent.occurred_at,
            Item.barcode,
            Patron.card_barcode,
            undone(),
        )
        .join(Item, Item.id == CirculationEvent.item_id)
        .outerjoin(Patron, Patron.id == CirculationEvent.patron_id)
        .where(CirculationEvent.kind != CirculationKind.UNDO.value)
        # A due date moved by the timetable is not a renewal the patron asked for, and a
        # .koc line cannot carry a due date: Koha keeps its own.
        .where(desk_action())
        .order_by(CirculationEvent.occurred_at, CirculationEvent.hlc)
    )
    if since is not None:
        stmt = stmt.where(CirculationEvent.occurred_at >= dt.datetime.combine(since, dt.time()))
    lines: list[str] = []
    skipped_undone = skipped_no_card = 0
    for kind, occurred_at, barcode, card, was_undone in uow.session.execute(stmt):
        if was_undone:
            skipped_undone += 1
            continue
        stamp = koc_timestamp(occurred_at)
        if kind == CirculationKind.CHECKIN.value:
            lines.append(f"{stamp}\treturn\t{barcode}")
        elif card:
            lines.append(f"{stamp}\tissue\t{card}\t{barcode}")
        else:
            skipped_no_card += 1
    return lines, skipped_undone, skipped_no_card


def export_koc(uow: UnitOfWork, out: Path, since: dt.date | None = None) -> KocExport:
    """Write the circulation (from ``since`` if given) to ``out`` as a .koc file."""
    lines, skipped_undone, skipped_no_card = koc_lines(uow, since)
    text = "\n".join([header(), *lines]) + "\n"
    out.parent.mkdir(parents=True, exist_ok=True)
    # Koha reads the file as bytes split on \n and strips \r: plain UTF-8, LF.
    out.write_text(text, encoding="utf-8", newline="\n")
    returns = sum(1 for line in lines if "\treturn\t" in line)
    return KocExport(
        path=out,
        issues=len(lines) - returns,
        returns=returns,
        skipped_undone=skipped_undone,
        skipped_no_card=skipped_no_card,
    )
