"""Catalogue search by title: one line per record, its copies summarised, best first.

What a librarian expects when someone asks "do you have…?": the exact title first
(the small index of folded titles, :data:`store.search.TITLE_KEYS`), then titles
starting with what was typed, then titles holding every word (FTS5, title column),
then matches on author, subject and codes (FTS5, every column). Within a group,
titles with a copy on the shelf come first, then those with more copies (a library
buys more copies of what is borrowed most). A broad query never ranks thousands of
rows: each group is cut at :data:`GROUP_AT_MOST` index rows. ``bm25`` is not used:
its statistics read the whole doclist of a one-letter prefix ("le dragon v*"),
15 ms of CPU on 500,000 items, where the groups above cost a few.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select, text

from bibliomobile.domain.enums import Location
from bibliomobile.store.models import Item, Library, LoanState, Record
from bibliomobile.store.search import TITLE_KEYS, match_expression, title_key
from bibliomobile.store.uow import UnitOfWork


@dataclass(frozen=True, slots=True)
class TitleRow:
    """One line of a catalogue search: a record and where its copies are."""

    record_id: str
    title: str
    authors: str
    year: int | None
    format: str
    copies: int
    in_van: int
    in_library: int
    on_loan: int
    in_bags: int
    next_due: dt.date | None

    @property
    def available(self) -> int:
        """Copies on a shelf (van or library), neither lent nor in a bag."""
        return self.in_van + self.in_library


@dataclass(frozen=True, slots=True)
class CopyRow:
    """One copy of a title, as the title's detail lists them."""

    item_id: str
    barcode: str
    call_number: str
    location: str
    home_library: str | None
    due_date: dt.date | None
    set_aside_until: dt.date | None


@dataclass(frozen=True, slots=True)
class TitleDetail:
    """A record and its copies."""

    record_id: str
    title: str
    subtitle: str | None
    authors: str
    publisher: str | None
    year: int | None
    isbn: str | None
    format: str
    audience: str
    genre: str | None
    subjects: str | None
    summary: str | None
    copies: tuple[CopyRow, ...]


#: Index rows read per group at most (a one-word query matches tens of thousands).
GROUP_AT_MOST = 300
_MAX_CHAR = chr(0x10FFFF)


def _title_keys(uow: UnitOfWork, key: str, limit: int) -> list[list[int]]:
    """Records titled exactly ``key``, then those whose title starts with it."""
    session = uow.session
    exact = session.scalars(
        text(f"SELECT record_rowid FROM {TITLE_KEYS} WHERE key = :key LIMIT :limit"),
        {"key": key, "limit": limit},
    ).all()
    starting = session.scalars(
        text(
            f"SELECT record_rowid FROM {TITLE_KEYS} WHERE key > :key AND key < :end "
            "ORDER BY key LIMIT :limit"
        ),
        {"key": key, "end": key + _MAX_CHAR, "limit": limit},
    ).all()
    return [list(exact), list(starting)]


def _fts_group(uow: UnitOfWork, expression: str) -> list[int]:
    """Records of the first :data:`GROUP_AT_MOST` index rows matching ``expression``."""
    session = uow.session
    hits = session.scalars(
        text("SELECT rowid FROM item_fts WHERE item_fts MATCH :q LIMIT :cap"),
        {"q": expression, "cap": GROUP_AT_MOST},
    ).all()
    if not hits:
        return []
    marks = ", ".join(str(int(hit)) for hit in hits)
    records: dict[int, int] = dict(
        session.execute(
            text(
                "SELECT i.rowid, r.rowid FROM items i JOIN records r ON r.id = i.record_id "
                f"WHERE i.rowid IN ({marks})"
            )
        ).all()
    )
    return [records[hit] for hit in hits if hit in records]


def _summaries(uow: UnitOfWork, record_rowids: list[int]) -> dict[int, TitleRow]:
    if not record_rowids:
        return {}
    marks = ", ".join(str(int(rowid)) for rowid in record_rowids)
    rows = uow.session.execute(
        text(
            f"""SELECT r.rowid, r.id, r.title, r.authors, r.year, r.format, count(i.id),
                       sum(i.location = :van), sum(i.location = :stacks),
                       sum(i.location = :on_loan), sum(i.location = :bag), min(ls.due_date)
                  FROM records r
                  LEFT JOIN items i ON i.record_id = r.id
                  LEFT JOIN loan_state ls ON ls.item_id = i.id
                 WHERE r.rowid IN ({marks})
                 GROUP BY r.rowid"""
        ),
        {
            "van": Location.VAN.value,
            "stacks": Location.STACKS.value,
            "on_loan": Location.ON_LOAN.value,
            "bag": Location.BAG.value,
        },
    ).all()
    out: dict[int, TitleRow] = {}
    for rowid, record_id, title, authors, year, fmt, copies, van, stacks, lent, bags, due in rows:
        out[int(rowid)] = TitleRow(
            record_id=str(record_id),
            title=str(title),
            authors=str(authors or ""),
            year=year,
            format=str(fmt),
            copies=int(copies),
            in_van=int(van or 0),
            in_library=int(stacks or 0),
            on_loan=int(lent or 0),
            in_bags=int(bags or 0),
            next_due=dt.date.fromisoformat(due) if isinstance(due, str) else due,
        )
    return out


def _by_shelf(rows: list[TitleRow]) -> list[TitleRow]:
    return sorted(rows, key=lambda row: (row.available == 0, -row.copies))


def search_titles(uow: UnitOfWork, query: str, limit: int = 100) -> list[TitleRow]:
    """Titles matching every word of ``query`` (title, author, subject, ISBN, barcode,
    call number), accents, case and ligatures aside, best first (see the module)."""
    expression = match_expression(query, skip_articles=True)
    if expression is None or limit <= 0:
        return []
    groups = _title_keys(uow, title_key(query), limit)
    for narrow in (f"{{title}} : ({expression})", expression):
        if len({r for rowids in groups for r in rowids}) < limit:
            groups.append(_fts_group(uow, narrow))
    seen: set[int] = set()
    ordered: list[list[int]] = []
    for rowids in groups:
        fresh = [r for r in dict.fromkeys(rowids) if r not in seen][: limit - len(seen)]
        seen.update(fresh)
        ordered.append(fresh)
    found = _summaries(uow, list(seen))
    result: list[TitleRow] = []
    for rowids in ordered:
        result.extend(_by_shelf([found[r] for r in rowids if r in found and found[r].copies]))
    return result[:limit]


def count_titles(uow: UnitOfWork) -> int:
    """Number of records in the catalogue."""
    return int(uow.session.scalar(select(func.count()).select_from(Record)) or 0)


def browse_titles(uow: UnitOfWork, offset: int, limit: int) -> list[TitleRow]:
    """A page of every record in the order they were loaded, for lazy views.

    Fast at any depth: records loaded in bulk have consecutive rowids, so the page
    starts at ``first rowid + offset`` (else it is found by skipping rowids only).
    """
    if offset < 0 or limit <= 0:
        return []
    session = uow.session
    first, last = session.execute(text("SELECT min(rowid), max(rowid) FROM records")).one()
    if first is None:
        return []
    if last - first + 1 == count_titles(uow):
        start = first + offset
    else:
        start = session.scalar(
            text("SELECT rowid FROM records ORDER BY rowid LIMIT 1 OFFSET :offset"),
            {"offset": offset},
        )
        if start is None:
            return []
    rowids = session.scalars(
        text("SELECT rowid FROM records WHERE rowid >= :start ORDER BY rowid LIMIT :limit"),
        {"start": start, "limit": limit},
    ).all()
    found = _summaries(uow, list(rowids))
    return [found[int(r)] for r in rowids]


def title_copies(uow: UnitOfWork, record_id: str) -> list[CopyRow]:
    """The copies of a record: on a shelf first, then in bags, then lent (next due first)."""
    rows = uow.session.execute(
        select(
            Item.id,
            Item.barcode,
            Item.call_number,
            Item.location,
            Library.name,
            LoanState.due_date,
            Item.set_aside_until,
        )
        .outerjoin(Library, Library.id == Item.home_library_id)
        .outerjoin(LoanState, LoanState.item_id == Item.id)
        .where(Item.record_id == record_id)
        .order_by(Item.location == Location.ON_LOAN.value, LoanState.due_date, Item.barcode)
    ).all()
    return [
        CopyRow(str(i), str(b), str(c or ""), str(loc), name, due, aside)
        for i, b, c, loc, name, due, aside in rows
    ]


def title_detail(uow: UnitOfWork, record_id: str) -> TitleDetail | None:
    """A record with its copies, or None if it does not exist."""
    record = uow.session.get(Record, record_id)
    if record is None:
        return None
    return TitleDetail(
        record_id=record.id,
        title=record.title,
        subtitle=record.subtitle,
        authors=record.authors or "",
        publisher=record.publisher,
        year=record.year,
        isbn=record.isbn,
        format=record.format,
        audience=record.audience,
        genre=record.genre,
        subjects=record.subjects,
        summary=record.summary,
        copies=tuple(title_copies(uow, record_id)),
    )
