"""The full-text indexes hold the analysed terms (portal/core/text_analysis.py) instead of the raw text:

- SearchEntry gets title_terms, summary_terms and text_terms; SearchWord is the vocabulary
  that compounds are split against.
- PostgreSQL: the trigger builds the tsvector from the terms with the 'simple' configuration
  (no stemming of its own: the terms are lemmas and stems already), title weighted above text.
- SQLite: the FTS5 table indexes the terms columns.
- The existing rows are analysed here, so that search keeps working without a rebuild.
"""

from django.db import migrations, models

POSTGRES = [
    """
    CREATE OR REPLACE FUNCTION search_entry_vector() RETURNS trigger AS $$
    BEGIN
        NEW.search_vector :=
            setweight(to_tsvector('simple', coalesce(NEW.title_terms, '')), 'A') ||
            setweight(to_tsvector('simple', coalesce(NEW.summary_terms, '')), 'B') ||
            setweight(to_tsvector('simple', coalesce(NEW.text_terms, '')), 'C');
        RETURN NEW;
    END
    $$ LANGUAGE plpgsql
    """,
]
POSTGRES_REVERSE = [
    """
    CREATE OR REPLACE FUNCTION search_entry_vector() RETURNS trigger AS $$
    BEGIN
        NEW.search_vector :=
            setweight(to_tsvector(NEW.config::regconfig, coalesce(NEW.title, '')), 'A') ||
            setweight(to_tsvector(NEW.config::regconfig, coalesce(NEW.summary, '')), 'B') ||
            setweight(to_tsvector(NEW.config::regconfig, coalesce(NEW.text, '')), 'C');
        RETURN NEW;
    END
    $$ LANGUAGE plpgsql
    """,
    "UPDATE search_searchentry SET title = title",
]


def _fts(columns):
    names = ", ".join(columns)
    new = ", ".join(f"new.{column}" for column in columns)
    old = ", ".join(f"old.{column}" for column in columns)
    return [
        "DROP TRIGGER IF EXISTS search_entry_fts_insert",
        "DROP TRIGGER IF EXISTS search_entry_fts_delete",
        "DROP TRIGGER IF EXISTS search_entry_fts_update",
        "DROP TABLE IF EXISTS search_entry_fts",
        f"""
        CREATE VIRTUAL TABLE search_entry_fts USING fts5(
            {names}, content='search_searchentry', content_rowid='id',
            tokenize='unicode61 remove_diacritics 0')
        """,
        f"""
        CREATE TRIGGER search_entry_fts_insert AFTER INSERT ON search_searchentry BEGIN
            INSERT INTO search_entry_fts(rowid, {names}) VALUES (new.id, {new});
        END
        """,
        f"""
        CREATE TRIGGER search_entry_fts_delete AFTER DELETE ON search_searchentry BEGIN
            INSERT INTO search_entry_fts(search_entry_fts, rowid, {names})
            VALUES ('delete', old.id, {old});
        END
        """,
        f"""
        CREATE TRIGGER search_entry_fts_update AFTER UPDATE ON search_searchentry BEGIN
            INSERT INTO search_entry_fts(search_entry_fts, rowid, {names})
            VALUES ('delete', old.id, {old});
            INSERT INTO search_entry_fts(rowid, {names}) VALUES (new.id, {new});
        END
        """,
    ]


SQLITE = _fts(["title_terms", "summary_terms", "text_terms"])
SQLITE_REVERSE = _fts(["title", "summary", "text"])
REBUILD_FTS = "INSERT INTO search_entry_fts(search_entry_fts) VALUES ('rebuild')"


def _run(statements_by_vendor):
    def run(apps, schema_editor):
        for statement in statements_by_vendor.get(schema_editor.connection.vendor, []):
            schema_editor.execute(statement)

    return run


def analyse_rows(apps, schema_editor):
    """Analyse the stored entries with the analyser of today (historical models)."""
    from portal.core import text_analysis as analysis

    SearchEntry = apps.get_model("search", "SearchEntry")
    SearchWord = apps.get_model("search", "SearchWord")
    entries = list(SearchEntry.objects.order_by("pk"))
    stems = {}
    for entry in entries:
        if analysis.uses_vocabulary(entry.language):
            for word in analysis.words(f"{entry.title} {entry.summary} {entry.text}"):
                if len(word) >= analysis.MIN_PART and not word.isdigit():
                    stems.setdefault(entry.language, set()).add(
                        analysis.stem(word.lower(), entry.language))
    SearchWord.objects.bulk_create(
        [SearchWord(language=language, stem=stem[:100])
         for language, values in stems.items() for stem in sorted(values)],
        ignore_conflicts=True, batch_size=1000)
    vocabularies = {language: analysis.Vocabulary(language, frozenset(values))
                    for language, values in stems.items()}
    for entry in entries:
        words = vocabularies.get(entry.language)
        entry.title_terms = analysis.index_terms(entry.title, entry.language, words)
        entry.summary_terms = analysis.index_terms(entry.summary, entry.language, words)
        entry.text_terms = analysis.index_terms(entry.text, entry.language, words)
    SearchEntry.objects.bulk_update(entries, ["title_terms", "summary_terms", "text_terms"],
                                    batch_size=500)
    if schema_editor.connection.vendor == "sqlite":
        schema_editor.execute(REBUILD_FTS)


class Migration(migrations.Migration):
    dependencies = [("search", "0002_full_text")]

    operations = [
        migrations.AddField("searchentry", "title_terms",
                            models.TextField(blank=True, default="")),
        migrations.AddField("searchentry", "summary_terms",
                            models.TextField(blank=True, default="")),
        migrations.AddField("searchentry", "text_terms",
                            models.TextField(blank=True, default="")),
        migrations.CreateModel(
            name="SearchWord",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True,
                                           serialize=False, verbose_name="ID")),
                ("language", models.CharField(max_length=8)),
                ("stem", models.CharField(max_length=100)),
            ],
            options={"constraints": [models.UniqueConstraint(
                fields=("language", "stem"), name="one_search_word_a_language")]},
        ),
        migrations.RunPython(_run({"postgresql": POSTGRES, "sqlite": SQLITE}),
                             _run({"postgresql": POSTGRES_REVERSE, "sqlite": SQLITE_REVERSE})),
        migrations.RunPython(analyse_rows, migrations.RunPython.noop),
    ]
