"""Tasks whose worker died are put back in the queue, or failed after too many workers;
a worker that was only slow keeps its result."""

from datetime import timedelta

import pytest
from django.core.management import CommandError, call_command
from django.test import override_settings
from django.utils import timezone
from django_tasks import TaskResultStatus

from portal.core.task_recovery import requeue_abandoned_tasks
from tests.core.tasks_for_tests import add

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.usefixtures("database_tasks"),
]


@pytest.fixture
def database_tasks():
    with override_settings(TASK_BACKEND="database",
                           TASKS={"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}},
                           TASK_RUNNING_TIMEOUT=1800, TASK_MAX_ATTEMPTS=3):
        yield


def running(minutes_ago, workers=1):
    from django_tasks_db.models import DBTaskResult

    add.enqueue(1, 2)
    task = DBTaskResult.objects.order_by("-enqueued_at").first()
    DBTaskResult.objects.filter(pk=task.pk).update(
        status=TaskResultStatus.RUNNING,
        started_at=timezone.now() - timedelta(minutes=minutes_ago),
        worker_ids=[f"worker-{n}" for n in range(workers)])
    task.refresh_from_db()
    return task


def test_a_task_running_past_the_timeout_goes_back_to_the_queue():
    abandoned, busy = running(minutes_ago=31), running(minutes_ago=5)

    requeued, failed = requeue_abandoned_tasks()

    assert (requeued, failed) == ([abandoned.pk], [])
    abandoned.refresh_from_db()
    busy.refresh_from_db()
    assert abandoned.status == TaskResultStatus.READY
    assert busy.status == TaskResultStatus.RUNNING
    from django_tasks_db.models import DBTaskResult
    assert list(DBTaskResult.objects.ready()) == [abandoned]  # a worker picks it up


def test_a_task_that_every_worker_dies_on_fails_after_the_last_attempt(caplog):
    task = running(minutes_ago=31, workers=3)

    assert requeue_abandoned_tasks() == ([], [task.pk])

    task.refresh_from_db()
    assert task.status == TaskResultStatus.FAILED
    assert task.exception_class_path.endswith("WorkerLost")
    assert "3 workers started this task" in task.traceback
    assert "failed for good" in caplog.text


def test_a_slow_worker_that_finishes_meanwhile_keeps_its_result(monkeypatch):
    from django_tasks_db.models import DBTaskResult

    from portal.core import task_recovery

    task = running(minutes_ago=31)
    real = task_recovery.abandoned_tasks

    def finishes_meanwhile(**kwargs):
        found = list(real(**kwargs))
        DBTaskResult.objects.filter(pk=task.pk).update(status=TaskResultStatus.SUCCESSFUL,
                                                       finished_at=timezone.now())
        return DBTaskResult.objects.filter(pk__in=[t.pk for t in found])

    monkeypatch.setattr(task_recovery, "abandoned_tasks", finishes_meanwhile)
    assert requeue_abandoned_tasks() == ([], [])
    task.refresh_from_db()
    assert task.status == TaskResultStatus.SUCCESSFUL


def test_healthz_is_degraded_while_a_task_is_abandoned(client):
    running(minutes_ago=31)
    report = client.get("/healthz").json()["checks"]["tasks"]
    assert (report["status"], report["abandoned"]) == ("degraded", 1)

    call_command("requeue_abandoned_tasks", verbosity=0)
    report = client.get("/healthz").json()["checks"]["tasks"]
    assert (report["status"], report["abandoned"]) == ("ok", 0)


def test_the_command_takes_a_timeout_and_reports_what_it_did(capsys):
    running(minutes_ago=2)
    call_command("requeue_abandoned_tasks", "--older-than", "60")
    assert "Put back in the queue: 1, failed: 0." in capsys.readouterr().out


def test_the_command_refuses_the_immediate_backend():
    with override_settings(TASK_BACKEND="immediate"), \
            pytest.raises(CommandError, match="database task backend"):
        call_command("requeue_abandoned_tasks")
