"""PostgreSQL restarted under load: gunicorn serves the portal from a private cluster while
a client keeps requesting pages; the cluster is stopped and started again. During the outage
every request ends quickly with the 503 page in the URL's language; afterwards the same
gunicorn workers serve pages again (Django's connection health checks replace the broken
persistent connections), without a restart of the portal."""

import os
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request

import pytest
from django.db import connection

from .private_postgres import PrivateCluster, binaries, port_is_free
from .subprocesses import ROOT, current_database_url

pytestmark = [pytest.mark.postgres, pytest.mark.django_db]

PAGES = ["/fi/", "/sv/", "/fi/search/?q=kotihoito", "/sv/search/?q=hemtj%C3%A4nst"]
REQUEST_TIMEOUT = 10  # a request that takes longer than this counts as a hang


def get(url):
    started = time.monotonic()
    try:
        with urllib.request.urlopen(url, timeout=REQUEST_TIMEOUT) as response:  # noqa: S310
            status, body, headers = response.status, response.read(), response.headers
    except urllib.error.HTTPError as error:
        status, body, headers = error.code, error.read(), error.headers
    return {"status": status, "body": body.decode(errors="replace"), "headers": headers,
            "seconds": time.monotonic() - started}


class Load(threading.Thread):
    """Requests the pages one after another until stopped; every outcome is recorded with
    the phase (before, down, after) it started in."""

    def __init__(self, base):
        super().__init__(daemon=True)
        self.base, self.phase, self.results = base, "before", []
        self.stopping = threading.Event()

    def run(self):
        n = 0
        while not self.stopping.is_set():
            path, phase = PAGES[n % len(PAGES)], self.phase
            try:
                outcome = get(self.base + path)
            except Exception as error:  # a timeout or a dropped connection: a failure
                outcome = {"status": type(error).__name__, "seconds": None}
            self.results.append({"path": path, "phase": phase, "ended": time.monotonic(),
                                 **outcome})
            n += 1

    def of(self, phase):
        return [result for result in self.results if result["phase"] == phase]


def wait_for(predicate, timeout, message):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return
        time.sleep(0.1)
    raise AssertionError(message)


@pytest.fixture
def cluster():
    if connection.vendor != "postgresql":
        pytest.skip("copies the test database: needs DATABASE_URL pointing at PostgreSQL")
    bin_dir = binaries()
    if bin_dir is None:
        pytest.skip("no PostgreSQL server binaries under /usr/lib/postgresql/*/bin")
    if not port_is_free():
        pytest.skip("port 55432 of the private cluster is in use")
    cluster = PrivateCluster(bin_dir)
    try:
        cluster.create()
        cluster.copy_database(current_database_url(), "portal")
        yield cluster
    finally:
        cluster.remove()


@pytest.fixture
def portal(cluster, tmp_path):
    """gunicorn with two workers on a free port, on the private cluster; its log (each
    failed request's traceback) in a file, which an unread pipe would block on."""
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    env = {**os.environ, "DATABASE_URL": cluster.url("portal"),
           "DJANGO_SETTINGS_MODULE": "tests.settings", "PYTHONPATH": str(ROOT)}
    env.pop("DEBUG", None)
    log = (tmp_path / "gunicorn.log").open("w")
    server = subprocess.Popen(
        [sys.executable, "-m", "gunicorn", "portal.wsgi", "--bind", f"127.0.0.1:{port}",
         "--workers", "2", "--timeout", "30", "--graceful-timeout", "2"],
        cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=log, text=True)
    base = f"http://127.0.0.1:{port}"
    try:
        def ready():
            try:
                return get(base + "/healthz")["status"] == 200
            except OSError:
                return False

        wait_for(ready, 40, "gunicorn did not start")
        yield server, base
    finally:
        server.terminate()
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()
        log.close()


def test_requests_fail_cleanly_while_postgresql_restarts_and_the_portal_recovers(
        cluster, portal):
    server, base = portal
    load = Load(base)
    load.start()
    try:
        wait_for(lambda: len(load.of("before")) >= len(PAGES), 30, "no page served")

        stopping_at = time.monotonic()
        cluster.stop()
        load.phase = "down"  # requests started from now on find the database down
        wait_for(lambda: len(load.of("down")) >= 2 * len(PAGES), 30,
                 "no request finished while the database was down")
        health = get(base + "/healthz")
        cluster.start()
        load.phase = "after"
        # The workers' broken connections are replaced at the next request.
        wait_for(lambda: [r["status"] for r in load.of("after")][-2 * len(PAGES):]
                 == [200] * 2 * len(PAGES), 30, "the portal did not recover")
    finally:
        load.stopping.set()
        load.join(timeout=REQUEST_TIMEOUT + 5)

    assert server.poll() is None, "gunicorn stopped"
    assert {result["status"] for result in load.results} <= {200, 503}  # no hang, no 500
    # Requests that ended before the stop were served; one in flight at the stop may not be.
    assert {result["status"] for result in load.results if result["ended"] < stopping_at} \
        == {200}
    assert health["status"] == 503 and '"database": {"status": "down"' in health["body"]

    down = load.of("down")
    unavailable = [result for result in down if result["status"] == 503]
    assert unavailable, "every page was served without the database"
    for result in unavailable:
        language = result["path"][1:3]
        assert f'<html lang="{language}">' in result["body"]
        assert result["headers"]["Retry-After"] == "30"
    assert max(result["seconds"] for result in load.results) < REQUEST_TIMEOUT
