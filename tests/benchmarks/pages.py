"""Benchmark of the portal's main pages, and a load test, against gunicorn on 127.0.0.1.

Seeds PostgreSQL (the demo site with its users and organisations, plus N synthetic tenders),
then prints for each page its SQL queries and size (measured in this process, with the page
cache off and on), and requests/s with p50/p95/p99 latency under wrk against gunicorn: the
home page, the tender calendar (plain and filtered), a tender, an event, a pilot call, the
search page and the supplier's dashboard (signed in, with a session cookie), and a bare Django
view returning a fixed response as big as the cached home page (tests/benchmarks/bench_urls.py,
only in this run) to compare with.

With --load, then 64 clients for 60 s: half on the public pages, half signed in on supplier
pages, printing errors (responses other than 2xx/3xx, socket errors) and p95 latency.

Everything stays on 127.0.0.1, every wrk run is bounded in time, and gunicorn is stopped at the
end whatever happens.
"""

import argparse
import os
import secrets
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import urllib.request

from bench_support import (  # (the module beside this file)
    ROOT,
    ensure_bench_tenders,
    ensure_database,
    run,
    run_seeder,
)

PORT = 8766
SEARCH = "/fi/search/?q=kotihoito"
DASHBOARD = "/fi/supplier/"
SUPPLIER_PAGES = [DASHBOARD, "/fi/supplier/alerts/", "/fi/pilots/proposals/",
                  "/fi/events/my-registrations/"]
SUPPLIER = "supplier@example.fi"

# wrk's Lua: rotate through the given paths, send the given cookie, and print the figures
# wrk's own summary lacks (p95, and errors by kind) on one line.
LUA = """
local paths = {%(paths)s}
local i = 0
wrk.headers["Accept-Language"] = "fi"
%(cookie)s
request = function()
  i = i %% #paths + 1
  return wrk.format("GET", paths[i])
end
done = function(summary, latency, requests)
  io.write(string.format("RESULT %%d %%d %%d %%d %%d %%d %%d %%d %%d %%d %%d\\n",
    summary.requests, summary.bytes, summary.duration, summary.errors.connect,
    summary.errors.read, summary.errors.write, summary.errors.status, summary.errors.timeout,
    latency:percentile(50), latency:percentile(95), latency:percentile(99)))
end
"""


def wrk(paths, duration, connections, cookie=None, threads=2):
    """Figures of a wrk run: requests/s, latency percentiles in ms, errors."""
    lua = LUA % {"paths": ", ".join(f'"{path}"' for path in paths),
                 "cookie": f'wrk.headers["Cookie"] = "{cookie}"' if cookie else ""}
    with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as script:
        script.write(lua)
    try:
        output = subprocess.run(
            ["wrk", "-t", str(threads), "-c", str(connections), "-d", f"{duration}s",
             "--timeout", "10s", "-s", script.name, f"http://127.0.0.1:{PORT}"],
            capture_output=True, text=True, check=True, timeout=duration + 60).stdout
    finally:
        os.unlink(script.name)
    line = next(line for line in output.splitlines() if line.startswith("RESULT "))
    (requests, size, micros, connect, read, write, status, timeout,
     p50, p95, p99) = map(int, line.split()[1:])
    return {"requests": requests, "rps": requests / (micros / 1e6), "bytes": size,
            "p50": p50 / 1000, "p95": p95 / 1000, "p99": p99 / 1000,
            "status_errors": status, "socket_errors": connect + read + write + timeout}


def django_in_process(env):
    os.environ.update(env)
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()


def pages_to_measure():
    """{name: path} of the pages of the table, from the seeded data."""
    from django.utils import timezone

    from pilots.models import PilotCallPage
    from portal.events.models import EventPage
    from portal.pages.models import HomePage
    from portal.tenders.models import TenderIndexPage, TenderPage

    def first(queryset, what):
        page = queryset.live().filter(locale__language_code="fi").order_by("pk").first()
        if page is None:
            sys.exit(f"No {what} in the seeded data.")
        return page

    event = (EventPage.objects.live().filter(locale__language_code="fi",
                                             start__gte=timezone.now())
             .order_by("start").first() or first(EventPage.objects, "event"))
    calendar = first(TenderIndexPage.objects, "tender calendar").url
    return {
        "home page": first(HomePage.objects, "home page").url,
        "tender calendar": calendar,
        "calendar filtered": calendar + "?service_area=housing-older-people&municipality=905"
                                        "&sme=on&sort=deadline",
        "tender": first(TenderPage.objects.filter(reference__startswith="BENCH-"),
                        "benchmark tender").url,
        "event": event.url,
        "pilot call": first(PilotCallPage.objects, "pilot call").url,
        "search page": SEARCH,
        "supplier dashboard": DASHBOARD,
    }


def signed_in_cookie():
    from django.conf import settings
    from django.contrib.auth import get_user_model
    from django.test import Client

    client = Client(HTTP_HOST="127.0.0.1")
    client.force_login(get_user_model().objects.get(email=SUPPLIER))
    name = settings.SESSION_COOKIE_NAME
    return client, f"{name}={client.cookies[name].value}"


def measure(paths, signed_in):
    """{name: (queries uncached, queries cached, bytes, served from cache)} in this process."""
    from django.db import connection
    from django.test import Client, override_settings
    from django.test.utils import CaptureQueriesContext

    from portal.core.page_cache import HIT_HEADER

    anonymous = Client(HTTP_HOST="127.0.0.1")
    figures = {}
    for name, path in paths.items():
        client = signed_in if path in SUPPLIER_PAGES else anonymous
        with override_settings(PAGE_CACHE_SECONDS=0):
            for _ in range(2):  # warm the per-process caches: site, taxonomy, chrome
                response = client.get(path)
                assert response.status_code == 200, (path, response.status_code)
            with CaptureQueriesContext(connection) as uncached:
                response = client.get(path)
            # Counted at once: the query log is emptied when the next request starts.
            uncached_queries = len(uncached)
        client.get(path)
        with CaptureQueriesContext(connection) as cached:
            again = client.get(path)
        figures[name] = (uncached_queries, len(cached), len(response.content),
                         again.get(HIT_HEADER) == "hit")
    return figures


def serve(env, workers):
    server = subprocess.Popen(
        [sys.executable, "-m", "gunicorn", "portal.wsgi", "--bind", f"127.0.0.1:{PORT}",
         "--workers", str(workers), "--log-level", "warning"],
        cwd=ROOT, env=env, start_new_session=True)
    for _ in range(120):
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{PORT}/healthz", timeout=1)
            return server
        except OSError:
            if server.poll() is not None:
                sys.exit("gunicorn did not start")
            time.sleep(0.5)
    stop(server)
    sys.exit("gunicorn did not answer /healthz in 60 s")


def stop(server):
    if server.poll() is None:
        os.killpg(server.pid, signal.SIGTERM)
        try:
            server.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(server.pid, signal.SIGKILL)
            server.wait(timeout=10)


def benchmark(paths, figures, cookie, options):
    print(f"{'page':<20}{'queries':>8}{'on hit':>7}{'KiB':>6}{'cached':>7}{'req/s':>9}"
          f"{'p50 ms':>8}{'p95 ms':>8}{'p99 ms':>8}{'errors':>7}")
    results = {}
    for name, path in paths.items():
        result = wrk([path], options.duration, options.connections,
                     cookie if path in SUPPLIER_PAGES else None)
        results[name] = result
        queries, on_hit, size, cached = figures.get(name, ("-", "-", 0, False))
        print(f"{name:<20}{queries:>8}{on_hit:>7}{size / 1024:>6.1f}"
              f"{'yes' if cached else 'no':>7}{result['rps']:>9.1f}{result['p50']:>8.1f}"
              f"{result['p95']:>8.1f}{result['p99']:>8.1f}"
              f"{result['status_errors'] + result['socket_errors']:>7}")
    return results


def load_test(paths, cookie, options):
    """Half the clients on public pages, half signed in on supplier pages, at once."""
    public = [path for name, path in paths.items() if path not in SUPPLIER_PAGES]
    half = options.load_clients // 2
    print(f"\nLoad: {options.load_clients} clients for {options.load_seconds} s "
          f"({half} anonymous on {len(public)} public pages, "
          f"{options.load_clients - half} signed in on {len(SUPPLIER_PAGES)} supplier pages)")
    from concurrent.futures import ThreadPoolExecutor

    with ThreadPoolExecutor(2) as pool:
        anonymous = pool.submit(wrk, public, options.load_seconds, half, None, 1)
        signed_in = pool.submit(wrk, SUPPLIER_PAGES, options.load_seconds,
                                options.load_clients - half, cookie, 1)
        results = {"public pages": anonymous.result(), "supplier pages": signed_in.result()}
    print(f"{'':<16}{'requests':>9}{'req/s':>8}{'p50 ms':>8}{'p95 ms':>8}{'p99 ms':>8}"
          f"{'non-2xx/3xx':>12}{'socket err':>11}")
    for name, result in results.items():
        print(f"{name:<16}{result['requests']:>9}{result['rps']:>8.1f}{result['p50']:>8.1f}"
              f"{result['p95']:>8.1f}{result['p99']:>8.1f}{result['status_errors']:>12}"
              f"{result['socket_errors']:>11}")
    return results


def main():
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--tenders", type=int, default=2000,
                        help="synthetic tenders besides the demo's (default 2000)")
    parser.add_argument("--database-url",
                        default="postgres://postgres@127.0.0.1:5432/portal_bench")
    parser.add_argument("--redis-url", default="",
                        help="the shared cache, as in production (default: none, a cache per "
                             "worker)")
    parser.add_argument("--duration", type=int, default=10, help="seconds of wrk per page")
    parser.add_argument("--connections", type=int, default=16)
    parser.add_argument("--workers", type=int, default=4, help="gunicorn workers")
    parser.add_argument("--load", action="store_true",
                        help="then run the load test (--load-clients for --load-seconds)")
    parser.add_argument("--load-clients", type=int, default=64)
    parser.add_argument("--load-seconds", type=int, default=60)
    parser.add_argument("--skip-seed", action="store_true",
                        help="use the database as it is (seeded by an earlier run)")
    options = parser.parse_args()
    if not shutil.which("wrk"):
        sys.exit("wrk is missing: apt-get install wrk")

    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "tests.benchmarks.bench_settings",
        "DATABASE_URL": options.database_url,
        "REDIS_URL": options.redis_url,
        "DEBUG": "false",
        "SECRET_KEY": secrets.token_urlsafe(64),
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "SECURE_SSL_REDIRECT": "false",
        "STATIC_ROOT": str(ROOT / "var" / "bench-static"),
        "TASK_BACKEND": "immediate",
        "LOG_LEVEL": "WARNING",
    }
    if not options.skip_seed:
        ensure_database(options.database_url)
        run("migrate", "--verbosity", "0", env=env)
        seeded = subprocess.run(
            [sys.executable, "manage.py", "shell", "-v", "0", "-c",
             "from django.contrib.auth import get_user_model;"
             f"print(get_user_model().objects.filter(email='{SUPPLIER}').exists())"],
            cwd=ROOT, env=env, capture_output=True, text=True, check=True).stdout.strip()
        if seeded != "True":  # the demo once: seed_demo is not meant to run over bench data
            run_seeder("seed_demo", "--users", env=env)
        ensure_bench_tenders(options.tenders, env)
        run("collectstatic", "--noinput", "--verbosity", "0", env=env)

    django_in_process(env)
    from portal.tenders.models import TenderPage

    tenders = TenderPage.objects.filter(locale__language_code="fi").count()
    paths = pages_to_measure()
    signed_in, cookie = signed_in_cookie()
    figures = measure(paths, signed_in)
    cached_size = figures["home page"][2]
    env["BENCH_BARE_BYTES"] = str(cached_size)
    paths_with_bare = {**paths, "bare view": "/bench/bare/"}

    server = serve(env, options.workers)
    try:
        cores = os.cpu_count()
        print(f"\nPages: {tenders} tenders in Finnish (the demo site, its organisations and "
              f"{options.tenders} synthetic tenders), PostgreSQL, cache "
              f"{'Redis' if options.redis_url else 'per worker'}; gunicorn {options.workers} "
              f"sync workers on {cores} cores; wrk {options.connections} connections x "
              f"{options.duration} s per page, all on 127.0.0.1.")
        print("queries: SQL queries of one request rendered (page cache off); on hit: with "
              "the page cache on; cached: served from the cache when anonymous\n")
        figures["bare view"] = ("-", "-", cached_size, False)
        results = benchmark(paths_with_bare, figures, cookie, options)
        ratio = results["home page"]["rps"] / results["bare view"]["rps"]
        print(f"\nCached home page: {ratio:.0%} of the requests/s of the bare view "
              f"({cached_size} bytes each); aim: at least 50 %.")
        if options.load:
            load_test(paths, cookie, options)
    finally:
        stop(server)


if __name__ == "__main__":
    main()
