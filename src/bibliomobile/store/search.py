"""Full-text search index (SQLite FTS5), kept up to date by triggers.

Accent- and case-insensitive (``remove_diacritics 2``): "etranger camus" finds
"L'Étranger" by Albert Camus; the ligatures œ, æ and ß are folded to oe, ae and ss on
both sides (the view below, :func:`fold_ligatures`); apostrophes and hyphens split
words ("l'école", "Saint-Flour"). A prefix index (``prefix='1 2'``) makes one- and
two-letter prefixes cheap, so the last word typed is always a prefix. Beside it, a
small index of folded titles (:data:`TITLE_KEYS`, one row per record) answers "this
exact title" and "titles starting with" on a b-tree. The index rows use the ``rowid``
of ``items``, ``records`` and ``patrons``; the store never runs VACUUM, which could
renumber them (:func:`rebuild` repairs the index if one ever did).
"""

from __future__ import annotations

import re
import unicodedata

from sqlalchemy import Connection, text

TOKENIZER = "unicode61 remove_diacritics 2"

#: Ligatures the tokenizer keeps as letters of their own ("œuvres" ≠ "oeuvres").
LIGATURES = {"Œ": "OE", "œ": "oe", "Æ": "AE", "æ": "ae", "ß": "ss"}


def _fold_sql(expression: str, mapping: dict[str, str]) -> str:
    for source, target in mapping.items():
        quoted = source.replace("'", "''")
        expression = f"replace({expression}, '{quoted}', '{target}')"
    return expression


def fold_ligatures(value: str) -> str:
    """The ligatures of ``value`` written out, as the index holds them."""
    for source, target in LIGATURES.items():
        value = value.replace(source, target)
    return value


_ACCENTED = {
    "a": "ÀÁÂÃÄÅàáâãäå",
    "c": "Çç",
    "e": "ÈÉÊËèéêë",
    "i": "ÌÍÎÏìíîï",
    "n": "Ññ",
    "o": "ÒÓÔÕÖØòóôõöø",
    "u": "ÙÚÛÜùúûü",
    "y": "ÝŸýÿ",
}
#: What a title key folds: accents, ligatures, then punctuation that separates words.
TITLE_FOLDS: dict[str, str] = {
    **{char: base for base, chars in _ACCENTED.items() for char in chars},
    **{k: v.lower() for k, v in LIGATURES.items()},
    **{char: " " for char in "'’‘-‐–—:,;.!?«»\"()/[]…"},
}
_TITLE_TABLE = str.maketrans(
    {**TITLE_FOLDS, **{chr(c): chr(c + 32) for c in range(ord("A"), ord("Z") + 1)}}
)


def _title_key_views() -> tuple[str, ...]:
    """Views computing the folded title of each record, in steps: SQLite's parser
    refuses some 40 nested calls, so each view folds 25 characters of the last."""
    # SQLite's lower() folds ASCII only: the accented capitals are in TITLE_FOLDS.
    folds = list(TITLE_FOLDS.items())
    views = [f"CREATE VIEW {TITLE_SOURCE}_0 AS SELECT rowid AS rid, lower(title) AS k FROM records"]
    steps = range(0, len(folds), 25)
    for step, start in enumerate(steps, 1):
        folded = _fold_sql("k", dict(folds[start : start + 25]))
        if step == len(steps):
            for _ in range(3):  # runs of up to 8 spaces left by punctuation
                folded = f"replace({folded}, '  ', ' ')"
            folded = f"trim({folded})"
        name = TITLE_SOURCE if step == len(steps) else f"{TITLE_SOURCE}_{step}"
        views.append(
            f"CREATE VIEW {name} AS SELECT rid, {folded} AS k FROM {TITLE_SOURCE}_{step - 1}"
        )
    return tuple(views)


def title_key(title: str) -> str:
    """The folded form of a title kept in :data:`TITLE_KEYS` (the SQL of its triggers
    computes the same): lower case, no accents or ligatures, punctuation as spaces."""
    folded = unicodedata.normalize("NFC", title).translate(_TITLE_TABLE)
    for _ in range(3):
        folded = folded.replace("  ", " ")
    return folded.strip(" ")


#: The small index of titles, named under ``item_fts_`` so that it travels with the
#: search index (the catalogue file copies every ``item_fts_*`` table).
TITLE_KEYS = "item_fts_titles"
#: The views folding the titles of records, the last one named so.
TITLE_SOURCE = "item_fts_title_source"
TITLE_VIEWS = _title_key_views()
_TITLE_INDEX = f"INSERT INTO {TITLE_KEYS}(key, record_rowid) SELECT k, rid FROM {TITLE_SOURCE}"
_TITLE_UNINDEX = (
    f"DELETE FROM {TITLE_KEYS} WHERE (key, record_rowid) IN "
    f"(SELECT k, rid FROM {TITLE_SOURCE} WHERE rid = old.rowid)"
)

#: What the catalogue index holds for each item, as a view: the index is an FTS5
#: "external content" table over it, so the texts are not stored a second time (the
#: catalogue file a new van downloads is a fifth smaller). The price: removing an
#: item's index row needs the texts it was indexed with, hence the BEFORE triggers
#: below, which read them from the view before a change.
ITEM_SOURCE = f"""CREATE VIEW item_fts_source AS
    SELECT i.rowid AS item_rowid,
           {_fold_sql("r.title || coalesce(' ' || r.subtitle, '') || coalesce(' ' || r.series, '')", LIGATURES)}
               AS title,
           {_fold_sql("coalesce(r.authors, '')", LIGATURES)} AS authors,
           {_fold_sql("coalesce(r.subjects, '') || coalesce(' ' || r.genre, '')", LIGATURES)} AS subjects,
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
    f"content = 'item_fts_source', content_rowid = 'item_rowid', tokenize = '{TOKENIZER}', "
    f"prefix = '1 2')",
    f"CREATE VIRTUAL TABLE patron_fts USING fts5(names, commune, codes, tokenize = '{TOKENIZER}', "
    f"prefix = '1 2')",
    f"CREATE TABLE {TITLE_KEYS} (key TEXT NOT NULL, record_rowid INTEGER NOT NULL, "
    f"PRIMARY KEY (key, record_rowid)) WITHOUT ROWID",
    *TITLE_VIEWS,
    f"""CREATE TRIGGER records_title_insert AFTER INSERT ON records BEGIN
        {_TITLE_INDEX} WHERE rid = new.rowid;
    END""",
    f"""CREATE TRIGGER records_title_unindex BEFORE UPDATE OF title ON records BEGIN
        {_TITLE_UNINDEX};
    END""",
    f"""CREATE TRIGGER records_title_update AFTER UPDATE OF title ON records BEGIN
        {_TITLE_INDEX} WHERE rid = new.rowid;
    END""",
    f"""CREATE TRIGGER records_title_delete BEFORE DELETE ON records BEGIN
        {_TITLE_UNINDEX};
    END""",
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
    "DROP TRIGGER IF EXISTS records_title_delete",
    "DROP TRIGGER IF EXISTS records_title_update",
    "DROP TRIGGER IF EXISTS records_title_unindex",
    "DROP TRIGGER IF EXISTS records_title_insert",
    f"DROP TABLE IF EXISTS {TITLE_KEYS}",
    *(f"DROP VIEW IF EXISTS {v.split()[2]}" for v in reversed(TITLE_VIEWS)),
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


#: Refill the catalogue's index and its titles (plain SQL, for any connection).
REBUILD_ITEMS = (
    "INSERT INTO item_fts(item_fts) VALUES ('rebuild')",
    f"DELETE FROM {TITLE_KEYS}",
    _TITLE_INDEX,
)


def rebuild(conn: Connection, *, items: bool = True, patrons: bool = True) -> None:
    """Refill the indexes from the tables (after a bulk load without triggers)."""
    if items:
        for statement in REBUILD_ITEMS:
            conn.execute(text(statement))
    if patrons:
        conn.execute(text("DELETE FROM patron_fts"))
        conn.execute(text(f"INSERT INTO patron_fts(rowid, names, commune, codes) {_PATRON_ROW}"))


#: The index of the catalogue and the tables it is built from: what a catalogue file
#: made by the server carries (``store.catalogue_file``).
ITEM_INDEX = "item_fts"
ITEM_SOURCES = ("records", "items")


#: Shortest word kept when articles are left out, or matched as a prefix before the last.
MIN_PREFIX = 3

_WORD = re.compile(r"[\w]+", re.UNICODE)
_ISBN_LIKE = re.compile(r"^[0-9][0-9\- ]{8,16}[0-9Xx]$")


def query_words(query: str) -> list[str]:
    """The words of what a person typed, as the index splits them (apostrophes and
    hyphens separate words; hyphenated ISBNs are compacted to their stored form)."""
    words: list[str] = []
    for chunk in fold_ligatures(unicodedata.normalize("NFC", query)).split():
        if _ISBN_LIKE.match(chunk):
            chunk = chunk.replace("-", "").replace(" ", "")
        words.extend(_WORD.findall(chunk))
    return words


#: Words nearly every title holds: left out of a title search when another word of
#: :data:`MIN_PREFIX` letters or more remains ("l'etranger" is "etranger"; the exact
#: title still comes first from :data:`TITLE_KEYS`), since their doclists are huge.
ARTICLES = frozenset(
    [
        "l",
        "le",
        "la",
        "les",
        "un",
        "une",
        "des",
        "de",
        "d",
        "du",
        "et",
        "a",
        "au",
        "aux",
        "en",
        "the",
        "of",
    ]
)


def match_expression(
    query: str, *, skip_articles: bool = False, earlier_prefixes: bool = False
) -> str | None:
    """Turn what a person typed into an FTS5 MATCH expression (all words required).

    The last word is a prefix as the person is still typing it: from one letter when
    other words narrow the query ("le dragon v"), from two letters alone (a single
    letter alone is a whole word: "F" of the call number "F JUG"); the prefix index
    keeps these cheap. Earlier words are whole words: the person typed past them, and
    a prefix of three letters or more is not in the prefix index (merging the terms
    of "tome*" and "auvergne*" took 100 ms on 500,000 items). Returns
    None when the query has no searchable word. ``skip_articles``: see
    :data:`ARTICLES`. ``earlier_prefixes``: earlier words of :data:`MIN_PREFIX` letters
    or more are prefixes too ("dup hel" finds Hélène Dupré), for a small index (the
    patrons'). Every word is quoted, so FTS5
    operators typed by a user (``AND``, ``*``, ``"``) are taken literally.
    """
    words = query_words(query)
    if skip_articles:
        kept = [w for n, w in enumerate(words) if w.lower() not in ARTICLES or n == len(words) - 1]
        if any(len(w) >= MIN_PREFIX for w in kept):
            words = kept
    terms: list[str] = []
    for position, word in enumerate(words):
        last = position == len(words) - 1
        shortest = 1 if len(words) > 1 else 2
        if not last:
            shortest = MIN_PREFIX if earlier_prefixes else len(word) + 1
        star = "*" if len(word) >= shortest else ""
        terms.append('"' + word.replace('"', '""') + '"' + star)
    return " ".join(terms) or None
