"""What every statistics table shares: the period, the scope, the table itself."""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import TypeVar

from sqlalchemy import select

from bibliomobile.lang import Message, translate
from bibliomobile.message_codes.stats_labels import CONTEXT as TEXTS
from bibliomobile.store.models import Library, Stop, Tour
from bibliomobile.store.uow import Reader

Cell = str | int | float
T = TypeVar("T")


class StatsError(ValueError):
    """A period or a scope the statistics cannot use (the message is for people)."""


@dataclass(frozen=True, slots=True)
class Period:
    """Days from ``start`` to ``end``, both included; ``label`` as people write it."""

    start: dt.date
    end: dt.date
    label: str

    @property
    def end_exclusive(self) -> dt.datetime:
        return dt.datetime.combine(self.end + dt.timedelta(days=1), dt.time())

    @property
    def start_at(self) -> dt.datetime:
        return dt.datetime.combine(self.start, dt.time())


_YEAR = re.compile(r"^(\d{4})$")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_RANGE = re.compile(r"^(\d{4}-\d{2}-\d{2}):(\d{4}-\d{2}-\d{2})$")


def parse_period(text: str) -> Period:
    """``2026`` (a year), ``2026-03`` (a month) or ``2026-01-01:2026-06-30``.

    Raises:
        StatsError: anything else, or a range that ends before it starts.
    """
    text = text.strip()
    try:
        if m := _YEAR.match(text):
            year = int(m[1])
            return Period(dt.date(year, 1, 1), dt.date(year, 12, 31), text)
        if m := _MONTH.match(text):
            year, month = int(m[1]), int(m[2])
            last = calendar.monthrange(year, month)[1]
            return Period(dt.date(year, month, 1), dt.date(year, month, last), text)
        if m := _RANGE.match(text):
            start, end = dt.date.fromisoformat(m[1]), dt.date.fromisoformat(m[2])
            if end < start:
                raise StatsError(Message("stats.fin_periode_doit_suivre"))
            label = stats_text("du {start} au {end}").format(
                start=f"{start:%d/%m/%Y}", end=f"{end:%d/%m/%Y}"
            )
            return Period(start, end, label)
    except ValueError as error:
        if isinstance(error, StatsError):
            raise
        raise StatsError(Message("stats.date_impossible_periode_text", text=text)) from None
    raise StatsError(Message("stats.periode_non_reconnue_text", text=text))


@dataclass(frozen=True, slots=True)
class Scope:
    """Which stops count: the whole network, a library's tours, a tour, a stop."""

    kind: str  # network | library | tour | stop
    label: str
    stop_ids: frozenset[str] | None = None  # None: every stop (the network)

    def has(self, stop_id: str | None) -> bool:
        return self.stop_ids is None or (stop_id is not None and stop_id in self.stop_ids)


NETWORK = Scope("network", "Tout le réseau")
SCOPE_KINDS = ("network", "library", "tour", "stop")


def resolve_scope(uow: Reader, text: str | None) -> Scope:
    """``None`` or ``network``, ``library:X``, ``tour:X``, ``stop:X`` (X: an id, a
    code or a name; for a stop, its place or "commune – place").

    Raises:
        StatsError: an unknown kind, or nothing (or several things) by that name.
    """
    if text is None or text.strip() in ("", "network", "réseau"):
        return NETWORK
    kind, _, name = text.partition(":")
    kind, name = kind.strip(), name.strip()
    session = uow.session
    if kind == "library":
        libraries = [
            lib for lib in session.scalars(select(Library)) if name in (lib.id, lib.code, lib.name)
        ]
        library = _one(libraries, "library", name)
        tours = select(Tour.id).where(Tour.library_id == library.id)
        stops = session.scalars(select(Stop.id).where(Stop.tour_id.in_(tours)))
        return Scope("library", library.name, frozenset(stops))
    if kind == "tour":
        tour = _one(
            [t for t in session.scalars(select(Tour)) if name in (t.id, t.name)], "tour", name
        )
        stops = session.scalars(select(Stop.id).where(Stop.tour_id == tour.id))
        return Scope("tour", tour.name, frozenset(stops))
    if kind == "stop":
        stop = _one(
            [
                s
                for s in session.scalars(select(Stop))
                if name in (s.id, s.place, f"{s.commune} – {s.place}", f"{s.commune} - {s.place}")
            ],
            "stop",
            name,
        )
        return Scope("stop", f"{stop.commune} – {stop.place}", frozenset({stop.id}))
    raise StatsError(Message("stats.perimetre_non_reconnu_text", text=text))


@dataclass(frozen=True, slots=True)
class ScopeChoice:
    """A scope a person can pick: ``text`` is what :func:`resolve_scope` reads."""

    kind: str
    text: str
    label: str


def scope_choices(uow: Reader) -> list[ScopeChoice]:
    """Libraries, tours and stops of the network, by name, for the scope picker."""
    session = uow.session
    choices = [ScopeChoice("network", "network", stats_text(NETWORK.label))]
    choices += [
        ScopeChoice("library", f"library:{lib.id}", lib.name)
        for lib in session.scalars(select(Library).order_by(Library.name))
    ]
    tours = {t.id: t.name for t in session.scalars(select(Tour).order_by(Tour.name))}
    choices += [ScopeChoice("tour", f"tour:{i}", name) for i, name in tours.items()]
    choices += [
        ScopeChoice("stop", f"stop:{s.id}", f"{s.commune} – {s.place} ({tours.get(s.tour_id, '')})")
        for s in session.scalars(select(Stop).order_by(Stop.commune, Stop.place))
    ]
    return choices


def _one(found: Sequence[T], kind: str, name: str) -> T:
    """The one library, tour or stop (``kind``) of ``found``; a clear error otherwise."""
    if not found:
        raise StatsError(Message(f"stats.none_named_{kind}", name=name))
    if len(found) > 1:
        raise StatsError(Message(f"stats.several_named_{kind}", name=name))
    return found[0]


@dataclass(frozen=True, slots=True)
class Table:
    """One table of figures: what the screen shows, a sheet of the workbook, a CSV."""

    key: str  # stable name: CSV file, XLSX sheet
    title: str
    headers: tuple[str, ...]
    rows: tuple[tuple[Cell, ...], ...]
    definition: str  # what is counted, in the coordinator's words
    total: tuple[Cell, ...] | None = None  # the "Total" line, when adding up makes sense


@dataclass(frozen=True, slots=True)
class Chart:
    """A bar chart of one table: categories along, one bar series per name."""

    key: str
    title: str
    categories: tuple[str, ...]
    series: tuple[tuple[str, tuple[float, ...]], ...]


@dataclass(frozen=True, slots=True)
class Section:
    """One activity's tables and charts (a tab on screen, a chapter of the report)."""

    key: str  # bookmobile | drive | home_delivery | survey
    title: str
    tables: tuple[Table, ...]
    charts: tuple[Chart, ...] = field(default=())


def month_of(day: dt.date | dt.datetime) -> str:
    return f"{day.year:04d}-{day.month:02d}"


def hours_between(start: dt.time | None, end: dt.time | None) -> float:
    if start is None or end is None:
        return 0.0
    minutes = (end.hour * 60 + end.minute) - (start.hour * 60 + start.minute)
    return max(0, minutes) / 60


def totals(rows: Sequence[tuple[Cell, ...]], label: str = "Total") -> tuple[Cell, ...]:
    """A "Total" line: the sum of each numeric column (the first column is the label)."""
    if not rows:
        return ()
    out: list[Cell] = [label]
    for column in range(1, len(rows[0])):
        values = [r[column] for r in rows]
        if all(isinstance(v, int) for v in values):
            out.append(sum(int(v) for v in values))
        elif all(isinstance(v, int | float) for v in values):
            out.append(round(sum(float(v) for v in values), 2))
        else:
            out.append("")
    return tuple(out)


def stats_text(french: str) -> str:
    """A statistics text (title, header, row label, definition) in the language shown;
    anything not in ``message_codes.stats_labels`` (a stop, a commune, a month) unchanged."""
    return translate(TEXTS, french)


def _cell(value: Cell) -> Cell:
    return stats_text(value) if isinstance(value, str) else value


def localised_table(table: Table) -> Table:
    """``table`` with its title, headers, labels and definition in the language shown."""
    return replace(
        table,
        title=stats_text(table.title),
        headers=tuple(stats_text(h) for h in table.headers),
        rows=tuple(tuple(_cell(c) for c in row) for row in table.rows),
        definition=stats_text(table.definition),
        total=None if table.total is None else tuple(_cell(c) for c in table.total),
    )


def localised(section: Section) -> Section:
    """``section`` (built in French) with every text in the language shown.

    The services build in French (the survey finds its figures by their French labels);
    whoever shows or exports a section renders it through here."""
    return Section(
        section.key,
        stats_text(section.title),
        tuple(localised_table(t) for t in section.tables),
        tuple(
            replace(
                c,
                title=stats_text(c.title),
                categories=tuple(stats_text(x) for x in c.categories),
                series=tuple((stats_text(name), values) for name, values in c.series),
            )
            for c in section.charts
        ),
    )
