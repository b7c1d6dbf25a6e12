"""/healthz reports the database, the search engine, the task backend and the outbox."""

import pytest
from django.db import DatabaseError
from django.test import override_settings
from django.utils import timezone

from tests.core.tasks_for_tests import add

pytestmark = pytest.mark.django_db


def test_healthz_reports_ok_on_the_embedded_defaults(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    assert "no-cache" in response["Cache-Control"]
    report = response.json()
    assert report["status"] == "ok"
    assert report["checks"]["database"]["status"] == "ok"
    # The test command installs Voikko (.ci/test): Finnish is analysed with it.
    assert report["checks"]["search"] == {
        "status": "ok", "engine": "database",
        "analysers": {"fi": "voikko", "sv": "snowball+compounds", "en": "snowball"}}
    assert report["checks"]["tasks"] == {"status": "ok", "backend": "ImmediateBackend"}
    assert report["checks"]["email"]["status"] == "ok"


@override_settings(ELASTICSEARCH_URL="http://127.0.0.1:9", ELASTICSEARCH_TIMEOUT=0.5)
def test_healthz_is_degraded_when_elasticsearch_is_unreachable(client):
    # Port 9 (discard) has no listener here: the connection is refused, as when a cluster is down.
    response = client.get("/healthz")
    assert response.status_code == 200
    report = response.json()
    assert report["status"] == "degraded"
    assert report["checks"]["search"]["status"] == "degraded"
    assert report["checks"]["search"]["engine"] == "database"


def test_healthz_is_down_with_503_when_the_database_fails(client, monkeypatch):
    from portal.core import health

    class BrokenConnection:
        vendor = "broken"

        def cursor(self):
            raise DatabaseError("connection refused")

    monkeypatch.setattr(health, "connection", BrokenConnection())
    response = client.get("/healthz")
    assert response.status_code == 503
    assert response.json()["checks"]["database"]["status"] == "down"


@override_settings(
    TASK_BACKEND="database",
    TASKS={"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}},
)
def test_healthz_reports_queued_and_failed_tasks_of_the_database_backend(client):
    from django_tasks_db.models import DBTaskResult

    add.enqueue(1, 2)
    report = client.get("/healthz").json()["checks"]["tasks"]
    assert report["backend"] == "DatabaseBackend"
    assert report["ready"] == 1
    assert report["failed_last_24h"] == 0
    assert report["status"] == "ok"

    queued = DBTaskResult.objects.get()
    queued.status = "FAILED"
    queued.finished_at = timezone.now()
    queued.save()
    report = client.get("/healthz").json()
    assert report["checks"]["tasks"]["failed_last_24h"] == 1
    assert report["checks"]["tasks"]["status"] == "degraded"
    assert report["status"] == "degraded"


@override_settings(
    TASK_BACKEND="database",
    TASKS={"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}},
)
def test_healthz_is_degraded_when_tasks_wait_for_a_worker_too_long(client):
    from django_tasks_db.models import DBTaskResult

    add.enqueue(1, 2)
    DBTaskResult.objects.update(enqueued_at=timezone.now() - timezone.timedelta(hours=1))
    report = client.get("/healthz").json()["checks"]["tasks"]
    assert report["status"] == "degraded"
    assert report["oldest_ready_seconds"] >= 3600


@override_settings(SECURE_SSL_REDIRECT=True)
def test_healthz_answers_a_load_balancers_plain_http_probe(client):
    assert client.get("/healthz").status_code == 200
    assert client.get("/fi/").status_code == 301
