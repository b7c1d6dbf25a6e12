"""Make a failed background task impossible to overlook.

django-tasks logs a failure (and production mails it to ADMINS through the logging config),
but the immediate backend then carries on as if nothing happened. In development and tests
the failure is raised too, so a broken task fails the request or the test that started it.
"""

import logging

from django.conf import settings
from django.dispatch import receiver
from django_tasks import TaskResultStatus
from django_tasks.signals import task_finished

logger = logging.getLogger("portal.tasks")


class TaskFailed(RuntimeError):
    """A background task raised; the message carries the task's own traceback."""


@receiver(task_finished)
def raise_failed_task(sender, task_result, **kwargs):
    if task_result.status != TaskResultStatus.FAILED:
        return
    if getattr(settings, "TASKS_RAISE_ON_FAILURE", False):
        tracebacks = "\n".join(error.traceback for error in task_result.errors)
        raise TaskFailed(f"Task {task_result.task.module_path} failed:\n{tracebacks}")
