"""The catalogue index as an FTS5 external-content table over a view (texts not
stored twice); its triggers remove an item's index row with the texts it was indexed
with, read before the change.

Revision ID: 0003
Revises: 0002
"""

from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

# A frozen copy of bibliomobile.store.search (catalogue part) as of this revision.
DDL = (
    "CREATE VIEW item_fts_source AS\n    SELECT i.rowid AS item_rowid,\n           r.title || coalesce(' ' || r.subtitle, '') || coalesce(' ' || r.series, '')\n               AS title,\n           coalesce(r.authors, '') AS authors,\n           coalesce(r.subjects, '') || coalesce(' ' || r.genre, '') AS subjects,\n           i.barcode || coalesce(' ' || r.isbn, '') || coalesce(' ' || i.call_number, '')\n               AS codes\n      FROM items i JOIN records r ON r.id = i.record_id",
    "CREATE VIRTUAL TABLE item_fts USING fts5(title, authors, subjects, codes, content = 'item_fts_source', content_rowid = 'item_rowid', tokenize = 'unicode61 remove_diacritics 2')",
    "CREATE TRIGGER items_fts_insert AFTER INSERT ON items BEGIN\n        INSERT INTO item_fts(rowid, title, authors, subjects, codes) SELECT item_rowid, title, authors, subjects, codes FROM item_fts_source WHERE item_rowid = new.rowid;\n    END",
    "CREATE TRIGGER items_fts_delete BEFORE DELETE ON items BEGIN\n        INSERT INTO item_fts(item_fts, rowid, title, authors, subjects, codes) SELECT 'delete', item_rowid, title, authors, subjects, codes FROM item_fts_source WHERE item_rowid = old.rowid;\n    END",
    "CREATE TRIGGER items_fts_unindex BEFORE UPDATE OF barcode, call_number, record_id ON items\n    BEGIN\n        INSERT INTO item_fts(item_fts, rowid, title, authors, subjects, codes) SELECT 'delete', item_rowid, title, authors, subjects, codes FROM item_fts_source WHERE item_rowid = old.rowid;\n    END",
    "CREATE TRIGGER items_fts_update AFTER UPDATE OF barcode, call_number, record_id ON items\n    BEGIN\n        INSERT INTO item_fts(rowid, title, authors, subjects, codes) SELECT item_rowid, title, authors, subjects, codes FROM item_fts_source WHERE item_rowid = new.rowid;\n    END",
    "CREATE TRIGGER records_fts_unindex\n    BEFORE UPDATE OF title, subtitle, series, authors, subjects, genre, isbn ON records BEGIN\n        INSERT INTO item_fts(item_fts, rowid, title, authors, subjects, codes) SELECT 'delete', item_rowid, title, authors, subjects, codes FROM item_fts_source WHERE item_rowid IN (SELECT rowid FROM items WHERE record_id = old.id);\n    END",
    "CREATE TRIGGER records_fts_update\n    AFTER UPDATE OF title, subtitle, series, authors, subjects, genre, isbn ON records BEGIN\n        INSERT INTO item_fts(rowid, title, authors, subjects, codes) SELECT item_rowid, title, authors, subjects, codes FROM item_fts_source WHERE item_rowid IN (SELECT rowid FROM items WHERE record_id = new.id);\n    END",
)

DROP = (
    "DROP TRIGGER IF EXISTS records_fts_update",
    "DROP TRIGGER IF EXISTS records_fts_unindex",
    "DROP TRIGGER IF EXISTS items_fts_update",
    "DROP TRIGGER IF EXISTS items_fts_unindex",
    "DROP TRIGGER IF EXISTS items_fts_delete",
    "DROP TRIGGER IF EXISTS items_fts_insert",
    "DROP TABLE IF EXISTS item_fts",
    "DROP VIEW IF EXISTS item_fts_source",
)

REBUILD = "INSERT INTO item_fts(item_fts) VALUES ('rebuild')"

# The catalogue part of revision 0002, for a downgrade.
OLD_DDL = (
    "CREATE VIRTUAL TABLE item_fts USING fts5(title, authors, subjects, codes, tokenize = 'unicode61 remove_diacritics 2')",
    "CREATE TRIGGER items_fts_insert AFTER INSERT ON items BEGIN\n        INSERT INTO item_fts(rowid, title, authors, subjects, codes)\n        \n    SELECT i.rowid,\n           r.title || coalesce(' ' || r.subtitle, '') || coalesce(' ' || r.series, ''),\n           coalesce(r.authors, ''),\n           coalesce(r.subjects, '') || coalesce(' ' || r.genre, ''),\n           i.barcode || coalesce(' ' || r.isbn, '') || coalesce(' ' || i.call_number, '')\n      FROM items i JOIN records r ON r.id = i.record_id\n WHERE i.rowid = new.rowid;\n    END",
    "CREATE TRIGGER items_fts_delete AFTER DELETE ON items BEGIN\n        DELETE FROM item_fts WHERE rowid = old.rowid;\n    END",
    "CREATE TRIGGER items_fts_update AFTER UPDATE OF barcode, call_number, record_id ON items\n    BEGIN\n        DELETE FROM item_fts WHERE rowid = old.rowid;\n        INSERT INTO item_fts(rowid, title, authors, subjects, codes)\n        \n    SELECT i.rowid,\n           r.title || coalesce(' ' || r.subtitle, '') || coalesce(' ' || r.series, ''),\n           coalesce(r.authors, ''),\n           coalesce(r.subjects, '') || coalesce(' ' || r.genre, ''),\n           i.barcode || coalesce(' ' || r.isbn, '') || coalesce(' ' || i.call_number, '')\n      FROM items i JOIN records r ON r.id = i.record_id\n WHERE i.rowid = new.rowid;\n    END",
    "CREATE TRIGGER records_fts_update\n    AFTER UPDATE OF title, subtitle, series, authors, subjects, genre, isbn ON records BEGIN\n        DELETE FROM item_fts WHERE rowid IN (SELECT rowid FROM items WHERE record_id = new.id);\n        INSERT INTO item_fts(rowid, title, authors, subjects, codes)\n        \n    SELECT i.rowid,\n           r.title || coalesce(' ' || r.subtitle, '') || coalesce(' ' || r.series, ''),\n           coalesce(r.authors, ''),\n           coalesce(r.subjects, '') || coalesce(' ' || r.genre, ''),\n           i.barcode || coalesce(' ' || r.isbn, '') || coalesce(' ' || i.call_number, '')\n      FROM items i JOIN records r ON r.id = i.record_id\n WHERE i.record_id = new.id;\n    END",
)

OLD_DROP = (
    "DROP TRIGGER IF EXISTS records_fts_update",
    "DROP TRIGGER IF EXISTS items_fts_update",
    "DROP TRIGGER IF EXISTS items_fts_delete",
    "DROP TRIGGER IF EXISTS items_fts_insert",
    "DROP TABLE IF EXISTS item_fts",
)

OLD_REBUILD = (
    "INSERT INTO item_fts(rowid, title, authors, subjects, codes) \n    SELECT i.rowid,\n           r.title || coalesce(' ' || r.subtitle, '') || coalesce(' ' || r.series, ''),\n           coalesce(r.authors, ''),\n           coalesce(r.subjects, '') || coalesce(' ' || r.genre, ''),\n           i.barcode || coalesce(' ' || r.isbn, '') || coalesce(' ' || i.call_number, '')\n      FROM items i JOIN records r ON r.id = i.record_id\n",
)


def upgrade() -> None:
    for statement in OLD_DROP:
        op.execute(statement)
    for statement in DDL:
        op.execute(statement)
    op.execute(REBUILD)


def downgrade() -> None:
    for statement in DROP:
        op.execute(statement)
    for statement in OLD_DDL:
        op.execute(statement)
    for statement in OLD_REBUILD:
        op.execute(statement)
