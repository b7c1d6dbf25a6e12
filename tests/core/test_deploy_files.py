"""The example production set-up in portal/deploy/ holds together: each file is checked by the
tool that reads it, and every command and variable it names exists."""

import os
import re
import shutil
import subprocess
import sys

import pytest
from django.core.management import get_commands

from portal.settings import BASE_DIR

DEPLOY = BASE_DIR / "portal" / "deploy"


def crontab_commands():
    commands = []
    for line in (DEPLOY / "portal.crontab").read_text().splitlines():
        match = re.match(r"^[\d*/,-]+(\s+[\d*/,-]+){4}\s+\$J\s+(\S+)", line)
        if match:
            commands.append(match.group(2))
    return commands


def unit_commands():
    commands = []
    for unit in DEPLOY.glob("*.service"):
        for line in unit.read_text().splitlines():
            match = re.search(r"manage\.py (\w+)", line)
            if line.startswith("ExecStart=") and match:
                commands.append(match.group(1))
    return commands


def test_the_crontab_schedules_every_job_the_readme_asks_for():
    assert set(crontab_commands()) >= {
        "publish_scheduled", "send_queued_email", "flush_page_views", "expire_event_offers",
        "send_event_reminders", "send_pilot_draft_reminders", "search_index",
        "send_alert_digests", "generate_monthly_reports", "clearsessions",
        "requeue_abandoned_tasks",
    }


@pytest.mark.parametrize("command", sorted({*crontab_commands(), *unit_commands()}))
def test_each_scheduled_command_exists(command):
    assert command in get_commands()


def test_every_setting_from_the_environment_is_in_the_example_env_file():
    settings_source = (BASE_DIR / "portal" / "settings.py").read_text()
    names = set(re.findall(r'env(?:_bool|_list)?\("([A-Z][A-Z0-9_]+)"', settings_source))
    assert {"SECRET_KEY", "DATABASE_URL", "REDIS_URL", "PAGE_CACHE_SECONDS"} <= names
    example = (DEPLOY / "portal.env.example").read_text()
    listed = set(re.findall(r"^#?\s*([A-Z][A-Z0-9_]+)=", example, re.MULTILINE))
    assert names - listed == set()


def test_gunicorn_loads_its_configuration_and_the_application(tmp_path):
    env = {**os.environ, "SECRET_KEY": "k" * 60, "DATABASE_URL": f"sqlite:///{tmp_path}/db",
           "DJANGO_SETTINGS_MODULE": "portal.settings", "WEB_CONCURRENCY": "3"}
    result = subprocess.run(
        [sys.executable, "-m", "gunicorn", "--check-config", "--print-config",
         "-c", str(DEPLOY / "gunicorn.conf.py"), "portal.wsgi"],
        cwd=BASE_DIR, env=env, capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    config = dict(re.findall(r"^(\w+)\s+= (.*)$", result.stdout, re.MULTILINE))
    assert config["bind"] == "['127.0.0.1:8000']"
    assert config["workers"] == "3"
    assert config["forwarded_allow_ips"] == "['127.0.0.1']"


@pytest.mark.skipif(not shutil.which("nginx") or not shutil.which("openssl"),
                    reason="nginx (Debian package nginx) is not installed")
def test_the_nginx_site_passes_nginx_t(tmp_path):
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1",
         "-subj", "/CN=localhost", "-keyout", tmp_path / "key.pem", "-out", tmp_path / "cert.pem"],
        check=True, capture_output=True, timeout=60)
    site = (DEPLOY / "nginx-portal.conf").read_text()
    site = site.replace("/etc/letsencrypt/live/markkinavuoropuhelu.example.fi/fullchain.pem",
                        str(tmp_path / "cert.pem"))
    site = site.replace("/etc/letsencrypt/live/markkinavuoropuhelu.example.fi/privkey.pem",
                        str(tmp_path / "key.pem"))
    site = site.replace("/var/cache/nginx/portal", str(tmp_path / "cache"))
    (tmp_path / "site.conf").write_text(site)
    (tmp_path / "nginx.conf").write_text(
        f"pid {tmp_path}/nginx.pid;\nerror_log {tmp_path}/error.log;\nevents {{}}\n"
        f"http {{\n  access_log off;\n  include {tmp_path}/site.conf;\n}}\n")
    result = subprocess.run(["nginx", "-t", "-c", str(tmp_path / "nginx.conf"),
                             "-e", str(tmp_path / "error.log")],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert "syntax is ok" in result.stderr


@pytest.mark.skipif(not shutil.which("systemd-analyze"), reason="systemd-analyze is missing")
@pytest.mark.parametrize("unit", ["portal-web.service", "portal-worker.service"])
def test_the_systemd_units_have_no_unknown_settings(unit, tmp_path):
    # The paths in them exist only on the server; what is checked is the units' syntax.
    result = subprocess.run(["systemd-analyze", "verify", "--man=no", str(DEPLOY / unit)],
                            capture_output=True, text=True, timeout=60)
    problems = [line for line in result.stderr.splitlines()
                if "Unknown" in line or "Invalid" in line or "bad" in line.lower()]
    assert problems == []


def test_run_job_passes_the_command_and_its_arguments_to_manage_py(tmp_path):
    (tmp_path / "portal.env").write_text("PORTAL_TEST_VALUE=from-env-file\n")
    (tmp_path / ".venv" / "bin").mkdir(parents=True)
    fake_python = tmp_path / ".venv" / "bin" / "python"
    fake_python.write_text('#!/bin/sh\necho "$PORTAL_TEST_VALUE $*"\n')
    fake_python.chmod(0o755)
    result = subprocess.run(
        ["sh", str(DEPLOY / "run-job.sh"), "search_index", "catch-up"],
        env={**os.environ, "PORTAL_DIR": str(tmp_path),
             "PORTAL_ENV_FILE": str(tmp_path / "portal.env"), "PORTAL_LOCK_DIR": str(tmp_path)},
        capture_output=True, text=True, timeout=30)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "from-env-file manage.py search_index catch-up"
