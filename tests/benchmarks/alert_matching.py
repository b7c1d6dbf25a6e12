"""Benchmark of alert matching: one published tender against N subscriptions.

Seeds the demo site and N subscriptions with varied criteria (service areas,
municipalities, contract types, CPV codes at every level, keywords; some paused, some
weekly), then matches one demo tender as the task does and prints the time and SQL queries
of finding the matches (the candidate query plus the keyword check), of recording them, and
of queueing the immediate e-mails. Runs on PostgreSQL when --database-url (or DATABASE_URL)
is given, else on a SQLite file under var/.
"""

import argparse
import os
import random
import secrets
import statistics
import sys
import time

from bench_support import ROOT, ensure_database, run, run_seeder  # (the module beside this file)

BENCH_DOMAIN = "alerts-bench.example"
KEYWORDS = ["kotihoito", "ateria", "asumis", "lääkäri", "hemvård", "siivous", "kuntoutus",
            "omaishoito", "tukipalvelu", "boende"]


def seed_subscriptions(count, seed):
    """`count` subscriptions of count/4 users, replacing an earlier benchmark's."""
    from django.conf import settings
    from django.contrib.auth import get_user_model
    from django.db import connection

    from portal.notifications.models import OutboundEmail
    from portal.taxonomy.models import ContractType, CPVCode, Municipality, ServiceArea
    from suppliers.alerts.models import AlertSubscription

    rng = random.Random(seed)
    User = get_user_model()
    OutboundEmail.objects.filter(to__endswith=f"@{BENCH_DOMAIN}").delete()
    AlertSubscription.objects.filter(user__email__endswith=f"@{BENCH_DOMAIN}").delete()
    User.objects.filter(email__endswith=f"@{BENCH_DOMAIN}").delete()
    users = User.objects.bulk_create([
        User(username=f"bench{n}@{BENCH_DOMAIN}", email=f"bench{n}@{BENCH_DOMAIN}",
             password="!")  # an unusable password
        for n in range(max(count // 4, 1))])
    default = {"locale__language_code": settings.LANGUAGE_CODE}
    pools = {name: list(model.objects.filter(**default).values_list("pk", flat=True))
             for name, model in (("service_areas", ServiceArea),
                                 ("municipalities", Municipality),
                                 ("contract_types", ContractType), ("cpv_codes", CPVCode))}
    subscriptions = AlertSubscription.objects.bulk_create([
        AlertSubscription(
            user=rng.choice(users), name=f"Bench {n}",
            tenders=rng.random() < 0.9, events=rng.random() < 0.5,
            pilot_calls=rng.random() < 0.3,
            keywords=", ".join(rng.sample(KEYWORDS, rng.randint(1, 3)))
            if rng.random() < 0.25 else "",
            frequency="weekly" if rng.random() < 0.3 else "immediate",
            language=rng.choice(["fi", "fi", "sv", "en"]), active=rng.random() < 0.95)
        for n in range(count)], batch_size=2000)
    # Each criterion is left empty ("any") by about half the subscriptions.
    chosen = {"service_areas": (0.6, 3), "municipalities": (0.5, 4),
              "contract_types": (0.3, 2), "cpv_codes": (0.5, 3)}
    for name, (share, most) in chosen.items():
        field = AlertSubscription._meta.get_field(name)
        through = field.remote_field.through
        term_column = f"{field.m2m_reverse_field_name()}_id"
        rows = [through(alertsubscription_id=subscription.pk, **{term_column: term})
                for subscription in subscriptions if rng.random() < share
                for term in rng.sample(pools[name], rng.randint(1, most))]
        through.objects.bulk_create(rows, batch_size=5000)
    if connection.vendor == "postgresql":
        # What autovacuum does soon after a bulk load; before it the planner believes the
        # tables empty.
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")
    return len(subscriptions)


def measure(count, repeat):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from portal.tenders.models import TenderPage
    from suppliers.alerts.items import Change
    from suppliers.alerts.mailing import send_immediate_alerts
    from suppliers.alerts.matching import matching_subscription_ids, record_matches
    from suppliers.alerts.models import AlertItemChange
    from suppliers.alerts.tender_items import tender_item

    tender = (TenderPage.objects.live().filter(locale__language_code="fi")
              .order_by("pk").first())
    item = tender_item(tender.translation_key)
    matching_subscription_ids(item)  # warm the connection and caches
    timings = []
    for _ in range(repeat):
        started = time.perf_counter()
        matching_subscription_ids(item)
        timings.append((time.perf_counter() - started) * 1000)
    with CaptureQueriesContext(connection) as find_queries:
        matching_subscription_ids(item)

    AlertItemChange.objects.filter(change_key__startswith="bench-").delete()
    change = Change(key=f"bench-{secrets.token_hex(4)}", reason="new")
    started = time.perf_counter()
    with CaptureQueriesContext(connection) as record_queries:
        recorded, matched = record_matches(item, change)
    record_ms = (time.perf_counter() - started) * 1000

    started = time.perf_counter()
    email_queries = []  # thousands: counted, not logged

    def count_query(execute, sql, params, many, context):
        email_queries.append(None)
        return execute(sql, params, many, context)

    with connection.execute_wrapper(count_query):
        emails = send_immediate_alerts(recorded.pk) if recorded else 0
    email_s = time.perf_counter() - started

    print(f"\nAlert matching benchmark: {count} subscriptions, {connection.vendor}; "
          f"tender {tender.reference} ({', '.join(sorted(item.cpv_codes))})\n")
    print(f"{'step':<44}{'time':>12}{'queries':>9}")
    print(f"{'find matches (median of ' + str(repeat) + ')':<44}"
          f"{statistics.median(timings):>9.1f} ms{len(find_queries):>9}")
    print(f"{'find and record ' + str(len(matched)) + ' matches':<44}"
          f"{record_ms:>9.1f} ms{len(record_queries):>9}")
    print(f"{'queue ' + str(emails) + ' immediate e-mails':<44}"
          f"{email_s:>10.2f} s{len(email_queries):>9}")
    print(f"\nmatches: {len(matched)} of {count} subscriptions; immediate e-mails "
          f"{emails}, the rest wait for the weekly digest")
    candidate_sql = next(query["sql"] for query in find_queries.captured_queries
                         if "alerts_alertsubscription" in query["sql"])
    print(f"\ncandidate query ({len(candidate_sql)} characters of SQL), first 300:\n"
          f"{candidate_sql[:300]} …")


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--subscriptions", type=int, default=20000)
    parser.add_argument("--database-url", default=os.environ.get("DATABASE_URL", ""),
                        help="postgres://postgres@127.0.0.1:5432/portal_bench, for example; "
                             "a SQLite file under var/ when empty")
    parser.add_argument("--repeat", type=int, default=20)
    parser.add_argument("--seed", type=int, default=2026)
    options = parser.parse_args()
    database_url = options.database_url or f"sqlite:///{ROOT / 'var' / 'bench-alerts.sqlite3'}"
    (ROOT / "var").mkdir(exist_ok=True)
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "portal.settings",
        "DATABASE_URL": database_url,
        "DEBUG": "false",
        "SECRET_KEY": secrets.token_urlsafe(64),
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "TASK_BACKEND": "database",  # e-mails stay queued in the outbox, unsent
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
    count = seed_subscriptions(options.subscriptions, options.seed)
    print(f"Seeded {count} subscriptions in {time.perf_counter() - started:.1f} s.")
    measure(count, options.repeat)


if __name__ == "__main__":
    main()
