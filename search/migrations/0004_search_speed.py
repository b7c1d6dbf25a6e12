"""Searches read less (schema; 0005 brings the stored rows along):

- SearchFacetValue gets its entry's language, and its filtering index starts with it, so that
  a search counts and filters a language's facet values from that index alone instead of
  reading every entry of the language.
- PostgreSQL, STORAGE MAIN for the search vector: PostgreSQL moves a wide row's largest values
  out of it (TOAST), and the vector of an entry of a few hundred words was one of them, so
  every row a search read had its vector fetched from the TOAST table and decompressed (a scan
  of 10,000 entries took 40 ms), and the planner, which does not count that work, chose such
  scans over the GIN index. With MAIN the text columns leave the row first and the vector
  stays (compressed only if still too wide). Only new row versions are stored so.
- PostgreSQL, fastupdate off for the GIN index: with it on, new entries wait in the index's
  pending list, which every search reads through until VACUUM merges it; the index is written
  when content is published and read on every search.
SQLite: only the column and the indexes.
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


def _run(statements):
    def run(apps, schema_editor):
        if schema_editor.connection.vendor == "postgresql":
            for statement in statements:
                schema_editor.execute(statement)

    return run


class Migration(migrations.Migration):
    dependencies = [("search", "0003_analysed_terms")]

    operations = [
        migrations.RunPython(_run(POSTGRES), _run(POSTGRES_REVERSE)),
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
    ]
