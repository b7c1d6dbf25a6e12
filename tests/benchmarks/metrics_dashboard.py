"""Benchmark of the metrics: indicators, the dashboard and the monthly report at scale.

Seeds (or reuses) two PostgreSQL databases: the full one (demo plus `seed_bench_metrics`:
20,000 organisations and 1,000,000 engagement records over a year by default) and a small
one (the demo plus a hundredth of that). On each it measures, in this machine's Python with
the Django test client signed in as staff: compute() for the last full month and for the
twelve months ending with it, monthly_series for those twelve months, the dashboard admin
page (p50/p95 latency and SQL queries; finished months read from where they are kept, and
once more with nothing kept), computing and keeping every finished month (the daily run),
and making the month's follow-up report, rendering it and its XLSX. The SQL queries are
printed at both sizes: they must not grow.
"""

import argparse
import json
import os
import secrets
import statistics
import subprocess
import sys
import time

from bench_support import ROOT, ensure_database, run, run_seeder  # (the module beside this file)

DEFAULT_URL = "postgres://postgres@127.0.0.1:5432/portal_bench_metrics"
STAFF = "bench-staff@metrics-bench.example"


def percentile(values, share):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def timed(function, repeat, before_each=None):
    """(median ms, p95 ms, SQL queries of the last run, last result) of `repeat` runs after
    one warm-up run (which computes and keeps the finished months it needs);
    `before_each()` runs, untimed, before every run."""
    from django.db import connection

    # Counted by an execute wrapper: a request (test client) empties connection.queries.
    queries = []

    def count(execute, sql, params, many, context):
        queries.append(sql)
        return execute(sql, params, many, context)

    if before_each:
        before_each()
    result = function()
    timings = []
    for _ in range(repeat):
        if before_each:
            before_each()
        queries.clear()
        with connection.execute_wrapper(count):
            started = time.perf_counter()
            result = function()
            timings.append((time.perf_counter() - started) * 1000)
    return {"p50": statistics.median(timings), "p95": percentile(timings, 0.95),
            "queries": len(queries), "runs": repeat}, result


def data_size():
    from pilots.models import Proposal, ProposalTransition
    from portal.events.models import Registration
    from portal.metrics.models import PageViewDay
    from portal.notifications.models import OutboundEmail
    from suppliers.alerts.models import AlertSubscription
    from suppliers.interests.models import InterestedLot, TenderInterest
    from suppliers.models import Organisation

    records = {model.__name__: model.objects.count() for model in (
        TenderInterest, InterestedLot, Registration, AlertSubscription, OutboundEmail,
        Proposal, ProposalTransition, PageViewDay)}
    return {"organisations": Organisation.objects.count(), "records": records,
            "engagement_records": sum(records.values())}


def measure(repeat):
    """Run in a process of its own (Django set up on one database): prints one JSON line."""
    import django

    django.setup()
    from django.contrib.auth import get_user_model
    from django.test import Client
    from django.urls import reverse

    from portal.metrics.periods import Period
    from portal.metrics.registry import compute, monthly_series

    month = Period.last_full_month()
    months = [month]
    for _ in range(11):
        months.insert(0, months[0].previous())
    year = Period(months[0].start, month.end)
    figures = {"size": data_size(), "month": f"{month.start:%Y-%m}",
               "year": f"{year.start:%Y-%m}–{month.start:%Y-%m}"}
    figures["compute_month"], _ = timed(lambda: compute(month), repeat)
    figures["compute_year"], _ = timed(lambda: compute(year), max(repeat // 2, 3))
    figures["monthly_series"], _ = timed(lambda: monthly_series(months), max(repeat // 2, 3))

    staff, _created = get_user_model().objects.get_or_create(
        username=STAFF, defaults={"email": STAFF, "is_staff": True, "is_superuser": True})
    client = Client(HTTP_HOST="127.0.0.1")
    client.force_login(staff)

    def get(path):
        def fetch():
            response = client.get(path, secure=True)
            assert response.status_code == 200, (path, response.status_code)
            return response
        return fetch

    figures["dashboard"], response = timed(get(reverse("metrics_dashboard")), repeat)
    figures["dashboard"]["kib"] = len(response.content) / 1024
    from portal.metrics import frozen
    from portal.metrics.models import FrozenMonth
    from portal.metrics.reports import finished_months

    # The first view after the months were forgotten (or before the daily run kept them).
    figures["dashboard_cold"], _ = timed(get(reverse("metrics_dashboard")),
                                         max(repeat // 2, 3), before_each=forget_kept_months)
    # The daily run's part: every finished month computed again from the records and kept.
    figures["refreeze"], _ = timed(lambda: frozen.refreeze(finished_months()), 3)
    assert FrozenMonth.objects.exists()

    from portal.metrics.reports import generate_report

    figures["report_generate"], _ = timed(lambda: generate_report(month, regenerate=True),
                                          max(repeat // 2, 3))
    key = f"{month.start:%Y-%m}"
    figures["report_page"], _ = timed(get(reverse("metrics_report", args=[key])), repeat)
    figures["report_xlsx"], response = timed(
        get(reverse("metrics_report_xlsx", args=[key]) + "?lang=fi"), repeat)
    import io

    import openpyxl

    workbook = openpyxl.load_workbook(io.BytesIO(response.content), read_only=True)
    figures["report_xlsx"]["kib"] = len(response.content) / 1024
    figures["report_xlsx"]["sheets"] = len(workbook.sheetnames)
    print("RESULT " + json.dumps(figures, default=str))


def forget_kept_months():
    from portal.metrics.models import FrozenMonth

    FrozenMonth.objects.all().delete()


def seed_and_measure(url, organisations, records, repeat, env, seed=True):
    env = {**env, "DATABASE_URL": url}
    ensure_database(url)
    run("migrate", "--verbosity", "0", env=env)
    if seed:
        started = time.perf_counter()
        run_seeder("seed_demo", env=env)
        run_seeder("seed_bench_metrics", "--organisations", str(organisations), "--records",
                   str(records), env=env)
        print(f"Seeded (or found) {url.rsplit('/', 1)[1]} in "
              f"{time.perf_counter() - started:.0f} s.")
    output = subprocess.run(
        [sys.executable, __file__, "--measure", "--repeat", str(repeat)], cwd=ROOT, env=env,
        capture_output=True, text=True, check=False)
    if output.returncode:
        sys.exit(output.stderr[-4000:])
    line = next(line for line in output.stdout.splitlines() if line.startswith("RESULT "))
    return json.loads(line.removeprefix("RESULT "))


ROWS = [("compute(month)", "compute_month"), ("compute(12 months)", "compute_year"),
        ("monthly_series(12 months)", "monthly_series"), ("dashboard page", "dashboard"),
        ("dashboard, months not kept", "dashboard_cold"),
        ("keep all finished months", "refreeze"),
        ("generate monthly report", "report_generate"), ("report page", "report_page"),
        ("report XLSX", "report_xlsx")]


def print_figures(label, figures):
    size = figures["size"]
    print(f"\n{label}: {size['organisations']:,} organisations, "
          f"{size['engagement_records']:,} engagement records "
          f"({', '.join(f'{name} {count:,}' for name, count in size['records'].items())}); "
          f"month {figures['month']}, year {figures['year']}")
    print(f"{'measured':<28}{'p50 ms':>10}{'p95 ms':>10}{'queries':>9}{'runs':>6}")
    for name, key in ROWS:
        row = figures[key]
        print(f"{name:<28}{row['p50']:>10.1f}{row['p95']:>10.1f}{row['queries']:>9}"
              f"{row['runs']:>6}")
    print(f"dashboard {figures['dashboard']['kib']:.0f} KiB; report XLSX "
          f"{figures['report_xlsx']['kib']:.0f} KiB, {figures['report_xlsx']['sheets']} sheets")


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--database-url", default=DEFAULT_URL)
    parser.add_argument("--small-database-url", default=None,
                        help="default: the full database's name with _small")
    parser.add_argument("--organisations", type=int, default=20000)
    parser.add_argument("--records", type=int, default=1_000_000)
    parser.add_argument("--small-fraction", type=float, default=0.01)
    parser.add_argument("--repeat", type=int, default=10)
    parser.add_argument("--no-seed", action="store_true",
                        help="Measure the databases as they are (seeded by an earlier run).")
    parser.add_argument("--measure", action="store_true", help=argparse.SUPPRESS)
    options = parser.parse_args()
    if options.measure:
        sys.path.insert(0, str(ROOT))
        measure(options.repeat)
        return

    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "portal.settings",
        "DEBUG": "false",
        "SECRET_KEY": secrets.token_urlsafe(64),
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "SECURE_SSL_REDIRECT": "false",
        # The benchmark's staff user signs in without a second factor.
        "STAFF_REQUIRE_MFA": "false",
        "STATIC_ROOT": str(ROOT / "var" / "bench-static"),
        "LOG_LEVEL": "WARNING",
    }
    run("collectstatic", "--noinput", "--verbosity", "0", env=env)
    small_url = options.small_database_url or f"{options.database_url}_small"
    small = seed_and_measure(small_url, round(options.organisations * options.small_fraction),
                             round(options.records * options.small_fraction), options.repeat,
                             env, seed=not options.no_seed)
    full = seed_and_measure(options.database_url, options.organisations, options.records,
                            options.repeat, env, seed=not options.no_seed)
    print("\nMetrics benchmark, PostgreSQL, Django test client signed in as staff")
    print_figures("small", small)
    print_figures("full", full)
    print("\nSQL queries at the small and the full size (must be equal):")
    for name, key in ROWS:
        print(f"  {name:<28}{small[key]['queries']:>6}{full[key]['queries']:>6}")


if __name__ == "__main__":
    main()
