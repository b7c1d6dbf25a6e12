"""Production settings: check --deploy is clean, and a development secret key is refused."""

import os
import secrets
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def run_manage(*args, **env):
    environment = {key: value for key, value in os.environ.items()
                   if key not in {"DEBUG", "SECRET_KEY", "DJANGO_SETTINGS_MODULE",
                                  "DJANGO_ALLOW_ASYNC_UNSAFE"}}
    environment.update(DJANGO_SETTINGS_MODULE="portal.settings", **env)
    return subprocess.run([sys.executable, "manage.py", *args], cwd=ROOT, env=environment,
                          capture_output=True, text=True, timeout=120)


PRODUCTION = {"SECRET_KEY": secrets.token_urlsafe(64), "ALLOWED_HOSTS": "portal.example.fi",
              "REDIS_URL": "redis://127.0.0.1:6379/0"}


def test_check_deploy_reports_nothing_with_production_settings():
    result = run_manage("check", "--deploy", "--fail-level", "WARNING", **PRODUCTION)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues" in result.stdout


def test_check_deploy_warns_when_rate_limits_would_count_per_process():
    production = {key: value for key, value in PRODUCTION.items() if key != "REDIS_URL"}
    result = run_manage("check", "--deploy", "--fail-level", "WARNING", **production)
    assert result.returncode != 0
    assert "portal.W001" in result.stdout + result.stderr


@pytest.mark.parametrize(
    "secret_key", ["", "development-only-insecure-key-do-not-use-in-production", "too-short"]
)
def test_portal_refuses_to_start_without_a_real_secret_key(secret_key):
    result = run_manage("check", SECRET_KEY=secret_key, ALLOWED_HOSTS="portal.example.fi")
    assert result.returncode != 0
    assert "SECRET_KEY must be set" in result.stderr


def test_manage_py_with_nothing_configured_is_development():
    result = run_manage("shell", "-v", "0", "-c",
                        "from django.conf import settings as s; print(s.DEBUG)")
    assert result.stdout.strip() == "True", result.stderr


def test_the_wsgi_application_refuses_to_start_without_a_secret_key():
    environment = {key: value for key, value in os.environ.items()
                   if key not in {"DEBUG", "SECRET_KEY", "DJANGO_SETTINGS_MODULE",
                                  "DJANGO_ALLOW_ASYNC_UNSAFE"}}
    result = subprocess.run([sys.executable, "-c", "import portal.wsgi"], cwd=ROOT,
                            env=environment, capture_output=True, text=True, timeout=120)
    assert result.returncode != 0
    assert "SECRET_KEY must be set" in result.stderr


def test_development_starts_with_the_development_key():
    result = run_manage("check", DEBUG="true")
    assert result.returncode == 0, result.stderr


def test_production_cookies_are_secure_and_https_is_enforced():
    code = ("from django.conf import settings as s; "
            "print(s.SESSION_COOKIE_SECURE, s.CSRF_COOKIE_SECURE, s.SECURE_SSL_REDIRECT, "
            "s.SECURE_HSTS_SECONDS > 0, s.DEBUG)")
    result = run_manage("shell", "-v", "0", "-c", code, **PRODUCTION)
    assert result.stdout.split() == ["True", "True", "True", "True", "False"], result.stderr


def test_task_backend_is_the_database_one_when_asked():
    code = "from django.conf import settings as s; print(s.TASKS['default']['BACKEND'])"
    result = run_manage("shell", "-v", "0", "-c", code, TASK_BACKEND="database", **PRODUCTION)
    assert result.stdout.strip() == "django_tasks_db.DatabaseBackend", result.stderr
