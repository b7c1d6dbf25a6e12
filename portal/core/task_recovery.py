"""Tasks whose worker died: put back in the queue, or failed after too many workers.

django-tasks-db marks a task RUNNING when a worker claims it and never looks at it again:
if that worker is killed (kill -9, out of memory, a lost machine), the task stays RUNNING for
ever and never runs. The portal's tasks are written to be run twice (the outbox sends a
message once, alert and follower e-mails carry idempotency keys, indexing is a replace), so
a task running far longer than any of them takes is handed to another worker. A task whose
run kills every worker that starts it is failed after TASK_MAX_ATTEMPTS, so that it shows in
/healthz and the log instead of taking the workers down in turn.
"""

import logging
from datetime import timedelta

from django.conf import settings
from django.db import transaction
from django.utils import timezone
from django_tasks import TaskResultStatus

logger = logging.getLogger("portal.tasks")

ABANDONED_ERROR = "portal.core.task_recovery.WorkerLost"


def running_timeout():
    return timedelta(seconds=getattr(settings, "TASK_RUNNING_TIMEOUT", 1800))


def max_attempts():
    return getattr(settings, "TASK_MAX_ATTEMPTS", 3)


def abandoned_tasks(*, now=None, timeout=None):
    """Tasks of the database backend running for longer than `timeout`."""
    from django_tasks_db.models import DBTaskResult

    now = now or timezone.now()
    timeout = running_timeout() if timeout is None else timeout
    return DBTaskResult.objects.running().filter(started_at__lt=now - timeout)


def requeue_abandoned_tasks(*, now=None, timeout=None):
    """Put each abandoned task back in the queue, or fail it after its last attempt.

    Returns (requeued, failed), lists of the task results' ids. Each change is conditional on
    the task still being RUNNING with the start time read, so a worker that finishes the task
    meanwhile (it was slow, not dead) keeps its result.
    """
    from django_tasks_db.models import DBTaskResult

    now = now or timezone.now()
    requeued, failed = [], []
    for task in abandoned_tasks(now=now, timeout=timeout).order_by("started_at"):
        still_running = DBTaskResult.objects.filter(
            pk=task.pk, status=TaskResultStatus.RUNNING, started_at=task.started_at)
        # worker_ids gains one id each time a worker claims the task.
        attempts = len(task.worker_ids or ())
        with transaction.atomic():
            if attempts >= max_attempts():
                moved = still_running.update(
                    status=TaskResultStatus.FAILED, finished_at=now,
                    exception_class_path=ABANDONED_ERROR,
                    traceback=f"{attempts} workers started this task and none finished it "
                              f"(the last started at {task.started_at.isoformat()}).")
                if moved:
                    failed.append(task.pk)
                    logger.error("Task %s (%s) failed for good: %s workers started it and "
                                 "none finished it.", task.pk, task.task_path, attempts)
            else:
                moved = still_running.update(status=TaskResultStatus.READY)
                if moved:
                    requeued.append(task.pk)
                    logger.warning("Task %s (%s) put back in the queue: its worker started "
                                   "it at %s and stopped answering (attempt %s of %s).",
                                   task.pk, task.task_path, task.started_at.isoformat(),
                                   attempts, max_attempts())
    return requeued, failed
