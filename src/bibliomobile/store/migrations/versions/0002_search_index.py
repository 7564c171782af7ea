"""Full-text search index (FTS5) on items and patrons, with its triggers.

Revision ID: 0002
Revises: 0001
"""

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

# A frozen copy of bibliomobile.store.search as of this revision.
DDL = (
    "CREATE VIRTUAL TABLE item_fts USING fts5(title, authors, subjects, codes, tokenize = 'unicode61 remove_diacritics 2')",
    "CREATE VIRTUAL TABLE patron_fts USING fts5(names, commune, codes, tokenize = 'unicode61 remove_diacritics 2')",
    "CREATE TRIGGER items_fts_insert AFTER INSERT ON items BEGIN\n        INSERT INTO item_fts(rowid, title, authors, subjects, codes)\n        \n    SELECT i.rowid,\n           r.title || coalesce(' ' || r.subtitle, '') || coalesce(' ' || r.series, ''),\n           coalesce(r.authors, ''),\n           coalesce(r.subjects, '') || coalesce(' ' || r.genre, ''),\n           i.barcode || coalesce(' ' || r.isbn, '') || coalesce(' ' || i.call_number, '')\n      FROM items i JOIN records r ON r.id = i.record_id\n WHERE i.rowid = new.rowid;\n    END",
    "CREATE TRIGGER items_fts_delete AFTER DELETE ON items BEGIN\n        DELETE FROM item_fts WHERE rowid = old.rowid;\n    END",
    "CREATE TRIGGER items_fts_update AFTER UPDATE OF barcode, call_number, record_id ON items\n    BEGIN\n        DELETE FROM item_fts WHERE rowid = old.rowid;\n        INSERT INTO item_fts(rowid, title, authors, subjects, codes)\n        \n    SELECT i.rowid,\n           r.title || coalesce(' ' || r.subtitle, '') || coalesce(' ' || r.series, ''),\n           coalesce(r.authors, ''),\n           coalesce(r.subjects, '') || coalesce(' ' || r.genre, ''),\n           i.barcode || coalesce(' ' || r.isbn, '') || coalesce(' ' || i.call_number, '')\n      FROM items i JOIN records r ON r.id = i.record_id\n WHERE i.rowid = new.rowid;\n    END",
    "CREATE TRIGGER records_fts_update\n    AFTER UPDATE OF title, subtitle, series, authors, subjects, genre, isbn ON records BEGIN\n        DELETE FROM item_fts WHERE rowid IN (SELECT rowid FROM items WHERE record_id = new.id);\n        INSERT INTO item_fts(rowid, title, authors, subjects, codes)\n        \n    SELECT i.rowid,\n           r.title || coalesce(' ' || r.subtitle, '') || coalesce(' ' || r.series, ''),\n           coalesce(r.authors, ''),\n           coalesce(r.subjects, '') || coalesce(' ' || r.genre, ''),\n           i.barcode || coalesce(' ' || r.isbn, '') || coalesce(' ' || i.call_number, '')\n      FROM items i JOIN records r ON r.id = i.record_id\n WHERE i.record_id = new.id;\n    END",
    "CREATE TRIGGER patrons_fts_insert AFTER INSERT ON patrons BEGIN\n        INSERT INTO patron_fts(rowid, names, commune, codes) \n    SELECT p.rowid,\n           p.first_name || ' ' || p.last_name,\n           coalesce(p.commune, ''),\n           p.card_barcode || coalesce(' ' || p.email, '') || coalesce(' ' || p.phone, '')\n      FROM patrons p\n WHERE p.rowid = new.rowid;\n    END",
    "CREATE TRIGGER patrons_fts_delete AFTER DELETE ON patrons BEGIN\n        DELETE FROM patron_fts WHERE rowid = old.rowid;\n    END",
    "CREATE TRIGGER patrons_fts_update\n    AFTER UPDATE OF first_name, last_name, commune, card_barcode, email, phone ON patrons BEGIN\n        DELETE FROM patron_fts WHERE rowid = old.rowid;\n        INSERT INTO patron_fts(rowid, names, commune, codes) \n    SELECT p.rowid,\n           p.first_name || ' ' || p.last_name,\n           coalesce(p.commune, ''),\n           p.card_barcode || coalesce(' ' || p.email, '') || coalesce(' ' || p.phone, '')\n      FROM patrons p\n WHERE p.rowid = new.rowid;\n    END",
)

DROP = (
    "DROP TRIGGER IF EXISTS patrons_fts_update",
    "DROP TRIGGER IF EXISTS patrons_fts_delete",
    "DROP TRIGGER IF EXISTS patrons_fts_insert",
    "DROP TRIGGER IF EXISTS records_fts_update",
    "DROP TRIGGER IF EXISTS items_fts_update",
    "DROP TRIGGER IF EXISTS items_fts_delete",
    "DROP TRIGGER IF EXISTS items_fts_insert",
    "DROP TABLE IF EXISTS patron_fts",
    "DROP TABLE IF EXISTS item_fts",
)

REBUILD = (
    "INSERT INTO item_fts(rowid, title, authors, subjects, codes) \n    SELECT i.rowid,\n           r.title || coalesce(' ' || r.subtitle, '') || coalesce(' ' || r.series, ''),\n           coalesce(r.authors, ''),\n           coalesce(r.subjects, '') || coalesce(' ' || r.genre, ''),\n           i.barcode || coalesce(' ' || r.isbn, '') || coalesce(' ' || i.call_number, '')\n      FROM items i JOIN records r ON r.id = i.record_id\n",
    "INSERT INTO patron_fts(rowid, names, commune, codes) \n    SELECT p.rowid,\n           p.first_name || ' ' || p.last_name,\n           coalesce(p.commune, ''),\n           p.card_barcode || coalesce(' ' || p.email, '') || coalesce(' ' || p.phone, '')\n      FROM patrons p\n",
)


def upgrade() -> None:
    for statement in DDL:
        op.execute(statement)
    for statement in REBUILD:
        op.execute(statement)


def downgrade() -> None:
    for statement in DROP:
        op.execute(statement)
