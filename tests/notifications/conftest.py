"""Fixtures of the outbox tests: queueing a message the way the portal's code does."""

import pytest

from portal.notifications.domain import queue_email
from tests.notifications.backends import FlakyESPBackend

ANYMAIL_TEST_BACKEND = "anymail.backends.test.EmailBackend"


@pytest.fixture
def queue(db, django_capture_on_commit_callbacks):
    """queue_email() of the test message, committed (so its send task runs)."""

    def queue(to="toimittaja@example.fi", language="fi", **kwargs):
        with django_capture_on_commit_callbacks(execute=True):
            return queue_email(to=to, template="test_message", context={}, language=language,
                               **kwargs)

    return queue


@pytest.fixture
def esp(settings):
    """Send through anymail's test ESP, which reports a message ID as a real one does."""
    settings.EMAIL_BACKEND = ANYMAIL_TEST_BACKEND


@pytest.fixture
def flaky_esp(settings):
    settings.EMAIL_BACKEND = "tests.notifications.backends.FlakyESPBackend"
    FlakyESPBackend.failures = 0
    yield FlakyESPBackend
    FlakyESPBackend.failures = 0
