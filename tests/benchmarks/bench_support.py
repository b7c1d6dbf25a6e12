"""What the benchmark commands share: running manage.py and the benchmark seeders, creating
their database and seeding the synthetic tenders."""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def run(*args, env):
    subprocess.run([sys.executable, "manage.py", *args], cwd=ROOT, env=env, check=True)


def run_seeder(*args, env):
    """Run one of the benchmark seeders (tests/benchmarks/management/commands): they exist
    only under the benchmark's settings, never in what production installs."""
    run(*args, env={**env, "DJANGO_SETTINGS_MODULE": "tests.benchmarks.bench_settings"})


def ensure_database(url):
    """Create the PostgreSQL database named at the end of `url` unless it exists."""
    import psycopg

    name = url.rsplit("/", 1)[1]
    admin_url = url.rsplit("/", 1)[0] + "/postgres"
    with psycopg.connect(admin_url, autocommit=True) as connection:
        exists = connection.execute("SELECT 1 FROM pg_database WHERE datname = %s",
                                    [name]).fetchone()
        if not exists:
            connection.execute(f'CREATE DATABASE "{name}"')


def bench_tender_count(env):
    return int(subprocess.run(
        [sys.executable, "manage.py", "shell", "-v", "0", "-c",
         "from portal.tenders.models import TenderPage;"
         "print(TenderPage.objects.filter(reference__startswith='BENCH-').count())"],
        cwd=ROOT, env=env, capture_output=True, text=True, check=True).stdout.strip())


def ensure_demo(env):
    """The demo once: seed_demo is not meant to run over the synthetic tenders."""
    if not bench_tender_count(env):
        run_seeder("seed_demo", env=env)


def ensure_bench_tenders(count, env):
    """Top the database up to `count` synthetic tenders (seed_bench), keeping earlier ones."""
    missing = count - bench_tender_count(env)
    if missing > 0:
        run_seeder("seed_bench", "--tenders", str(missing), env=env)
