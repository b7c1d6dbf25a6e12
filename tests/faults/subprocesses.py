"""Running the portal's own commands in subprocesses against the test database, bounded
in time."""

import os
import subprocess
import sys
from pathlib import Path

from django.db import connection

ROOT = Path(__file__).resolve().parents[2]


def current_database_url():
    """DATABASE_URL of the database this test runs on (PostgreSQL)."""
    db = connection.settings_dict
    user = db["USER"] or "postgres"
    password = f":{db['PASSWORD']}" if db["PASSWORD"] else ""
    return f"postgres://{user}{password}@{db['HOST'] or '127.0.0.1'}:{db['PORT'] or 5432}/" \
           f"{db['NAME']}"


def environment(**extra):
    env = {**os.environ, "DATABASE_URL": current_database_url(),
           "DJANGO_SETTINGS_MODULE": "tests.faults.worker_settings",
           "PYTHONPATH": str(ROOT), **extra}
    env.pop("DEBUG", None)
    return env


def manage(*args, env, **kwargs):
    """Popen of `manage.py *args`."""
    return subprocess.Popen([sys.executable, "manage.py", *args], cwd=ROOT, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                            **kwargs)


def run_manage(*args, env, timeout=60):
    process = manage(*args, env=env)
    try:
        output, _ = process.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        process.kill()
        output, _ = process.communicate()
        raise AssertionError(
            f"manage.py {' '.join(args)} took over {timeout} s:\n{output}") from None
    assert process.returncode == 0, output
    return output
