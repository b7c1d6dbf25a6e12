"""Full-text indexes of SearchEntry, by database:

- PostgreSQL: a tsvector column kept by a trigger, each row stemmed with its own language's
  configuration (title weighted above text), and a GIN index on it. Wagtail's database
  backend keeps one configuration per database; this keeps one per row.
- SQLite: an FTS5 table over title and text (external content, kept by triggers). FTS5 does
  not stem; the engine widens the query's words to prefixes instead (see engines/database.py).
"""

from django.db import migrations

POSTGRES = [
    "ALTER TABLE search_searchentry ADD COLUMN search_vector tsvector",
    """
    CREATE FUNCTION search_entry_vector() RETURNS trigger AS $$
    BEGIN
        NEW.search_vector :=
            setweight(to_tsvector(NEW.config::regconfig, coalesce(NEW.title, '')), 'A') ||
            setweight(to_tsvector(NEW.config::regconfig, coalesce(NEW.summary, '')), 'B') ||
            setweight(to_tsvector(NEW.config::regconfig, coalesce(NEW.text, '')), 'C');
        RETURN NEW;
    END
    $$ LANGUAGE plpgsql
    """,
    """
    CREATE TRIGGER search_entry_vector BEFORE INSERT OR UPDATE ON search_searchentry
    FOR EACH ROW EXECUTE FUNCTION search_entry_vector()
    """,
    "CREATE INDEX search_entry_vector_gin ON search_searchentry USING gin (search_vector)",
]
POSTGRES_REVERSE = [
    "DROP TRIGGER IF EXISTS search_entry_vector ON search_searchentry",
    "DROP FUNCTION IF EXISTS search_entry_vector()",
    "ALTER TABLE search_searchentry DROP COLUMN IF EXISTS search_vector",
]
SQLITE = [
    """
    CREATE VIRTUAL TABLE search_entry_fts USING fts5(
        title, summary, text, content='search_searchentry', content_rowid='id',
        tokenize='unicode61 remove_diacritics 2')
    """,
    """
    CREATE TRIGGER search_entry_fts_insert AFTER INSERT ON search_searchentry BEGIN
        INSERT INTO search_entry_fts(rowid, title, summary, text)
        VALUES (new.id, new.title, new.summary, new.text);
    END
    """,
    """
    CREATE TRIGGER search_entry_fts_delete AFTER DELETE ON search_searchentry BEGIN
        INSERT INTO search_entry_fts(search_entry_fts, rowid, title, summary, text)
        VALUES ('delete', old.id, old.title, old.summary, old.text);
    END
    """,
    """
    CREATE TRIGGER search_entry_fts_update AFTER UPDATE ON search_searchentry BEGIN
        INSERT INTO search_entry_fts(search_entry_fts, rowid, title, summary, text)
        VALUES ('delete', old.id, old.title, old.summary, old.text);
        INSERT INTO search_entry_fts(rowid, title, summary, text)
        VALUES (new.id, new.title, new.summary, new.text);
    END
    """,
]
SQLITE_REVERSE = [
    "DROP TRIGGER IF EXISTS search_entry_fts_insert",
    "DROP TRIGGER IF EXISTS search_entry_fts_delete",
    "DROP TRIGGER IF EXISTS search_entry_fts_update",
    "DROP TABLE IF EXISTS search_entry_fts",
]


def _run(statements_by_vendor):
    def run(apps, schema_editor):
        for statement in statements_by_vendor.get(schema_editor.connection.vendor, []):
            schema_editor.execute(statement)

    return run


class Migration(migrations.Migration):
    dependencies = [("search", "0001_initial")]

    operations = [
        migrations.RunPython(_run({"postgresql": POSTGRES, "sqlite": SQLITE}),
                             _run({"postgresql": POSTGRES_REVERSE, "sqlite": SQLITE_REVERSE})),
    ]
