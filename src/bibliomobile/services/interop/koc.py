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
Koha computes due dates itself; the file carries none.

Order: the app's own clock (HLC), which follows cause and effect even when a device's
wall clock went back; the timestamps written follow that order too (a timestamp earlier
than the line before it is moved to 1 ms after it), so a return never comes before the
loan it closes. An item lent to another card with no return in between (two devices
lent it before syncing) gets an explicit ``return`` line first: Koha then closes the
first loan instead of guessing.

Which events: by default those not yet exported by this device (the HLC of the last
line exported is remembered in the device setting ``koc.exported_through``; the caller
commits it with the file written); ``since`` a date, or one ``day``, when asked.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from bibliomobile import __version__
from bibliomobile.domain.enums import CirculationKind
from bibliomobile.services.circulation.log import desk_action, undone
from bibliomobile.store.models import CirculationEvent, DeviceSetting, Item, Patron
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
    explicit_returns: int = 0
    #: Only what was not exported before (a default export after an earlier one).
    since_last_export: bool = False

    @property
    def lines(self) -> int:
        return self.issues + self.returns


def header() -> str:
    """The header line (without its newline)."""
    return f"Version={KOC_VERSION}\tGenerator={GENERATOR}\tGeneratorVersion={__version__}"


def koc_timestamp(moment: dt.datetime) -> str:
    """``YYYY-MM-DD HH:MM:SS mmm`` as Koha's offline tools write it."""
    return f"{moment:%Y-%m-%d %H:%M:%S} {moment.microsecond // 1000:03d}"


#: Device setting: the HLC of the last event written to a default export.
EXPORTED_THROUGH = "koc.exported_through"


@dataclass(frozen=True, slots=True)
class KocLines:
    lines: list[str]
    skipped_undone: int
    skipped_no_card: int
    explicit_returns: int
    last_hlc: str | None


def koc_lines(
    uow: UnitOfWork,
    since: dt.date | None = None,
    *,
    day: dt.date | None = None,
    after_hlc: str | None = None,
) -> KocLines:
    """The command lines, in the app's clock order (see the module docstring).

    Every event is read, in HLC order, to know who holds each item; only those from
    ``since`` (or of ``day``, or after ``after_hlc``) are written.
    """
    stmt = (
        select(
            CirculationEvent.kind,
            CirculationEvent.occurred_at,
            CirculationEvent.hlc,
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
        .order_by(CirculationEvent.hlc, CirculationEvent.id)
    )
    first = day or since
    start = dt.datetime.combine(first, dt.time()) if first else None
    end = dt.datetime.combine(day + dt.timedelta(days=1), dt.time()) if day else None
    lines: list[str] = []
    holder: dict[str, str | None] = {}  # barcode → card holding it (None: unknown card)
    skipped_undone = skipped_no_card = explicit = 0
    last_hlc: str | None = None
    previous: dt.datetime | None = None
    for kind, occurred_at, hlc, barcode, card, was_undone in uow.session.execute(stmt):
        wanted = _in_range(occurred_at, hlc, start, end, after_hlc)
        if was_undone:
            skipped_undone += wanted
            continue
        if not wanted:
            _hold(holder, kind, barcode, card)
            continue
        moment = occurred_at
        if previous is not None and moment <= previous:
            moment = previous + dt.timedelta(milliseconds=1)
        if kind == CirculationKind.CHECKIN.value:
            lines.append(f"{koc_timestamp(moment)}\treturn\t{barcode}")
        elif card:
            current = holder.get(barcode)
            if current is not None and current != card:
                lines.append(f"{koc_timestamp(moment)}\treturn\t{barcode}")
                explicit += 1
                moment += dt.timedelta(milliseconds=1)
            lines.append(f"{koc_timestamp(moment)}\tissue\t{card}\t{barcode}")
        else:
            skipped_no_card += 1
            _hold(holder, kind, barcode, card)
            continue
        _hold(holder, kind, barcode, card)
        previous = moment
        last_hlc = hlc
    return KocLines(lines, skipped_undone, skipped_no_card, explicit, last_hlc)


def _in_range(
    occurred_at: dt.datetime,
    hlc: str,
    start: dt.datetime | None,
    end: dt.datetime | None,
    after_hlc: str | None,
) -> bool:
    if after_hlc is not None:
        return hlc > after_hlc
    return (start is None or occurred_at >= start) and (end is None or occurred_at < end)


def _hold(holder: dict[str, str | None], kind: str, barcode: str, card: str | None) -> None:
    if kind == CirculationKind.CHECKIN.value:
        holder.pop(barcode, None)
    else:
        holder[barcode] = card


def export_koc(
    uow: UnitOfWork,
    out: Path,
    since: dt.date | None = None,
    *,
    day: dt.date | None = None,
) -> KocExport:
    """Write the circulation to ``out`` as a .koc file: from ``since``, of ``day``, or
    by default what this device has not exported yet (remembered; the caller commits)."""
    remembered = uow.session.get(DeviceSetting, EXPORTED_THROUGH)
    default = since is None and day is None
    after = remembered.value if default and remembered is not None else None
    found = koc_lines(uow, since, day=day, after_hlc=after)
    lines = found.lines
    text = "\n".join([header(), *lines]) + "\n"
    out.parent.mkdir(parents=True, exist_ok=True)
    # Koha reads the file as bytes split on \n and strips \r: plain UTF-8, LF.
    out.write_text(text, encoding="utf-8", newline="\n")
    if default and found.last_hlc is not None:
        if remembered is None:
            uow.session.add(DeviceSetting(key=EXPORTED_THROUGH, value=found.last_hlc))
        else:
            remembered.value = found.last_hlc
    returns = sum(1 for line in lines if "\treturn\t" in line)
    return KocExport(
        path=out,
        issues=len(lines) - returns,
        returns=returns,
        skipped_undone=found.skipped_undone,
        skipped_no_card=found.skipped_no_card,
        explicit_returns=found.explicit_returns,
        since_last_export=default and remembered is not None,
    )
