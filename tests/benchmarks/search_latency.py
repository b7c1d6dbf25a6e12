"""Benchmark of the database search engine: latency at N indexed items.

Seeds the demo site, then N synthetic items (half Finnish, half Swedish, varied service-area,
municipality, contract-type and status facets, texts built from the county's vocabulary) into
the database engine's index, and runs a fixed mix of searches (one and two words, inflected
forms, with and without facets, sorted by relevance and by date) through the search service.
Prints p50/p95/p99 latency, the SQL queries per search and the result counts. Runs on
PostgreSQL when --database-url (or DATABASE_URL) is given, else on a SQLite file under var/.
"""

import argparse
import os
import random
import secrets
import statistics
import sys
import time

from bench_support import ROOT, ensure_database, run, run_seeder  # (the module beside this file)

WORDS = {
    "fi": ["kotihoito", "kotihoidon", "ateriapalvelu", "siivous", "kauppapalvelu",
           "palveluasuminen", "lastensuojelu", "sijaishuolto", "omaishoito", "kuntoutus",
           "lääkäripalvelu", "päivystys", "terveysasema", "vammaispalvelu", "mielenterveys",
           "päihdepalvelu", "ikääntyneet", "puitesopimus", "maksusitoumus", "hankinta",
           "Vaasa", "Pietarsaari", "Kokkola", "Mustasaari", "Kristiinankaupunki"],
    "sv": ["hemvård", "hemvården", "mattjänst", "städning", "butikstjänst", "serviceboende",
           "barnskydd", "vårdnad", "närståendevård", "rehabilitering", "läkartjänst", "jour",
           "hälsostation", "funktionshinder", "mentalvård", "missbruksvård", "äldre",
           "ramavtal", "betalningsförbindelse", "upphandling", "Vasa", "Jakobstad",
           "Karleby", "Korsholm", "Kristinestad"],
}
QUERIES = {
    "fi": [("kotihoidon", {}), ("ateriapalvelu Vaasa", {}), ("lastensuojelu", {"kind": ["tender"]}),
           ("puitesopimus", {"status": ["planned"]}), ("", {"service_areas": ["area-3"]}),
           ("mielenterveys", {"municipalities": ["905", "598"]}), ("kuntoutuksen", {})],
    "sv": [("hemvården", {}), ("mattjänst Vasa", {}), ("barnskydd", {"kind": ["tender"]}),
           ("ramavtal", {"status": ["planned"]}), ("", {"service_areas": ["area-5"]}),
           ("äldre", {"municipalities": ["905"]})],
}
# Words every text has some of, as real texts do: the query words are rarer than these.
FILLER = {
    "fi": ["ja", "palvelu", "asiakas", "alue", "sopimus", "tarjous", "hinta", "laatu", "vuosi",
           "kunta", "henkilöstö", "toimitus", "vaatimus", "aikataulu", "raportointi", "laskutus",
           "yhteistyö", "tuottaja", "arviointi", "kehittäminen"],
    "sv": ["och", "tjänst", "kund", "område", "avtal", "anbud", "pris", "kvalitet", "år",
           "kommun", "personal", "leverans", "krav", "tidsplan", "rapportering", "fakturering",
           "samarbete", "producent", "bedömning", "utveckling"],
}
MUNICIPALITIES = ["905", "598", "272", "499", "287", "152", "280", "545", "893", "946"]
KINDS = ["tender", "event", "pilot_call", "news", "page"]
STATUSES = ["planned", "market_dialogue", "open", "evaluation", "awarded"]


def seed_items(count, seed):
    from search.engines.database import DatabaseEngine
    from search.items import SearchItem
    from search.models import SearchEntry

    rng = random.Random(seed)
    SearchEntry.objects.filter(key__startswith="bench:").delete()
    engine = DatabaseEngine()
    batch = []
    for number in range(count):
        language = "fi" if number % 2 == 0 else "sv"
        words = WORDS[language]
        kind = rng.choice(KINDS)
        topic = rng.sample(words, 4)
        title = " ".join(topic[:3]).capitalize()
        text = " ".join(rng.choice(topic) if rng.random() < 0.1 else
                        rng.choice(FILLER[language]) for _ in range(rng.randint(60, 200)))
        batch.append(SearchItem(
            key=f"bench:{number}", kind=kind, language=language, title=title,
            url=f"/{language}/bench/{number}/", text=text, summary=text[:200],
            facets={"kind": [kind], "service_areas": [f"area-{rng.randint(1, 9)}"],
                    "municipalities": rng.sample(MUNICIPALITIES, rng.randint(1, 3)),
                    "contract_type": [rng.choice(["framework", "dps", "voucher"])],
                    "status": [rng.choice(STATUSES)] if kind == "tender" else [],
                    "sme_lots": [rng.choice(["yes", "no"])] if kind == "tender" else []}))
        if len(batch) == 1000:
            engine.index(batch)
            batch = []
    engine.index(batch)
    engine.analyze()
    return SearchEntry.objects.count()


def percentile(values, share):
    ordered = sorted(values)
    return ordered[min(int(len(ordered) * share), len(ordered) - 1)]


def measure(repeat):
    from django.db import connection, reset_queries

    from search import service
    from search.query import SearchQuery

    timings, queries, totals = [], [], []
    for _round in range(repeat):
        for language, cases in QUERIES.items():
            for text, filters in cases:
                for sort in ("relevance", "date"):
                    reset_queries()
                    started = time.perf_counter()
                    results = service.search(SearchQuery(text=text, language=language,
                                                         filters=filters, sort=sort))
                    timings.append((time.perf_counter() - started) * 1000)
                    queries.append(len(connection.queries))
                    totals.append(results.total)
    print(f"{len(timings)} searches over {len(QUERIES['fi']) + len(QUERIES['sv'])} queries "
          f"× 2 sorts × {repeat} rounds")
    print(f"latency ms: p50 {percentile(timings, 0.5):.1f}  p95 {percentile(timings, 0.95):.1f}"
          f"  p99 {percentile(timings, 0.99):.1f}  max {max(timings):.1f}")
    print(f"SQL queries per search: {min(queries)}–{max(queries)}; "
          f"results per search: median {statistics.median(totals):.0f}, max {max(totals)}")


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--items", type=int, default=10000)
    parser.add_argument("--database-url", default=os.environ.get("DATABASE_URL", ""),
                        help="postgres://postgres@127.0.0.1:5432/portal_bench, for example; "
                             "a SQLite file under var/ when empty")
    parser.add_argument("--repeat", type=int, default=10)
    parser.add_argument("--seed", type=int, default=2026)
    options = parser.parse_args()
    database_url = options.database_url or f"sqlite:///{ROOT / 'var' / 'bench-search.sqlite3'}"
    (ROOT / "var").mkdir(exist_ok=True)
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "portal.settings",
        "DATABASE_URL": database_url,
        "DEBUG": "true",  # so that connection.queries counts the SQL
        "SECRET_KEY": secrets.token_urlsafe(64),
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "ELASTICSEARCH_URL": "",
        "LOG_LEVEL": "WARNING",
    }
    if database_url.startswith("postgres"):
        ensure_database(database_url)
    run("migrate", "--verbosity", "0", env=env)
    run_seeder("seed_demo", env=env)

    os.environ.update(env)
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    started = time.perf_counter()
    count = seed_items(options.items, options.seed)
    print(f"Indexed {options.items} benchmark items ({count} entries with the demo site's) "
          f"in {time.perf_counter() - started:.1f} s on {database_url.split(':')[0]}.")
    measure(options.repeat)


if __name__ == "__main__":
    main()
