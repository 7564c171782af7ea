"""Search that finds what people mean: ligatures folded (œ, æ, ß), a prefix index
for one- and two-letter prefixes, and a small index of folded titles for exact and
starts-with matches (``item_fts_titles``, one row per record).

Revision ID: 0007
Revises: 0011
"""

from alembic import op

revision = "0007"
down_revision = "0011"
branch_labels = None
depends_on = None

# A frozen copy of bibliomobile.store.search as of this revision.
DDL = (
    "CREATE VIEW item_fts_source AS\n    SELECT i.rowid AS item_rowid,\n           replace(replace(replace(replace(replace(r.title || coalesce(' ' || r.subtitle, '') || coalesce(' ' || r.series, ''), 'Œ', 'OE'), 'œ', 'oe'), 'Æ', 'AE'), 'æ', 'ae'), 'ß', 'ss')\n               AS title,\n           replace(replace(replace(replace(replace(coalesce(r.authors, ''), 'Œ', 'OE'), 'œ', 'oe'), 'Æ', 'AE'), 'æ', 'ae'), 'ß', 'ss') AS authors,\n           replace(replace(replace(replace(replace(coalesce(r.subjects, '') || coalesce(' ' || r.genre, ''), 'Œ', 'OE'), 'œ', 'oe'), 'Æ', 'AE'), 'æ', 'ae'), 'ß', 'ss') AS subjects,\n           i.barcode || coalesce(' ' || r.isbn, '') || coalesce(' ' || i.call_number, '')\n               AS codes\n      FROM items i JOIN records r ON r.id = i.record_id",
    "CREATE VIRTUAL TABLE item_fts USING fts5(title, authors, subjects, codes, content = 'item_fts_source', content_rowid = 'item_rowid', tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2')",
    "CREATE VIRTUAL TABLE patron_fts USING fts5(names, commune, codes, tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2')",
    "CREATE TABLE item_fts_titles (key TEXT NOT NULL, record_rowid INTEGER NOT NULL, PRIMARY KEY (key, record_rowid)) WITHOUT ROWID",
    "CREATE VIEW item_fts_title_source_0 AS SELECT rowid AS rid, lower(title) AS k FROM records",
    "CREATE VIEW item_fts_title_source_1 AS SELECT rid, replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(k, 'À', 'a'), 'Á', 'a'), 'Â', 'a'), 'Ã', 'a'), 'Ä', 'a'), 'Å', 'a'), 'à', 'a'), 'á', 'a'), 'â', 'a'), 'ã', 'a'), 'ä', 'a'), 'å', 'a'), 'Ç', 'c'), 'ç', 'c'), 'È', 'e'), 'É', 'e'), 'Ê', 'e'), 'Ë', 'e'), 'è', 'e'), 'é', 'e'), 'ê', 'e'), 'ë', 'e'), 'Ì', 'i'), 'Í', 'i'), 'Î', 'i') AS k FROM item_fts_title_source_0",
    "CREATE VIEW item_fts_title_source_2 AS SELECT rid, replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(k, 'Ï', 'i'), 'ì', 'i'), 'í', 'i'), 'î', 'i'), 'ï', 'i'), 'Ñ', 'n'), 'ñ', 'n'), 'Ò', 'o'), 'Ó', 'o'), 'Ô', 'o'), 'Õ', 'o'), 'Ö', 'o'), 'Ø', 'o'), 'ò', 'o'), 'ó', 'o'), 'ô', 'o'), 'õ', 'o'), 'ö', 'o'), 'ø', 'o'), 'Ù', 'u'), 'Ú', 'u'), 'Û', 'u'), 'Ü', 'u'), 'ù', 'u'), 'ú', 'u') AS k FROM item_fts_title_source_1",
    "CREATE VIEW item_fts_title_source_3 AS SELECT rid, replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(k, 'û', 'u'), 'ü', 'u'), 'Ý', 'y'), 'Ÿ', 'y'), 'ý', 'y'), 'ÿ', 'y'), 'Œ', 'oe'), 'œ', 'oe'), 'Æ', 'ae'), 'æ', 'ae'), 'ß', 'ss'), '''', ' '), '’', ' '), '‘', ' '), '-', ' '), '‐', ' '), '–', ' '), '—', ' '), ':', ' '), ',', ' '), ';', ' '), '.', ' '), '!', ' '), '?', ' '), '«', ' ') AS k FROM item_fts_title_source_2",
    "CREATE VIEW item_fts_title_source AS SELECT rid, trim(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(k, '»', ' '), '\"', ' '), '(', ' '), ')', ' '), '/', ' '), '[', ' '), ']', ' '), '…', ' '), '  ', ' '), '  ', ' '), '  ', ' ')) AS k FROM item_fts_title_source_3",
    "CREATE TRIGGER records_title_insert AFTER INSERT ON records BEGIN\n        INSERT INTO item_fts_titles(key, record_rowid) SELECT k, rid FROM item_fts_title_source WHERE rid = new.rowid;\n    END",
    "CREATE TRIGGER records_title_unindex BEFORE UPDATE OF title ON records BEGIN\n        DELETE FROM item_fts_titles WHERE (key, record_rowid) IN (SELECT k, rid FROM item_fts_title_source WHERE rid = old.rowid);\n    END",
    "CREATE TRIGGER records_title_update AFTER UPDATE OF title ON records BEGIN\n        INSERT INTO item_fts_titles(key, record_rowid) SELECT k, rid FROM item_fts_title_source WHERE rid = new.rowid;\n    END",
    "CREATE TRIGGER records_title_delete BEFORE DELETE ON records BEGIN\n        DELETE FROM item_fts_titles WHERE (key, record_rowid) IN (SELECT k, rid FROM item_fts_title_source WHERE rid = old.rowid);\n    END",
    "CREATE TRIGGER items_fts_insert AFTER INSERT ON items BEGIN\n        INSERT INTO item_fts(rowid, title, authors, subjects, codes) SELECT item_rowid, title, authors, subjects, codes FROM item_fts_source WHERE item_rowid = new.rowid;\n    END",
    "CREATE TRIGGER items_fts_delete BEFORE DELETE ON items BEGIN\n        INSERT INTO item_fts(item_fts, rowid, title, authors, subjects, codes) SELECT 'delete', item_rowid, title, authors, subjects, codes FROM item_fts_source WHERE item_rowid = old.rowid;\n    END",
    "CREATE TRIGGER items_fts_unindex BEFORE UPDATE OF barcode, call_number, record_id ON items\n    BEGIN\n        INSERT INTO item_fts(item_fts, rowid, title, authors, subjects, codes) SELECT 'delete', item_rowid, title, authors, subjects, codes FROM item_fts_source WHERE item_rowid = old.rowid;\n    END",
    "CREATE TRIGGER items_fts_update AFTER UPDATE OF barcode, call_number, record_id ON items\n    BEGIN\n        INSERT INTO item_fts(rowid, title, authors, subjects, codes) SELECT item_rowid, title, authors, subjects, codes FROM item_fts_source WHERE item_rowid = new.rowid;\n    END",
    "CREATE TRIGGER records_fts_unindex\n    BEFORE UPDATE OF title, subtitle, series, authors, subjects, genre, isbn ON records BEGIN\n        INSERT INTO item_fts(item_fts, rowid, title, authors, subjects, codes) SELECT 'delete', item_rowid, title, authors, subjects, codes FROM item_fts_source WHERE item_rowid IN (SELECT rowid FROM items WHERE record_id = old.id);\n    END",
    "CREATE TRIGGER records_fts_update\n    AFTER UPDATE OF title, subtitle, series, authors, subjects, genre, isbn ON records BEGIN\n        INSERT INTO item_fts(rowid, title, authors, subjects, codes) SELECT item_rowid, title, authors, subjects, codes FROM item_fts_source WHERE item_rowid IN (SELECT rowid FROM items WHERE record_id = new.id);\n    END",
    "CREATE TRIGGER patrons_fts_insert AFTER INSERT ON patrons BEGIN\n        INSERT INTO patron_fts(rowid, names, commune, codes) \n    SELECT p.rowid,\n           p.first_name || ' ' || p.last_name,\n           coalesce(p.commune, ''),\n           p.card_barcode || coalesce(' ' || p.email, '') || coalesce(' ' || p.phone, '')\n      FROM patrons p\n WHERE p.rowid = new.rowid;\n    END",
    "CREATE TRIGGER patrons_fts_delete AFTER DELETE ON patrons BEGIN\n        DELETE FROM patron_fts WHERE rowid = old.rowid;\n    END",
    "CREATE TRIGGER patrons_fts_update\n    AFTER UPDATE OF first_name, last_name, commune, card_barcode, email, phone ON patrons BEGIN\n        DELETE FROM patron_fts WHERE rowid = old.rowid;\n        INSERT INTO patron_fts(rowid, names, commune, codes) \n    SELECT p.rowid,\n           p.first_name || ' ' || p.last_name,\n           coalesce(p.commune, ''),\n           p.card_barcode || coalesce(' ' || p.email, '') || coalesce(' ' || p.phone, '')\n      FROM patrons p\n WHERE p.rowid = new.rowid;\n    END",
)
DROP = (
    "DROP TRIGGER IF EXISTS records_title_delete",
    "DROP TRIGGER IF EXISTS records_title_update",
    "DROP TRIGGER IF EXISTS records_title_unindex",
    "DROP TRIGGER IF EXISTS records_title_insert",
    "DROP TABLE IF EXISTS item_fts_titles",
    "DROP VIEW IF EXISTS item_fts_title_source",
    "DROP VIEW IF EXISTS item_fts_title_source_3",
    "DROP VIEW IF EXISTS item_fts_title_source_2",
    "DROP VIEW IF EXISTS item_fts_title_source_1",
    "DROP VIEW IF EXISTS item_fts_title_source_0",
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
REBUILD = (
    "INSERT INTO item_fts(item_fts) VALUES ('rebuild')",
    "DELETE FROM item_fts_titles",
    "INSERT INTO item_fts_titles(key, record_rowid) SELECT k, rid FROM item_fts_title_source",
    "DELETE FROM patron_fts",
    "INSERT INTO patron_fts(rowid, names, commune, codes) \n    SELECT p.rowid,\n           p.first_name || ' ' || p.last_name,\n           coalesce(p.commune, ''),\n           p.card_barcode || coalesce(' ' || p.email, '') || coalesce(' ' || p.phone, '')\n      FROM patrons p\n",
)

# The search index of revision 0003, for a downgrade.
OLD_DDL = (
    "CREATE VIEW item_fts_source AS\n    SELECT i.rowid AS item_rowid,\n           r.title || coalesce(' ' || r.subtitle, '') || coalesce(' ' || r.series, '')\n               AS title,\n           coalesce(r.authors, '') AS authors,\n           coalesce(r.subjects, '') || coalesce(' ' || r.genre, '') AS subjects,\n           i.barcode || coalesce(' ' || r.isbn, '') || coalesce(' ' || i.call_number, '')\n               AS codes\n      FROM items i JOIN records r ON r.id = i.record_id",
    "CREATE VIRTUAL TABLE item_fts USING fts5(title, authors, subjects, codes, content = 'item_fts_source', content_rowid = 'item_rowid', tokenize = 'unicode61 remove_diacritics 2')",
    "CREATE VIRTUAL TABLE patron_fts USING fts5(names, commune, codes, tokenize = 'unicode61 remove_diacritics 2')",
    "CREATE TRIGGER items_fts_insert AFTER INSERT ON items BEGIN\n        INSERT INTO item_fts(rowid, title, authors, subjects, codes) SELECT item_rowid, title, authors, subjects, codes FROM item_fts_source WHERE item_rowid = new.rowid;\n    END",
    "CREATE TRIGGER items_fts_delete BEFORE DELETE ON items BEGIN\n        INSERT INTO item_fts(item_fts, rowid, title, authors, subjects, codes) SELECT 'delete', item_rowid, title, authors, subjects, codes FROM item_fts_source WHERE item_rowid = old.rowid;\n    END",
    "CREATE TRIGGER items_fts_unindex BEFORE UPDATE OF barcode, call_number, record_id ON items\n    BEGIN\n        INSERT INTO item_fts(item_fts, rowid, title, authors, subjects, codes) SELECT 'delete', item_rowid, title, authors, subjects, codes FROM item_fts_source WHERE item_rowid = old.rowid;\n    END",
    "CREATE TRIGGER items_fts_update AFTER UPDATE OF barcode, call_number, record_id ON items\n    BEGIN\n        INSERT INTO item_fts(rowid, title, authors, subjects, codes) SELECT item_rowid, title, authors, subjects, codes FROM item_fts_source WHERE item_rowid = new.rowid;\n    END",
    "CREATE TRIGGER records_fts_unindex\n    BEFORE UPDATE OF title, subtitle, series, authors, subjects, genre, isbn ON records BEGIN\n        INSERT INTO item_fts(item_fts, rowid, title, authors, subjects, codes) SELECT 'delete', item_rowid, title, authors, subjects, codes FROM item_fts_source WHERE item_rowid IN (SELECT rowid FROM items WHERE record_id = old.id);\n    END",
    "CREATE TRIGGER records_fts_update\n    AFTER UPDATE OF title, subtitle, series, authors, subjects, genre, isbn ON records BEGIN\n        INSERT INTO item_fts(rowid, title, authors, subjects, codes) SELECT item_rowid, title, authors, subjects, codes FROM item_fts_source WHERE item_rowid IN (SELECT rowid FROM items WHERE record_id = new.id);\n    END",
    "CREATE TRIGGER patrons_fts_insert AFTER INSERT ON patrons BEGIN\n        INSERT INTO patron_fts(rowid, names, commune, codes) \n    SELECT p.rowid,\n           p.first_name || ' ' || p.last_name,\n           coalesce(p.commune, ''),\n           p.card_barcode || coalesce(' ' || p.email, '') || coalesce(' ' || p.phone, '')\n      FROM patrons p\n WHERE p.rowid = new.rowid;\n    END",
    "CREATE TRIGGER patrons_fts_delete AFTER DELETE ON patrons BEGIN\n        DELETE FROM patron_fts WHERE rowid = old.rowid;\n    END",
    "CREATE TRIGGER patrons_fts_update\n    AFTER UPDATE OF first_name, last_name, commune, card_barcode, email, phone ON patrons BEGIN\n        DELETE FROM patron_fts WHERE rowid = old.rowid;\n        INSERT INTO patron_fts(rowid, names, commune, codes) \n    SELECT p.rowid,\n           p.first_name || ' ' || p.last_name,\n           coalesce(p.commune, ''),\n           p.card_barcode || coalesce(' ' || p.email, '') || coalesce(' ' || p.phone, '')\n      FROM patrons p\n WHERE p.rowid = new.rowid;\n    END",
)
OLD_REBUILD = (
    "INSERT INTO item_fts(item_fts) VALUES ('rebuild')",
    "INSERT INTO patron_fts(rowid, names, commune, codes) \n    SELECT p.rowid,\n           p.first_name || ' ' || p.last_name,\n           coalesce(p.commune, ''),\n           p.card_barcode || coalesce(' ' || p.email, '') || coalesce(' ' || p.phone, '')\n      FROM patrons p\n",
)


def upgrade() -> None:
    for statement in DROP:
        op.execute(statement)
    for statement in DDL:
        op.execute(statement)
    for statement in REBUILD:
        op.execute(statement)


def downgrade() -> None:
    for statement in DROP:
        op.execute(statement)
    for statement in OLD_DDL:
        op.execute(statement)
    for statement in OLD_REBUILD:
        op.execute(statement)
