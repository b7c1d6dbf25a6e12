"""A failing background task never passes unnoticed."""

import logging

import pytest
from django.test import override_settings
from django_tasks import TaskResultStatus

from portal.core.task_signals import TaskFailed
from tests.core.tasks_for_tests import add, fail_on_purpose


def test_a_task_runs_immediately_in_tests():
    result = add.enqueue(2, 3)
    assert result.status == TaskResultStatus.SUCCESSFUL
    assert result.return_value == 5


def test_a_failing_task_raises_in_development_and_tests():
    with pytest.raises(TaskFailed, match="this task fails on purpose"):
        fail_on_purpose.enqueue()


@override_settings(TASKS_RAISE_ON_FAILURE=False)
def test_a_failing_task_is_logged_as_an_error_in_production(caplog):
    with caplog.at_level(logging.ERROR, logger="django_tasks"):
        result = fail_on_purpose.enqueue()
    assert result.status == TaskResultStatus.FAILED
    errors = [record for record in caplog.records if record.levelno >= logging.ERROR]
    assert errors and "fail_on_purpose" in errors[0].getMessage()


def test_production_logging_mails_task_failures_to_admins(settings):
    assert "mail_admins" in settings.LOGGING["loggers"]["django_tasks"]["handlers"]
