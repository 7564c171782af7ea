"""Full-text search index (SQLite FTS5), kept up to date by triggers.

Accent- and case-insensitive (``remove_diacritics 2``): "etranger camus" finds
"L'Étranger" by Albert Camus. The index rows use the ``rowid`` of ``items`` and
``patrons``; the store never runs VACUUM, which could renumber them
(:func:`rebuild` repairs the index if one ever did).
"""

from __future__ import annotations

import re
import unicodedata

from sqlalchemy import Connection, text

TOKENIZER = "unicode61 remove_diacritics 2"

#: What the catalogue index holds for each item, as a view: the index is an FTS5
#: "external content" table over it, so the texts are not stored a second time (the
#: catalogue file a new van downloads is a fifth smaller). The price: removing an
#: item's index row needs the texts it was indexed with, hence the BEFORE triggers
#: below, which read them from the view before a change.
ITEM_SOURCE = """CREATE VIEW item_fts_source AS
    SELECT i.rowid AS item_rowid,
           r.title || coalesce(' ' || r.subtitle, '') || coalesce(' ' || r.series, '')
               AS title,
           coalesce(r.authors, '') AS authors,
           coalesce(r.subjects, '') || coalesce(' ' || r.genre, '') AS subjects,
           i.barcode || coalesce(' ' || r.isbn, '') || coalesce(' ' || i.call_number, '')
               AS codes
      FROM items i JOIN records r ON r.id = i.record_id"""

_ITEM_ROW = "SELECT item_rowid, title, authors, subjects, codes FROM item_fts_source"
_ITEM_INDEX = f"INSERT INTO item_fts(rowid, title, authors, subjects, codes) {_ITEM_ROW}"
_ITEM_UNINDEX = (
    "INSERT INTO item_fts(item_fts, rowid, title, authors, subjects, codes) "
    "SELECT 'delete', item_rowid, title, authors, subjects, codes FROM item_fts_source"
)

_PATRON_ROW = """
    SELECT p.rowid,
           p.first_name || ' ' || p.last_name,
           coalesce(p.commune, ''),
           p.card_barcode || coalesce(' ' || p.email, '') || coalesce(' ' || p.phone, '')
      FROM patrons p
"""

DDL: tuple[str, ...] = (
    ITEM_SOURCE,
    f"CREATE VIRTUAL TABLE item_fts USING fts5(title, authors, subjects, codes, "
    f"content = 'item_fts_source', content_rowid = 'item_rowid', tokenize = '{TOKENIZER}')",
    f"CREATE VIRTUAL TABLE patron_fts USING fts5(names, commune, codes, tokenize = '{TOKENIZER}')",
    f"""CREATE TRIGGER items_fts_insert AFTER INSERT ON items BEGIN
        {_ITEM_INDEX} WHERE item_rowid = new.rowid;
    END""",
    f"""CREATE TRIGGER items_fts_delete BEFORE DELETE ON items BEGIN
        {_ITEM_UNINDEX} WHERE item_rowid = old.rowid;
    END""",
    f"""CREATE TRIGGER items_fts_unindex BEFORE UPDATE OF barcode, call_number, record_id ON items
    BEGIN
        {_ITEM_UNINDEX} WHERE item_rowid = old.rowid;
    END""",
    f"""CREATE TRIGGER items_fts_update AFTER UPDATE OF barcode, call_number, record_id ON items
    BEGIN
        {_ITEM_INDEX} WHERE item_rowid = new.rowid;
    END""",
    f"""CREATE TRIGGER records_fts_unindex
    BEFORE UPDATE OF title, subtitle, series, authors, subjects, genre, isbn ON records BEGIN
        {_ITEM_UNINDEX} WHERE item_rowid IN (SELECT rowid FROM items WHERE record_id = old.id);
    END""",
    f"""CREATE TRIGGER records_fts_update
    AFTER UPDATE OF title, subtitle, series, authors, subjects, genre, isbn ON records BEGIN
        {_ITEM_INDEX} WHERE item_rowid IN (SELECT rowid FROM items WHERE record_id = new.id);
    END""",
    f"""CREATE TRIGGER patrons_fts_insert AFTER INSERT ON patrons BEGIN
        INSERT INTO patron_fts(rowid, names, commune, codes) {_PATRON_ROW} WHERE p.rowid = new.rowid;
    END""",
    """CREATE TRIGGER patrons_fts_delete AFTER DELETE ON patrons BEGIN
        DELETE FROM patron_fts WHERE rowid = old.rowid;
    END""",
    f"""CREATE TRIGGER patrons_fts_update
    AFTER UPDATE OF first_name, last_name, commune, card_barcode, email, phone ON patrons BEGIN
        DELETE FROM patron_fts WHERE rowid = old.rowid;
        INSERT INTO patron_fts(rowid, names, commune, codes) {_PATRON_ROW} WHERE p.rowid = new.rowid;
    END""",
)

DROP: tuple[str, ...] = (
    "DROP TRIGGER IF EXISTS patrons_fts_update",
    "DROP TRIGGER IF EXISTS patrons_fts_delete",
    "DROP TRIGGER IF EXISTS patrons_fts_insert",
    "DROP TRIGGER IF EXISTS records_fts_update",
    "DROP TRIGGER IF EXISTS records_fts_unindex",
    "DROP TRIGGER IF EXISTS items_fts_update",
    "DROP TRIGGER IF EXISTS items_fts_unindex",
    "DROP TRIGGER IF EXISTS items_fts_delete",
    "DROP TRIGGER IF EXISTS items_fts_insert",
    "DROP TABLE IF EXISTS patron_fts",
    "DROP TABLE IF EXISTS item_fts",
    "DROP VIEW IF EXISTS item_fts_source",
)


#: The triggers alone: set aside for a bulk load, then created again.
DROP_TRIGGERS = tuple(s for s in DROP if s.startswith("DROP TRIGGER"))
CREATE_TRIGGERS = tuple(s for s in DDL if s.startswith("CREATE TRIGGER"))

#: Index rows of items (append ``WHERE item_rowid …``): what ``items_fts_insert`` writes per row,
#: for a bulk writer that inserts many items with that trigger set aside.
ITEM_FTS_INSERT = _ITEM_INDEX
ITEM_INSERT_TRIGGER = "items_fts_insert"


def rebuild(conn: Connection, *, items: bool = True, patrons: bool = True) -> None:
    """Refill the indexes from the tables (after a bulk load without triggers)."""
    if items:
        conn.execute(text("INSERT INTO item_fts(item_fts) VALUES ('rebuild')"))
    if patrons:
        conn.execute(text("DELETE FROM patron_fts"))
        conn.execute(text(f"INSERT INTO patron_fts(rowid, names, commune, codes) {_PATRON_ROW}"))


#: The index of the catalogue and the tables it is built from: what a catalogue file
#: made by the server carries (``store.catalogue_file``).
ITEM_INDEX = "item_fts"
ITEM_SOURCES = ("records", "items")


#: Shortest word matched as a prefix.
MIN_PREFIX = 3

_WORD = re.compile(r"[\w]+", re.UNICODE)
_ISBN_LIKE = re.compile(r"^[0-9][0-9\- ]{8,16}[0-9Xx]$")


def match_expression(query: str) -> str | None:
    """Turn what a person typed into an FTS5 MATCH expression (all words required).

    Words of :data:`MIN_PREFIX` characters or more match as prefixes ("etr" finds
    "L'Étranger"); shorter ones match whole words only, since a one- or two-letter
    prefix ("R" of the call number "R CHA") would merge the doclists of thousands of
    terms (0.4 s instead of a few ms on 500,000 items). Returns None when the query
    has no searchable word. Hyphenated ISBNs are compacted to match the stored form.
    Every word is quoted, so FTS5 operators typed by a user (``AND``, ``*``, ``"``)
    are taken literally.
    """
    terms: list[str] = []
    for chunk in query.split():
        if _ISBN_LIKE.match(chunk):
            chunk = chunk.replace("-", "").replace(" ", "")
        for word in _WORD.findall(chunk):
            folded = unicodedata.normalize("NFC", word)
            star = "*" if len(folded) >= MIN_PREFIX else ""
            terms.append('"' + folded.replace('"', '""') + '"' + star)
    return " ".join(terms) or None
