"""Benchmark of the procurement calendar: list, filtered list and a tender at N tenders.

Seeds PostgreSQL (demo site plus N synthetic tenders), then for each page prints the time of
one warm render and its SQL queries (measured in this process), and requests/s with p50/p95/
p99 latency under load from wrk against gunicorn on 127.0.0.1, with the page cache off. The
last row is a bare Django view returning as many bytes as the calendar, through the same
middleware and gunicorn in the same run, and the calendar's requests/s are printed as a share
of the bare view's.
"""

import argparse
import os
import re
import secrets
import shutil
import signal
import statistics
import subprocess
import sys
import time
import urllib.request

from bench_support import (  # (the module beside this file)
    ROOT,
    ensure_bench_tenders,
    ensure_database,
    ensure_demo,
    run,
)

PORT = 8765


def render_figures(env, paths):
    """(milliseconds of a warm render, SQL queries) per path, measured in this process."""
    os.environ.update(env)
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    client = Client(HTTP_HOST="127.0.0.1")
    figures = {}
    for name, path in paths.items():
        for _ in range(3):  # warm caches: site, taxonomy names, chrome, templates
            response = client.get(path)
            assert response.status_code == 200, (path, response.status_code)
        timings = []
        for _ in range(20):
            started = time.perf_counter()
            client.get(path)
            timings.append((time.perf_counter() - started) * 1000)
        with CaptureQueriesContext(connection) as queries:
            client.get(path)
        figures[name] = (statistics.median(timings), len(queries), len(response.content))
    return figures


def wrk(path, duration, connections):
    output = subprocess.run(
        ["wrk", "--latency", "-t", "2", "-c", str(connections), "-d", f"{duration}s",
         "-H", "Accept-Language: fi", f"http://127.0.0.1:{PORT}{path}"],
        capture_output=True, text=True, check=True, timeout=duration + 30).stdout
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1))
    percentiles = dict(re.findall(r"\s(50|90|99)%\s+([\d.]+\w+)", output))
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    return rps, percentiles, int(errors.group(1)) if errors else 0


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--tenders", type=int, default=5000)
    parser.add_argument("--database-url",
                        default="postgres://postgres@127.0.0.1:5432/portal_bench")
    parser.add_argument("--duration", type=int, default=10)
    parser.add_argument("--connections", type=int, default=16)
    parser.add_argument("--workers", type=int, default=2)
    options = parser.parse_args()
    if not shutil.which("wrk"):
        sys.exit("wrk is missing: apt-get install wrk")

    env = {
        **os.environ,
        # The portal's settings plus the bare view (bench_settings.py, bench_urls.py).
        "DJANGO_SETTINGS_MODULE": "tests.benchmarks.bench_settings",
        "DATABASE_URL": options.database_url,
        "DEBUG": "false",
        "SECRET_KEY": secrets.token_urlsafe(64),
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "SECURE_SSL_REDIRECT": "false",
        "STATIC_ROOT": str(ROOT / "var" / "bench-static"),
        "LOG_LEVEL": "WARNING",
        # What a signed-in user or the first visitor after a publish gets: a rendered page.
        "PAGE_CACHE_SECONDS": "0",
    }
    ensure_database(options.database_url)
    run("migrate", "--verbosity", "0", env=env)
    ensure_demo(env)
    ensure_bench_tenders(options.tenders, env)
    run("collectstatic", "--noinput", "--verbosity", "0", env=env)

    from_python = subprocess.run(
        [sys.executable, "manage.py", "shell", "-v", "0", "-c",
         "from portal.tenders.models import TenderPage;"
         "t = TenderPage.objects.filter(reference__startswith='BENCH-',"
         " locale__language_code='fi').order_by('pk').first();"
         "print(t.url, TenderPage.objects.filter(locale__language_code='fi').count())"],
        cwd=ROOT, env=env, capture_output=True, text=True, check=True).stdout.split()
    tender_url, total = from_python[0], from_python[1]
    paths = {
        "calendar list": "/fi/hankintakalenteri/",
        "calendar filtered": "/fi/hankintakalenteri/?service_area=housing-older-people"
                             "&municipality=905&sme=on&sort=deadline",
        "calendar, Swedish": "/sv/upphandlingskalender/",
        "tender page": tender_url,
    }
    figures = render_figures(env, paths)
    # The bare view answers with as many bytes as the calendar list, here and in gunicorn.
    env["BENCH_BARE_BYTES"] = str(figures["calendar list"][2])
    from tests.benchmarks import bench_urls

    bench_urls.BARE_BODY = b"<!DOCTYPE html>" + b"x" * (figures["calendar list"][2] - 15)
    paths["bare view"] = "/bench/bare/"
    figures.update(render_figures(env, {"bare view": "/bench/bare/"}))

    server = subprocess.Popen(
        [sys.executable, "-m", "gunicorn", "portal.wsgi", "--bind", f"127.0.0.1:{PORT}",
         "--workers", str(options.workers), "--log-level", "warning"],
        cwd=ROOT, env=env, start_new_session=True)
    try:
        for _ in range(60):
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{PORT}/healthz", timeout=1)
                break
            except OSError:
                time.sleep(0.5)
        print(f"\nProcurement calendar benchmark: {total} tenders in Finnish, PostgreSQL, "
              f"gunicorn {options.workers} workers, wrk {options.connections} connections "
              f"x {options.duration} s per page\n")
        print(f"{'page':<20}{'render ms':>10}{'queries':>9}{'KiB':>7}{'req/s':>9}"
              f"{'p50':>10}{'p90':>10}{'p99':>10}{'errors':>8}")
        throughput = {}
        for name, path in paths.items():
            rps, latency, errors = wrk(path, options.duration, options.connections)
            throughput[name] = rps
            render, queries, size = figures[name]
            print(f"{name:<20}{render:>10.1f}{queries:>9}{size / 1024:>7.0f}{rps:>9.1f}"
                  f"{latency.get('50', '-'):>10}{latency.get('90', '-'):>10}"
                  f"{latency.get('99', '-'):>10}{errors:>8}")
        print(f"\nCalendar list: {throughput['calendar list'] / throughput['bare view']:.0%} "
              "of the bare view's requests/s in this run.")
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        server.wait(timeout=30)


if __name__ == "__main__":
    main()
