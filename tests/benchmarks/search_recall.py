"""Benchmark of search recall: real inflected queries against the content they must find.

Indexes the recall set of tests/search/recall_cases.py (40 titles with short descriptions per
language, built here; no demo content) into the database engine of a fresh database, runs
each query (at least 60 per language: case forms, plurals, consonant gradation, compounds)
through the search service, and prints the share of queries whose title is on the first page
of results, per language, with the queries missed. Then times the text analyser per word,
with its cache cold and warm. Runs on PostgreSQL when --database-url (or DATABASE_URL) is
given, else on a SQLite file under var/.
"""

import argparse
import os
import secrets
import sys
import time

from bench_support import ROOT, ensure_database, run  # (the module beside this file)


def measure_recall():
    from search import indexing, service
    from search.models import SearchEntry
    from search.query import SearchQuery
    from tests.search.recall_cases import QUERIES, items, recall

    SearchEntry.objects.filter(key__startswith="recall:").delete()
    for language in QUERIES:
        indexing.index_items(items(language))

    def titles(text, language):
        results = service.search(SearchQuery(text=text, language=language))
        return [hit.title for hit in results.hits]

    for language in QUERIES:
        share, missed = recall(titles, language)
        print(f"recall {language}: {share:.1%} ({len(QUERIES[language]) - len(missed)}"
              f"/{len(QUERIES[language])})")
        for text, title in missed:
            print(f"    missed {text!r} -> {title!r}")


def measure_analyser():
    try:
        from portal.core import text_analysis as analysis
    except ImportError:  # an earlier version: the analyser in search, or none yet
        try:
            from search import analysis
        except ImportError:
            print("no analyser in this version")
            return
    from tests.search.recall_cases import DOCUMENTS

    print("analysers:", analysis.describe())
    for language, documents in DOCUMENTS.items():
        words = sorted({word for _kind, title, text in documents
                        for word in analysis.words(f"{title} {text}")})
        analysis.clear_caches()
        started = time.perf_counter()
        for word in words:
            analysis.word_terms(word, language)
        cold = (time.perf_counter() - started) / len(words) * 1e6
        started = time.perf_counter()
        for _round in range(100):
            for word in words:
                analysis.word_terms(word, language)
        warm = (time.perf_counter() - started) / len(words) / 100 * 1e6
        print(f"analyser {language}: {len(words)} distinct words, "
              f"{cold:.1f} µs a word uncached, {warm:.2f} µs cached")


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--database-url", default=os.environ.get("DATABASE_URL", ""),
                        help="postgres://postgres@127.0.0.1:5432/portal_bench_recall, for "
                             "example; a SQLite file under var/ when empty")
    parser.add_argument("--without-voikko", action="store_true",
                        help="analyse Finnish as a server without Voikko does (Snowball)")
    options = parser.parse_args()
    database_url = options.database_url or \
        f"sqlite:///{ROOT / 'var' / 'bench-search-recall.sqlite3'}"
    (ROOT / "var").mkdir(exist_ok=True)
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "portal.settings",
        "DATABASE_URL": database_url,
        "SECRET_KEY": secrets.token_urlsafe(64),
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "ELASTICSEARCH_URL": "",
        "LOG_LEVEL": "WARNING",
    }
    if database_url.startswith("postgres"):
        ensure_database(database_url)
    run("migrate", "--verbosity", "0", env=env)

    os.environ.update(env)
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    if options.without_voikko:
        from portal.core import text_analysis as analysis

        analysis.libvoikko = None   # as when the binding is not installed
        analysis.reset()
    print(f"on {database_url.split(':')[0]}")
    measure_recall()
    measure_analyser()


if __name__ == "__main__":
    main()
