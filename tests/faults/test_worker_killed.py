"""The task worker killed mid-task (kill -9 of a real `manage.py db_worker` on PostgreSQL,
sending e-mail through anymail to a fake ESP): the task runs again on another worker, and
no message reaches the ESP twice, except the one whose ESP call was in flight at the kill.

That one is the outbox's known at-least-once edge: the portal cannot know whether the ESP
took a message whose answer never came, so after STUCK_AFTER it sends it again (a possible
duplicate) rather than lose it. Here the fake ESP never answered it, so it was not accepted.
"""

import signal
from datetime import timedelta

import pytest
from django.core.management import call_command
from django.db import connection
from django.utils import timezone
from django_tasks import TaskResultStatus

from portal.notifications.domain import Message, queue_emails
from portal.notifications.enums import EmailStatus
from portal.notifications.models import OutboundEmail
from portal.notifications.sending import STUCK_AFTER

from .fake_esp import FakeESP
from .subprocesses import environment, manage, run_manage

pytestmark = [pytest.mark.postgres, pytest.mark.django_db(transaction=True)]

DATABASE_BACKEND = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
WORKER = ("db_worker", "--no-startup-delay", "--interval", "0.2", "--no-reload")


@pytest.fixture
def database_tasks(settings):
    if connection.vendor != "postgresql":
        pytest.skip("the worker subprocess needs the test database on PostgreSQL "
                    "(SQLite's test database is in the test process's memory)")
    settings.TASK_BACKEND = "database"
    settings.TASKS = DATABASE_BACKEND


def statuses():
    return dict(OutboundEmail.objects.values_list("to", "status"))


def test_a_worker_killed_mid_send_leaves_its_task_to_another_and_nothing_is_sent_twice(
        database_tasks):
    from django_tasks_db.models import DBTaskResult

    addresses = ["yksi@example.fi", "kaksi@example.fi", "kolme@example.fi"]
    with FakeESP() as esp:
        esp.hold = {"kaksi@example.fi"}
        env = environment(FAKE_ESP_URL=esp.url)
        queue_emails([Message(to=address, template="test_message", context={}, language="fi")
                      for address in addresses])
        task = DBTaskResult.objects.get()
        assert task.task_path == "portal.notifications.tasks.send_emails"

        worker = manage(*WORKER, env=env)
        try:
            assert esp.holding.wait(timeout=45), "the worker never reached the ESP"
        finally:
            worker.send_signal(signal.SIGKILL)
            worker.communicate(timeout=10)
        assert worker.returncode == -signal.SIGKILL

        # The first message went out before the kill, the second was in flight, the third
        # never started; the task is left "running" by its dead worker.
        task.refresh_from_db()
        assert task.status == TaskResultStatus.RUNNING
        assert statuses() == {"yksi@example.fi": EmailStatus.SENT,
                              "kaksi@example.fi": EmailStatus.SENDING,
                              "kolme@example.fi": EmailStatus.QUEUED}

        # What the scheduler runs every few minutes (here without waiting for the timeout).
        call_command("requeue_abandoned_tasks", "--older-than", "0", verbosity=0)
        task.refresh_from_db()
        assert task.status == TaskResultStatus.READY

        run_manage(*WORKER, "--batch", env=env)
        task.refresh_from_db()
        assert task.status == TaskResultStatus.SUCCESSFUL
        assert len(task.worker_ids) == 2
        # The second run skipped the sent message and the one its dead sender holds.
        assert esp.accepted == ["yksi@example.fi", "kolme@example.fi"]
        assert statuses()["kaksi@example.fi"] == EmailStatus.SENDING

        # send_queued_email, run every minute, puts the message back in the queue once its
        # sender has been silent for STUCK_AFTER, and sends it.
        OutboundEmail.objects.filter(to="kaksi@example.fi").update(
            last_attempt_at=timezone.now() - STUCK_AFTER - timedelta(seconds=1))
        run_manage("send_queued_email", env=env)

    assert set(statuses().values()) == {EmailStatus.SENT}
    assert sorted(esp.accepted) == sorted(addresses)  # each accepted exactly once
    assert esp.received.count("kaksi@example.fi") == 2  # the unanswered call, then the resend
    stuck = OutboundEmail.objects.get(to="kaksi@example.fi")
    assert stuck.attempts == 2 and "stopped before recording" in stuck.last_error
