"""Searches read less (schema; 0005 brings the stored rows along):

- SearchFacetValue gets its entry's language, and its filtering index starts with it, so that
  a search counts and filters a language's facet values from that index alone instead of
  reading every entry of the language.
- SearchEntry gets its facet values as codes ("facet:value") in a column of its own, so that
  a text search counts the facets of the entries it finds from their rows, without a join.
- PostgreSQL, STORAGE MAIN for the search vector: PostgreSQL moves a wide row's largest values
  out of it (TOAST), and the vector of an entry of a few hundred words was one of them, so
  every row a search read had its vector fetched from the TOAST table and decompressed (a scan
  of 10,000 entries took 40 ms), and the planner, which does not count that work, chose such
  scans over the GIN index. With MAIN the text columns leave the row first and the vector
  stays (compressed only if still too wide). Only new row versions are stored so.
- PostgreSQL, fastupdate off for the GIN index: with it on, new entries wait in the index's
  pending list, which every search reads through until VACUUM merges it; the index is written
  when content is published and read on every search.
SQLite: the columns and the indexes. SQLite adds a column by making the table anew, which
drops its triggers: the ones that keep the FTS5 table (0003) are made again after it, and,
when migrating back, after the column is removed.
"""

from django.db import migrations, models

POSTGRES = [
    "ALTER TABLE search_searchentry ALTER COLUMN search_vector SET STORAGE MAIN",
    "ALTER INDEX search_entry_vector_gin SET (fastupdate = off)",
]
POSTGRES_REVERSE = [
    "ALTER TABLE search_searchentry ALTER COLUMN search_vector SET STORAGE EXTENDED",
    "ALTER INDEX search_entry_vector_gin RESET (fastupdate)",
]

COLUMNS = "title_terms, summary_terms, text_terms"
NEW = ", ".join(f"new.{column}" for column in COLUMNS.split(", "))
OLD = ", ".join(f"old.{column}" for column in COLUMNS.split(", "))
SQLITE_TRIGGERS = [
    "DROP TRIGGER IF EXISTS search_entry_fts_insert",
    "DROP TRIGGER IF EXISTS search_entry_fts_delete",
    "DROP TRIGGER IF EXISTS search_entry_fts_update",
    f"""
    CREATE TRIGGER search_entry_fts_insert AFTER INSERT ON search_searchentry BEGIN
        INSERT INTO search_entry_fts(rowid, {COLUMNS}) VALUES (new.id, {NEW});
    END
    """,
    f"""
    CREATE TRIGGER search_entry_fts_delete AFTER DELETE ON search_searchentry BEGIN
        INSERT INTO search_entry_fts(search_entry_fts, rowid, {COLUMNS})
        VALUES ('delete', old.id, {OLD});
    END
    """,
    f"""
    CREATE TRIGGER search_entry_fts_update AFTER UPDATE ON search_searchentry BEGIN
        INSERT INTO search_entry_fts(search_entry_fts, rowid, {COLUMNS})
        VALUES ('delete', old.id, {OLD});
        INSERT INTO search_entry_fts(rowid, {COLUMNS}) VALUES (new.id, {NEW});
    END
    """,
]


def _sqlite_triggers(apps, schema_editor):
    if schema_editor.connection.vendor == "sqlite":
        for statement in SQLITE_TRIGGERS:
            schema_editor.execute(statement)


def _run(statements):
    def run(apps, schema_editor):
        if schema_editor.connection.vendor == "postgresql":
            for statement in statements:
                schema_editor.execute(statement)

    return run


class Migration(migrations.Migration):
    dependencies = [("search", "0003_analysed_terms")]

    operations = [
        # Back: the triggers again once the column is gone.
        migrations.RunPython(migrations.RunPython.noop, _sqlite_triggers),
        migrations.RunPython(_run(POSTGRES), _run(POSTGRES_REVERSE)),
        migrations.AddField(
            model_name="searchentry",
            name="facet_codes",
            field=models.JSONField(blank=True, default=list),
        ),
        migrations.AddField(
            model_name="searchfacetvalue",
            name="language",
            field=models.CharField(default="", max_length=8),
            preserve_default=False,
        ),
        migrations.AddIndex(
            model_name="searchfacetvalue",
            index=models.Index(fields=["language", "facet", "value", "entry"],
                               name="search_language_facet_value"),
        ),
        migrations.RemoveIndex(model_name="searchfacetvalue", name="search_facet_value_entry"),
        migrations.RunPython(_sqlite_triggers, migrations.RunPython.noop),
    ]
